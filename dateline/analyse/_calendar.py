"""Calendar arithmetic for time expressions: month and day words, month lengths and periods,
the middle of a span, valid dates, and days counted back from a publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from . import _date_patterns as P
_DAY = dt.timedelta(days=1)


def _month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return P.MONTHS.get(w) or P.MONTH_ABBREVIATIONS[w]


def _day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, _last_day(year, month + 1)))


def _month_period(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, _last_day(year, month))


def _middle(start: dt.date, end: dt.date) -> dt.date:
    """The middle day of a span; for an even number of days, the earlier of the two."""
    return start + dt.timedelta(days=(end - start).days // 2)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _same_day_back(pub: dt.date, n: int, unit: str) -> dt.date:
    """"Three years ago today": the same calendar day ``n`` units before publication."""
    if unit in ("year", "decade"):
        years = n * (10 if unit == "decade" else 1)
        return _valid(pub.year - years, pub.month, pub.day) or dt.date(pub.year - years, pub.month, 28)
    if unit == "month":
        return _add_months(pub, -n)
    return pub - dt.timedelta(days=n * (7 if unit == "week" else 1))


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())
