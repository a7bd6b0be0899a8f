"""Wire copy as agencies and aggregators send it: credits, datelines glued or cut,
captions, contributor and source lines, link tails. The fixtures in tests/data/wire/
are written in each agency's style."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.models import Block
from generator.readers import read_source
from generator.readers.dateline import find_dateline
from generator.readers.wire import (
    Byline,
    is_caption,
    is_credit,
    read_byline,
    strip_boilerplate,
    without_glued_caption,
)

WIRE = Path("tests/data/wire")


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By JOSH BOAK, Associated Press", Byline("Josh Boak", "Associated Press")),
        ("By Helen Ward | Press Association", Byline("Helen Ward", "Press Association")),
        ("By Priya Natarajan, Bloomberg News", Byline("Priya Natarajan", "Bloomberg News")),
        ("By Jane Doe and Michael Reyes", Byline("Jane Doe and Michael Reyes")),
        ("By Jane Doe, Michael Reyes", Byline("Jane Doe, Michael Reyes")),
        ("By KIM TONG-HYUNG, AP Writer", Byline("Kim Tong-hyung", "AP")),
        ("By Jane Smith", Byline("Jane Smith")),
    ],
)
def test_byline_forms(line: str, byline: Byline) -> None:
    assert read_byline(line) == byline


def test_a_sentence_is_not_a_byline() -> None:
    assert read_byline("By the end of the week, prices had doubled.") is None


@pytest.mark.parametrize(
    ("lede", "place", "agency", "rest"),
    [
        ("(CNN)A new state law in Texas", "", "CNN", "A new state law"),
        ("(Reuters) - Global oil prices rose", "", "Reuters", "Global oil prices"),
        ("Hollywood Reporter)A comedian who", "", "Hollywood Reporter", "A comedian"),
        ("WASHINGTON (AP) -- The Senate voted", "Washington", "AP", "The Senate"),
        ("LONDON, England (CNN) -- Britain's", "London, England", "CNN", "Britain's"),
        ("MUMBAI, Oct. 11 (Bloomberg) -- India's", "Mumbai", "Bloomberg", "India's"),
    ],
)
def test_credits_glued_or_cut(lede: str, place: str, agency: str, rest: str) -> None:
    found = find_dateline(lede)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert lede[found.length :].startswith(rest)


@pytest.mark.parametrize(
    "lede",
    ["(Updated) The minister resigned.", "Smith) said nothing", "(a) The first rule"],
)
def test_brackets_that_are_no_credit(lede: str) -> None:
    found = find_dateline(lede)
    assert found is None or found.agency not in {"Updated", "a"}


@pytest.mark.parametrize(
    "line",
    [
        "Associated Press writers Lisa Mascaro and Kevin Freking contributed to this report.",
        "CNN's Ed Lavandera and Rosa Flores contributed to this report.",
        "(Reporting by Jane Doe in London; Editing by Mark Heinrich)",
        "Additional reporting by Tom Bell",
        "SOURCE: News agencies",
        "Source: Al Jazeera and news agencies",
        "Copyright 2026 The Associated Press. All rights reserved.",
        "Read more: The trial that gripped a city",
        "\u2014 The Associated Press",
        "Follow Helen Ward on Twitter",
    ],
)
def test_credit_lines(line: str) -> None:
    assert is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Supporters outside the court in Manchester (PA Photo/Peter Byrne)",
        "President Biden speaks in the Rose Garden (AP Photo/Evan Vucci)",
        "Rescuers search the rubble in Antakya. REUTERS/Umit Bektas",
        "Image copyright Getty Images",
    ],
)
def test_caption_lines(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "The source of the leak has not been found.",
        "Video footage showed the crowd breaking through the barrier.",
        "Reporters were kept outside the court.",
        "He contributed to the report's findings, the inquiry said, and to its errors.",
    ],
)
def test_story_sentences_are_kept(line: str) -> None:
    assert not is_credit(line) and not is_caption(line)


def test_a_caption_glued_to_the_next_sentence_is_cut() -> None:
    text = "Supporters outside the court on FridayThe former footballer was cleared."
    assert without_glued_caption(text) == "The former footballer was cleared."
    kept = "Shares in YouTube and McDonald's rose. The index fell."
    assert without_glued_caption(kept) == kept


def test_a_more_tail_goes_with_its_links_but_a_story_after_it_stays() -> None:
    blocks = [Block("paragraph", "The vote passed."), Block("heading", "More:")]
    links = [Block("paragraph", "Club to review academy"), Block("paragraph", "Earlier cases")]
    assert strip_boilerplate(blocks + links) == blocks[:1]
    story = [Block("paragraph", "The club will review its academy, the chairman said.")]
    assert strip_boilerplate(blocks + story) == blocks[:1] + story


@pytest.mark.parametrize(
    ("name", "byline", "outlet", "dateline", "lede"),
    [
        ("cnn-glued.txt", None, "CNN", None, "A new state law in Texas"),
        ("hollywood-reporter.txt", None, "Hollywood Reporter", None, "A comedian who"),
        ("reuters.txt", "Jane Doe and Michael Reyes", "Reuters", None, "Global oil prices"),
        ("ap-washington.txt", "Josh Boak", "AP", "Washington", "The Senate voted"),
        ("aljazeera-source.txt", None, None, None, "At least 12 people"),
        ("caption-inline.txt", "Helen Ward", "Press Association", None, "The former footballer"),
        ("byline-comma.txt", "Priya Natarajan", "Bloomberg", "Mumbai", "India's central bank"),
    ],
)
def test_wire_files_read_clean(
    name: str, byline: str | None, outlet: str | None, dateline: str | None, lede: str
) -> None:
    [article] = read_source(WIRE / name, f"articles/{name}")
    assert article.title is None  # a byline is never taken for a headline
    assert (article.byline, article.outlet) == (byline, outlet)
    assert (article.dateline.place or None if article.dateline else None) == dateline
    assert article.lede.startswith(lede)
    body = "\n".join(article.paragraphs)
    for noise in ("contributed to", "Reporting by", "SOURCE:", "Copyright", "Photo:", "More:"):
        assert noise not in body
    assert "Read more" not in body and "Ward's earlier cases" not in body
