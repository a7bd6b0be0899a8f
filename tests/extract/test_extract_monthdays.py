"""Calendar dates in every common news form, resolved against the article's date and
the tense of their clause (real model)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.monthdays import CalendarDate, read_calendar, resolve_calendar, resolve_day
from tests.extract_helpers import briefing_of

NOV_20 = dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Oct. 11", CalendarDate(10, 11, None)),
        ("Sept. 5", CalendarDate(9, 5, None)),
        ("15 December", CalendarDate(12, 15, None)),
        ("January 3", CalendarDate(1, 3, None)),
        ("Dec. 15, 2025", CalendarDate(12, 15, 2025)),
        ("3rd of March 2024", CalendarDate(3, 3, 2024)),
        ("Sept. 2026", CalendarDate(9, None, 2026)),
        ("mid-April", CalendarDate(4, None, None)),
    ],
)
def test_calendar_forms(text: str, found: CalendarDate) -> None:
    assert read_calendar(text) == found


def test_a_year_comes_from_the_article_date_and_the_tense() -> None:
    dec_6 = CalendarDate(12, 6, None)
    assert resolve_calendar(dec_6, NOV_20) == "2026-12-06"
    assert resolve_calendar(dec_6, NOV_20, "past") == "2025-12-06"
    assert resolve_calendar(CalendarDate(3, None, None), NOV_20) == "2027-03"
    assert resolve_calendar(CalendarDate(3, None, None), NOV_20, "past") == "2026-03"
    assert resolve_calendar(dec_6, None) is None  # no article date: kept unresolved
    assert resolve_day(5, NOV_20, "future") == "2026-12-05"
    assert resolve_day(5, NOV_20, "past") == "2026-11-05"
    assert resolve_day(31, dt.date(2026, 2, 10), "future") == "2026-03-31"


def test_dates_in_an_article() -> None:
    b = briefing_of(
        "The central bank held rates on Oct. 11 and the next meeting is on Dec. 6, after "
        "data on Nov. 6 showed inflation easing.\n\n"
        "The strike began on 3 Nov. and a vote will be held on 15 December.\n\n"
        "Lawyers will be back in court on the 5th. A hearing in March will decide the case.\n\n"
        "The deal signed on Dec. 15, 2025 comes into force in Sept. 2027.",
        published=NOV_20,
    )
    found = {d.text: d.date for d in b.dates}
    assert found["Oct. 11"] == "2026-10-11"
    assert found["Dec. 6"] == "2026-12-06"
    assert found["Nov. 6"] == "2026-11-06"
    assert found["3 Nov."] == "2026-11-03"
    assert found["15 December"] == "2026-12-15"
    assert found["the 5th"] == "2026-12-05"
    assert found["March"] == "2027-03"
    assert found["Dec. 15, 2025"] == "2025-12-15"
    assert found["Sept. 2027"] == "2027-09"


def test_ordinals_and_month_words_that_are_no_dates() -> None:
    b = briefing_of(
        "Offices on the 5th floor were closed. The firm may march on, and Theresa May "
        "spoke for the 21st century.",
        published=NOV_20,
    )
    assert b.dates == []
