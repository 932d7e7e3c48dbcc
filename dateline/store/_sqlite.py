"""The embedded event store (SQLite).

Idempotent by construction: a document is keyed by its id (the hash of its normalised text
unless the caller gave one), and storing a document again replaces its events instead of adding
to them, so re-ingesting an article never duplicates events.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Iterator

from ..errors import ResourceError
from ..records import ACLED_COLUMNS, Document

SCHEMA_VERSION = 1

_INT_COLUMNS = {"year", "time_precision", "inter1", "inter2", "interaction", "iso",
                "geo_precision", "fatalities", "timestamp"}
_REAL_COLUMNS = {"latitude", "longitude"}


def _column_sql(name: str) -> str:
    kind = "INTEGER" if name in _INT_COLUMNS else "REAL" if name in _REAL_COLUMNS else "TEXT"
    return f'"{name}" {kind}'


SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, text_hash TEXT, url TEXT, title TEXT, source TEXT,
    published TEXT, published_method TEXT, language TEXT, input_name TEXT, n_events INTEGER
);
CREATE TABLE IF NOT EXISTS events (
    {", ".join(_column_sql(c) for c in ACLED_COLUMNS)},
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    row_json TEXT NOT NULL,
    PRIMARY KEY (event_id_cnty)
);
CREATE INDEX IF NOT EXISTS events_document ON events(document_id);
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
"""


class SQLiteStore:
    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.executescript(SCHEMA)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                            (str(SCHEMA_VERSION),))
            self.db.commit()
        except sqlite3.DatabaseError as exc:
            raise ResourceError(f"{self.path}: not a usable SQLite database ({exc})") from None

    def save(self, doc: Document) -> int:
        """Store ``doc`` and its events, replacing what an earlier run stored for it."""
        with self.db:
            self.db.execute("DELETE FROM events WHERE document_id = ?", (doc.id,))
            self.db.execute(
                "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
                (doc.id, doc.text_hash, doc.url, doc.title, doc.source,
                 doc.published.isoformat() if doc.published else None, doc.published_method,
                 doc.language, doc.input_name, len(doc.events)))
            for event in doc.events:
                row = event.to_row()
                values = [row[c] if row[c] != "" else None for c in ACLED_COLUMNS]
                placeholders = ",".join("?" * (len(ACLED_COLUMNS) + 2))
                self.db.execute(f"INSERT OR REPLACE INTO events VALUES ({placeholders})",
                                (*values, doc.id, json.dumps(row, ensure_ascii=False)))
        return len(doc.events)

    def rows(self, where: str = "", params: tuple = ()) -> Iterator[dict[str, Any]]:
        sql = "SELECT row_json FROM events " + (f"WHERE {where} " if where else "")
        for (row_json,) in self.db.execute(sql + "ORDER BY event_date, event_id_cnty", params):
            yield json.loads(row_json)

    def count(self) -> tuple[int, int]:
        docs = self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        events = self.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        return docs, events

    def close(self) -> None:
        self.db.close()
