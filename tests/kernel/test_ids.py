"""Ids are stable, readable, unique per source and can never leave briefings/."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.ids import briefing_id, slugify
from generator.models import Article, Block

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def article(path: str = "articles/a.txt", entry: str | None = None, **kw) -> Article:
    return Article(
        path=path,
        format="text",
        sha256="0" * 64,
        blocks=(Block("paragraph", "Body."),),
        entry=entry,
        **kw,
    )


@pytest.mark.parametrize(
    "title",
    [
        "../../etc/passwd",
        "/absolute/path",
        "CON",
        "nul.txt",
        "..",
        "",
        "   ",
        "\u202e\u0000\x1f",
        "A" * 5000,
        "Ünïcödé façade — naïve",
        "\uff0e\uff0e\uff0fetc",
        "日本語のタイトル",
        "<script>",
    ],
)
def test_hostile_titles_give_safe_ids(title: str) -> None:
    made = briefing_id(article(), title)
    assert ID.match(made), made
    assert len(made) <= 80
    assert "/" not in made and ".." not in made


def test_same_title_different_sources_differ() -> None:
    one = briefing_id(article("bbc/business/007.txt"), "Same headline")
    two = briefing_id(article("bbc/business/253.txt"), "Same headline")
    assert one != two and one.startswith("same-headline-")


def test_feed_entries_of_one_file_differ() -> None:
    assert briefing_id(article("f.xml", "e1"), "T") != briefing_id(article("f.xml", "e2"), "T")


def test_id_is_stable_and_dated_when_the_article_is() -> None:
    a = article(published=dt.date(2023, 9, 5))
    assert briefing_id(a, "Kim to visit Russia") == briefing_id(a, "Kim to visit Russia")
    assert briefing_id(a, "Kim to visit Russia").startswith("2023-09-05-kim-to-visit-russia-")


def test_slugify_transliterates() -> None:
    assert slugify("Ünïcödé façade") == "unicode-facade"
