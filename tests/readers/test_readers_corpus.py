"""Every reader over real pages: nothing but an Article or a ReadError ever comes out."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import ReadError
from generator.readers import read_bytes
from generator.readers.structure import fold

CORPUS = Path("../shared/corpus/html-readability")
PAGES = sorted(p for p in CORPUS.iterdir() if (p / "source.html").is_file())


@pytest.fixture(autouse=True)
def _quiet_trafilatura() -> None:
    logging.getLogger("trafilatura").setLevel(logging.ERROR)


def test_the_corpus_is_there() -> None:
    assert len(PAGES) == 130


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_readability_pages_read_as_folded_plain_text(page: Path) -> None:
    expected = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
    [article] = read_bytes(page.name, (page / "source.html").read_bytes(), suffix=".html")
    assert article.blocks
    for block in article.blocks:
        assert block.text == fold(block.text) != ""
    if expected.get("readerable"):
        assert sum(len(b.text) for b in article.blocks) > 100


_MARKUP = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<h2>",
            "</h2>",
            "<blockquote>",
            "<li>",
            "<ul>",
            "<table><tr><td>",
            "<script>alert(1)</script>",
            "<br>",
            "&amp;",
            "&lt;",
            "<!--",
            "-->",
            '<meta charset="koi8-r">',
            "<?xml?>",
            "<rss>",
            "\ufeff",
            "\x00",
            "é",
            "€",
            "Some words of text. ",
            "<a href='javascript:x'>",
            "</a>",
            "<title>T</title>",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markup=_MARKUP, suffix=st.sampled_from([".html", ".md", ".rss", ".xml", ""]))
def test_any_input_gives_articles_or_a_read_error(markup: str, suffix: str) -> None:
    for encoding in ("utf-8", "cp1252"):
        raw = markup.encode(encoding, "replace")
        try:
            articles = read_bytes("fuzz" + suffix, raw, suffix=suffix)
        except ReadError as err:
            assert str(err).startswith("fuzz" + suffix + ": ")
            continue
        for article in articles:
            for block in article.blocks:
                assert block.text == fold(block.text) != ""
                assert "alert" not in block.text
