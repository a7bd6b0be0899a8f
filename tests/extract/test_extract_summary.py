"""The bottom line and key points as a reader judges them: one sentence of at most 40
words saying what happened, then distinct key points that do not repeat it, each
linked to the paragraph it comes from (real model, corpus articles)."""

from __future__ import annotations

import re

import pytest

from generator.extract import extract, extract_many
from generator.extract.summary import MAX_SUMMARY_WORDS, shorten, summarize
from generator.models import Briefing
from generator.readers import read_source
from tests.conftest import BBC, SEED
from tests.extract_helpers import article_of

SECTIONS = ("business", "politics", "sport", "tech")
SAMPLE = [BBC / s / n for s in SECTIONS for n in ("010.txt", "077.txt")]


def content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3}


@pytest.fixture(scope="module")
def briefings() -> list[Briefing]:
    articles = [read_source(p, p.as_posix())[0] for p in [SEED, *SAMPLE]]
    return list(extract_many(articles, [None] * len(articles)))


def test_the_bottom_line_is_one_short_sentence(briefings: list[Briefing]) -> None:
    for b in briefings:
        words = b.summary.split()
        assert 5 <= len(words) <= MAX_SUMMARY_WORDS, b.summary
        assert b.summary[-1] in '.!?"\u201d' and b.summary[0].isupper(), b.summary
        assert not re.search(r"[.!?] [A-Z]", b.summary[:-1].replace("Mr. ", "")), b.summary


def test_three_distinct_key_points_that_do_not_repeat_the_bottom_line(
    briefings: list[Briefing],
) -> None:
    for b in briefings:
        assert len(b.key_points) == 3, b.source.path
        seen = [content(b.summary)]
        for point in b.key_points:
            words = content(point.text)
            assert all(len(words & other) / min(len(words), len(other)) < 0.5 for other in seen)
            seen.append(words)
            section = b.sections[point.section - 1]
            paragraph = section.paragraphs[point.paragraph - 1]
            assert point.text.rstrip(".")[-20:] in paragraph  # linked to its paragraph


def test_a_long_lede_is_cut_at_a_clause_not_mid_phrase() -> None:
    long = (
        "The government announced on Monday a sweeping overhaul of the country's railway "
        "network that will see dozens of lines reopened and fares frozen for three years, "
        "which ministers said would cost taxpayers more than four billion pounds by the end "
        "of the decade and would be paid for by a new levy on airline tickets."
    )
    short = shorten(long)
    assert len(short.split()) <= MAX_SUMMARY_WORDS
    assert short.endswith("fares frozen for three years.")


def test_a_lede_too_short_to_say_anything_takes_the_next_sentence() -> None:
    article = article_of(
        "Headline\n\nIt's official. The city council has voted to close the old bridge to "
        "cars from next spring.\n\nMore follows.\n"
    )
    assert summarize(article).startswith("It's official. The city council has voted")


def test_the_number_of_key_points_is_configurable() -> None:
    article = read_source(SEED, "seed.txt")[0]
    assert len(extract(article, "seed", key_points=2).key_points) == 2
    assert len(extract(article, "seed", key_points=5).key_points) == 5
