"""Dates: points in time only, resolved where the article says enough."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import is_point_in_time, resolve
from tests.extract_helpers import briefing_of


@pytest.mark.parametrize(
    "text",
    [
        "February 2022",
        "later this month",
        "Monday",
        "5 February",
        "October and November 2004",
        "1975",
        "three years ago",
    ],
)
def test_points_in_time(text: str) -> None:
    assert is_point_in_time(text)


@pytest.mark.parametrize(
    "text",
    ["26 weeks", "six months", "the last 12 months", "62-year-old", "two hours", "may", "march"],
)
def test_durations_ages_and_verbs_are_not_dates(text: str) -> None:
    assert not is_point_in_time(text)


def test_resolution() -> None:
    assert resolve("February 2022", None) == "2022-02"
    assert resolve("31 December 2004", None) == "2004-12-31"
    assert resolve("later this month", dt.date(2023, 9, 5)) == "2023-09"
    assert resolve("last year", dt.date(2005, 2, 1)) == "2004"
    assert resolve("later this month", None) is None


def test_no_false_dates_from_may_and_march() -> None:
    b = briefing_of(
        "Reports suggest that Kim Jong Un may travel to Vladivostok. Protesters march through "
        "Seoul, and the talks may march on."
    )
    assert b.dates == []


def test_a_date_refers_to_what_it_dates() -> None:
    b = briefing_of(
        "Putin reiterated that the attempt to reclaim territory lost since Russia\u2019s "
        "February 2022 invasion had been unsuccessful."
    )
    assert [(d.text, d.date, d.refers_to) for d in b.dates] == [
        ("February 2022", "2022-02", "Russia\u2019s invasion")
    ]
