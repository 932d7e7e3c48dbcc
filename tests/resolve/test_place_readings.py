"""Place recognition and resolution, eighth place round (issue #5): names written short,
names spaCy cuts in two, bodies tagged as people, and one reading per name in a report.

The passages are written for these tests (realistic wording, our own sentences); the tests
sit beside test_places.py, which has reached its size limit.
"""

from __future__ import annotations

import pytest

from dateline.eval._geo import analyse_for_places
from dateline.resolve import find_place_mentions
from dateline.settings import Settings

from tests.resolve.test_places import by_text

SETTINGS = Settings()


@pytest.fixture(scope="module")
def mentions_of(nlp, gazetteer):
    def run(text: str):
        return find_place_mentions(analyse_for_places(nlp, text), gazetteer, SETTINGS)
    return run


def test_peoples_and_regions_named_by_their_adjective_are_context(mentions_of):
    """"Sinhalese" (Sri Lanka), "Philippine" (the Philippines) and "Abkhaz" (Abkhazia, a
    first-level region of Georgia) say where a report is; before, none was recognised."""
    ms = mentions_of("Sinhalese and Tamil politicians met Abkhaz officials and Philippine "
                     "diplomats in Geneva.")
    assert (by_text(ms, "Sinhalese").place.iso2, by_text(ms, "Sinhalese").role) == ("LK", "context")
    assert by_text(ms, "Philippine").place.name == "Philippines"
    abkhaz = by_text(ms, "Abkhaz").place
    assert (abkhaz.name, abkhaz.feature, abkhaz.iso2) == ("Abkhazia", "admin1", "GE")


def test_province_initials_inside_a_name_but_not_after_a_number(mentions_of):
    """"FrontCounter BC" and "NSW Police" name British Columbia and New South Wales; "300 BC"
    is a year."""
    ms = mentions_of("Staff of FrontCounter BC opened an office in Nelson. NSW Police said the "
                     "road was closed. The fort dates from 300 BC.")
    bc = [m for m in ms if m.span.text == "BC"]
    assert len(bc) == 1 and bc[0].place.name == "British Columbia" and bc[0].role == "context"
    assert by_text(ms, "NSW").place.name == "New South Wales"
    assert by_text(ms, "Nelson").place.admin1 == "British Columbia"


def test_a_name_spacy_cut_in_two_is_read_whole(mentions_of):
    """spaCy tags "Trinidad" GPE and "Tobago" PERSON, "U.S." alone, and "Newfoundland" and
    "Labrador" apart: the whole is a gazetteer name, so it is read whole (before: La Trinidad
    in the Philippines, the United States, and Labrador in Queensland)."""
    ms = mentions_of("Officials in Trinidad and Tobago and in the U.S. Virgin Islands said the "
                     "storm had passed. The service reflected on Newfoundland and Labrador's ties "
                     "to the sea.")
    assert by_text(ms, "Trinidad and Tobago").place.iso2 == "TT"
    assert by_text(ms, "U.S. Virgin Islands").place.iso2 == "VI"
    assert by_text(ms, "Newfoundland and Labrador").place.feature == "admin1"


def test_a_container_fixes_the_reading_of_the_names_other_mentions(mentions_of):
    """"in Dublin, Ohio" makes the clinic's Dublin the Ohio town too: one name, one place."""
    ms = mentions_of("The Dublin City Council met on Monday. The Dublin Veterinary Clinic in "
                     "Dublin, Ohio, will close.")
    dublins = [m for m in ms if m.span.text == "Dublin"]
    assert len(dublins) == 2
    assert all((m.place.iso2, m.place.admin1) == ("US", "Ohio") for m in dublins)


def test_a_body_tagged_person_holds_its_town_as_context(mentions_of):
    """The small model tags "Jordan Elementary School" PERSON: the town in it is read as in an
    organisation's name (context), as it would be had spaCy tagged it ORG."""
    ms = mentions_of("Jordan Elementary School Principal Mary Lee thanked the parents.")
    jordan = by_text(ms, "Jordan")
    assert (jordan.role, jordan.method) == ("context", "in_organisation")


