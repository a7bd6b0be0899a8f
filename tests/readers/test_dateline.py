"""Each common wire dateline form, and words that only look like one."""

from __future__ import annotations

import pytest

from generator.readers.dateline import find_dateline


@pytest.mark.parametrize(
    ("lede", "place", "agency"),
    [
        ("Seoul: In a rare diplomatic move, Kim", "Seoul", None),
        ("New Delhi: The government said", "New Delhi", None),
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
        ("Seoul: In a rare diplomatic move, Kim", None),
    ],
)
def test_the_date_a_dateline_gives_is_kept_as_written(lede: str, when: str | None) -> None:
    found = find_dateline(lede)
    assert found is not None and found.when == when
