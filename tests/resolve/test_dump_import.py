"""Importing the full GeoNames dump, on a small dump written here in GeoNames' real formats.

The rows are written for these tests: real GeoNames ids and points for the towns and units
that the default gazetteer also has (Lebanon, El Hermel, Al Qusayr...), and invented ids (from
99,000,001) for a border village the default gazetteer lacks, Hosh al-Sayyed Ali, for a stream
and a hill (dropped: not class P or A), and for a historic place (dropped).
"""

from __future__ import annotations

import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from dateline.errors import DataFileError
from dateline.records import Document, Entity, Sentence, Span
from dateline.resolve import Gazetteer, find_place_mentions, import_geonames_dump
from dateline.resolve._gazetteer_build import read_regions_table
from dateline.settings import Settings

VILLAGE = 99_000_001


def place_row(gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, a1="", a2="",
              population=0) -> str:
    """One line of allCountries.txt: 19 tab-separated columns."""
    return "\t".join(map(str, (gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, "",
                               a1, a2, "", "", population, "", 300, "Asia/Beirut", "2024-03-01")))


PLACES = [
    place_row(272103, "Lebanon", "Lebanon", "Lebanon,Liban,Libanon,لبنان", 33.83333, 35.83333,
              "A", "PCLI", "LB", "00", population=6848925),
    place_row(163843, "Syria", "Syria", "Syria,Syrie,سوريا", 35.0, 38.0, "A", "PCLI", "SY", "00",
              population=22933531),
    place_row(6201371, "Muḩāfaz̧at Baalbek-Hermel", "Muhafazat Baalbek-Hermel", "", 34.2, 36.4,
              "A", "ADM1", "LB", "11"),
    place_row(279999, "Caza du Hermel", "Caza du Hermel", "Hermel District", 34.3, 36.4, "A",
              "ADM2", "LB", "11", "279999"),
    place_row(279997, "El Hermel", "El Hermel", "Al Hirmil,Hermel,Hirmil,الهرمل", 34.39417, 36.38472,
              "P", "PPLA2", "LB", "11", "279999", population=22250),
    place_row(VILLAGE, "Ḩawsh as Sayyid ‘Alī", "Hawsh as Sayyid `Ali", "", 34.4821, 36.3712, "P",
              "PPL", "LB", "11", "279999"),
    place_row(169575, "Muḩāfaz̧at Ḩimş", "Muhafazat Hims", "", 34.5, 37.5, "A", "ADM1", "SY", "11"),
    place_row(173322, "Al Quşayr", "Al Qusayr", "Al Qusayr,Al-Qusayr,Qusayr,القصير", 34.5078,
              36.58029, "P", "PPL", "SY", "11", population=41062),
    place_row(169577, "Homs", "Homs", "Emesa,Hims,Homs,حمص", 34.72682, 36.72339, "P", "PPLA", "SY",
              "11", population=775404),
    place_row(248946, "Irbid", "Irbid", "Irbid,إربد", 32.55556, 35.85, "P", "PPLA", "JO", "18",
              population=569068),
    place_row(99_000_002, "Nahr al ‘Āşī", "Nahr al `Asi", "Orontes,Oronte", 34.55, 36.52, "H",
              "STM", "SY", "11"),
    place_row(99_000_003, "Tall Mandū", "Tall Mandu", "Tell Nebi Mend", 34.5622, 36.5258, "T",
              "HLL", "SY", "11"),
    place_row(99_000_004, "Qadesh", "Qadesh", "Kadesh", 34.5622, 36.5258, "P", "PPLH", "SY", "11"),
]

ADMIN1 = ["LB.11\tBaalbek-Hermel\tBaalbek-Hermel\t6201371", "SY.11\tHoms\tHoms\t169575",
          "JO.18\tIrbid\tIrbid\t248944"]
ADMIN2 = ["LB.11.279999\tCaza du Hermel\tCaza du Hermel\t279999"]


