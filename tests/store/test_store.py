"""The SQLite store and the exporters, on a real database file."""

import csv
import io
import json
import sqlite3

import pytest

from dateline.errors import ResourceError
from dateline.merge import merge_mentions
from dateline.records import ACLED_COLUMNS
from dateline.store import SQLiteStore, write_rows

from tests.merge.test_merge import ARMY, CIVILIANS, CLANS, HERMEL, QUSAYR, _doc, _mention


@pytest.fixture
def coded_doc():
    doc = _doc(_mention(0, "Armed clash", "Battles", ARMY, CLANS, QUSAYR, deaths=5),
               _mention(2, "Shelling/artillery/missile attack", "Explosions/Remote violence",
                        ARMY, CIVILIANS, HERMEL))
    doc.events = merge_mentions(doc)
    return doc


def test_storing_twice_never_duplicates(tmp_path, coded_doc):
    store = SQLiteStore(tmp_path / "events.sqlite")
    store.save(coded_doc)
    store.save(coded_doc)
    assert store.count() == (1, 2)
    rows = list(store.rows())
    assert sorted(r["sub_event_type"] for r in rows) == ["Armed clash", "Shelling/artillery/missile attack"]
    with sqlite3.connect(tmp_path / "events.sqlite") as db:
        assert db.execute("SELECT fatalities FROM events WHERE location='Al Qusayr'").fetchone() == (5,)


def test_recoding_replaces_a_documents_events(tmp_path, coded_doc):
    store = SQLiteStore(tmp_path / "events.sqlite")
    store.save(coded_doc)
    coded_doc.events = coded_doc.events[:1]
    store.save(coded_doc)
    assert store.count() == (1, 1)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(ResourceError, match="notes.sqlite"):
        SQLiteStore(bogus)


def test_csv_keeps_acled_order_first(coded_doc):
    out = io.StringIO()
    write_rows([e.to_row() for e in coded_doc.events], "csv", out)
    reader = csv.reader(io.StringIO(out.getvalue()))
    header = next(reader)
    assert tuple(header[:31]) == ACLED_COLUMNS
    assert "evidence" in header and "document_id" in header
    first = dict(zip(header, next(reader)))
    assert json.loads(first["evidence"])[0]["sentence"].startswith("Syrian troops")


def test_geojson_and_jsonl(coded_doc):
    rows = [e.to_row() for e in coded_doc.events]
    out = io.StringIO()
    write_rows(rows, "geojson", out)
    collection = json.loads(out.getvalue())
    assert collection["features"][0]["geometry"]["coordinates"] == [36.5803, 34.5078]
    out = io.StringIO()
    assert write_rows(rows, "jsonl", out) == 2
    assert [json.loads(line)["location"] for line in out.getvalue().splitlines()] == [
        "Al Qusayr", "El Hermel"]


def test_unknown_format():
    with pytest.raises(ValueError, match="choose one of"):
        write_rows([], "xml", io.StringIO())


@pytest.mark.parametrize("n", [0, 1, 2])
def test_json_and_geojson_stream_what_json_dump_would_write(coded_doc, n):
    rows = [e.to_row() for e in coded_doc.events][:n]
    out = io.StringIO()
    assert write_rows(iter(rows), "json", out) == n
    assert out.getvalue() == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    out = io.StringIO()
    assert write_rows(iter(rows), "geojson", out) == n
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == n
    assert out.getvalue() == json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def test_rows_are_written_while_the_input_is_still_being_read():
    """``dateline code`` streams: the first article's events are out before the second is read."""
    from pathlib import Path

    from dateline.cli import _coded_rows, _Tally
    from dateline.pipeline import code_documents
    from dateline.settings import Settings

    example = Path(__file__).parents[2] / "examples" / "border_clash.txt"
    pulled = []

    def results():
        for result in code_documents([str(example), str(example)], Settings()):
            pulled.append(result.input_name)
            yield result

    rows = _coded_rows(results(), _Tally(), db=None, explain=False)
    first = next(rows)
    assert first["sub_event_type"] and len(pulled) == 1
    assert len(list(rows)) == 5 and len(pulled) == 2