def test_a_town_called_so_comes_before_one_spelt_so_only_as_an_alternate(mentions_of):
    """"Torrington" is the main name of Torrington, Connecticut and an alternate spelling of
    West Torrington beside it: the town called so is the reading (before: West Torrington)."""
    ms = mentions_of("Firefighters in Torrington put out a barn fire on Sunday.")
    assert by_text(ms, "Torrington").place.name == "Torrington"


def test_a_surname_of_a_person_in_the_report_is_no_town_after_a_weak_cue(mentions_of):
    """"Kelly" after "John Kelly" is the man, even after "to" ("spoke to Kelly aides"): it was
    Kelly, North Carolina, and pulled Washington there. "in Kelly" would still be a place."""
    ms = mentions_of("John Kelly, the chief of staff, spoke to Kelly aides in Washington.")
    assert [m.span.text for m in ms] == ["Washington"]
    assert by_text(ms, "Washington").place.admin1 == "District of Columbia"


def test_the_city_named_before_suburb_of_is_the_city(mentions_of):
    """"the Damascus suburb of Douma" names the city first, unlike "the Tierra Blanca
    neighbourhood of Culiacán": Damascus is located (it was left without candidates)."""
    ms = mentions_of("Shells hit the Damascus suburb of Douma on Monday.")
    assert by_text(ms, "Damascus").place.name == "Damascus"


def test_dc_written_short_is_the_district(mentions_of):
    """"D.C." inside a body's name ("the D.C. Council") is the District of Columbia, as after a
    comma ("Washington, D.C.")."""
    ms = mentions_of("Visitors come to Washington, D.C., every year. The D.C. Council met on Monday.")
    council = by_text(ms, "D.C.")
    assert (council.place.name, council.role) == ("District of Columbia", "context")
    assert by_text(ms, "Washington").place.admin1 == "District of Columbia"


def test_a_place_inside_a_date_or_time_entity_is_found(mentions_of):
    """The small model stretches dates and times over the name after them ("January, South
    Carolina", "12:03 p.m. Walker County"): the gazetteer matcher reads a date or time after its
    last comma or number, and the country initials in a sum; "the holy month of Ramadan" stays
    a date (GeoNames has a town called Ramadan) and "in March" a month."""
    ms = mentions_of("In January, South Carolina had the second-highest jobless rate. At 12:03 "
                     "p.m. Walker County dispatchers took a call. The hearing is in March, after "
                     "the holy month of Ramadan. The court fined him one million US dollars.")
    assert by_text(ms, "South Carolina").place.feature == "admin1"
    assert by_text(ms, "Walker County").place.feature == "admin2"
    assert by_text(ms, "US").place.name == "United States"
    assert not {"March", "Ramadan"} & {m.span.text for m in ms}


@pytest.mark.parametrize("text, city, admin1", [
    ("Flights from Miami to Columbus were cancelled on Sunday.", "Miami", "Florida"),
    ("The company moved its offices from Cleveland to Miami last year.", "Cleveland", "Ohio"),
])
def test_a_big_citys_small_namesake_needs_more_than_one_neighbour(mentions_of, text, city, admin1):
    """One other name in Ohio made "Miami" Miami County, Ohio, and one in Florida made
    "Cleveland" a Florida village of 3,000: a far smaller namesake of a big city in another
    state gets half the pull of the report's states."""
    assert by_text(mentions_of(text), city).place.admin1 == admin1


@pytest.mark.parametrize("text, name, iso2", [
    ("Two soldiers were killed in an ambush near General Santos City on Monday.",
     "General Santos City", "PH"),
    ("Police said the blast in General Santos wounded five people.", "General Santos", "PH"),
])
def test_a_name_spacy_cuts_after_its_first_word_is_read_whole(mentions_of, text, name, iso2):
    """The small model tags "Santos City" or "Santos" of "General Santos": the capitalised
    words before it are taken back when the whole is a gazetteer name (before: Santos, Brazil)."""
    assert by_text(mentions_of(text), name).place.iso2 == iso2


def test_a_title_before_a_surname_stays_a_person(mentions_of):
    """"General Santos said" names an officer: no locative word, no place."""
    ms = mentions_of("General Santos said the army would answer the attack.")
    assert not [m for m in ms if "Santos" in m.span.text and m.place is not None]