def alt_row(alt_id, gid, lang, name, preferred="", short="", colloquial="", historic="") -> str:
    """One line of alternateNamesV2.txt: 10 tab-separated columns."""
    return "\t".join(map(str, (alt_id, gid, lang, name, preferred, short, colloquial, historic, "", "")))


ALTERNATES = [
    alt_row(1, VILLAGE, "ar", "حوش السيد علي"),
    alt_row(2, VILLAGE, "en", "Hosh al-Sayyed Ali", preferred="1"),
    alt_row(3, VILLAGE, "", "Hawsh al-Sayyid Ali"),
    alt_row(4, VILLAGE, "link", "https://en.wikipedia.org/wiki/Hosh_al-Sayyed_Ali"),
    alt_row(5, VILLAGE, "en", "Sayyid Ali Farm", historic="1"),
    alt_row(6, 279997, "en", "Hermel", preferred="1", short="1"),
    alt_row(7, 279997, "ar", "الهرمل"),
    alt_row(8, 279997, "post", "1305"),
    alt_row(9, 173322, "en", "Qusayr", short="1"),
    alt_row(10, 173322, "ar", "القصير"),
    alt_row(11, 6201371, "en", "Baalbek-Hermel Governorate"),
    alt_row(12, 169575, "en", "Homs Governorate"),
    alt_row(13, 99_000_002, "en", "Orontes River"),
    alt_row(14, 272103, "abbr", "LB"),
    alt_row(15, 279999, "en", "Hermel District"),
    alt_row(16, 272103, "fr", "Liban"),
]


