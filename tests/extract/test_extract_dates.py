"""Dates: points in time only, resolved where the article says enough."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path

import pytest

from generator.extract import extract
from generator.extract.dates import dateline_date, is_point_in_time, reference_date, resolve
from generator.readers import read_source
from generator.readers.text import read_text
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


# -- days of the week ------------------------------------------------------------------
# The BBC articles carry no date: each is given one here, Wednesday 16 March 2005.
WEDNESDAY = dt.date(2005, 3, 16)


def dates_of(text: str, published: dt.date | None = WEDNESDAY) -> dict[str, str | None]:
    return {d.text: d.date for d in briefing_of(text, published).dates}


def test_a_past_weekday_is_the_latest_on_or_before_the_article_date() -> None:
    # politics/239
    assert dates_of(
        "The powers - piloted in six areas - were extended to all police forces in England "
        "and Wales on Thursday."
    ) == {"Thursday": "2005-03-10"}
    # entertainment/082: the article's own weekday is its own day ("on Wednesday" = today)
    assert dates_of(
        "The eligible names for The Aviator and Million Dollar Baby were decided by Ampas' "
        "producers branch executive committee on Wednesday."
    ) == {"Wednesday": "2005-03-16"}


def test_the_sample_article_resolves_against_its_front_matter_date() -> None:
    # articles/2026-11-27-rotterdam-port-strike.md: 27 November 2026 is a Friday.
    article = read_source(Path("articles/2026-11-27-rotterdam-port-strike.md"), "sample")[0]
    dates = {d.text: d.date for d in extract(article, "sample").dates}
    assert dates["Friday"] == "2026-11-27"


def test_a_future_weekday_is_the_first_on_or_after_the_article_date() -> None:
    # business/248
    assert dates_of(
        "Members of the Bank of England's rate-setting committee will make their latest "
        "decision on interest rates on Thursday."
    ) == {"Thursday": "2005-03-17"}
    # entertainment/315: the present of schedules
    assert dates_of("Meet The Fockers opens in the UK on Friday.") == {"Friday": "2005-03-18"}
    # politics/182: an infinitive is later than its verb; "Wednesday's vote" is the vote's day
    assert dates_of(
        "The government is expected to win Wednesday's vote in the Commons, but faces a "
        "battle in the House of Lords."
    ) == {"Wednesday": "2005-03-16"}


def test_last_and_next_count_from_the_article_date_never_its_own_day() -> None:
    # politics/209, read on a Friday: "last Friday" is a week before
    friday = dt.date(2005, 3, 18)
    assert dates_of(
        "Palestinian leader Mahmoud Abbas has said he will not tolerate attacks such as last "
        "Friday's suicide bombing in the Israeli city of Tel Aviv.",
        friday,
    ) == {"last Friday": "2005-03-11"}
    # politics/141, read on a Monday: "next Monday" is a week after
    assert dates_of(
        "The Lib Dems have pledged to oppose the bill when it is debated next Monday.",
        dt.date(2005, 3, 14),
    ) == {"next Monday": "2005-03-21"}


def test_a_part_of_the_day_belongs_to_the_date() -> None:
    # entertainment/124 (the model tags "Friday night" a TIME, not a DATE)
    assert dates_of(
        "Melcher died on Friday night at his home in Beverly Hills, California, after a long "
        "battle with skin cancer."
    ) == {"Friday night": "2005-03-11"}
    # entertainment/187
    assert dates_of("The winner is due to be announced on Sunday night.") == {
        "Sunday night": "2005-03-20"
    }


def test_a_day_on_the_far_side_of_another_event_is_kept_unresolved() -> None:
    # business/094: "ahead of Friday's announcement" in a past clause
    dates = dates_of(
        "The new GDP figure also topped the 3.5% growth rate that economists had forecast "
        "ahead of Friday's announcement."
    )
    assert dates == {"Friday": None}


def test_future_in_the_past_counts_from_the_report_when_the_sentence_dates_it() -> None:
    # business/299: an undated report
    assert dates_of(
        "However, Judge Letitia Clark said the hearing would continue on Thursday when "
        "arguments in the case would be heard."
    ) == {"Thursday": None}
    # politics/232: reported on Sunday, the Tuesday after it
    assert dates_of(
        "On Sunday, Deputy Mayor Nicky Gavron told the BBC's Politics Show she believed the "
        "Mayor of London would say sorry on Tuesday for offending the wider Jewish community."
    ) == {"Sunday": "2005-03-13", "Tuesday": "2005-03-15"}


def test_a_weekday_in_a_direct_quote_is_the_speakers_and_not_resolved() -> None:
    # business/299
    assert dates_of(
        '"We are here to stop 60% of our body from being cut off on Sunday," Zack Clement, a '
        "lawyer for Yukos, told Judge Clark in an emergency hearing in Houston, Texas, on "
        "Wednesday."
    ) == {"Sunday": None, "Wednesday": "2005-03-16"}


def test_a_weekday_with_a_calendar_date_takes_the_year_that_fits() -> None:
    # entertainment/283: 11 March is a Friday in 2005, not in 2004 or 2006
    assert dates_of("Tickets for the V festival go on sale on Friday 11 March.") == {
        "Friday 11 March": "2005-03-11"
    }


def test_without_an_article_date_a_weekday_is_kept_unresolved() -> None:
    # politics/239
    assert dates_of(
        "The powers were extended to all police forces in England and Wales on Thursday.",
        None,
    ) == {"Thursday": None}


@pytest.mark.parametrize(
    "text",
    [
        # entertainment/054, entertainment/215: named days
        "Black Friday is based upon the novel of the same name written by journalist S "
        "Hussain Zaidi.",
        "Last year, the South Bank Award for best TV drama went to Steven Poliakoff's period "
        "piece The Lost Prince, while Bloody Sunday, about the 1972 killings in Northern "
        "Ireland, won in 2003.",
        # sport/251, sport/381: a club and a man named Friday ("Man Friday")
        "In May, he made a proposal to invest £10m in Sheffield Wednesday, but this was "
        "rejected by the club.",
        "Mike Friday's England side matched their opponents for pace, power and skill in the "
        "final.",
        # business/203, sport/110: newspapers
        "The Sunday Times reported that hedge funds TCI and Atticus were planning to demand "
        "the removal of the group's chairman.",
        "I will try to help him make that happen, Meersseman told the Mail on Sunday.",
        # entertainment/213, entertainment/012, entertainment/188: any such day
        "Every Friday, hundreds of people gather in Luanda's Independence Square to record a "
        "message in front of the TV cameras.",
        "Neeson used to listen to his sermons on a Friday night in Ballymena.",
        "Veteran presenter Bruce Forsyth and Tess Daly will host the programme, which follows "
        "hot on the heels of the current Saturday night series Strictly Come Dancing.",
    ],
)
def test_weekdays_in_names_and_days_in_general_are_no_dates(text: str) -> None:
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    dates = [d.text for d in briefing_of(text, WEDNESDAY).dates]
    assert not [d for d in dates if any(day in d for day in days)]


def test_the_dateline_date_is_the_day_the_story_was_filed() -> None:
    # articles/geneva-climate-finance-wire.txt: "GENEVA, Nov. 26 (Desk) - Negotiators ...
    # failed on Wednesday". Saved a week later, its "Wednesday" is still 25 November.
    raw = Path("articles/geneva-climate-finance-wire.txt").read_bytes()
    article = read_text("articles/geneva.txt", raw, hashlib.sha256(raw).hexdigest())[0]
    later = dataclasses.replace(article, published=dt.date(2026, 12, 3))
    assert reference_date(later) == dt.date(2026, 11, 26)
    assert {d.text: d.date for d in extract(later, "geneva").dates}["Wednesday"] == "2026-11-25"
    # With no year in the dateline and no publication date there is nothing to count from.
    assert reference_date(article) is None


@pytest.mark.parametrize(
    ("when", "published", "date"),
    [
        ("Sept. 5", dt.date(2023, 9, 6), dt.date(2023, 9, 5)),
        ("Dec. 31", dt.date(2024, 1, 1), dt.date(2023, 12, 31)),
        ("3 March", dt.date(2005, 3, 4), dt.date(2005, 3, 3)),
        ("Nov. 26, 2026", None, dt.date(2026, 11, 26)),
        ("Nov. 26", None, None),
    ],
)
def test_dateline_dates(when: str, published: dt.date | None, date: dt.date | None) -> None:
    assert dateline_date(when, published) == date
