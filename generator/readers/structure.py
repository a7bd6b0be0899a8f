"""HTML to `Block`s: the one place where markup becomes plain text.

The HTML reader (on trafilatura's cleaned output), the Markdown reader (on the
rendered body) and the feed reader (on entry content) all end here, so every format
keeps sub-headings, quotes and list items the same way, and no reader can let a tag,
a script or an event handler through: blocks hold text only, whitespace-folded.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

from bs4 import BeautifulSoup, CData, NavigableString, Tag, XMLParsedAsHTMLWarning

from generator.models import Block, BlockKind

# Elements whose content is never article text (and may be hostile).
_SKIP = frozenset(
    {
        "script",
        "style",
        "template",
        "noscript",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "svg",
        "math",
        "canvas",
        "audio",
        "video",
        "source",
        "track",
        "head",
        "title",
        "meta",
        "link",
        "base",
        "input",
        "button",
        "select",
        "option",
        "textarea",
        "img",
        "picture",
        "map",
        "area",
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that end the running paragraph; everything else is inline.
_BLOCKS = _HEADINGS | frozenset(
    {
        "html",
        "body",
        "main",
        "article",
        "section",
        "div",
        "header",
        "footer",
        "nav",
        "aside",
        "p",
        "blockquote",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "figure",
        "figcaption",
        "address",
        "details",
        "summary",
        "hr",
        "center",
        "fieldset",
        "legend",
        "menu",
    }
)
_CELLS = ("td", "th")
# Invisible characters that split or glue words without being whitespace.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def fold(text: str) -> str:
    """One line of text: runs of whitespace (any Unicode space) become one space."""
    return " ".join(_INVISIBLE.sub("", text).split())


def html_to_blocks(html: str) -> list[Block]:
    """Blocks of an HTML document or fragment, in reading order."""
    with warnings.catch_warnings():
        # A page or feed entry that looks like XML is still read as HTML on purpose:
        # its text is what matters, and the HTML parser never fails on bad markup.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    for element in soup.find_all(_SKIP):
        element.decompose()
    for br in soup.find_all("br"):
        br.replace_with(" ")
    blocks: list[Block] = []
    _walk(soup, "paragraph", blocks)
    return blocks


def _walk(node: Tag, kind: BlockKind, out: list[Block]) -> None:
    """Emit `node`'s children: runs of inline content become one block of `kind`,
    block-level children are walked with the kind they imply."""
    run: list[str] = []
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) in (NavigableString, CData):
                run.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        if child.name not in _BLOCKS and not _holds_blocks(child):
            run.append(child.get_text())
            continue
        _emit(run, kind, out)
        run = []
        if child.name == "table":
            out.extend(Block(kind, row) for row in _table_rows(child))
        else:
            _walk(child, _kind_of(child.name, kind), out)
    _emit(run, kind, out)


def _kind_of(name: str, outer: BlockKind) -> BlockKind:
    if name in _HEADINGS:
        return "heading"
    if name == "blockquote":
        return "quote"
    if name == "li":
        return "list_item"
    return outer


def _holds_blocks(tag: Tag) -> bool:
    """An inline element wrapping block content (`<a><p>..</p></a>`) is walked as a
    container, so its paragraphs stay apart."""
    return tag.find(_BLOCKS) is not None


def _emit(run: list[str], kind: BlockKind, out: list[Block]) -> None:
    text = fold("".join(run))
    if text:
        out.append(Block(kind, text))


def _table_rows(table: Tag) -> Iterator[str]:
    """One line per row, cells joined by ' | ': tables of figures stay readable."""
    for row in table.find_all("tr"):
        if row.find_parent("table") is not table:
            continue
        cells = [fold(cell.get_text(" ")) for cell in row.find_all(_CELLS, recursive=False)]
        line = " | ".join(cell for cell in cells if cell)
        if line:
            yield line
