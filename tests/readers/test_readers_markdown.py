"""The Markdown reader: front matter read as plain values, the body structured like
a web page's, raw HTML reduced to text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.errors import ReadError
from generator.models import Article, Block
from generator.readers import read_bytes

DATA = Path(__file__).parent.parent / "data"


def read(raw: bytes, name: str = "note.md") -> Article:
    [article] = read_bytes(name, raw, suffix=".md")
    return article


def test_front_matter_fields() -> None:
    article = read((DATA / "article.md").read_bytes(), "article.md")
    assert article.format == "markdown"
    assert article.title == "Rail operator orders forty new trains"
    assert article.published == dt.date(2024, 2, 19)
    assert article.byline == "Jonas Lindqvist"
    assert article.url == "https://transit.example.org/2024/02/rail-order"
    assert article.tags == ("transport", "rail")
    assert article.dateline.place == "Stockholm"
    assert article.outlet == "Reuters"


def test_body_structure() -> None:
    article = read((DATA / "article.md").read_bytes(), "article.md")
    assert [b.kind for b in article.blocks] == [
        "paragraph",
        "heading",
        "paragraph",
        "list_item",
        "list_item",
        "list_item",
        "quote",
        "paragraph",
    ]
    assert article.blocks[1] == Block("heading", "Delivery from 2026")
    assert article.blocks[0].text.startswith("STOCKHOLM (Reuters) - The state rail operator")
    assert "regional network" in article.blocks[0].text  # the hard-wrapped line is joined
    assert article.blocks[2].text.startswith("The first trains are due in 2026, and")
    assert article.blocks[3] == Block("list_item", "the coastal line to the south,")
    assert article.blocks[6] == Block(
        "quote", "The new trains will cut journey times and emissions at the same time."
    )
    assert article.blocks[7] == Block("paragraph", "The order is worth about 900 million euros.")


def test_raw_html_in_markdown_is_reduced_to_text() -> None:
    raw = (
        b'# Title\n\nText <span onclick="alert(1)">kept</span>.\n\n'
        b'<iframe src="https://evil.example"></iframe>\n\n[link](javascript:alert(2))\n'
    )
    article = read(raw)
    assert [b.text for b in article.blocks] == ["Text kept.", "link"]


def test_title_from_first_heading_without_front_matter() -> None:
    article = read(b"# Storm warning for the coast\n\nGales are expected tonight.\n")
    assert article.title == "Storm warning for the coast"
    assert article.blocks == (Block("paragraph", "Gales are expected tonight."),)
    assert article.published is None and article.url is None and article.tags == ()


def test_front_matter_values_of_the_wrong_type_are_ignored() -> None:
    raw = (
        b"---\ntitle: [1, 2]\ndate: soon\nauthor: {name: x}\nsource: javascript:alert(1)\n"
        b"tags: 7\n---\n# Heading title\n\nBody text.\n"
    )
    article = read(raw)
    assert article.title == "Heading title"
    assert article.published is None
    assert article.byline is None
    assert article.url is None
    assert article.tags == ()


def test_author_list_date_time_and_comma_tags() -> None:
    raw = (
        b"---\nTitle: Port strike ends\ndate: 2024-05-02 14:30:00\n"
        b"author: [Ana Silva, Ben Okoro]\nlink: https://news.example/strike\n"
        b"tags: labour, ports\n---\nDock workers returned on Thursday.\n"
    )
    article = read(raw)
    assert article.title == "Port strike ends"
    assert article.published == dt.date(2024, 5, 2)
    assert article.byline == "Ana Silva, Ben Okoro"
    assert article.url == "https://news.example/strike"
    assert article.tags == ("labour", "ports")


def test_leading_block_that_is_not_a_mapping_is_body_text() -> None:
    article = read(b"---\n- first point\n- second point\n---\n\nAnd more text.\n")
    assert article.title is None
    assert article.blocks == (
        Block("list_item", "first point"),
        Block("list_item", "second point"),
        Block("paragraph", "And more text."),
    )


def test_invalid_front_matter_names_file_and_line() -> None:
    raw = b"---\ntitle: ok\ndate: [unclosed\n---\nBody.\n"
    with pytest.raises(ReadError, match=r"^bad\.md: front matter is not valid YAML \(line \d+\)"):
        read(raw, "bad.md")


def test_front_matter_alone_is_refused() -> None:
    with pytest.raises(ReadError, match="no article text"):
        read(b"---\ntitle: Empty\n---\n# Empty\n")


def test_empty_markdown_is_refused() -> None:
    with pytest.raises(ReadError, match=r"^empty\.md: empty file"):
        read(b"\n\n", "empty.md")


def test_bom_and_crlf() -> None:
    raw = b"\xef\xbb\xbf---\r\ntitle: Caf\xc3\xa9 closes\r\n---\r\nThe caf\xc3\xa9 closed.\r\n"
    article = read(raw)
    assert article.title == "Café closes"
    assert article.blocks == (Block("paragraph", "The café closed."),)
