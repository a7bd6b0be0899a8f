"""Pages that list stories (home pages, section fronts, tag pages) are refused with a
message naming what they are; an article with a related-stories box is still read.
The pages in tests/data/pages/ are small realistic ones written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ReadError
from generator.readers import read_source

PAGES = Path("tests/data/pages")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("portal-home.html", "a home page"),
        ("section-front.html", "a section front"),
        ("tag-page.html", "a tag page"),
    ],
)
def test_a_listing_is_refused_by_name(name: str, kind: str) -> None:
    with pytest.raises(ReadError) as raised:
        read_source(PAGES / name, f"articles/{name}")
    message = str(raised.value)
    assert message.startswith(f"articles/{name}: not one article: {kind} listing 6 stories")


def test_an_article_with_related_stories_is_read_as_one_article() -> None:
    [article] = read_source(PAGES / "article-with-related.html", "a.html")
    assert article.title == "Work starts on Gloucester flood barrier"
    text = "\n".join(article.paragraphs)
    assert text.startswith("Engineers began lifting the first section")
    assert "Bus fares frozen" not in text


def test_the_corpus_pages_are_not_taken_for_listings() -> None:
    """The Readability test pages are single articles: none is refused as a listing."""
    corpus = Path("../shared/corpus/html-readability")
    for page in sorted(corpus.glob("*/source.html")):
        try:
            read_source(page, page.as_posix())
        except ReadError as err:
            assert "not one article" not in str(err), err
