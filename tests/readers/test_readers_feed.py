"""The feed reader: one article per RSS or Atom entry, each with its own hash, so that
re-reading a feed with one new entry changes only that entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.errors import ReadError
from generator.models import Article, Block
from generator.readers import read_bytes

DATA = Path(__file__).parent.parent / "data"
RSS = (DATA / "feed.rss").read_bytes()
ATOM = (DATA / "feed.atom").read_bytes()

NEW_ITEM = b"""<item>
    <title>Harbour wall repairs finished</title>
    <link>https://gazette.example.net/2024/03/harbour-wall</link>
    <guid>gazette-2024-0312</guid>
    <description>Repairs to the harbour wall were finished a week early.</description>
  </item>
  """


def read(raw: bytes, suffix: str = ".rss", name: str = "feeds/gazette.rss") -> list[Article]:
    return read_bytes(name, raw, suffix=suffix)


def test_rss_entries() -> None:
    fares, lifeboat = read(RSS)
    assert fares.format == "feed"
    assert fares.path == "feeds/gazette.rss"
    assert fares.title == "Ferry fares to rise in April"
    assert fares.entry == "gazette-2024-0311"
    assert fares.url == "https://gazette.example.net/2024/03/ferry-fares"
    assert fares.published == dt.date(2024, 3, 11)
    assert fares.byline == "Priya Natarajan"
    assert fares.outlet == "Harbour Gazette"
    assert fares.language == "en-gb"
    assert fares.tags == ("transport",)
    assert fares.description == "Fares on the island ferry will rise by 6% from April."
    # full content (content:encoded) rather than the summary, with its structure
    assert fares.blocks == (
        Block(
            "paragraph",
            "Fares on the island ferry will rise by 6% from April, the operator said on Monday.",
        ),
        Block("heading", "Season tickets"),
        Block("paragraph", "Season tickets will cost £410 a year."),
        Block("quote", "We have held fares for three years."),
    )
    # no content: the summary (HTML-escaped in the feed) becomes the text
    assert lifeboat.entry == "https://gazette.example.net/2024/03/lifeboat"
    assert lifeboat.description is None
    assert lifeboat.blocks == (
        Block(
            "paragraph",
            "Two sailors were rescued off the point on Sunday after their "
            "yacht lost its mast in strong winds.",
        ),
    )


def test_atom_entries() -> None:
    mill, bridge = read(ATOM, ".atom", "feeds/observer.atom")
    assert mill.title == "Mill reopens as museum"  # type="html" title reduced to text
    assert mill.entry == "tag:observer.example.org,2024:mill-museum"
    assert mill.url == "https://observer.example.org/2024/04/mill-museum"
    assert mill.published == dt.date(2024, 4, 1)
    assert mill.byline == "Tomás Ruiz"
    assert mill.outlet == "Valley Observer"
    assert mill.language == "en"
    assert mill.blocks == (
        Block(
            "paragraph",
            "The old wool mill reopened on Monday as a museum of the valley's industry.",
        ),
        Block("list_item", "Looms restored by volunteers"),
        Block("list_item", "A café in the dye house"),
        Block("paragraph", "Tickets cost £8."),
    )
    # plain-text summary: blank lines separate paragraphs; no <published>, so <updated>
    assert bridge.published == dt.date(2024, 3, 28)
    assert bridge.blocks == (
        Block("paragraph", "The town bridge will close for six weeks from Monday."),
        Block("paragraph", "Buses will divert through the industrial estate."),
    )


def test_each_entry_has_its_own_hash() -> None:
    before = {a.entry: a.sha256 for a in read(RSS)}
    after = {a.entry: a.sha256 for a in read(RSS.replace(b"<item>", NEW_ITEM + b"<item>", 1))}
    assert len(set(before.values())) == 2
    assert set(after) == {*before, "gazette-2024-0312"}
    for entry, digest in before.items():
        assert after[entry] == digest
    assert after["gazette-2024-0312"] not in before.values()


def test_an_edited_entry_changes_its_hash_only() -> None:
    before = {a.entry: a.sha256 for a in read(RSS)}
    edited = {a.entry: a.sha256 for a in read(RSS.replace(b"by 6%", b"by 7%"))}
    assert edited["gazette-2024-0311"] != before["gazette-2024-0311"]
    lifeboat = "https://gazette.example.net/2024/03/lifeboat"
    assert edited[lifeboat] == before[lifeboat]


def test_scripts_and_javascript_links_do_not_survive() -> None:
    text = " ".join(b.text for a in read(RSS) + read(ATOM, ".atom") for b in a.blocks)
    assert "alert" not in text
    assert "javascript" not in text
    assert "<" not in text


def test_entry_without_text_is_skipped() -> None:
    raw = RSS.replace(
        b"<item>",
        b"<item><title>Only a title</title><link>https://x.example/a</link></item><item>",
        1,
    )
    assert [a.title for a in read(raw)] == [
        "Ferry fares to rise in April",
        "Lifeboat crew rescues two sailors",
    ]


def test_feed_without_any_text_is_refused() -> None:
    raw = (
        b'<rss version="2.0"><channel><title>T</title><item><title>x</title></item></channel></rss>'
    )
    with pytest.raises(ReadError, match=r"^f\.rss: no article text: the feed has 1 entries"):
        read(raw, name="f.rss")


def test_xml_that_is_not_a_feed_is_refused() -> None:
    with pytest.raises(ReadError, match=r"^data\.xml: not an RSS or Atom feed"):
        read(b'<?xml version="1.0"?><catalogue><book>A</book></catalogue>', ".xml", "data.xml")


def test_empty_feed_file_is_refused() -> None:
    with pytest.raises(ReadError, match=r"^f\.atom: empty file"):
        read(b"", ".atom", "f.atom")


def test_feed_without_suffix_is_sniffed() -> None:
    articles = read_bytes("downloads/gazette", RSS, suffix="")
    assert [a.entry for a in articles] == [
        "gazette-2024-0311",
        "https://gazette.example.net/2024/03/lifeboat",
    ]


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET CONTENT")
    raw = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>T</title><item><title>A</title>'
        "<description>Before &x; after.</description></item></channel></rss>"
    ).encode()
    text = " ".join(b.text for a in read(raw) for b in a.blocks)
    assert "SECRET" not in text
