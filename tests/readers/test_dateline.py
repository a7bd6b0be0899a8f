"""Each common wire dateline form, and words that only look like one."""

from __future__ import annotations

import pytest

from generator.readers.dateline import find_dateline


@pytest.mark.parametrize(
    ("lede", "place", "agency"),
    [
        ("Seoul: In a rare diplomatic move, Kim will travel.", "Seoul", None),
        ("New Delhi: The government said it would act.", "New Delhi", None),
        ('Kabul: "We are ready," the minister said.', "Kabul", None),
        ("SEOUL (Reuters) - North Korea fired", "Seoul", "Reuters"),
        ("WASHINGTON, Sept. 5 (AP) \u2014 The Senate voted", "Washington", "AP"),
        ("Paris, 3 March (AFP) - Protesters", "Paris", "AFP"),
        ("LONDON \u2014 Britain's economy", "London", None),
        ("NEW YORK, Jan. 3 -- Stocks rose", "New York", None),
        ("BUENOS AIRES (Reuters) \u2013 Argentina", "Buenos Aires", "Reuters"),
    ],
)
def test_dateline_forms(lede: str, place: str, agency: str | None) -> None:
    found = find_dateline(lede)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert lede[found.length :][0].isupper() or lede[found.length :][0] in '"\u201c'


@pytest.mark.parametrize(
    "lede",
    [
        "Update: The minister resigned.",
        "Analysis: Why markets fell",
        "The minister said: we will act.",
        "Quarterly profits at US media giant TimeWarner jumped 76%.",
        "US President George W Bush - speaking on Monday - said",
    ],
)
def test_not_datelines(lede: str) -> None:
    assert find_dateline(lede) is None


@pytest.mark.parametrize(
    ("lede", "when"),
    [
        ("WASHINGTON, Sept. 5 (AP) \u2014 The Senate voted", "Sept. 5"),
        ("Paris, 3 March (AFP) - Protesters", "3 March"),
        ("NEW YORK, Jan. 3 -- Stocks rose", "Jan. 3"),
        ("SEOUL (Reuters) - North Korea fired", None),
        ("Seoul: In a rare diplomatic move, Kim will travel.", None),
    ],
)
def test_the_date_a_dateline_gives_is_kept_as_written(lede: str, when: str | None) -> None:
    found = find_dateline(lede)
    assert found is not None and found.when == when


@pytest.mark.parametrize(
    "lede",
    [
        "Published: August 7, 2012",
        "Published: August 7, 2012.",
        "Posted: Nov 27, 2005 8: 20 AM ET Last Updated: Nov 27, 2005 8: 10 PM ET",
        "Last Updated: Monday, 28 November 2005, 02: 24 GMT",
        "First Published: Tue March 3, 2009.",
        "PUBLISHED - 5 March 2013",
        "POSTED \u2014 The council met.",
    ],
)
def test_a_time_stamp_label_is_never_a_dateline(lede: str) -> None:
    assert find_dateline(lede) is None


@pytest.mark.parametrize(
    "lede",
    [
        "Lawyer: Lindsay Lohan checks into rehab facility",
        "Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder",
        "Sheriff: Michigan office shooting kills 1, injures 2",
        "Paris: Jewellery Stolen In Casty Shop Raid",
    ],
)
def test_a_kicker_before_a_headline_is_not_a_dateline(lede: str) -> None:
    """A colon dateline heads running text; a headline ends without a full stop."""
    assert find_dateline(lede) is None


def test_a_name_and_its_acronym_in_brackets_are_not_a_place_and_an_agency() -> None:
    lede = "Advanced Micro Devices (AMD) Chief Executive Hector Ruiz described the deal."
    assert find_dateline(lede) is None


def test_a_month_that_opens_the_story_does_not_hide_the_dateline() -> None:
    found = find_dateline("Seoul: May Day marches drew thousands on Saturday.")
    assert found is not None and found.place == "Seoul"


def test_a_headline_with_a_kicker_is_read_as_the_headline(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The text reader took a kicked headline for a lede with a dateline, and the
    briefing lost its title; now the first line is the headline."""
    from generator.readers import read_source

    path = tmp_path / "story.txt"
    path.write_text(
        "Lawyer: Lindsay Lohan checks into rehab facility\n\n"
        "Published: May 2, 2013\n\n"
        "Lindsay Lohan has checked into a rehab facility, her lawyer said on Thursday.\n",
        encoding="utf-8",
    )
    article = read_source(path, "story.txt")[0]
    assert article.title == "Lawyer: Lindsay Lohan checks into rehab facility"
    assert article.dateline is None
