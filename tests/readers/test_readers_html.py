"""The HTML reader on small synthetic pages: main text and structure kept, page
furniture and active content dropped, metadata found, encodings decoded."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.errors import ReadError
from generator.models import Article, Block
from generator.readers import READERS, read_bytes, read_source
from generator.readers.charset import decode_markup
from generator.readers.page_meta import strip_site_name
from generator.readers.structure import fold, html_to_blocks
from generator.readers.text import read_text

DATA = Path(__file__).parent.parent / "data"
MOJIBAKE = ("Ã", "â€", "\ufffd", "Â")


@pytest.fixture(autouse=True)
def _quiet_trafilatura() -> None:
    logging.getLogger("trafilatura").setLevel(logging.ERROR)


def read(name: str, raw: bytes | None = None, suffix: str = ".html") -> Article:
    raw = (DATA / name).read_bytes() if raw is None else raw
    [article] = read_bytes(name, raw, suffix=suffix)
    return article


def text_of(article: Article) -> str:
    return "\n".join(block.text for block in article.blocks)


def test_news_page_keeps_heading_and_quote_and_drops_page_furniture() -> None:
    article = read("news.html")
    assert article.format == "html"
    assert Block("heading", "Objections from fishermen") in article.blocks
    assert (
        Block(
            "quote",
            "We have been heard, and the design is better for it. "
            "But we will be watching the construction closely.",
        )
        in article.blocks
    )
    assert article.blocks[0].kind == "paragraph"
    assert article.blocks[0].text.startswith("PORTSMOUTH — The harbour authority")
    assert article.blocks[-1].text.startswith("The project is funded by a national grant")
    text = text_of(article)
    for furniture in (
        "Weather",
        "Share on Social",
        "Related stories",
        "cycle lanes",
        "All rights reserved",
        "Cookie settings",
    ):
        assert furniture not in text


def test_news_page_metadata() -> None:
    article = read("news.html")
    assert article.title == "Harbour authority approves new flood barrier"
    assert article.outlet == "The Daily Ledger"
    assert article.url == "https://ledger.example.com/news/2024/03/flood-barrier"
    assert article.language == "en-GB"
    assert article.description == (
        "The barrier, due to open in 2027, will protect 40,000 homes from storm surges."
    )
    assert article.dateline.place == "Portsmouth"


def test_date_and_author_from_json_ld() -> None:
    raw = (DATA / "news.html").read_bytes().replace(b'<p class="byline">By Amara Okafor</p>', b"")
    assert b"Amara" in raw.split(b"</script>")[0]  # only the JSON-LD names her now
    article = read("news.html", raw)
    assert article.byline == "Amara Okafor"
    assert article.published == dt.date(2024, 3, 5)


def test_sha256_is_of_the_raw_file() -> None:
    import hashlib

    raw = (DATA / "news.html").read_bytes()
    assert read("news.html").sha256 == hashlib.sha256(raw).hexdigest()


FRENCH = ("d’euros — soit 12 %", "« C’est un effort considérable", "Hélène Côté", "850 000 €")


def test_windows_1252_page_is_decoded_from_its_meta_tag() -> None:
    raw = (DATA / "cp1252.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    article = read("cp1252.html")
    text = text_of(article)
    for phrase in FRENCH:
        assert phrase in text
    assert not any(bad in text + (article.title or "") for bad in MOJIBAKE)
    assert article.title == "Budget : la mairie investit dans les écoles"
    assert article.language == "fr"


def test_windows_1252_page_without_a_declaration_is_detected() -> None:
    raw = (DATA / "cp1252.html").read_bytes()
    raw = raw.replace(
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', b""
    )
    assert b"charset" not in raw
    text = text_of(read("cp1252.html", raw))
    for phrase in FRENCH:
        assert phrase in text


@pytest.mark.parametrize("label", [b"windows-1252", b"iso-8859-1"])
def test_a_stray_byte_keeps_the_declared_windows_1252(tmp_path: Path, label: bytes) -> None:
    """0x81 is undefined in windows-1252: the strict decode failed and detection read
    the whole page as another charset (windows-1256 made it an Arabic letter)."""
    raw = (DATA / "cp1252.html").read_bytes().replace(b"850 000", b"850\x81000")
    path = tmp_path / "stray.html"
    path.write_bytes(raw.replace(b"windows-1252", label))
    [article] = read_source(path, "articles/stray.html")
    text = text_of(article)
    assert "Les travaux coûteront 850\ufffd000 € et commenceront à l’été." in text
    for phrase in FRENCH[:3]:
        assert phrase in text
    assert article.title == "Budget : la mairie investit dans les écoles"


def test_utf8_bytes_win_over_a_wrong_latin1_declaration() -> None:
    raw = (
        (DATA / "bom-utf8.html")
        .read_bytes()[3:]
        .replace(b"<head>", b'<head><meta charset="iso-8859-1">')
    )
    text = text_of(read("relabelled.html", raw))
    assert "Hélène Côté" in text
    assert not any(bad in text for bad in MOJIBAKE)


def test_utf8_page_with_bom() -> None:
    raw = (DATA / "bom-utf8.html").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    article = read("bom-utf8.html")
    assert article.title == "Budget : la mairie investit dans les écoles"
    assert article.blocks == read("cp1252.html").blocks
    assert "\ufeff" not in text_of(article)


def test_hostile_markup_never_reaches_the_blocks() -> None:
    article = read("hostile.html")
    text = text_of(article)
    assert [b.kind for b in article.blocks] == ["paragraph"] * 4
    assert "Read the full report on the council's website." in text
    assert "independent review of the savings programme." in text
    for hostile in (
        "<",
        ">",
        "alert",
        "javascript",
        "onerror",
        "onclick",
        "evil.example",
        "document.cookie",
        "svg text",
        "object fallback",
        "does not support frames",
        "form input",
    ):
        assert hostile not in text
    assert article.url is None


def test_canonical_link_must_be_http() -> None:
    raw = (
        (DATA / "news.html")
        .read_bytes()
        .replace(b"https://ledger.example.com/news/2024/03/flood-barrier", b"javascript:alert(1)")
    )
    assert read("news.html", raw).url is None


def test_sign_in_page_is_refused_by_name() -> None:
    with pytest.raises(ReadError, match=r"^login\.html: no article found: a sign-in page"):
        read("login.html")


def test_index_page_is_refused_by_name() -> None:
    with pytest.raises(ReadError, match=r"^index\.html: no article found: an index page"):
        read("index.html")


def test_page_without_text_is_refused() -> None:
    raw = b"<!DOCTYPE html><html><head><title>Nothing</title></head><body><div></div></body></html>"
    with pytest.raises(ReadError, match="no article found"):
        read("blank.html", raw)


@pytest.mark.parametrize(
    ("raw", "suffix", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", ".html", "is a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "", "is a PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", ".docx", "is a ZIP archive"),
        (b"", ".html", "empty file"),
        (b"  \n\n ", ".htm", "empty file"),
        (b"\x00\x01\x02\x03" * 50, ".html", "binary data"),
        (b"just some words", ".doc", "no reader for '.doc'"),
    ],
)
def test_files_that_are_not_pages_are_refused_naming_the_file(
    raw: bytes, suffix: str, message: str
) -> None:
    with pytest.raises(ReadError, match=message) as caught:
        read_bytes(f"articles/thing{suffix}", raw, suffix=suffix)
    assert str(caught.value).startswith(f"articles/thing{suffix}: ")


def test_unknown_suffix_is_sniffed_as_html() -> None:
    article = read("news.php", (DATA / "news.html").read_bytes(), suffix=".php")
    assert article.format == "html"
    assert article.title == "Harbour authority approves new flood barrier"


def test_registered_suffixes() -> None:
    for suffix in (".html", ".htm", ".md", ".markdown", ".xml", ".rss", ".atom"):
        assert suffix in READERS
    assert READERS[".txt"] is read_text
    assert READERS[".text"] is read_text


def test_read_source_reads_the_file(tmp_path: Path) -> None:
    page = tmp_path / "page.htm"
    page.write_bytes((DATA / "news.html").read_bytes())
    [article] = read_source(page, "articles/page.htm")
    assert article.path == "articles/page.htm"
    assert article.title == "Harbour authority approves new flood barrier"


# --- the shared HTML -> blocks conversion ---------------------------------------------


def test_blocks_keep_structure_and_fold_whitespace() -> None:
    html = """
    <h2> A   sub-heading </h2>
    <p>First <b>bold</b>  and<br>broken
       line.</p>
    <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
    <ul><li>Item one<ul><li>Nested item</li></ul></li><li><p>Item two</p></li></ul>
    <table><tr><th>Year</th><th>Total</th></tr><tr><td>2023</td><td>1,204</td></tr></table>
    <div>Loose text in a div<p>and a paragraph inside it</p>tail text</div>
    <a href="/x"><p>Block inside a link</p><p>Second block</p></a>
    """
    assert html_to_blocks(html) == [
        Block("heading", "A sub-heading"),
        Block("paragraph", "First bold and broken line."),
        Block("quote", "Quoted one."),
        Block("quote", "Quoted two."),
        Block("list_item", "Item one"),
        Block("list_item", "Nested item"),
        Block("list_item", "Item two"),
        Block("paragraph", "Year | Total"),
        Block("paragraph", "2023 | 1,204"),
        Block("paragraph", "Loose text in a div"),
        Block("paragraph", "and a paragraph inside it"),
        Block("paragraph", "tail text"),
        Block("paragraph", "Block inside a link"),
        Block("paragraph", "Second block"),
    ]


def test_blocks_are_text_not_markup() -> None:
    html = (
        "<p>Use &lt;b&gt; for bold &amp; <i>more</i><!-- a comment --></p>"
        '<p>soft\u00adhyphen and zero\u200bwidth</p><script>var x = "<p>no</p>";</script>'
    )
    assert html_to_blocks(html) == [
        Block("paragraph", "Use <b> for bold & more"),
        Block("paragraph", "softhyphen and zerowidth"),
    ]


@given(st.text(max_size=300))
def test_blocks_are_always_folded_and_non_empty(text: str) -> None:
    for block in html_to_blocks(f"<div>{text}</div>"):
        assert block.text
        assert block.text == fold(block.text)
        assert "\n" not in block.text


@pytest.mark.parametrize(
    ("title", "names", "expected"),
    [
        ("Floods hit the north | The Daily Ledger", ["The Daily Ledger"], "Floods hit the north"),
        ("Floods hit the north - BBC News", ["BBC News", "bbc"], "Floods hit the north"),
        ("BBC News - Floods hit the north", ["bbc"], "Floods hit the north"),
        ("Floods hit the north | Weather", [], "Floods hit the north"),
        (
            "How we designed Dropbox’s ATF - an async task framework",
            ["dropbox"],
            "How we designed Dropbox’s ATF - an async task framework",
        ),
        ("Spider-Man - the review", [], "Spider-Man - the review"),
        ("No separator here", ["Site"], "No separator here"),
    ],
)
def test_strip_site_name(title: str, names: list[str], expected: str) -> None:
    assert strip_site_name(title, names) == expected


def test_xml_declared_encoding() -> None:
    raw = '<?xml version="1.0" encoding="iso-8859-15"?><rss><t>caf\u00e9 \u20ac</t></rss>'
    assert "café €" in decode_markup("f.xml", raw.encode("iso-8859-15"), is_html=False)
