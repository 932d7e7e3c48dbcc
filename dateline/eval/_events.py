"""Scoring coded events against the end-to-end gold fixtures (``tests/fixtures/events/``).

The gold set is a directory of scraped-looking articles (``*.txt``, no metadata inside) and one
``gold.jsonl`` line per article: its id, publication date (or ``null`` when the text itself dates
it), country, outlet style, a note on what is hard, and the events a careful human coder extracts
under ONTOLOGY.md. docs/fixtures.md describes the format and the coding conventions.

Matching (one-to-one within an article, optimal): a predicted row and a gold event *match* when

* ``sub_event_type`` is equal (so ``event_type`` is equal too),
* ``event_date`` is equal, and
* the great-circle distance between their coordinates is at most ``max_km`` (25 km by default).

Among all one-to-one pairings of an article's rows, the one with the most matches wins; ties go to
the pairing whose matched pairs are closer and agree on more fields. Event-level precision,
recall and F1 come from those matches, overall and per event type and sub-event type. On the
matched pairs, field error rates are reported for the actor pair (exact names, order-insensitive:
``actor1``/``actor2`` carry no role except in ``Violence against civilians``, and the ontology does
not make the scorer guess roles), fatalities, time and geo precision, certainty and civilian
targeting. Every unmatched gold event (a miss) and every unmatched prediction (a false alarm) is
listed with a near-miss diagnosis: the closest *unmatched* counterpart that fails only one or
two of the three match conditions (or the matched event it duplicates), so the report says *why*
a row did not count.

Everything returned is plain JSON-able data; :func:`format_events_report` renders it as text.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..distance import haversine_km
from ..errors import DataFileError
from ..ontology import SUB_EVENT_TYPES, event_type_of

GOLD_FILE = "gold.jsonl"
DEFAULT_MAX_KM = 25.0

#: Keys every gold event must carry (docs/fixtures.md).
GOLD_EVENT_KEYS = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1", "actor2",
    "inter2", "location", "country", "latitude", "longitude", "geo_precision", "fatalities",
    "certainty", "civilian_targeting",
)
GOLD_ARTICLE_KEYS = ("file", "id", "published", "country", "outlet_style", "notes", "events")

#: Fields compared on matched pairs, in report order. "actors" is the unordered actor pair.
SCORED_FIELDS = (
    "actors", "fatalities", "time_precision", "geo_precision", "certainty", "civilian_targeting",
)

# Near-miss labels: which of the three match conditions a candidate counterpart fails.
NEAR_SUB_TYPE = "same date and place, different sub-event type"
NEAR_TYPE = "same date and place, different event type"
NEAR_DATE = "same sub-event type and place, different date"
NEAR_PLACE = "same sub-event type and date, too far away"
NEAR_PLACE_ONLY = "same place only (date and sub-event type differ)"
NEAR_DUPLICATE = "duplicate of an already matched event (not merged)"
NO_GOLD_IN_ARTICLE = "article has no gold events (hard negative)"
NO_PREDICTION_IN_ARTICLE = "no prediction for this article"
NO_COUNTERPART = "no counterpart"


@dataclass(frozen=True)
class GoldArticle:
    """One fixture article and the events a careful coder extracts from it."""

    id: str
    file: str
    path: Path
    published: dt.date | None
    country: str
    outlet_style: str
    notes: str
    events: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    def read_text(self) -> str:
        """The article as scraped (UTF-8); it carries no metadata of its own."""
        return self.path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- loading


def load_gold(dir: Path) -> list[GoldArticle]:
    """Read ``dir/gold.jsonl`` and check its structure (not its coding, see the tests).

    Raises :class:`~dateline.errors.DataFileError` with the line number on a malformed line, a
    duplicate id, a missing key, a bad date or an article file that does not exist.
    """
    dir = Path(dir)
    path = dir / GOLD_FILE
    if not path.is_file():
        raise DataFileError(str(path), None, "gold file not found")
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(str(path), n, f"not JSON: {exc.msg}") from None
        if not isinstance(raw, dict):
            raise DataFileError(str(path), n, "expected a JSON object")
        missing = [k for k in GOLD_ARTICLE_KEYS if k not in raw]
        if missing:
            raise DataFileError(str(path), n, f"missing keys {missing}")
        if raw["id"] in seen:
            raise DataFileError(str(path), n, f"duplicate id {raw['id']!r}")
        seen.add(raw["id"])
        file = dir / raw["file"]
        if not file.is_file():
            raise DataFileError(str(path), n, f"article file {raw['file']!r} not found")
        published = None
        if raw["published"] is not None:
            published = _parse_date(raw["published"])
            if published is None:
                raise DataFileError(str(path), n, f"bad published date {raw['published']!r}")
        events = []
        for k, ev in enumerate(raw["events"], 1):
            if not isinstance(ev, dict):
                raise DataFileError(str(path), n, f"event {k} is not an object")
            missing = [key for key in GOLD_EVENT_KEYS if key not in ev]
            if missing:
                raise DataFileError(str(path), n, f"event {k} misses keys {missing}")
            if _parse_date(ev["event_date"]) is None:
                raise DataFileError(str(path), n, f"event {k}: bad event_date {ev['event_date']!r}")
            if _coords(ev) is None:
                raise DataFileError(str(path), n, f"event {k}: bad coordinates")
            events.append(dict(ev))
        articles.append(GoldArticle(
            id=str(raw["id"]), file=str(raw["file"]), path=file, published=published,
            country=str(raw["country"]), outlet_style=str(raw["outlet_style"]),
            notes=str(raw["notes"]), events=tuple(events)))
    return articles


# --------------------------------------------------------------------------- scoring


def score_events(
    predicted: Mapping[str, list[Mapping[str, Any]]],
    gold: list[GoldArticle],
    *,
    max_km: float = DEFAULT_MAX_KM,
) -> dict[str, Any]:
    """Score predicted event rows against the gold articles.

    ``predicted`` maps an article id to its rows (dicts with at least event_date,
    sub_event_type, latitude, longitude, actor1, actor2 and fatalities; ``Event.to_row()``
    rows work as they are). An article missing from ``predicted`` counts as predicting
    nothing. Ids that are not in ``gold`` are listed under ``unknown_article_ids`` and not
    counted, since there is nothing to score them against.
    """
    gold_ids = {a.id for a in gold}
    type_counts: dict[str, Counter] = {}
    sub_counts: dict[str, Counter] = {}
    fields = {name: Counter() for name in SCORED_FIELDS}
    field_errors: list[dict[str, Any]] = []
    misses: list[dict[str, Any]] = []
    false_alarms: list[dict[str, Any]] = []
    distances: list[float] = []
    per_article: dict[str, dict[str, int]] = {}
    negatives = Counter()

    for article in gold:
        g_rows = list(article.events)
        p_rows = [dict(r) for r in predicted.get(article.id, []) or []]
        pairs = _match(g_rows, p_rows, max_km)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        per_article[article.id] = {"gold": len(g_rows), "predicted": len(p_rows),
                                   "matched": len(pairs)}
        if not g_rows:
            negatives["articles"] += 1
            negatives["false_alarms"] += len(p_rows)
            negatives["clean"] += not p_rows

        for gi, pi in pairs:
            g, p = g_rows[gi], p_rows[pi]
            _count(type_counts, sub_counts, g, "tp")
            distances.append(_distance(g, p))
            for name in SCORED_FIELDS:
                ok, present = _field_agrees(name, g, p)
                fields[name]["compared"] += 1
                fields[name]["missing"] += not present
                if not ok:
                    fields[name]["errors"] += 1
                    field_errors.append({
                        "article": article.id, "field": name,
                        "gold": _field_value(name, g), "predicted": _field_value(name, p),
                        "event": _summary(g)})

        for side, rows, matched, others, matched_others, kind, out in (
                ("gold", g_rows, matched_g, p_rows, matched_p, "fn", misses),
                ("predicted", p_rows, matched_p, g_rows, matched_g, "fp", false_alarms)):
            for i, row in enumerate(rows):
                if i in matched:
                    continue
                _count(type_counts, sub_counts, row, kind)
                reason, detail, other = _diagnose(row, others, matched_others, max_km, side=side)
                out.append({"article": article.id, "event": _summary(row), "reason": reason,
                            "detail": detail, "nearest": _summary(other),
                            "row": _key_fields(row)})

    tp = sum(c["tp"] for c in type_counts.values())
    fp = sum(c["fp"] for c in type_counts.values())
    fn = sum(c["fn"] for c in type_counts.values())
    return {
        "settings": {"max_km": max_km, "matching": "optimal one-to-one per article",
                     "match_on": ["sub_event_type", "event_date", f"distance <= {max_km:g} km"]},
        "articles": {
            "gold": len(gold),
            "with_predictions": sum(1 for a in gold if predicted.get(a.id)),
            "unknown_article_ids": sorted(set(predicted) - gold_ids),
        },
        "counts": {"gold": tp + fn, "predicted": tp + fp, "matched": tp},
        "overall": _prf(tp, fp, fn),
        "per_event_type": {t: _prf(c["tp"], c["fp"], c["fn"]) for t, c in sorted(type_counts.items())},
        "per_sub_event_type": {
            s: _prf(c["tp"], c["fp"], c["fn"]) for s, c in sorted(sub_counts.items())},
        "fields": {name: _rate(c) for name, c in fields.items()},
        "distance_km": {
            "mean": round(sum(distances) / len(distances), 2) if distances else None,
            "max": round(max(distances), 2) if distances else None,
        },
        "hard_negatives": {"articles": negatives["articles"], "clean": negatives["clean"],
                           "false_alarms": negatives["false_alarms"]},
        "near_misses": {
            "misses": dict(Counter(m["reason"] for m in misses).most_common()),
            "false_alarms": dict(Counter(f["reason"] for f in false_alarms).most_common()),
        },
        "misses": misses,
        "false_alarms": false_alarms,
        "field_errors": field_errors,
        "per_article": per_article,
    }


def format_events_report(result: Mapping[str, Any], *, max_items: int = 40) -> str:
    """The result as a plain-text report: scores, then the rows to read (capped at
    ``max_items`` per list; the JSON result always holds all of them)."""
    out: list[str] = []
    s, c, o = result["settings"], result["counts"], result["overall"]
    out.append(f"Events: {c['matched']} matched of {c['gold']} gold, {c['predicted']} predicted "
               f"({result['articles']['gold']} articles; match = {', '.join(s['match_on'])})")
    out.append(f"Overall  P {_pct(o['precision'])}  R {_pct(o['recall'])}  F1 {_pct(o['f1'])}")
    hn = result["hard_negatives"]
    if hn["articles"]:
        out.append(f"Hard negatives: {hn['clean']}/{hn['articles']} articles clean, "
                   f"{hn['false_alarms']} false alarms in them")
    unknown = result["articles"]["unknown_article_ids"]
    if unknown:
        out.append(f"Ignored predictions for ids not in the gold set: {', '.join(unknown[:10])}"
                   + (" ..." if len(unknown) > 10 else ""))
    out.append("")
    out.append(_table("event type", result["per_event_type"]))
    out.append("")
    out.append(_table("sub-event type", result["per_sub_event_type"]))
    out.append("")
    out.append("Field errors on matched pairs")
    out.append(f"  {'field':<20}{'compared':>9}{'errors':>8}{'rate':>8}{'missing':>9}")
    for name, r in result["fields"].items():
        out.append(f"  {name:<20}{r['compared']:>9}{r['errors']:>8}{_pct(r['error_rate']):>8}"
                   f"{r['missing']:>9}")
    d = result["distance_km"]
    if d["mean"] is not None:
        out.append(f"  distance of matched pairs: mean {d['mean']} km, max {d['max']} km")
    for title, key in (("Near misses among misses", "misses"),
                       ("Near misses among false alarms", "false_alarms")):
        counts = result["near_misses"][key]
        if counts:
            out.append("")
            out.append(title)
            out.extend(f"  {n:>4}  {reason}" for reason, n in counts.items())
    for title, key in (("Misses (gold events not found)", "misses"),
                       ("False alarms (predicted events not in gold)", "false_alarms")):
        rows = result[key]
        out.append("")
        out.append(f"{title}: {len(rows)}")
        for row in rows[:max_items]:
            out.append(f"  [{row['article']}] {row['event']}")
            why = row["reason"] + (f" ({row['detail']})" if row["detail"] else "")
            out.append(f"      {why}" + (f": {row['nearest']}" if row["nearest"] else ""))
        if len(rows) > max_items:
            out.append(f"  ... {len(rows) - max_items} more in the JSON result")
    errors = result["field_errors"]
    out.append("")
    out.append(f"Field disagreements on matched pairs: {len(errors)}")
    for row in errors[:max_items]:
        out.append(f"  [{row['article']}] {row['field']}: gold {row['gold']!r}, "
                   f"predicted {row['predicted']!r}  ({row['event']})")
    if len(errors) > max_items:
        out.append(f"  ... {len(errors) - max_items} more in the JSON result")
    return "\n".join(out)


# --------------------------------------------------------------------------- matching


def _match(g_rows: list[dict], p_rows: list[dict], max_km: float) -> list[tuple[int, int]]:
    """Optimal one-to-one matching: most matches first, then the lowest tie-break cost.

    Each valid pair costs less than 1 (distance share plus field disagreement share); every
    unmatched slot costs ``n + 1``, so one more match always beats any set of cheaper pairs.
    """
    if not g_rows or not p_rows:
        return []
    n = max(len(g_rows), len(p_rows))
    unmatched = float(n + 1)
    cost = [[unmatched] * n for _ in range(n)]
    valid = [[False] * n for _ in range(n)]
    for i, g in enumerate(g_rows):
        for j, p in enumerate(p_rows):
            if _matches(g, p, max_km):
                valid[i][j] = True
                agree = sum(_field_agrees(f, g, p)[0] for f in SCORED_FIELDS) / len(SCORED_FIELDS)
                cost[i][j] = 0.49 * _distance(g, p) / max(max_km, 1e-9) + 0.49 * (1 - agree)
    assignment = _hungarian(cost)
    return [(i, j) for i, j in enumerate(assignment)
            if i < len(g_rows) and j < len(p_rows) and valid[i][j]]


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Minimum-cost assignment for a square matrix (Kuhn-Munkres with potentials, O(n^3)).

    Returns ``assignment[row] = column``. Articles hold a handful of events, so a plain
    implementation is enough and keeps the scorer free of SciPy.
    """
    n = len(cost)
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    owner, way = [0] * (n + 1), [0] * (n + 1)  # owner[col] = row (1-based), 0 = free
    for row in range(1, n + 1):
        owner[0], col0 = row, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[col0] = True
            r0, delta, col1 = owner[col0], inf, 0
            for col in range(1, n + 1):
                if used[col]:
                    continue
                cur = cost[r0 - 1][col - 1] - u[r0] - v[col]
                if cur < minv[col]:
                    minv[col], way[col] = cur, col0
                if minv[col] < delta:
                    delta, col1 = minv[col], col
            for col in range(n + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    minv[col] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    assignment = [0] * n
    for col in range(1, n + 1):
        if owner[col]:
            assignment[owner[col] - 1] = col - 1
    return assignment


def _matches(a: Mapping[str, Any], b: Mapping[str, Any], max_km: float) -> bool:
    return (_same_sub(a, b) and _same_date(a, b) and _distance(a, b) <= max_km)


def _same_sub(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    sa, sb = _text(a.get("sub_event_type")), _text(b.get("sub_event_type"))
    return bool(sa) and sa == sb


def _same_date(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    da, db = _parse_date(a.get("event_date")), _parse_date(b.get("event_date"))
    return da is not None and da == db


def _same_place(a: Mapping[str, Any], b: Mapping[str, Any], max_km: float) -> bool:
    return _distance(a, b) <= max_km


def _event_type(row: Mapping[str, Any]) -> str:
    sub = _text(row.get("sub_event_type"))
    if sub in _ALL_SUB_TYPES:
        return event_type_of(sub)
    return _text(row.get("event_type")) or "(unknown)"


_ALL_SUB_TYPES = frozenset(s for subs in SUB_EVENT_TYPES.values() for s in subs)


# --------------------------------------------------------------------------- near misses


def _diagnose(row: Mapping[str, Any], others: list[dict], matched_others: set[int], max_km: float,
              side: str) -> tuple[str, str, Mapping[str, Any] | None]:
    """Why ``row`` went unmatched: (label, detail, counterpart).

    ``others`` are the rows on the other side (predictions for a gold row, gold for a
    predicted row). Only counterparts that are themselves unmatched can explain a near miss;
    the exception is a prediction that would match a gold event already matched to another
    prediction: a duplicate, i.e. two mentions of one event that were not merged.
    """
    if not others:
        return (NO_PREDICTION_IN_ARTICLE if side == "gold" else NO_GOLD_IN_ARTICLE), "", None
    if side == "predicted":
        for oi in sorted(matched_others):
            if _matches(others[oi], row, max_km):
                return NEAR_DUPLICATE, "", others[oi]
    free = sorted((k for k in range(len(others)) if k not in matched_others),
                  key=lambda k: _distance(row, others[k]))
    checks = (
        (NEAR_SUB_TYPE, lambda o: _same_date(row, o) and _same_place(row, o, max_km)
         and not _same_sub(row, o) and _event_type(row) == _event_type(o)),
        (NEAR_TYPE, lambda o: _same_date(row, o) and _same_place(row, o, max_km)
         and _event_type(row) != _event_type(o)),
        (NEAR_DATE, lambda o: _same_sub(row, o) and _same_place(row, o, max_km)
         and not _same_date(row, o)),
        (NEAR_PLACE, lambda o: _same_sub(row, o) and _same_date(row, o)
         and not _same_place(row, o, max_km)),
        (NEAR_PLACE_ONLY, lambda o: _same_place(row, o, max_km)),
    )
    for label, test in checks:
        for k in free:
            if test(others[k]):
                return label, _detail(label, row, others[k]), others[k]
    return NO_COUNTERPART, "", None


def _detail(label: str, row: Mapping[str, Any], other: Mapping[str, Any]) -> str:
    if label == NEAR_DATE:
        da, db = _parse_date(row.get("event_date")), _parse_date(other.get("event_date"))
        if da and db:
            days = abs((da - db).days)
            return f"{days} day apart" if days == 1 else f"{days} days apart"
    if label == NEAR_PLACE:
        d = _distance(row, other)
        return f"{d:.0f} km apart" if math.isfinite(d) else "no coordinates"
    if label in (NEAR_SUB_TYPE, NEAR_TYPE):
        return f"{_text(row.get('sub_event_type'))} vs {_text(other.get('sub_event_type'))}"
    return ""


# --------------------------------------------------------------------------- fields


def _field_agrees(name: str, g: Mapping[str, Any], p: Mapping[str, Any]) -> tuple[bool, bool]:
    """(agrees, predicted row has the field) for one scored field."""
    if name == "actors":
        present = "actor1" in p
        return _actor_pair(g) == _actor_pair(p), present
    present = p.get(name) is not None
    if not present:
        return False, False
    if name in ("fatalities", "time_precision", "geo_precision"):
        return _int(g.get(name)) == _int(p.get(name)) and _int(p.get(name)) is not None, True
    return _text(g.get(name)).casefold() == _text(p.get(name)).casefold(), True


def _field_value(name: str, row: Mapping[str, Any]) -> Any:
    if name == "actors":
        return " / ".join(a or "-" for a in (_text(row.get("actor1")), _text(row.get("actor2"))))
    return row.get(name)


def _actor_pair(row: Mapping[str, Any]) -> tuple[str, str]:
    a, b = _text(row.get("actor1")), _text(row.get("actor2"))
    return (a, b) if a <= b else (b, a)


def _summary(row: Mapping[str, Any] | None) -> str:
    if row is None:
        return ""
    actors = " vs ".join(a for a in (_text(row.get("actor1")), _text(row.get("actor2"))) if a)
    coords = _coords(row)
    where = _text(row.get("location")) or "?"
    if coords:
        where += f" ({coords[0]:.2f}, {coords[1]:.2f})"
    return (f"{_text(row.get('event_date')) or '?'} {_text(row.get('sub_event_type')) or '?'} | "
            f"{actors or '?'} | {where} | fat {row.get('fatalities', '?')}")


def _key_fields(row: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
            "latitude", "longitude", "fatalities")
    return {k: row.get(k) for k in keys}


# --------------------------------------------------------------------------- small helpers


def _count(type_counts: dict[str, Counter], sub_counts: dict[str, Counter],
           row: Mapping[str, Any], what: str) -> None:
    type_counts.setdefault(_event_type(row), Counter())[what] += 1
    sub_counts.setdefault(_text(row.get("sub_event_type")) or "(none)", Counter())[what] += 1


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1; all 1.0 when there was nothing to find and nothing found."""
    if tp + fp + fn == 0:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 0, "fp": 0, "fn": 0}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn}


def _rate(c: Counter) -> dict[str, Any]:
    compared = c["compared"]
    return {"compared": compared, "errors": c["errors"], "missing": c["missing"],
            "error_rate": round(c["errors"] / compared, 4) if compared else None}


def _table(label: str, rows: Mapping[str, Mapping[str, Any]]) -> str:
    width = max([len(label), *(len(k) for k in rows)]) + 2
    lines = [f"  {label:<{width}}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}"]
    for name, r in rows.items():
        lines.append(f"  {name:<{width}}{_pct(r['precision']):>7}{_pct(r['recall']):>7}"
                     f"{_pct(r['f1']):>7}{r['tp']:>5}{r['fp']:>5}{r['fn']:>5}")
    return "\n".join(lines)


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _coords(row: Mapping[str, Any]) -> tuple[float, float] | None:
    try:
        lat, lon = float(row.get("latitude")), float(row.get("longitude"))
    except (TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _distance(a: Mapping[str, Any], b: Mapping[str, Any]) -> float:
    """Great-circle distance in km (haversine, mean Earth radius); inf without coordinates."""
    ca, cb = _coords(a), _coords(b)
    if ca is None or cb is None:
        return math.inf
    return haversine_km(ca[0], ca[1], cb[0], cb[1])


def rows_by_article(rows: Iterable[Mapping[str, Any]], key: str = "document_id"
                    ) -> dict[str, list[dict[str, Any]]]:
    """Group flat event rows (e.g. a JSONL export) by their article id column."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(_text(row.get(key)), []).append(dict(row))
    return out