def write_dump(folder: Path, zipped: bool = True, places=PLACES, alternates=ALTERNATES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    files = {"allCountries": places, "alternateNamesV2": alternates}
    for stem, lines in files.items():
        text = "\n".join(lines) + "\n"
        if zipped:
            with zipfile.ZipFile(folder / f"{stem}.zip", "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(f"{stem}.txt", text)
                if stem == "alternateNamesV2":
                    zf.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\tISO 639-1\tLanguage Name\n")
        else:
            (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / "admin1CodesASCII.txt").write_text("\n".join(ADMIN1) + "\n", encoding="utf-8")
    (folder / "admin2Codes.txt").write_text("\n".join(ADMIN2) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    folder = write_dump(tmp_path_factory.mktemp("dump"))
    target = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
    stats = import_geonames_dump(folder, target)
    return target, stats


def test_import_keeps_places_and_units_only(imported):
    target, stats = imported
    assert (stats["populated_places"], stats["admin_units"], stats["countries"]) == (5, 3, 3)
    assert stats["lines_read"] == len(PLACES)
    assert stats["alternate_names_read"] == len(ALTERNATES)
    with Gazetteer.open(target) as gaz:
        assert gaz.meta["schema_version"] == "1" and "GeoNames dump" in gaz.meta["source"]
        assert gaz.find("Orontes") == [] and gaz.find("Tall Mandu") == []  # stream, hill
        assert gaz.find("Qadesh") == []  # historic
        assert gaz.place(99_000_002) is None
    assert not list(target.parent.glob("*.tmp"))


def test_village_absent_from_the_default_gazetteer(imported, gazetteer):
    assert all(p.iso2 != "LB" for p in gazetteer.find("Hosh al-Sayyed Ali"))
    target, _ = imported
    with Gazetteer.open(target) as gaz:
        for name in ("Hosh al-Sayyed Ali", "Hawsh as Sayyid Ali", "حوش السيد علي",
                     "hawsh al sayyid ali", "Sayyid Ali Farm"):
            found = gaz.find(name)
            assert found and found[0].geonames_id == VILLAGE, name
        village = gaz.place(VILLAGE)
        assert (village.name, village.feature, village.iso2, village.country, village.region) == (
            "Ḩawsh as Sayyid ‘Alī", "populated place", "LB", "Lebanon", "Middle East")
        assert (village.admin1, village.admin2) == ("Baalbek-Hermel", "Caza du Hermel")
        assert gaz.admin_codes(VILLAGE) == ("LB.11", "LB.11.279999")
        assert (village.latitude, village.longitude) == (34.4821, 36.3712)
        assert gaz.find("1305") == [] and gaz.find("https://en.wikipedia.org/wiki/Hosh_al-Sayyed_Ali") == []


def test_units_countries_and_continents(imported):
    target, _ = imported
    with Gazetteer.open(target) as gaz:
        unit = gaz.find("Baalbek-Hermel Governorate")[0]
        assert (unit.geonames_id, unit.feature, unit.name) == (6201371, "admin1", "Baalbek-Hermel")
        assert unit.population == 22250  # no figure in the dump: the sum of its towns
        assert gaz.find("Hermel District")[0].feature == "admin2"
        assert gaz.find("Homs")[0].geonames_id == 169577  # the town before its governorate
        assert gaz.find("Homs Governorate")[0].geonames_id == 169575
        lebanon = gaz.country_place("LB")
        assert (lebanon.geonames_id, lebanon.latitude, lebanon.feature) == (272103, 33.83333, "country")
        assert gaz.country_by_name("Liban").iso2 == "LB"
        jordan = gaz.country_place("JO")  # no entry in the dump: the mean point of its places
        assert jordan.geonames_id == 248816 and abs(jordan.latitude - 32.55556) < 1e-6
        assert gaz.find("Africa")[0].feature == "continent"
        assert gaz.find("Al-Qusayr", country="SY")[0].geonames_id == 173322
        assert gaz.find("القصير")[0].geonames_id == 173322


def test_recognition_in_running_text(imported):
    target, _ = imported
    with Gazetteer.open(target) as gaz:
        text = "Shelling hit Hermel and Homs, and the village of Hosh al-Sayyed Ali, in Lebanon."
        hits = {text[s:e] for s, e, _ in gaz.match_names(text)}
        assert {"Hermel", "Homs", "Lebanon"} <= hits
        assert "Hosh al-Sayyed Ali" not in hits  # a village of no known size: spaCy must tag it
        assert gaz.find("Sayyid Ali Farm")  # a historic name is looked up...
        assert "Sayyid Ali Farm" not in {text[s:e] for s, e, _ in gaz.match_names("At Sayyid Ali Farm.")}


def test_resolving_a_report_with_the_imported_gazetteer(imported):
    target, _ = imported
    text = ("Syrian troops shelled the Lebanese border village of Hosh al-Sayyed Ali near Hermel "
            "on Thursday.")
    start = text.index("Hosh")
    end = start + len("Hosh al-Sayyed Ali")
    sentence = Sentence(span=Span(0, len(text), text), index=0,
                        entities=[Entity(Span(start, end, text[start:end]), "GPE")])
    doc = Document(id="", text=text, clean_text=text, sentences=[sentence])
    with Gazetteer.open(target) as gaz:
        mentions = find_place_mentions(doc, gaz, Settings())
    village = next(m for m in mentions if m.span.text == "Hosh al-Sayyed Ali")
    assert village.place.geonames_id == VILLAGE and village.geo_precision == 1
    assert (village.place.admin1, village.place.admin2) == ("Baalbek-Hermel", "Caza du Hermel")
    hermel = next(m for m in mentions if m.span.text == "Hermel")
    assert (hermel.place.geonames_id, hermel.geo_precision) == (279997, 2)


def test_plain_text_files_and_no_alternate_names(tmp_path):
    folder = write_dump(tmp_path / "dump", zipped=False)
    (folder / "alternateNamesV2.txt").unlink()
    target = tmp_path / "gaz.sqlite"
    stats = import_geonames_dump(folder, target)
    assert stats["alternate_names_read"] == 0
    with Gazetteer.open(target) as gaz:
        # the alternatenames column of allCountries stands in for alternateNamesV2
        assert gaz.find("Hermel")[0].geonames_id == 279997
        assert gaz.find("Hosh al-Sayyed Ali") == []
        assert gaz.find("Hawsh as Sayyid Ali")[0].geonames_id == VILLAGE
        assert "no alternateNamesV2" in gaz.meta["source"]


# ---------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("places, alternates, file, line, message", [
    (PLACES[:3] + ["\t".join(PLACES[3].split("\t")[:18])] + PLACES[4:], ALTERNATES,
     "allCountries", 4, "expected 19 tab-separated columns, found 18"),
    (PLACES[:5] + ["27999x" + PLACES[5][len(str(VILLAGE)):]] + PLACES[6:], ALTERNATES,
     "allCountries", 6, "geonameid is not a number"),
    (PLACES[:1] + [PLACES[1].replace("\t35.0\t", "\tnorth\t")] + PLACES[2:], ALTERNATES,
     "allCountries", 2, "latitude is not a number"),
    (PLACES[:1] + [PLACES[1].replace("\t35.0\t", "\t95.0\t")] + PLACES[2:], ALTERNATES,
     "allCountries", 2, "latitude out of range"),
    (PLACES[:7] + [PLACES[7].replace("\tSY\t", "\tSyria\t")] + PLACES[8:], ALTERNATES,
     "allCountries", 8, "country code 'Syria' is not two capital letters"),
    (PLACES, ALTERNATES[:2] + ["3\t99000001\ten\tHosh"] + ALTERNATES[3:],
     "alternateNamesV2", 3, "expected 10 tab-separated columns, found 4"),
    (PLACES, ALTERNATES[:8] + [alt_row("9", "Qusayr", "en", "Qusayr")] + ALTERNATES[9:],
     "alternateNamesV2", 9, "geonameid is not a number"),
])
@pytest.mark.parametrize("zipped", [True, False])
def test_bad_rows_name_the_file_and_line(tmp_path, places, alternates, file, line, message, zipped):
    folder = write_dump(tmp_path / "dump", zipped=zipped, places=places, alternates=alternates)
    target = tmp_path / "gaz.sqlite"
    with pytest.raises(DataFileError) as err:
        import_geonames_dump(folder, target)
    assert err.value.line == line and message in str(err.value)
    assert file in err.value.path and f":{line}:" in str(err.value)
    assert not target.exists() and not list(tmp_path.glob("*.tmp"))


def test_places_of_unknown_countries_are_skipped_and_the_first_named(tmp_path):
    nowhere = [place_row(99_000_010, "Nowhere", "Nowhere", "", 10.0, 10.0, "P", "PPL", "ZZ",
                         population=5000),
               place_row(99_000_011, "Sea Town", "Sea Town", "", 11.0, 11.0, "P", "PPL", "")]
    folder = write_dump(tmp_path / "dump", places=PLACES[:6] + nowhere + PLACES[6:])
    stats = import_geonames_dump(folder, tmp_path / "gaz.sqlite")
    assert stats["skipped_unknown_country"] == 2
    assert stats["first_unknown_country"].endswith("allCountries.txt):7: country code 'ZZ'")
    assert stats["populated_places"] == 5
    with Gazetteer.open(tmp_path / "gaz.sqlite") as gaz:
        assert gaz.find("Nowhere") == [] and gaz.find("Sea Town") == []
        assert gaz.find("Hawsh as Sayyid Ali")[0].geonames_id == VILLAGE


def test_cli_reports_bad_input_in_one_line(tmp_path):
    short = "\t".join(PLACES[3].split("\t")[:18])
    folder = write_dump(tmp_path / "dump", places=PLACES[:3] + [short] + PLACES[4:])
    done = subprocess.run([sys.executable, "-m", "dateline", "gazetteer", "import", str(folder),
                           "--path", str(tmp_path / "gaz.sqlite")], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    expected = (f"dateline: {folder / 'allCountries.zip'} (allCountries.txt):4: expected 19 "
                "tab-separated columns, found 18 (a truncated or different file?)")
    assert done.stderr.strip().splitlines() == [expected]


def test_truncated_zip(tmp_path):
    folder = write_dump(tmp_path / "dump")
    archive = folder / "allCountries.zip"
    archive.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    with pytest.raises(DataFileError) as err:
        import_geonames_dump(folder, tmp_path / "gaz.sqlite")
    assert err.value.path == str(archive) and "truncated or corrupt" in str(err.value)


def test_corrupt_zip_data(tmp_path):
    folder = write_dump(tmp_path / "dump")
    archive = folder / "alternateNamesV2.zip"
    data = bytearray(archive.read_bytes())
    body = data.index(b"alternateNamesV2.txt") + len("alternateNamesV2.txt") + 4
    data[body:body + 40] = bytes(40)  # the compressed stream is damaged, the directory is not
    archive.write_bytes(bytes(data))
    with pytest.raises(DataFileError) as err:
        import_geonames_dump(folder, tmp_path / "gaz.sqlite")
    assert str(archive) in err.value.path and "corrupt" in str(err.value)


def test_truncated_text_file_ends_in_a_short_line(tmp_path):
    folder = write_dump(tmp_path / "dump", zipped=False)
    path = folder / "allCountries.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index(PLACES[7]) + 30], encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        import_geonames_dump(folder, tmp_path / "gaz.sqlite")
    assert err.value.line == 8 and "columns" in str(err.value)


@pytest.mark.parametrize("missing", ["allCountries.zip", "admin1CodesASCII.txt", "admin2Codes.txt"])
def test_missing_files_name_the_folder(tmp_path, missing):
    folder = write_dump(tmp_path / "dump")
    (folder / missing).unlink()
    with pytest.raises(DataFileError) as err:
        import_geonames_dump(folder, tmp_path / "gaz.sqlite")
    assert err.value.path == str(folder) and missing.split(".")[0] in str(err.value)


# ---------------------------------------------------------------------------- atomic replacement


def test_failed_or_interrupted_import_leaves_the_old_gazetteer(tmp_path, imported):
    good, _ = imported
    target = tmp_path / "gazetteer.sqlite"
    target.write_bytes(good.read_bytes())
    before = target.read_bytes()

    def interrupt(message: str) -> None:
        if "alternateNamesV2" in message:  # halfway: allCountries is in, names are not
            raise KeyboardInterrupt

    folder = write_dump(tmp_path / "dump")
    with pytest.raises(KeyboardInterrupt):
        import_geonames_dump(folder, target, progress=interrupt)
    broken = write_dump(tmp_path / "broken", alternates=ALTERNATES + ["17\t99000001"])
    with pytest.raises(DataFileError):
        import_geonames_dump(broken, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken", "dump", "gazetteer.sqlite"]
    with Gazetteer.open(target) as gaz:
        assert gaz.find("Hosh al-Sayyed Ali")[0].geonames_id == VILLAGE


KILL_HALFWAY = """
import os, signal, sys
from pathlib import Path
from dateline.resolve import import_geonames_dump

def progress(message):
    if "alternateNamesV2" in message:  # allCountries is in the new file, the names are not
        os.kill(os.getpid(), signal.SIGKILL)

import_geonames_dump(Path(sys.argv[1]), Path(sys.argv[2]), progress=progress)
"""


def test_killed_import_leaves_the_previous_gazetteer_usable(tmp_path, imported):
    good, _ = imported
    target = tmp_path / "gazetteer.sqlite"
    target.write_bytes(good.read_bytes())
    before = target.read_bytes()
    smaller = write_dump(tmp_path / "dump", places=[r for r in PLACES if not r.startswith(str(VILLAGE))])
    killed = subprocess.run([sys.executable, "-c", KILL_HALFWAY, str(smaller), str(target)], check=False)
    assert killed.returncode == -signal.SIGKILL
    assert target.read_bytes() == before
    assert (tmp_path / "gazetteer.sqlite.import.tmp").exists()  # no clean-up after SIGKILL...
    with Gazetteer.open(target) as gaz:
        assert gaz.find("Hosh al-Sayyed Ali")[0].geonames_id == VILLAGE
    import_geonames_dump(smaller, target)  # ...the next import removes the leftovers
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump", "gazetteer.sqlite"]
    with Gazetteer.open(target) as gaz:
        assert gaz.find("Hosh al-Sayyed Ali") == []


def test_bad_alias_rows_leave_the_imported_gazetteer_unchanged(tmp_path, imported):
    good, _ = imported
    target = tmp_path / "gazetteer.sqlite"
    target.write_bytes(good.read_bytes())
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,geonames_id,latitude,longitude,country\n"
                       f"Hosh Sayyed,{VILLAGE},,,\n"
                       "Qasr,99000002,,,\n"  # the stream: not imported
                       "Nowhere,,10.0,10.0,ZZ\n", encoding="utf-8")
    with Gazetteer.open(target) as gaz, pytest.raises(DataFileError) as err:
        gaz.add_aliases(aliases, persist=True)
    assert err.value.line == 3 and "geonames_id '99000002' is not in the gazetteer" in str(err.value)
    assert target.read_bytes() == good.read_bytes()
    aliases.write_text(f"name,geonames_id\nHosh Sayyed,{VILLAGE}\n", encoding="utf-8")
    with Gazetteer.open(target) as gaz:
        assert gaz.add_aliases(aliases, persist=True) == 1
    with Gazetteer.open(target) as gaz:
        assert gaz.find("Hosh Sayyed")[0].geonames_id == VILLAGE


def test_import_replaces_an_open_gazetteer(tmp_path, imported):
    good, _ = imported
    target = tmp_path / "gazetteer.sqlite"
    target.write_bytes(good.read_bytes())
    reader = Gazetteer.open(target)
    smaller = [row for row in PLACES if not row.startswith(str(VILLAGE))]
    import_geonames_dump(write_dump(tmp_path / "dump", places=smaller), target)
    assert reader.find("Hosh al-Sayyed Ali")  # the open reader keeps the file it opened
    reader.close()
    with Gazetteer.open(target) as gaz:
        assert gaz.find("Hosh al-Sayyed Ali") == []


def test_cli_import(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    folder = write_dump(tmp_path / "dump")
    target = tmp_path / "gaz.sqlite"
    result = CliRunner().invoke(app, ["gazetteer", "import", str(folder), "--path", str(target)])
    assert result.exit_code == 0, result.output
    with Gazetteer.open(target) as gaz:
        assert gaz.find("Hosh al-Sayyed Ali")[0].geonames_id == VILLAGE


def test_conflict_regions_are_added_where_the_dump_has_their_units(tmp_path):
    """A region over a unit the dump names "Baalbek-Hermel Governorate" among its other names is
    added; one over a unit the dump lacks is left out and named, and the import goes on."""
    table = tmp_path / "regions.csv"
    table.write_text("id,name,other_names,country,kind,members,latitude,longitude,why\n"
                     "1,Northern Bekaa,Bekaa Nord,LB,region,Baalbek-Hermel Governorate,,,test\n"
                     "2,Orontes Valley,,SY,region,Hama,,,the dump has no Hama\n", encoding="utf-8")
    messages: list[str] = []
    target = tmp_path / "gazetteer.sqlite"
    stats = import_geonames_dump(write_dump(tmp_path / "dump"), target, messages.append, regions=table)
    assert (stats["regions"], stats["regions_skipped"]) == (1, 1)
    assert any("Orontes Valley" in m and "Hama" in m for m in messages)
    with Gazetteer.open(target) as gaz:
        [region] = gaz.find("Northern Bekaa", country="LB")
        assert region.feature == "admin1"
        assert abs(region.latitude - 34.4) < 0.2  # the towns of the unit: El Hermel and the village
        assert [p.name for p in gaz.find("Bekaa Nord")] == ["Northern Bekaa"]
        assert gaz.find("Orontes Valley") == []


def test_the_shipped_regions_are_left_out_of_a_dump_without_their_units(imported):
    _, stats = imported
    rows = len(read_regions_table())
    assert stats["regions_skipped"] >= 20 and stats["regions"] + stats["regions_skipped"] == rows
    assert stats["regions"] == sum(1 for r in read_regions_table() if r.point and not r.members)
