"""Saved web pages: the article without the page around it.

trafilatura finds the main text and the metadata (it is maintained against a large
evaluation set of real pages; boilerplate removal is not something to hand-write).
Its output keeps the structure as simple HTML, which `structure` turns into blocks.
Reader comments are left out: a briefing is about the article, not the thread.
When the balanced extraction finds less than a short article, recall mode is tried;
a page that still holds no article (a sign-in or index page) is refused by name
rather than becoming an empty briefing.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement
from trafilatura import bare_extraction, load_html
from trafilatura.htmlprocessing import build_html_output
from trafilatura.readability_lxml import is_probably_readerable
from trafilatura.settings import Document

from generator.errors import ReadError
from generator.models import Article, Block
from generator.readers.charset import decode_markup
from generator.readers.dateline import lede_dateline
from generator.readers.listing import listing_kind
from generator.readers.page_meta import page_meta
from generator.readers.structure import html_to_blocks
from generator.readers.wire import strip_boilerplate

# Less text than this (in characters, so that Chinese and Japanese count) after the
# balanced pass: try recall mode.
SHORT_ARTICLE_CHARS = 700
# A page Readability would not offer to read, whose text is mostly links to at least
# this many other pages, is an index page.
INDEX_MIN_LINKS = 5
INDEX_LINK_SHARE = 0.5
# Dates htmldate guesses from URLs or running text are too often wrong for a briefing:
# only the dates the page states in its markup are taken.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_PASSWORD = "//input[translate(@type, 'PASSWORD', 'password')='password']"


@dataclass(frozen=True, slots=True)
class _Pass:
    """One extraction: what trafilatura found and the blocks made of it."""

    found: Document | None
    blocks: list[Block]
    chars: int
    links: int
    link_chars: int


def read_html(path: str, raw: bytes, sha256: str) -> list[Article]:
    text = decode_markup(path, raw)
    tree = load_html(text)
    if tree is None:
        raise ReadError(path, "not an article: no HTML markup found")
    try:
        best = _extract(tree, recall=False, with_metadata=True)
        retry = (
            _extract(tree, recall=True, with_metadata=best.found is None)
            if best.chars < SHORT_ARTICLE_CHARS
            else None
        )
    except (AssertionError, ValueError, TypeError, AttributeError) as err:
        # trafilatura and htmldate trip over some malformed trees (an <svg> as the
        # root: lxml's drop_tree asserts a parent); the page is refused, by name.
        raise ReadError(path, f"cannot parse this page: {type(err).__name__}") from None
    if retry is not None and retry.chars > best.chars:
        best = _Pass(
            best.found or retry.found, retry.blocks, retry.chars, retry.links, retry.link_chars
        )
    if reason := _no_article(tree, best):
        raise ReadError(path, f"no article found: {reason}")
    if kind := listing_kind(tree, best.blocks):
        raise ReadError(path, f"not one article: {kind}; save the page of one story instead")
    assert best.found is not None  # _no_article refuses a pass that found nothing
    meta = page_meta(tree, best.found)
    blocks = best.blocks
    if blocks and blocks[0].kind == "heading" and meta.title and _same(blocks[0].text, meta.title):
        blocks = blocks[1:]
    blocks = strip_boilerplate(blocks) or blocks
    dateline = lede_dateline(blocks)
    return [
        Article(
            path=path,
            format="html",
            sha256=sha256,
            blocks=tuple(blocks),
            title=meta.title,
            dateline=dateline,
            byline=meta.byline,
            published=meta.published,
            outlet=meta.outlet or (dateline.agency if dateline else None),
            url=meta.url,
            language=meta.language,
            description=meta.description,
        )
    ]


def _extract(tree: HtmlElement, *, recall: bool, with_metadata: bool) -> _Pass:
    found = bare_extraction(
        tree,
        favor_recall=recall,
        include_comments=False,
        include_tables=True,
        include_formatting=True,
        include_links=True,
        with_metadata=with_metadata,
        date_extraction_params=_DATE_PARAMS,
    )
    if not isinstance(found, Document) or found.body is None:
        return _Pass(None, [], 0, 0, 0)
    refs = [ref for ref in found.body.iter("ref") if ref.get("target")]
    link_chars = sum(len("".join(ref.itertext()).strip()) for ref in refs)
    blocks = html_to_blocks(build_html_output(found))
    chars = sum(len(b.text) for b in blocks)
    return _Pass(found, blocks, chars, len(refs), link_chars)


def _no_article(tree: HtmlElement, result: _Pass) -> str | None:
    """Why the page holds no article, or None. Only pages that Readability's own test
    (`is_probably_readerable`) would not offer to read are suspected at all."""
    if result.found is None or not result.chars:
        return "no text outside navigation and page furniture"
    if is_probably_readerable(tree):
        return None
    if tree.xpath(_PASSWORD):
        return "a sign-in page (a password field and no article text)"
    if result.links >= INDEX_MIN_LINKS and result.link_chars > INDEX_LINK_SHARE * result.chars:
        return f"an index page ({result.links} links make up most of its text)"
    return None


def _same(a: str, b: str) -> bool:
    return a.casefold().strip(" .") == b.casefold().strip(" .")
