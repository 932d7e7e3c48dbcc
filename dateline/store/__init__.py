"""Stage: store and export. SQLite store; CSV, JSON, JSONL, GeoJSON and table exporters."""

from ._export import EXPORTERS, FORMATS, exporter, write_rows
from ._sqlite import SQLiteStore

__all__ = ["SQLiteStore", "write_rows", "exporter", "EXPORTERS", "FORMATS"]
