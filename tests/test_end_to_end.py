"""The whole path on the bundled seed-like article: the right events and nothing else.

examples/border_clash.txt is our own scraped-style report: Syrian government forces and Lebanese
clan gunmen clash "early Thursday" near Qusayr, Syrian artillery then shells the outskirts of
Hermel, and unconfirmed reports tell of a drone strike near Hermel; a donation appeal, image
links, a photo caption dated 6 February 2025 and a background paragraph are mixed in.
"""

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from dateline import code_text
from dateline.records import ACLED_COLUMNS

EXAMPLE = Path(__file__).parents[1] / "examples" / "border_clash.txt"


def ascii_name(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@pytest.fixture(scope="module")
def events():
    return code_text(EXAMPLE.read_text(encoding="utf-8"), id="border-clash")


def test_one_clash_at_qusayr_on_the_thursday(events):
    clashes = [e for e in events if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1
    clash = clashes[0]
    assert clash.event_date == dt.date(2025, 2, 6)  # "early Thursday"; caption dates the report
    assert clash.time_precision == 1
    assert clash.place.iso2 == "SY" and "Qusayr" in ascii_name(clash.location)
    assert clash.geo_precision in (1, 2)
    actors = {clash.actor1, clash.actor2}
    assert "Military Forces of Syria (2024-)" in actors
    assert clash.inter1 in (1, 4) and clash.inter2 in (1, 4) and clash.interaction == 14
    assert clash.fatalities == 5
    assert clash.evidence()[0]["sentence"].startswith("Syrian government forces clashed")


def test_shelling_of_hermel_is_its_own_event(events):
    shelling = [e for e in events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1
    event = shelling[0]
    assert event.place.iso2 == "LB" and "Hermel" in event.location
    assert event.geo_precision == 2  # "the outskirts of Hermel"
    assert event.event_date == dt.date(2025, 2, 6)
    assert event.fatalities == 0  # four wounded, nobody killed
    # Syrian forces acting in Lebanon are external forces there (ONTOLOGY §3.1, code 8).
    assert (event.actor1, event.inter1) == ("Military Forces of Syria (2024-)", 8)
    assert event.actor2 == "Civilians (Lebanon)" and event.interaction == 78
    assert event.civilian_targeting == "Civilians targeted"


def test_the_unconfirmed_drone_strike_is_kept_as_unconfirmed(events):
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    strike = strikes[0]
    assert strike.certainty == "unconfirmed"
    assert "Hermel" in strike.location and strike.geo_precision == 2
    assert strike.event_date == dt.date(2025, 2, 6)


def test_nothing_from_boilerplate_or_background(events):
    assert len(events) == 3
    sentences = " ".join(m.sentence.text for e in events for m in e.mentions)
    for text in ("Donate", "Related stories", "last year", "Share this", "smuggling"):
        assert text not in sentences


def test_evidence_points_into_the_cleaned_text(events):
    from dateline.ingest import document_from_text
    from dateline.clean import clean_document
    from dateline.settings import Settings

    doc = clean_document(document_from_text(EXAMPLE.read_text(encoding="utf-8")), Settings())
    for event in events:
        for item in event.evidence():
            assert doc.clean_text[item["start"]:item["end"]] == item["sentence"]
        row = event.to_row()
        assert tuple(row)[:31] == ACLED_COLUMNS
        assert row["document_id"] == "border-clash" and row["coder"]
