"""Headlines from a wire lede: the dateline never reaches them, the subject stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract import extract
from generator.readers import read_source
from tests.extract_helpers import article_of

LEDE = (
    "Negotiators from more than 60 countries failed on Wednesday to agree on how to share "
    "the cost of a new climate adaptation fund, leaving the question to ministers at next "
    "month's meeting in Nairobi."
)


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("Seoul: ", "Seoul"),
        ("SEOUL (Reuters) - ", "Seoul"),
        ("WASHINGTON, Sept. 5 (AP) \u2014 ", "Washington"),
        ("LONDON \u2014 ", "London"),
        ("GENEVA, Nov. 26 (Desk) \u2014 ", "Geneva"),
    ],
)
def test_the_dateline_never_reaches_the_headline(dateline: str, place: str) -> None:
    b = extract(article_of(dateline + LEDE + "\n\nThe talks resume in Nairobi."), None)
    assert b.dateline == place
    assert (
        b.title == "Negotiators failed to agree on how to share cost of new climate adaptation fund"
    )
    assert len(b.title.split()) <= 14
    assert "Wednesday" not in b.title and place.upper() not in b.title
    assert not b.summary.startswith(place.upper())
    assert b.places[0].name == place  # the place filed from is a place of the story
    assert {d.text: d.date for d in b.dates}.get("next month") is None  # no published date


def test_relative_dates_resolve_against_the_published_date(tmp_path: Path) -> None:
    source = tmp_path / "talks.md"
    source.write_text("---\ntitle: Talks\ndate: 2023-09-05\n---\n\n" + LEDE, encoding="utf-8")
    (article,) = read_source(source, "talks.md")
    b = extract(article, None)
    assert {d.text: d.date for d in b.dates}["next month"] == "2023-10"


def test_an_opening_phrase_that_names_nothing_leaves_the_summary() -> None:
    from generator.extract.summary import without_opening_phrase

    assert (
        without_opening_phrase(
            "In a rare diplomatic move, North Korean leader Kim Jong Un is set to visit Russia."
        )
        == "North Korean leader Kim Jong Un is set to visit Russia."
    )
    kept = "In London, police said the march was peaceful."
    assert without_opening_phrase(kept) == kept
