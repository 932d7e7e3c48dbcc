"""Exporters: CSV (ACLED's column order first), JSON, JSONL, GeoJSON and a readable table.

Exporters are registered by versioned name so a user's own exporter can sit beside ours.
Every format carries the same row: ACLED's 31 columns, then dateline's (records.EXTRA_COLUMNS).
"""

from __future__ import annotations

import csv
import json
from typing import Any, Callable, Iterable, TextIO

from ..records import ACLED_COLUMNS, EXTRA_COLUMNS

Row = dict[str, Any]
EXPORTERS: dict[str, Callable[[Iterable[Row], TextIO], int]] = {}
FORMATS = ("table", "json", "jsonl", "csv", "geojson")


def exporter(name: str):
    def register(func):
        EXPORTERS[name] = func
        return func
    return register


def write_rows(rows: Iterable[Row], fmt: str, stream: TextIO) -> int:
    """Write event rows in ``fmt``; returns how many were written."""
    try:
        return EXPORTERS[f"dateline.export.{fmt}.v1"](rows, stream)
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None


@exporter("dateline.export.jsonl.v1")
def _jsonl(rows: Iterable[Row], stream: TextIO) -> int:
    n = 0
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


@exporter("dateline.export.json.v1")
def _json(rows: Iterable[Row], stream: TextIO) -> int:
    n = _json_array(rows, stream, depth=0)
    stream.write("\n")
    return n


def _json_array(items: Iterable[Any], stream: TextIO, depth: int) -> int:
    """``items`` as the JSON array ``json.dump(list(items), indent=2)`` writes at ``depth``
    levels of nesting, one item at a time, so a long run never holds its rows in memory."""
    pad = "  " * (depth + 1)
    n = 0
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n" + pad)
        stream.write(("[\n" if n == 0 else ",\n") + pad + text)
        n += 1
    stream.write("\n" + "  " * depth + "]" if n else "[]")
    return n


def _csv_value(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


@exporter("dateline.export.csv.v1")
def _csv(rows: Iterable[Row], stream: TextIO) -> int:
    columns = list(ACLED_COLUMNS) + list(EXTRA_COLUMNS)
    writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: _csv_value(row.get(k, "")) for k in columns})
        n += 1
    return n


@exporter("dateline.export.geojson.v1")
def _geojson(rows: Iterable[Row], stream: TextIO) -> int:
    features = (
        {"type": "Feature",
         "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
         "properties": {k: v for k, v in row.items() if k not in ("latitude", "longitude")}}
        for row in rows
    )
    stream.write('{\n  "type": "FeatureCollection",\n  "features": ')
    n = _json_array(features, stream, depth=1)
    stream.write("\n}\n")
    return n


TABLE_COLUMNS = ("event_date", "sub_event_type", "actor1", "actor2", "location", "admin1",
                 "country", "geo_precision", "fatalities", "certainty")
TABLE_HEADERS = ("date", "sub-event type", "actor 1", "actor 2", "location", "admin1", "country",
                 "geo", "killed", "certainty")


@exporter("dateline.export.table.v1")
def _table(rows: Iterable[Row], stream: TextIO) -> int:
    from rich.console import Console
    from rich.table import Table

    rows = list(rows)
    table = Table(title=f"{len(rows)} event(s)", show_lines=True)
    for header in TABLE_HEADERS:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*(str(row.get(c, "")) for c in TABLE_COLUMNS))
    Console(file=stream, width=max(150, Console().width)).print(table)
    for row in rows:
        evidence = row["evidence"][0] if row["evidence"] else {}
        stream.write(f"  {row['event_id_cnty']}  [{evidence.get('start')}:{evidence.get('end')}] "
                     f"{evidence.get('sentence', '')}\n")
    return len(rows)
