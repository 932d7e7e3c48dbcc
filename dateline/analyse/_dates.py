"""Temporal expressions: find them in text and resolve them against the publication date.

Regex first (patterns in ``_date_patterns.py``), our own calendar logic second, and dateparser
only on an extracted span whose month word is not English ("6 février 2025"). We never run
``dateparser.search.search_dates`` over a text: it turns "We" into a Wednesday.

Dates follow ONTOLOGY.md §5:

* precision 1: one day, e.g. "early Thursday", "6 February", "yesterday";
* precision 2: a span of a week or less, dated at its middle: a calendar week at its Wednesday,
  a weekend at its Saturday, a partial span at its middle day (the earlier one of two);
* precision 3: a month or vaguer inside a month, dated at the 15th, or the 1st ("early ...") or
  last day ("late ...") of the month; a past expression never gets a date after publication,
  so a 15th that would fall after it becomes the 1st;
* ``None``: coarser than a month ("in 2019", "in recent months"): background, no event.

``relation`` is the calendar relation of the meant days to the publication date ("past",
"present" when they include it, "future"). With no publication date it comes from tense cues.

Choices documented in docs/dates-and-fatalities.md: a bare weekday is the most recent such day on
or before publication unless the clause points to the future; a night is dated by the evening it
begins ("Wednesday-Thursday night" and "overnight into Thursday" are Wednesday); numeric dates
are read day first unless that is impossible (pass ``day_first=False`` for US outlets); a range
is a ``range`` expression (its first day) immediately followed by a ``range_end`` expression.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..records import Span, TimeExpr
from . import _date_patterns as P
from ._calendar import (_DAY, _add_months, _day_number, _last_day, _middle, _monday, _month_number,
                        _month_period, _same_day_back, _valid)

__all__ = [
    "find_time_expressions", "resolve_weekday", "week_middle", "infer_year", "range_pairs",
]

_FLAGS = re.VERBOSE
_PATTERNS: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = [
    (name, re.compile(rx, _FLAGS), re.compile(P.TIME_GATES[name]) if name in P.TIME_GATES
     else None) for name, rx in P.TIME_PATTERNS]
_FUTURE = re.compile(P.FUTURE_CUES, _FLAGS)
_PAST = re.compile(
    r"(?i:\b(?!(?:hundred|indeed|speed|need|breed|seed|creed|ahmed|mohammed|muhammed|mohamed|"
    r"hamed|mahmoud|red|bed|shed|armed)\b))" + P.PAST_CUES, _FLAGS)
_CLAUSE_BREAK = re.compile(P.CLAUSE_BREAK)
_SCHEDULED_AFTER = re.compile(r"\s*(?:'s|’s)?\s+" + P.SCHEDULED_NOUNS + r"\b", _FLAGS)
_WORD_BEFORE = re.compile(r"([A-Za-z']+)[\s-]*$")
_WORD_AFTER = re.compile(r"^\W{0,2}\s*([A-Za-z]+)")
_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:an|a|the)\s+)$")
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|until|till|through|and)\s*$", re.I)
_BETWEEN_BEFORE = re.compile(r"(?i:\b(?:between|from)\s+(?:the\s+)?)$")


# --- small calendar helpers (public) ------------------------------------------------------------

def resolve_weekday(pub_date: dt.date, weekday: int, direction: str = "past") -> dt.date:
    """The day with ``weekday`` (Monday=0) nearest to ``pub_date`` in ``direction``.

    ``"past"``: the most recent such day on or before ``pub_date`` (the default for news: "on
    Thursday" in a Thursday paper is that Thursday); ``"future"``: on or after it;
    ``"strict_past"`` / ``"strict_future"``: never ``pub_date`` itself ("last Monday", "next
    Monday").
    """
    back = (pub_date.weekday() - weekday) % 7
    if direction == "past":
        return pub_date - dt.timedelta(days=back)
    if direction == "strict_past":
        return pub_date - dt.timedelta(days=back or 7)
    ahead = (weekday - pub_date.weekday()) % 7
    if direction == "future":
        return pub_date + dt.timedelta(days=ahead)
    if direction == "strict_future":
        return pub_date + dt.timedelta(days=ahead or 7)
    raise ValueError(f"unknown direction {direction!r}")


def week_middle(day: dt.date) -> dt.date:
    """The Thursday of the Monday-to-Sunday week holding ``day`` (ONTOLOGY §5 "its Wednesday or
    Thursday"; the fixtures record a week on its Thursday), precision 2."""
    return day - dt.timedelta(days=day.weekday()) + 3 * _DAY


def infer_year(pub_date: dt.date | None, month: int, day: int,
               direction: str = "past") -> dt.date | None:
    """A day and month with no year: the nearest valid date on or before ``pub_date`` ("past",
    the default) or on or after it ("future"). "December 30" read on 2025-01-02 is 2024-12-30."""
    if pub_date is None:
        return None
    candidates = []
    for year in (pub_date.year - 1, pub_date.year, pub_date.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if direction == "future":
        after = [c for c in candidates if c >= pub_date]
        return min(after) if after else None
    before = [c for c in candidates if c <= pub_date]
    if before:
        return max(before)
    # Feb 29 with no leap year in reach: fall back to four years back.
    for year in range(pub_date.year - 2, pub_date.year - 5, -1):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def range_pairs(times: list[TimeExpr]) -> list[tuple[TimeExpr, TimeExpr | None]]:
    """Pair each expression with its ``range_end`` (or ``None``), dropping the ends themselves.

    ``find_time_expressions`` emits a range as a ``range`` expression (first day) immediately
    followed by a ``range_end`` expression (last day); this undoes that encoding.
    """
    out: list[tuple[TimeExpr, TimeExpr | None]] = []
    for i, t in enumerate(times):
        if t.kind == "range_end":
            continue
        nxt = times[i + 1] if i + 1 < len(times) else None
        out.append((t, nxt if t.kind == "range" and nxt and nxt.kind == "range_end" else None))
    return out


# --- internal -----------------------------------------------------------------------------------

@dataclass
class _Hit:
    start: int
    end: int
    date: dt.date | None
    precision: int | None
    kind: str
    period: tuple[dt.date, dt.date] | None = None  # the days meant, for ``relation``
    direction: str | None = None  # tense cue, used when there is no publication date
    relation: str | None = None  # forced relation ("earlier this week" is past)
    anchor_offset: int | None = None  # anaphoric: days after the previous dated expression
    anchor_fallback: dt.date | None = None  # used when nothing before it is dated
    has_year: bool = True  # explicit dates only: the year was written


class _Ctx:
    """The text and publication date shared by every handler of one call."""

    def __init__(self, text: str, pub: dt.date | None, day_first: bool):
        self.text = text
        self.pub = pub
        self.day_first = day_first

    def word_before(self, pos: int) -> str:
        """The word before ``pos``, as written (callers lower it when case does not matter)."""
        m = _WORD_BEFORE.search(self.text[max(0, pos - 25):pos])
        return m.group(1) if m else ""

    def word_after(self, pos: int) -> str:
        m = _WORD_AFTER.search(self.text[pos:pos + 25])
        return m.group(1).lower() if m else ""

    def direction(self, start: int, end: int) -> str | None:
        """"future" or "past" from the nearest tense cue in the same clause, else ``None``."""
        text = self.text
        lo = max(0, start - 160)
        hi = min(len(text), end + 160)
        for m in _CLAUSE_BREAK.finditer(text, lo, start):
            lo = m.end()
        m = _CLAUSE_BREAK.search(text, end, hi)
        if m:
            hi = m.start()
        best: tuple[int, int, str] | None = None  # (distance, rank, direction)
        futures = []
        for m in _FUTURE.finditer(text, lo, hi):
            if m.start() < end and m.end() > start:
                continue
            futures.append((m.start(), m.end()))
            dist = start - m.end() if m.end() <= start else m.start() - end
            cand = (dist, 0, "future")
            best = cand if best is None or cand < best else best
        for m in _PAST.finditer(text, lo, hi):
            if m.start() < end and m.end() > start:
                continue
            if any(m.start() < fe and fs < m.end() for fs, fe in futures):
                continue
            if m.start() >= end and m.group().lower() in P.SPEECH_VERBS:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            cand = (dist, 1, "past")
            best = cand if best is None or cand < best else best
        if _SCHEDULED_AFTER.match(text, end) and (best is None or best[2] != "past"
                                                    or best[0] > 12):
            return "future"
        return best[2] if best else None


def _month_precision_date(middle: dt.date, pub: dt.date | None, past: bool) -> dt.date:
    """The 15th of ``middle``'s month; a past expression never lands after publication."""
    day = middle.replace(day=15)
    if past and pub is not None and day >= pub:
        day = middle.replace(day=1)
    return day


def _names_follow(ctx: _Ctx, end: int) -> bool:
    return ctx.word_after(end) in P.NAME_FOLLOWERS


# --- handlers: one per pattern name; each returns hits or None ---------------------------------

def _explicit(ctx: _Ctx, start: int, end: int, year: str | None, month: int, day: int,
              direction: str | None) -> _Hit | None:
    if year:
        date = _valid(int(year), month, day)
        if date is None:
            return None
        return _Hit(start, end, date, 1, "explicit", direction=direction)
    if not 1 <= day <= _last_day(2024, month):  # 2024: allow 29 February
        return None
    date = infer_year(ctx.pub, month, day, direction or "past")
    return _Hit(start, end, date, 1, "explicit", direction=direction, has_year=False)


def _h_date(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    if _names_follow(ctx, m.end()):
        return None
    start = m.start("night") if m.group("night") else m.start()
    direction = ctx.direction(m.start(), m.end())
    hit = _explicit(ctx, start, m.end(), m.group("y"), _month_number(m.group("m")),
                    _day_number(m.group("d")), direction)
    return [hit] if hit else None


def _h_range(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    if _names_follow(ctx, m.end()):
        return None
    month = _month_number(m.group("m"))
    d1, d2 = _day_number(m.group("d1")), _day_number(m.group("d2"))
    conn = m.group("conn").strip().lower()
    pre = (m.group("pre") or "").lower()
    direction = ctx.direction(m.start(), m.end())
    year = m.group("y")
    end_hit = _explicit(ctx, m.start("d2"), m.end(), year, month, d2, direction)
    if end_hit is None or d1 >= d2 and conn != "and":
        return None
    first = (_valid(end_hit.date.year, month, d1) if end_hit.date else None)
    if end_hit.date is not None and first is None:
        return None
    if m.group("night"):  # "the night of 5 to 6 February": the evening's day
        return [_Hit(m.start(), m.end(), first, 1, "explicit", direction=direction,
                     has_year=bool(year))]
    if conn == "and" and pre != "between":  # "on 3 and 5 March": two days, not a range
        return [_Hit(m.start(), m.end(), first, 1, "explicit", direction=direction,
                     has_year=bool(year)), end_hit]
    end_hit.kind = "range_end"
    return [_Hit(m.start(), m.end(), first, 1, "range", direction=direction,
                 has_year=bool(year)), end_hit]


def _h_date_iso(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    date = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return [_Hit(m.start(), m.end(), date, 1, "explicit")] if date else None


def _h_date_numeric(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 70 else 1900 + int(y))
    if a > 12 and b > 12:
        return None
    if a > 12:
        day, month = a, b
    elif b > 12:
        day, month = b, a
    else:
        day, month = (a, b) if ctx.day_first else (b, a)
    date = _valid(year, month, day)
    return [_Hit(m.start(), m.end(), date, 1, "explicit")] if date else None


@functools.lru_cache(maxsize=512)
def _dateparser_parse(span: str) -> dt.date | None:
    import dateparser  # slow to import; only needed for non-English month names

    parsed = dateparser.parse(span, settings={
        "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _h_date_foreign(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    word = m.group("word").lower().rstrip(".")
    if word in P.MONTHS or word in P.MONTH_ABBREVIATIONS or not _looks_like_month(word):
        return None
    date = _dateparser_parse(m.group())
    return [_Hit(m.start(), m.end(), date, 1, "explicit")] if date else None


def _looks_like_month(word: str) -> bool:
    """Cheap gate before dateparser: skip plain English words ("5 people 2019")."""
    return not word.isascii() or word not in P.ENGLISH_NOT_MONTHS and not word.endswith(
        ("s", "ed", "ing", "ly"))


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    mods = " ".join((m.group("mod") or "").lower().split())
    wd1 = P.WEEKDAYS[m.group("wd1").lower()]
    wd2 = P.WEEKDAYS[m.group("wd2").lower()] if m.group("wd2") else None
    wd3 = P.WEEKDAYS[m.group("wd3").lower()] if m.group("wd3") else None
    part = (m.group("part") or "").strip().lower()
    conn = (m.group("conn") or "").strip().lower()
    pre = (m.group("pre") or "").lower()
    week = " ".join((m.group("week") or "").lower().split())
    night = bool(m.group("night")) or "overnight" in mods or part in ("night", "overnight")
    cue = ctx.direction(m.start(), m.end())
    mod_words = set(mods.split())
    if mod_words & {"last", "past", "previous"}:
        direction = "strict_past"
    elif mod_words & {"next", "coming"}:
        direction = "strict_future"
    else:
        direction = "future" if cue == "future" else "past"
    fwd = "future" if "future" in direction else "past"
    pub = ctx.pub

    def resolve(wd: int) -> dt.date | None:
        if pub is None:
            return None
        if week:
            shift = -1 if ("last" in week or "previous" in week) else (
                1 if ("next" in week or "following" in week) else 0)
            return pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * shift + wd)
        return resolve_weekday(pub, wd, direction)

    def back(day: dt.date | None, days: int) -> dt.date | None:
        return day - dt.timedelta(days=days) if day else None

    start, end = m.start(), m.end()
    if wd2 is None and pre:  # "from Sunday evening": the preposition is no part of the date
        start = m.start("mod") if mods else m.start("wd1")
    if wd3 is not None:  # "Wednesday night into Thursday": the evening's day
        day = back(resolve(wd3), (wd3 - wd1) % 7)
        return [_Hit(start, end, day, 1, "weekday", direction=fwd)]
    if wd2 is None:
        return [_Hit(start, end, resolve(wd1), 1, "weekday", direction=fwd)]
    gap = (wd2 - wd1) % 7
    last = resolve(wd2)
    first = back(last, gap)
    if night and gap == 1:  # "Wednesday-Thursday night", "the night of Wednesday to Thursday"
        return [_Hit(start, end, first, 1, "weekday", direction=fwd)]
    if conn == "or":
        period = (first, last) if first and last else None
        return [_Hit(start, end, first, 2, "weekday", period=period, direction=fwd)]
    if conn == "and" and pre != "between":  # "on Monday and Tuesday": two days
        return [_Hit(start, end, first, 1, "weekday", direction=fwd),
                _Hit(m.start("wd2"), end, last, 1, "weekday", direction=fwd)]
    return [_Hit(start, end, first, 1, "range", direction=fwd),
            _Hit(m.start("wd2"), end, last, 1, "range_end", direction=fwd)]


def _h_night_into(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    wd = P.WEEKDAYS[m.group("wd").lower()]
    cue = ctx.direction(m.start(), m.end())
    day = None
    if ctx.pub is not None:
        day = resolve_weekday(ctx.pub, wd, "future" if cue == "future" else "past") - _DAY
    return [_Hit(m.start(), m.end(), day, 1, "weekday", direction=cue)]


def _h_relative_day(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    word = " ".join(m.group("word").lower().split())
    if word == "earlier in the day":
        return [_Hit(m.start(), m.end(), None, 1, "relative", anchor_offset=0,
                     anchor_fallback=ctx.pub)]
    if word == "overnight":
        if _ARTICLE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()) or \
                ctx.word_after(m.end()) in P.NOT_OVERNIGHT_AFTER:
            return None
    offset = P.RELATIVE_DAY_OFFSETS[word]
    date = ctx.pub + dt.timedelta(days=offset) if ctx.pub else None
    relation = "past" if offset < 0 else ("future" if offset > 0 else "present")
    return [_Hit(m.start(), m.end(), date, 1, "relative", relation=relation)]


def _small_number(word: str) -> tuple[int, bool]:
    """(value, vague) for "two", "12", "a few"."""
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w), False
    return P.SMALL_NUMBERS[w], w in ("a few", "several")


def _h_ago(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    n, vague = _small_number(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")
    way = m.group("dir").lower()
    sign = 1 if way in ("later", "after", "afterwards") else -1
    anaphoric = way != "ago"
    pub = ctx.pub
    start, end = m.start(), m.end()
    if m.group("today") and way == "ago" and pub is not None:
        return [_Hit(start, end, _same_day_back(pub, n, unit), 1, "relative", relation="past")]
    if unit in ("year", "decade"):
        years = n * (10 if unit == "decade" else 1)
        if pub is None or anaphoric:
            return [_Hit(start, end, None, None, "year", relation="past" if sign < 0 else None)]
        year = pub.year - years
        return [_Hit(start, end, dt.date(year, 1, 1), None, "year",
                     period=(dt.date(year, 1, 1), dt.date(year, 12, 31)))]
    if unit == "day":
        days, precision = n, (2 if vague else 1)
    elif unit == "week":
        days, precision = 7 * n, 2
    else:  # month
        if pub is None or anaphoric:
            return [_Hit(start, end, None, 3, "month", relation="past" if sign < 0 else None)]
        middle = _add_months(pub, -n)
        return [_Hit(start, end, _month_precision_date(middle, pub, True), 3, "month",
                     period=_month_period(middle.year, middle.month), relation="past")]
    if anaphoric:
        # "three days earlier" counts from the last dated expression, else from publication
        fallback = pub - dt.timedelta(days=days) if (pub and sign < 0) else None
        return [_Hit(start, end, None, precision, "relative", anchor_offset=sign * days,
                     anchor_fallback=fallback)]
    date = pub - dt.timedelta(days=days) if pub else None
    return [_Hit(start, end, date, precision, "relative", relation="past")]


def _h_anaphoric(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    words = m.group("word").lower().split()
    offset = 0
    for w in words:
        if w in P.ANAPHORIC_OFFSETS and P.ANAPHORIC_OFFSETS[w]:
            offset = P.ANAPHORIC_OFFSETS[w]
            break
    if "later" in words or "earlier" in words:
        offset = 0
    fallback = ctx.pub - _DAY if (ctx.pub and offset == -1) else None
    return [_Hit(m.start(), m.end(), None, 1, "relative", anchor_offset=offset,
                 anchor_fallback=fallback)]


def _h_period(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    pos = " ".join((m.group("pos") or "").lower().split())
    det = " ".join(m.group("det").lower().split())
    unit = m.group("unit").lower()
    start, end = m.start(), m.end()
    if det in ("the", "a") and unit != "weekend":
        return None
    if det in ("the past", "past", "this past") and unit != "weekend":
        det = "rolling"
    elif det in ("last", "the previous", "previous", "this past"):
        det = "last"
    elif det in ("next", "the following", "the coming", "coming"):
        det = "next"
    pub = ctx.pub
    cue = ctx.direction(start, end)
    forced = "past" if pos == "earlier" else ("future" if pos == "later" else None)
    if unit == "year":
        if pub is None:
            return [_Hit(start, end, None, None, "year", relation=forced or (
                "past" if det == "last" else "future" if det == "next" else "present"))]
        year = pub.year + {"last": -1, "next": 1}.get(det, 0)
        if det == "rolling":
            year = pub.year - 1
        return [_Hit(start, end, dt.date(year, 1, 1), None, "year",
                     period=(dt.date(year, 1, 1), dt.date(year, 12, 31)), relation=forced)]
    if pub is None:
        rel = forced or ("past" if det in ("last", "rolling") else
                         "future" if det == "next" else None)
        precision = 3 if unit == "month" else 2
        return [_Hit(start, end, None, precision, "month" if unit == "month" else "week",
                     relation=rel, direction=cue)]
    if unit == "weekend":
        sat = resolve_weekday(pub, 5, "past")
        current = sat if pub.weekday() >= 5 else None  # the weekend holding publication
        if det == "last":
            sat = sat - 7 * _DAY if current else sat
        elif det == "next":
            sat = (current + 7 * _DAY) if current else resolve_weekday(pub, 5, "future")
        elif cue == "future" and current is None:
            sat = resolve_weekday(pub, 5, "future")
        return [_Hit(start, end, sat, 2, "week", period=(sat, sat + _DAY))]
    if unit == "week":
        if det == "rolling":
            first, last = pub - 7 * _DAY, pub - _DAY
            return [_Hit(start, end, _middle(first, last), 2, "week", period=(first, last),
                         relation="past")]
        mon = _monday(pub) + 7 * _DAY * {"last": -1, "next": 1}.get(det, 0)
        sun = mon + 6 * _DAY
        if pos in ("early", "the start of", "the beginning of"):
            first, last = mon, mon + 2 * _DAY
        elif pos in ("late", "the end of"):
            first, last = mon + 3 * _DAY, sun
        elif pos == "earlier" and det == "this":
            first, last = mon, max(mon, pub - _DAY)
        elif pos == "later" and det == "this":
            first, last = min(sun, pub + _DAY), sun
        else:
            # a whole week: its Thursday (fixtures convention), never after publication
            middle = week_middle(mon)
            if det not in ("last", "next") and middle > pub:
                middle = max(mon, pub)
            return [_Hit(start, end, middle, 2, "week", period=(mon, sun), relation=forced)]
        return [_Hit(start, end, _middle(first, last), 2, "week", period=(first, last),
                     relation=forced)]
    # month
    if det == "rolling":
        first, last = pub - 30 * _DAY, pub - _DAY
        mid = _middle(first, last)
        return [_Hit(start, end, _month_precision_date(mid, pub, True), 3, "month",
                     period=(first, last), relation="past")]
    base = _add_months(pub.replace(day=1), {"last": -1, "next": 1}.get(det, 0))
    first, last = _month_period(base.year, base.month)
    if pos in ("early", "the start of", "the beginning of"):
        date = first
    elif pos in ("late", "the end of"):
        date = last
    elif pos == "earlier" and det == "this":
        date = base.replace(day=15) if pub.day > 15 else first
        last = max(first, pub - _DAY)
    elif pos == "later" and det == "this":
        date = base.replace(day=15) if pub.day < 15 else last
        first = min(last, pub + _DAY)
    else:
        date = base.replace(day=15)
    return [_Hit(start, end, date, 3, "month", period=(first, last), relation=forced)]


def _h_rolling(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    pub = ctx.pub
    start, end = m.start(), m.end()
    if m.group("recent") or m.group("runit") in ("months", "years"):
        return [_Hit(start, end, None, None, "relative", relation="past")]
    if m.group("runit"):
        days = {"days": 7, "weeks": 28}[m.group("runit").lower()]
    else:
        n_word = " ".join(m.group("n").lower().split())
        n = {"few": 3, "couple of": 2}.get(n_word) or _small_number(n_word)[0]
        unit = m.group("unit").lower()
        days = {"hours": n / 24, "days": n, "weeks": 7 * n, "months": 30 * n,
                "years": 365 * n}[unit]
        days = max(1, int(round(days)))
    if days > 31:
        return [_Hit(start, end, None, None, "relative", relation="past")]
    if pub is None:
        return [_Hit(start, end, None, 2 if days <= 7 else 3, "relative", relation="past")]
    first, last = pub - days * _DAY, pub - _DAY
    if days == 1:  # "in the past 24 hours": yesterday or today
        first, last = pub - _DAY, pub
    mid = _middle(first, last)
    if days <= 7:
        return [_Hit(start, end, mid, 2, "relative", period=(first, last), relation="past")]
    return [_Hit(start, end, _month_precision_date(mid, pub, True), 3, "month",
                 period=(first, last), relation="past")]


def _h_month(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    word = m.group("m")
    month = _month_number(word)
    pos = " ".join((m.group("pos") or "").lower().split())
    det = (m.group("det") or "").lower()
    year = m.group("y")
    start, end = m.start(), m.end()
    if not (pos or det or year):
        raw_before = ctx.word_before(start)
        if raw_before.lower() not in P.MONTH_PREPOSITIONS:
            if word.lower() in P.AMBIGUOUS_MONTHS:
                return None
            if raw_before[:1].isupper() and not _sentence_start(ctx.text, start):
                return None  # "Black September"
    if _names_follow(ctx, end):
        return None
    pub = ctx.pub
    cue = ctx.direction(start, end)
    if year:
        y = int(year)
    elif pub is None:
        return [_Hit(start, end, None, 3, "month", direction=cue)]
    elif det == "last":
        y = pub.year if month < pub.month else pub.year - 1
    elif det in ("next", "coming"):
        y = pub.year if month > pub.month else pub.year + 1
    elif det == "this":
        y = pub.year
    elif cue == "future":
        y = pub.year if month >= pub.month else pub.year + 1
    else:
        y = pub.year if month <= pub.month else pub.year - 1
    first, last = _month_period(y, month)
    where = P.MONTH_POSITIONS.get(pos, "")
    if where.startswith("w"):
        week = int(where[1])
        lo = first + 7 * (week - 1) * _DAY if week < 4 else last - 6 * _DAY
        hi = lo + 6 * _DAY
        return [_Hit(start, end, _middle(lo, hi), 2, "week", period=(lo, hi))]
    date = {"first": first, "last": last}.get(where, first.replace(day=15))
    return [_Hit(start, end, date, 3, "month", period=(first, last))]


def _sentence_start(text: str, pos: int) -> bool:
    head = text[max(0, pos - 4):pos].rstrip(" \"'“‘(")
    return not head or head[-1] in ".!?\n:"


def _h_year(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    start, end = m.start(), m.end()
    if ctx.word_before(start).lower() not in P.YEAR_PREPOSITIONS and not ctx.text[
            max(0, start - 3):start].endswith(("'s ", "’s ")):
        return None
    if ctx.word_after(end) in P.COUNT_NOUNS:
        return None
    y = int(m.group("y"))
    if m.group("decade"):
        first, last = dt.date(y - y % 10, 1, 1), dt.date(y - y % 10 + 9, 12, 31)
        return [_Hit(start, end, first, None, "year", period=(first, last))]
    y2 = m.group("y2")
    last_year = y
    if y2:
        last_year = int(y2) if len(y2) == 4 else (y // 100) * 100 + int(y2)
        if last_year < y:
            return None
    return [_Hit(start, end, dt.date(y, 1, 1), None, "year",
                 period=(dt.date(y, 1, 1), dt.date(last_year, 12, 31)))]


def _h_ordinal_day(m: re.Match[str], ctx: _Ctx) -> list[_Hit] | None:
    day = _day_number(m.group("d"))
    tail = " ".join((m.group("tail") or "").lower().split())
    start = m.start("d") - len("the ")
    pub = ctx.pub
    cue = ctx.direction(start, m.end())
    if pub is None:
        return [_Hit(start, m.end(), None, 1, "explicit", direction=cue)]
    if tail:
        shift = -1 if ("last" in tail or "previous" in tail) else (
            1 if ("next" in tail or "following" in tail) else 0)
        base = _add_months(pub.replace(day=1), shift)
        date = _valid(base.year, base.month, day)
        return [_Hit(start, m.end(), date, 1, "explicit")] if date else None
    step = 1 if cue == "future" else -1
    base = pub.replace(day=1)
    for _ in range(3):
        date = _valid(base.year, base.month, day)
        if date and (date >= pub if step > 0 else date <= pub):
            return [_Hit(start, m.end(), date, 1, "explicit")]
        base = _add_months(base, step)
    return None


_HANDLERS = {
    "range_dm": _h_range, "range_md": _h_range, "date_dm": _h_date, "date_md": _h_date,
    "date_iso": _h_date_iso, "date_numeric": _h_date_numeric, "date_foreign": _h_date_foreign,
    "weekday": _h_weekday, "night_into": _h_night_into, "relative_day": _h_relative_day,
    "ago": _h_ago, "anaphoric_day": _h_anaphoric, "period": _h_period, "rolling": _h_rolling,
    "month": _h_month, "year": _h_year, "ordinal_day": _h_ordinal_day,
}
assert set(_HANDLERS) == {name for name, _ in P.TIME_PATTERNS}

# A cheap gate: text with none of these has no time expression at all.
_ANY_CUE = re.compile(
    r"\d|(?i:day|night|week|month|year|today|tomorrow|tonight|morning|evening|afternoon|"
    r"overnight|recent|ago|earlier|later)|" + P.MONTH_FULL + "|" + P.MONTH_ABBR + "|"
    + P.WEEKDAY)


def _select(text: str, ctx: _Ctx) -> list[list[_Hit]]:
    """All pattern hits, then the longest non-overlapping ones, in text order."""
    found: list[tuple[int, int, int, list[_Hit]]] = []
    for order, (name, rx, gate) in enumerate(_PATTERNS):
        if gate is not None and not gate.search(text):
            continue
        handler = _HANDLERS[name]
        for m in rx.finditer(text):
            hits = handler(m, ctx)
            if hits:
                lo = min(h.start for h in hits)
                hi = max(h.end for h in hits)
                found.append((lo, hi, order, hits))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[int, int, int, list[_Hit]]] = []
    for f in found:
        if any(f[0] < e and s < f[1] for s, e in taken):
            continue
        taken.append((f[0], f[1]))
        chosen.append(f)
    chosen.sort(key=lambda f: f[0])
    return [f[3] for f in chosen]


def _merge_ranges(groups: list[list[_Hit]], text: str) -> list[list[_Hit]]:
    """Join two explicit dates into one range: "from 28 February to 2 March 2025"."""
    out: list[list[_Hit]] = []
    for group in groups:
        prev = out[-1] if out else None
        if (prev and len(prev) == 1 and len(group) == 1 and prev[0].kind == "explicit"
                and group[0].kind == "explicit"):
            a, b = prev[0], group[0]
            gap = text[a.end:b.start]
            conn = gap.strip().lower()
            if _RANGE_GAP.match(gap) and (conn != "and" or _BETWEEN_BEFORE.search(
                    text, max(0, a.start - 14), a.start)):
                if a.date and b.date and not a.has_year and b.has_year:
                    fixed = _valid(b.date.year, a.date.month, a.date.day)
                    if fixed and fixed > b.date:
                        fixed = _valid(b.date.year - 1, a.date.month, a.date.day)
                    a.date = fixed
                if a.date and b.date and a.date < b.date:
                    a.kind, b.kind = "range", "range_end"
                    a.end = b.end
                    between = _BETWEEN_BEFORE.search(text, max(0, a.start - 14), a.start)
                    if between:
                        a.start = between.start()
                    prev.append(b)
                    continue
        out.append(group)
    return out


def _relation(hit: _Hit, pub: dt.date | None) -> str:
    if hit.relation:
        return hit.relation
    if pub is None or hit.date is None:
        return "future" if hit.direction == "future" else "past"
    first, last = hit.period or (hit.date, hit.date)
    if last < pub:
        return "past"
    if first > pub:
        return "future"
    return "present"


def find_time_expressions(text: str, pub_date: dt.date | None, *,
                          day_first: bool = True) -> list[TimeExpr]:
    """Every temporal expression in ``text``, resolved against ``pub_date``, in text order.

    Offsets are into ``text``. Explicit dates with a year resolve without ``pub_date``;
    relative ones ("yesterday", "on Thursday") get ``date=None`` when it is missing.
    ``day_first`` reads "06/02/2025" as 6 February (the default, for most of the world's
    press); a part above 12 always decides. A range is a ``range`` expression for its first
    day followed at once by a ``range_end`` for its last (see ``range_pairs``).
    """
    if isinstance(pub_date, dt.datetime):
        pub_date = pub_date.date()
    if not text or not _ANY_CUE.search(text):
        return []
    ctx = _Ctx(text, pub_date, day_first)
    groups = _merge_ranges(_select(text, ctx), text)
    out: list[TimeExpr] = []
    anchor: dt.date | None = None
    for group in groups:
        for hit in group:
            if hit.anchor_offset is not None:
                if anchor is not None:
                    hit.date = anchor + dt.timedelta(days=hit.anchor_offset)
                else:
                    hit.date = hit.anchor_fallback
            if hit.precision == 1 and hit.date is not None:
                anchor = hit.date
            span = Span(hit.start, hit.end, text[hit.start:hit.end])
            out.append(TimeExpr(span=span, date=hit.date, precision=hit.precision,
                                kind=hit.kind, relation=_relation(hit, pub_date)))
    return out
