"""Score the coder against a user's own ACLED export.

Each row's ``notes`` is the input and its ``event_date`` the publication date; the rest of the
row is gold. The coder's first event for the row (highest precedence, then confidence) is
compared field by field; a row with no predicted event counts as wrong on every field, so the
scores are end to end.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path

from ..distance import haversine_km
from ..errors import DataFileError
from ..ontology import precedence_key

FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
          "location_25km", "event_date", "fatalities")
REQUIRED = ("notes", "event_date", "event_type", "sub_event_type")


def parse_acled_date(value: str) -> dt.date:
    """ACLED exports write ISO dates, or "15 January 2022" in older files."""
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%m/%d/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unreadable event_date {value!r}")


def _first_event(events):
    if not events:
        return None
    return min(events, key=lambda e: (precedence_key(e.sub_event_type), -e.confidence))


def _matches(field: str, gold: dict, event) -> bool:
    row = event.to_row()
    if field == "location_25km":
        try:
            lat, lon = float(gold["latitude"]), float(gold["longitude"])
        except (KeyError, ValueError):
            return False
        return haversine_km(lat, lon, row["latitude"], row["longitude"]) <= 25
    if field == "event_date":
        return row["event_date"] == parse_acled_date(gold["event_date"]).isoformat()
    if field == "fatalities":
        return str(row["fatalities"]) == str(gold.get("fatalities", "")).strip()
    return str(row[field]).strip().lower() == str(gold.get(field, "")).strip().lower()


def read_acled_rows(path: Path, limit: int | None = None) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise DataFileError(str(path), 1, f"not an ACLED export: missing {', '.join(missing)}")
        rows = []
        for row in reader:
            rows.append(row)
            if limit and len(rows) >= limit:
                break
    return rows


def evaluate_acled(path: Path, settings, limit: int | None = None) -> dict:
    from ..pipeline import pipeline_for
    from ..ingest import document_from_text

    pipeline = pipeline_for(settings)
    correct, confusion, errors = Counter(), Counter(), []
    rows = read_acled_rows(path, limit)
    detected = 0
    for line_no, gold in enumerate(rows, start=2):
        try:
            published = parse_acled_date(gold["event_date"])
        except ValueError as exc:
            errors.append(f"{path}:{line_no}: {exc}")
            continue
        doc = document_from_text(gold["notes"], id=gold.get("event_id_cnty") or f"row{line_no}",
                                 published=published, input_name=f"{path}:{line_no}")
        result = pipeline.process(doc)
        event = _first_event(result.events)
        confusion[(gold["sub_event_type"], event.sub_event_type if event else "NONE")] += 1
        if event is None:
            continue
        detected += 1
        for field in FIELDS:
            correct[field] += _matches(field, gold, event)
    n = len(rows) - len(errors)
    return {
        "rows": n,
        "detected": detected,
        "detection_rate": round(detected / n, 4) if n else 0.0,
        "accuracy": {f: round(correct[f] / n, 4) if n else 0.0 for f in FIELDS},
        "confusion": [{"gold": g, "predicted": p, "count": c}
                      for (g, p), c in confusion.most_common()],
        "errors": errors,
    }


def format_acled_report(result: dict) -> str:
    lines = [f"ACLED export: {result['rows']} rows, events found for {result['detected']} "
             f"({result['detection_rate']:.1%})", "", "field accuracy (end to end):"]
    lines += [f"  {field:<16} {value:.3f}" for field, value in result["accuracy"].items()]
    lines += ["", "most frequent (gold -> predicted):"]
    lines += [f"  {c['count']:>5}  {c['gold']} -> {c['predicted']}" for c in result["confusion"][:25]]
    lines += [f"  {e}" for e in result["errors"][:10]]
    return "\n".join(lines)
