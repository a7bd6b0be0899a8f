"""The plain-text reader on the seed, the BBC layout and the edge cases of wire copy."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from generator.errors import ReadError
from generator.readers import find_sources, read_bytes, read_source
from tests.conftest import BBC, SEED

SEED_HEADINGS = [
    "Possible Armament Exchange",
    "Growing Possibility of an Arms Deal",
    "Diplomatic Significance and Geopolitical Implications",
    "Impact of Sanctions",
    "US Sanctions and Ukraine\u2019s Counteroffensive",
]


def read(text: str | bytes, name: str = "a.txt"):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    [article] = read_bytes(name, raw, ".txt")
    return article


def test_seed_is_parsed_into_its_parts() -> None:
    [article] = read_source(SEED, "articles/seed.txt")
    assert article.title is None  # the wire has no headline
    assert article.dateline.place == "Seoul"
    assert [b.text for b in article.blocks if b.kind == "heading"] == SEED_HEADINGS
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 7
    assert paragraphs[0].startswith("Seoul: In a rare diplomatic move")
    assert "\u201carms negotiations between Russia and the DPRK" in paragraphs[0]  # curly kept
    assert paragraphs[-1].startswith("The situation continues to evolve")
    assert article.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert article.format == "text"
    assert article.words == sum(len(p.split()) for p in paragraphs)


def test_bbc_headline_comes_from_line_one() -> None:
    path = BBC / "business" / "001.txt"
    [article] = read_source(path, "bbc/business/001.txt")
    assert article.title == path.read_text().splitlines()[0]
    assert all(b.kind == "paragraph" for b in article.blocks)
    assert article.blocks[0].text.startswith("Quarterly profits at US media giant TimeWarner")


def test_bbc_straight_quotes_are_kept_as_written() -> None:
    [article] = read_source(BBC / "business" / "001.txt", "x")
    assert any('"' in b.text for b in article.blocks)


def test_latin1_file_falls_back_without_mojibake() -> None:
    [article] = read_source(BBC / "sport" / "199.txt", "sport/199.txt")
    text = " ".join(b.text for b in article.blocks)
    assert "\u00a3" in text and "\ufffd" not in text and "Ã" not in text


def test_bom_and_crlf_are_handled() -> None:
    article = read(b"\xef\xbb\xbfHeadline here\r\n\r\nFirst paragraph.\r\n\r\nSecond one.\r\n")
    assert article.title == "Headline here"
    assert [b.text for b in article.blocks] == ["First paragraph.", "Second one."]


def test_utf16_with_bom_is_read() -> None:
    raw = "Title\n\nBody text here.\n".encode("utf-16")
    assert read(raw).title == "Title"


def test_a_first_paragraph_is_not_taken_for_a_headline() -> None:
    article = read("This is a sentence of the body.\n\nAnother one.\n")
    assert article.title is None


def test_byline_is_taken_from_the_top() -> None:
    article = read("Storm hits coast\n\nBy Jane Smith\n\nLONDON (Reuters) - Rain fell.\n")
    assert article.byline == "Jane Smith"
    assert article.dateline.place == "London" and article.outlet == "Reuters"


def test_two_short_lines_in_a_row_are_not_both_headings() -> None:
    article = read("Lead paragraph here.\nShort line\nAnother short line\nBody follows here.\n")
    kinds = [b.kind for b in article.blocks]
    assert kinds.count("heading") <= 1


def test_find_sources_sorts_and_skips_hidden_and_readmes(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", ".hidden.txt", "README.md", "notes.pdf"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in find_sources([tmp_path])] == ["a.txt", "b.txt"]


def test_a_short_cp1252_article_with_one_undefined_byte_is_read(tmp_path: Path) -> None:
    """0x81 is undefined in windows-1252: a stray byte, not a sign of binary data. It
    becomes U+FFFD; the curly quotes and the dash around it stay what they are."""
    path = tmp_path / "council.txt"
    path.write_bytes(
        b"Council backs bridge\r\n\r\n"
        b"The council \x93agreed\x94 the repairs on Monday \x96 at a cost of \xa32m.\x81\r\n"
    )
    [article] = read_source(path, "articles/council.txt")
    assert article.title == "Council backs bridge"
    assert [b.text for b in article.blocks] == [
        "The council \u201cagreed\u201d the repairs on Monday \u2013 at a cost of \u00a32m.\ufffd"
    ]


def test_a_short_article_with_one_stray_control_character_is_read(tmp_path: Path) -> None:
    """Word exports a manual line break as 0x0B: one in a short article is 1.5% of its
    characters, still text."""
    path = tmp_path / "storm.txt"
    path.write_bytes(b"Storm hits coast\n\nRain fell all night.\x0bRoads were closed.\n")
    [article] = read_source(path, "articles/storm.txt")
    assert [b.text for b in article.blocks] == ["Rain fell all night. Roads were closed."]


def test_binary_without_nul_bytes_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "program.txt"  # an executable's bytes, NULs and magic number cut out
    path.write_bytes(bytes(b for b in Path(sys.executable).read_bytes()[4:20000] if b))
    with pytest.raises(ReadError, match="too many control characters"):
        read_source(path, "articles/program.txt")
