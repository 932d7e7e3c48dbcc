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


# --- The runner's batches: the CLI path (Pipeline.code) hands the analyser several documents ---

FIXTURES = Path(__file__).parent / "fixtures" / "events"


def _rows(results):
    rows = []
    for result in results:
        for row in (e.to_row() for e in result.events):
            row.pop("timestamp", None)
            rows.append(row)
    return rows


def test_batched_coding_gives_the_same_events_as_one_document_at_a_time():
    from dateline.ingest import document_from_text
    from dateline.pipeline import pipeline_for
    from dateline.settings import Settings

    pipeline = pipeline_for(Settings())
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))[:10]]
    one_by_one = [pipeline.process(document_from_text(t, id=f"a{i}")) for i, t in enumerate(texts)]
    batched = list(pipeline.code(document_from_text(t, id=f"a{i}") for i, t in enumerate(texts)))
    assert [r.input_name for r in batched] == [r.input_name for r in one_by_one]
    assert _rows(batched) == _rows(one_by_one) and len(_rows(batched)) >= 6


class _Upper:
    name, requires, produces = "upper", ("text",), ("clean_text",)

    def __call__(self, doc):
        doc.clean_text = doc.text.upper()
        return doc


class _Picky:
    """A batching stage that fails on any document mentioning "poison"."""

    name, requires, produces = "picky", ("clean_text",), ("events",)

    def __init__(self):
        self.batches = []

    def __call__(self, doc):
        if "POISON" in doc.clean_text:
            raise ValueError("cannot read this one")
        doc.events = []
        return doc

    def pipe(self, docs):
        self.batches.append(len(docs))
        return [self(doc) for doc in docs]


def test_one_bad_document_in_a_batch_fails_alone_and_order_is_kept():
    from dateline.errors import InputError
    from dateline.pipeline import Pipeline
    from dateline.records import Document

    picky = _Picky()
    pipeline = Pipeline(stages=[_Upper(), picky])
    items = [Document(id="a", text="fine"), InputError("b.txt", "unreadable"),
             Document(id="c", text="poison here"), Document(id="d", text="fine too")]
    results = list(pipeline.code(items))
    assert [r.input_name for r in results] == ["a", "b.txt", "c", "d"]
    assert [r.ok for r in results] == [True, False, False, True]
    assert results[2].error.stage == "pipeline" and "cannot read this one" in str(results[2].error)
    assert picky.batches == [3]  # the three documents went in together, then one by one
