"""The publication date of a document that came without one.

Evidence, in order of trust:

1. the wire dateline opening the report ("KHARTOUM, Feb 6 (Reuters) -"): method "dateline";
   a dateline without a year takes it from the other full dates in the document (the year that
   puts it nearest to them); with no other full date it is not used, because guessing the year
   would put events in the wrong year (a copyright notice's year is used when it is the only
   year the page states);
2. "Updated:/Published:/Posted on" and bare date lines among the removed metadata lines
   (the earliest, since a page is published before it is updated): method "updated";
3. the latest full explicit date in a photo caption or in the report text: method "caption"
   or "body". Captions marked "file photo" or "archive" are skipped: their date is the
   picture's, not the report's.

dateparser is only ever given an extracted date span (never ``search_dates`` over a whole
text, which reads "We" as Wednesday). Numeric dates ("05/02/2025") are only trusted in
metadata lines and are read day-first unless that is impossible.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from . import _patterns as P
from ..records import Caption

if TYPE_CHECKING:
    from ._boilerplate import LineDecision

#: Languages dateparser may read month names in (those the date patterns know).
DATE_LANGUAGES = ("en", "fr", "es", "pt")
#: Reasons of removed lines whose dates count as "updated" evidence.
METADATA_REASONS = {"date line", "byline", "masthead or byline", "site furniture"}
_FILE_PHOTO = re.compile(r"\b(?:file\s+(?:photo|picture|image)|archive|archives|undated)\b", re.I)
#: How many kept lines from the top may hold the dateline.
DATELINE_LINES = 3


#: English month-name dates, read without dateparser (the same answers,
#: tests/clean/test_english_dates.py; dateparser is slow and costly to import):
#: "Feb 6, 2025", "February 6th 2025", "6 Feb. 2025", "6th of February 2025".
_ENGLISH_MONTH_FIRST = re.compile(
    rf"(?P<month>{P.MONTHS_EN})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"(?P<year>(?:19|20)\d\d)", re.I)
_ENGLISH_DAY_FIRST = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{P.MONTHS_EN})\.?,?\s+"
    rf"(?P<year>(?:19|20)\d\d)", re.I)
_MONTH_NUMBERS = {name: n for n, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _english_date(span: str) -> dt.date | None:
    m = _ENGLISH_MONTH_FIRST.fullmatch(span) or _ENGLISH_DAY_FIRST.fullmatch(span)
    if not m:
        return None
    try:
        return dt.date(int(m.group("year")), _MONTH_NUMBERS[m.group("month")[:3].lower()],
                       int(m.group("day")))
    except ValueError:  # "Feb 30, 2025": dateparser decides
        return None


@lru_cache(maxsize=4096)
def parse_date_span(span: str) -> dt.date | None:
    """A date from one extracted span ("Feb 6, 2025", "10 mars 2025", "2025-02-06")."""
    m = P.DATE_NUMERIC.fullmatch(span.strip())
    if m:
        a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        day, month = (a, b) if (a > 12 or b <= 12) else (b, a)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    try:
        return dt.date.fromisoformat(span.strip())
    except ValueError:
        pass
    english = _english_date(span.strip())
    if english is not None:
        return english
    import dateparser  # loaded on first use: documents with a date never pay for it

    cleaned = re.sub(r"(\d)(?:st|nd|rd|th|er|º)\b", r"\1", span)
    cleaned = re.sub(r"\bof\b", " ", cleaned)
    parsed = dateparser.parse(cleaned, languages=list(DATE_LANGUAGES), settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date() if parsed else None


def _full_dates(text: str, numeric: bool = False) -> list[dt.date]:
    from ._boilerplate import date_spans

    out = []
    for span in date_spans(text, numeric=numeric):
        d = parse_date_span(span)
        if d is not None:
            out.append(d)
    return out


def _dateline_date(decisions: list[LineDecision], references: list[dt.date]) -> dt.date | None:
    kept = [d for d in decisions if d.kind == "keep"][:DATELINE_LINES]
    for d in kept:
        m = P.DATELINE.match(d.plain)
        if not m:
            continue
        span = m.group("date")
        full = _full_dates(span)
        if full:
            return full[0]
        if not references:
            return _with_copyright_year(span, decisions)
        best: tuple[int, dt.date] | None = None
        ref = max(references)
        for year in (ref.year - 1, ref.year, ref.year + 1):
            candidate = parse_date_span(f"{span} {year}")
            if candidate is None:
                continue
            distance = min(abs((candidate - r).days) for r in references)
            if best is None or distance < best[0]:
                best = (distance, candidate)
        return best[1] if best else None
    return None


_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2})\b", re.I)


def _with_copyright_year(span: str, decisions: list[LineDecision]) -> dt.date | None:
    """A year-less dateline dated by the page's copyright notice ("© 2025 ..."): the only year
    the page states, and the year the page was published in."""
    for d in decisions:
        if d.kind == "drop":
            m = _COPYRIGHT_YEAR.search(d.plain)
            if m:
                return parse_date_span(f"{span} {m.group(1)}")
    return None


def find_publication_date(decisions: list[LineDecision],
                          captions: list[Caption]) -> tuple[dt.date, str] | None:
    """``(date, method)`` from the evidence described in the module docstring, or None."""
    metadata = []
    for d in decisions:
        if d.kind == "drop" and d.reason in METADATA_REASONS:
            metadata += _full_dates(d.plain, numeric=True)
    caption_dates = []
    for c in captions:
        if not _FILE_PHOTO.search(c.text):
            caption_dates += _full_dates(c.text)
    body_dates = []
    for d in decisions:
        if d.kind == "keep":
            body_dates += _full_dates(d.plain)
    found = _dateline_date(decisions, metadata + caption_dates + body_dates)
    if found:
        return found, "dateline"
    if metadata:
        return min(metadata), "updated"
    latest_caption = max(caption_dates, default=None)
    latest_body = max(body_dates, default=None)
    if latest_caption and (latest_body is None or latest_caption > latest_body):
        return latest_caption, "caption"
    if latest_body:
        return latest_body, "body"
    return None
