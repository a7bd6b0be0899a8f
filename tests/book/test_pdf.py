"""The PDF briefing book, read back with pypdf: what a reader of the paper sees."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from generator.book.pdf import bind, book_html, css_string, write_book
from generator.book.select import Book, Selection, make_book, select
from generator.config import Project
from generator.models import Briefing, Status
from tests.conftest import BBC, REPO, SEED, make_project
from tests.pdf_fixtures import (
    DAY,
    SEED_KEY_POINTS,
    SEED_QUOTES,
    briefing_from,
    save_all,
    set_book_settings,
)

MARKING = "INTERNAL - NOT FOR DISTRIBUTION"
BOOK_TITLE = "Morning Intelligence Brief"
SEED_TITLE = "North Korean leader Kim Jong Un set to visit Russia to meet Putin"
ARTEFACTS = REPO / "test-artifacts"


@dataclass
class Built:
    project: Project
    book: Book
    path: Path
    reader: PdfReader
    texts: list[str]


def flat(text: str) -> str:
    """Text as pypdf extracts it, with line breaks and hyphenation undone."""
    text = re.sub(r"[\u2010-](\n)", "", text)  # hyphens WeasyPrint added at line ends
    return re.sub(r"\s+", " ", text).strip()


def make_briefings(project: Project) -> list[Briefing]:
    seed = project.root / "articles" / SEED.name
    seed.write_bytes(SEED.read_bytes())
    return [
        briefing_from(
            project,
            seed,
            title=SEED_TITLE,
            status=Status.approved,
            published=DAY,
            quotes=SEED_QUOTES,
            key_points=SEED_KEY_POINTS,
            tags=["north-korea", "russia"],
        ),
        briefing_from(
            project,
            BBC / "politics" / "001.txt",
            status=Status.published,
            published=DAY + dt.timedelta(days=1),
            tags=["uk-politics"],
        ),
        briefing_from(
            project,
            BBC / "business" / "001.txt",
            status=Status.approved,
            published=DAY - dt.timedelta(days=1),
            tags=["economy"],
        ),
        briefing_from(
            project,
            BBC / "tech" / "001.txt",
            status=Status.draft,
            published=DAY,
            tags=["russia"],
        ),
    ]


def build(tmp: Path, name: str = "book.pdf") -> Built:
    project = make_project(tmp / "project")
    project = set_book_settings(project, title=BOOK_TITLE, marking=MARKING, author="The Desk")
    briefings = make_briefings(project)
    save_all(project, briefings)
    selection = Selection()
    book = make_book(project, select(briefings, selection), selection)
    path = tmp / name
    write_book(project, book, path)
    reader = PdfReader(path)
    return Built(project, book, path, reader, [p.extract_text() for p in reader.pages])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build(tmp_path_factory.mktemp("pdf"))


def first_page_of(built: Built, title: str) -> int:
    """0-based index of the page where a briefing starts: its bookmark's target, once
    checked to show the title (briefings follow one another, several to a page)."""
    for item in built.reader.outline:
        if not isinstance(item, list) and item.title == title:
            index = built.reader.get_destination_page_number(item)
            assert flat(title) in flat(built.texts[index])
            return index
    raise AssertionError(f"no bookmark for {title!r}")


def test_the_book_holds_the_approved_and_published_briefings_newest_first(built: Built) -> None:
    titles = [b.title for b in built.book.briefings]
    assert titles[1] == SEED_TITLE
    assert titles[0] == "Labour plans maternity pay rise"
    assert titles[2] == "Ad sales boost Time Warner profit"
    assert "Ink helps drive democracy in Asia" not in " ".join(built.texts)  # a draft


def test_page_count_matches_the_layout(built: Built) -> None:
    starts = [first_page_of(built, b.title) for b in built.book.briefings]
    assert starts[0] == 2  # cover, contents, then the first briefing
    assert starts == sorted(starts)
    assert len(built.reader.pages) > starts[-1]
    assert f"page {len(built.reader.pages)} of {len(built.reader.pages)}" in built.texts[-1]


def test_cover_shows_title_date_count_and_marking(built: Built) -> None:
    cover = flat(built.texts[0])
    assert BOOK_TITLE in cover
    assert "4 – 6 September 2023" in cover
    assert "3 briefings" in cover
    assert cover.count(MARKING) == 2  # atop the cover and at its foot
    assert "page 1" not in cover


def test_contents_list_each_briefing_in_order_with_its_page_number(built: Built) -> None:
    contents = flat(built.texts[1])
    assert contents.startswith("Contents")
    position = 0
    for briefing in built.book.briefings:
        pattern = re.escape(flat(briefing.title)) + r"[^.]*?(?: ?\.)+ ?(\d+)"
        match = re.compile(pattern).search(contents, position)
        assert match, f"{briefing.title!r} missing from the contents after position {position}"
        assert int(match.group(1)) == first_page_of(built, briefing.title) + 1
        position = match.end()


def test_seed_page_has_its_title_quote_and_speaker(built: Built) -> None:
    start = first_page_of(built, SEED_TITLE)
    page = flat(" ".join(built.texts[start : start + 2]))
    page = page[page.index(flat(SEED_TITLE)) :]
    quote = SEED_QUOTES[0]
    assert f"“{quote['text']}”" in page
    assert f"— {quote['speaker']}, {quote['role']}" in page
    assert "Bottom line".upper() in page
    assert SEED_KEY_POINTS[1]["text"] in page


def test_every_page_carries_the_marking_and_every_inner_page_a_folio(built: Built) -> None:
    total = len(built.reader.pages)
    for number, text in enumerate(built.texts, start=1):
        assert MARKING in text, f"page {number} has no marking"
        if number > 1:
            assert f"page {number} of {total}" in text


def test_bookmarks_give_contents_each_briefing_and_its_sections(built: Built) -> None:
    outline = built.reader.outline
    top = [item.title for item in outline if not isinstance(item, list)]
    assert top == ["Contents", *(b.title for b in built.book.briefings)]
    seed_index = next(
        i for i, item in enumerate(outline) if getattr(item, "title", None) == SEED_TITLE
    )
    children = [item.title for item in outline[seed_index + 1]]
    assert children[0] == "Key points" and "Quotes" in children  # the page's h2 headings
    assert "The article" not in children  # the book prints briefings, not articles
    assert "Possible Armament Exchange" not in children  # h3 sections are not marked
    target = built.reader.get_destination_page_number(outline[seed_index])
    assert target == first_page_of(built, SEED_TITLE)


def test_metadata_names_the_book_and_dates_it_from_the_briefings(built: Built) -> None:
    meta = built.reader.metadata
    assert meta is not None
    assert meta.title == BOOK_TITLE
    assert meta.author == "The Desk"
    assert meta["/CreationDate"] == "D:20230904"  # the oldest briefing, not the clock
    assert meta["/ModDate"] == "D:20230906"


def test_every_font_is_embedded(built: Built) -> None:
    seen = set()
    for page in built.reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", DictionaryObject()).get_object()
        for font in fonts.values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]
            seen.add(str(font["/BaseFont"]).split("+", 1)[-1])
    assert {"Liberation-Serif", "Liberation-Sans-Bold"} <= seen


def test_the_same_briefings_give_a_byte_identical_pdf(built: Built, tmp_path: Path) -> None:
    """Across processes too, with different hash seeds: a rebuilt book must not show
    as changed in git."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"again-{seed}.pdf"
        subprocess.run(
            [sys.executable, "-m", "generator", "pdf", "-C", built.project.root, "-o", out],
            check=True,
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == built.path.read_bytes()


def test_a_page_rendered_to_png_is_kept_as_an_artefact(built: Built) -> None:
    assert shutil.which("pdftoppm"), "poppler-utils is installed by scripts/setup --dev"
    ARTEFACTS.mkdir(exist_ok=True)
    page = str(first_page_of(built, SEED_TITLE) + 1)
    prefix = ARTEFACTS / "pdf-seed-page"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "100",
            "-f",
            page,
            "-l",
            page,
            "-singlefile",
            built.path,
            prefix,
        ],
        check=True,
    )
    with Image.open(prefix.with_suffix(".png")) as image:
        assert image.size == (827, 1170)  # A4 at 100 dpi
        darkest, _ = image.convert("L").getextrema()
        assert darkest < 64  # there is text on it, not a blank page


