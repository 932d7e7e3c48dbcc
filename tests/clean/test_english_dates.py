"""English month-name dates are read without dateparser, with exactly dateparser's answers."""

import datetime as dt

import pytest

from dateline.clean import _pubdate
from dateline.clean._pubdate import parse_date_span

MONTHS = ("Jan", "January", "Feb.", "February", "Mar", "March", "apr", "April", "May", "June",
          "Jul", "July", "Aug.", "August", "Sep", "Sept", "Sept.", "September", "Oct",
          "October", "Nov", "November", "Dec", "DECEMBER")
FORMS = ("{m} {d}, {y}", "{m} {d} {y}", "{m} {d}th, {y}", "{d} {m} {y}", "{d} {m}, {y}",
         "{d}th of {m} {y}", "{d}st {m} {y}")
SPANS = [form.format(m=m, d=d, y=y) for i, m in enumerate(MONTHS) for form in FORMS
         for d, y in ((1 + i, 2025), (28, 1999), (30, 2024), (31, 2026))]


def _by_dateparser(span: str, monkeypatch) -> dt.date | None:
    with monkeypatch.context() as patch:
        patch.setattr(_pubdate, "_english_date", lambda span: None)
        parse_date_span.cache_clear()
        answer = parse_date_span(span)
    parse_date_span.cache_clear()
    return answer


def test_the_fast_path_gives_dateparsers_answers(monkeypatch):
    read = 0
    for span in SPANS[::3]:  # every third: dateparser takes a few milliseconds a span
        fast = _pubdate._english_date(span)
        if fast is not None:
            read += 1
            assert fast == _by_dateparser(span, monkeypatch), span
    assert read > 100


@pytest.mark.parametrize("span, expected", [
    ("Feb 6, 2025", dt.date(2025, 2, 6)),
    ("6th of February 2025", dt.date(2025, 2, 6)),
    ("1 Sept. 2024", dt.date(2024, 9, 1)),
])
def test_common_forms(span, expected):
    parse_date_span.cache_clear()
    assert parse_date_span(span) == expected


def test_impossible_and_foreign_dates_still_go_to_dateparser(monkeypatch):
    assert _pubdate._english_date("Feb 30, 2025") is None
    assert _pubdate._english_date("10 mars 2025") is None
    parse_date_span.cache_clear()
    assert parse_date_span("10 mars 2025") == dt.date(2025, 3, 10)
    assert parse_date_span("Feb 30, 2025") == _by_dateparser("Feb 30, 2025", monkeypatch)
