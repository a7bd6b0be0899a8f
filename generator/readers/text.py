"""Plain-text articles: wire copy and the BBC corpus form.

Two layouts occur: paragraphs separated by blank lines (the BBC form, with the
headline on line 1) and one paragraph per line (the seed, with short heading lines
between paragraphs). Both become a headline (or none), a dateline, an optional
byline and a sequence of heading and paragraph blocks.
"""

from __future__ import annotations

import re

from generator.errors import ReadError
from generator.models import Article, Block
from generator.readers.dateline import find_dateline, lede_dateline
from generator.readers.encoding import decode
from generator.readers.wire import Byline, is_caption, is_credit, read_byline, strip_boilerplate

_END_PUNCT = ".!?:;,\"'\u201d\u2019)]\u2026"
MAX_HEADING_WORDS = 12
MAX_HEADLINE_CHARS = 200


def read_text(path: str, raw: bytes, sha256: str) -> list[Article]:
    text = decode(path, raw).lstrip("\ufeff")
    chunks = _chunks(text)
    if not chunks:  # a byte-order mark and nothing else, say
        raise ReadError(path, "empty file: no text after decoding")
    byline = _take_byline(chunks)
    title = None
    if len(chunks) > 1 and _is_headline(chunks[0]):
        title = " ".join(chunks.pop(0))
    byline = byline or _take_byline(chunks)
    lines = [line for chunk in chunks for line in chunk]
    blocks = strip_boilerplate(_blocks(lines))
    if not blocks:
        raise ReadError(path, "no article text: only credits, captions or links")
    dateline = lede_dateline(blocks)
    return [
        Article(
            path=path,
            format="text",
            sha256=sha256,
            blocks=tuple(blocks),
            title=title,
            dateline=dateline,
            byline=byline.names if byline else None,
            outlet=(dateline.agency if dateline else None) or (byline.agency if byline else None),
        )
    ]


def _take_byline(chunks: list[list[str]]) -> Byline | None:
    """The byline on the first line ("By JOSH BOAK, Associated Press"), taken out of
    the text; before the headline (wire copy often has none) or after it."""
    if not chunks or (byline := read_byline(chunks[0][0])) is None:
        return None
    chunks[0].pop(0)
    if not chunks[0]:
        chunks.pop(0)
    return byline


def _chunks(text: str) -> list[list[str]]:
    """Blank-line separated chunks, each a list of non-empty, whitespace-folded lines."""
    chunks: list[list[str]] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            chunks.append(lines)
    return chunks


def _is_headline(chunk: list[str]) -> bool:
    """Line 1 followed by a blank line, short and not a sentence of the body."""
    if len(chunk) != 1:
        return False
    line = chunk[0]
    return (
        len(line) <= MAX_HEADLINE_CHARS
        and not line.endswith(".")
        and find_dateline(line) is None
        and not is_credit(line)
        and not is_caption(line)
    )


def _blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        is_last = i == len(lines) - 1
        if not is_last and blocks and _is_heading(line):
            blocks.append(Block("heading", line))
        else:
            blocks.append(Block("paragraph", line))
    # Two headings in a row: the first was a short paragraph after all.
    return [
        Block("paragraph", b.text) if b.kind == "heading" and nxt.kind == "heading" else b
        for b, nxt in zip(blocks, [*blocks[1:], Block("paragraph", "")], strict=True)
    ]


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation, starting with a capital letter."""
    words = line.split()
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and line[0].isupper()
        and line[-1] not in _END_PUNCT
        and not line.isdigit()
    )