def test_article_text_cannot_become_html_in_the_book(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    hostile = (
        '<script>alert(1)</script> <img src="file:///etc/passwd"> '
        "[click](javascript:alert(1)) {{ 7*7 }} **bold** <b>tag</b>"
    )
    article = project.root / "articles" / "x.txt"
    article.write_text(f"Hostile headline\n\n{hostile}\n", encoding="utf-8")
    briefing = briefing_from(
        project,
        article,
        title=f"Title {hostile}",
        status=Status.approved,
        quotes=[{"text": hostile, "speaker": "<i>Someone</i>"}],
    )
    book = make_book(project, [briefing], Selection(ids=(briefing.id,)))
    document = lxml.html.document_fromstring(book_html(project, book))
    article = document.get_element_by_id(f"b-{briefing.id}")
    for tag in ("script", "img", "b", "i", "strong"):
        assert article.xpath(f".//{tag}") == [], tag
    assert not article.xpath(".//em[contains(., 'bold')]")  # the template's own <em> is fine
    assert [a.get("href") for a in article.iter("a")] == []
    assert "49" not in article.text_content()
    path = tmp_path / "x.pdf"
    report = write_book(project, book, path)
    text = flat(PdfReader(path).pages[0].extract_text())
    assert "<script>alert(1)</script>" in text
    assert "{{ 7*7 }} **bold** <b>tag</b>" in text
    assert "— <i>Someone</i>" in text
    assert report.warnings == []  # nothing tried to fetch anything


def test_one_briefing_by_id_prints_alone_without_cover(built: Built, tmp_path: Path) -> None:
    seed = built.book.briefings[1]
    selection = Selection(ids=(seed.id,))
    book = make_book(built.project, select(built.book.briefings, selection), selection)
    path = tmp_path / "one.pdf"
    report = write_book(built.project, book, path)
    texts = [flat(p.extract_text()) for p in PdfReader(path).pages]
    assert report.pages == len(texts)
    assert texts[0].startswith(SEED_TITLE)
    assert not any("Contents" in t for t in texts)
    assert all(MARKING in t for t in texts)


def test_css_string_cannot_break_out_of_a_style_element() -> None:
    value = str(css_string('A "B" \\ </style><script>x</script>'))
    assert value.startswith('"') and value.endswith('"')
    assert not re.search(r"[<>\"]", value[1:-1])
    assert (
        value == '"A \\22 B\\22  \\5c  \\3c \\2f style\\3e \\3c script\\3e x\\3c \\2f script\\3e "'
    )


def test_bind_makes_ids_unique_in_the_book_and_drops_links_to_site_pages() -> None:
    html = (
        '<h2 id="key-points">Key points</h2><p id="s1-p1">Text '
        '<a href="#s1-p1" title="Where">¶</a> '
        '<a href="../../people/adrienne-watson/">Adrienne Watson</a> '
        '<a href="https://example.org/a">source</a></p>'
    )
    bound = lxml.html.fragment_fromstring(str(bind(html, "b-one")))
    assert [e.get("id") for e in bound.iter() if e.get("id")] == ["b-one-key-points", "b-one-s1-p1"]
    assert [a.get("href") for a in bound.iter("a")] == ["#b-one-s1-p1", "https://example.org/a"]
    assert "Adrienne Watson" in bound.text_content()  # the name stays, as text
