"""Where the quotations of an article are, found on characters across paragraphs.

Straight double marks are told apart as opening or closing by what surrounds them; a
paragraph that ends inside a quote and a next one that opens with a mark is the BBC's
multi-paragraph quote; an opening mark while a quote is open means the corpus merged
two paragraphs.

Single marks are quotes too where a paper writes speech in them (British style, as the
Daily Mail does: 'We will win,' he said), but only outside double quotes (inside they
are nested quotations, part of the outer quote) and only when a closing mark is found
in the same paragraph. A single mark between letters is an apostrophe (don't); one
after an "s" and before a lower-case word is a plural possessive (the players' union).
"""

from __future__ import annotations

from dataclasses import dataclass

_OPENING_CONTEXT = set(" \t\n([{\u2014\u2013-/")
_DOUBLE = '"\u201c\u201d'
_SINGLE = "'\u2018\u2019"


@dataclass(slots=True)
class QuoteSpan:
    para: int
    start: int  # character offsets of the quoted words in the paragraph
    end: int
    continues: bool  # opened while the previous quote was still open


def find_quote_spans(texts: list[str]) -> list[QuoteSpan]:
    spans = _double_quoted(texts)
    for para, text in enumerate(texts):
        taken = [(s.start - 1, s.end + 1) for s in spans if s.para == para]
        spans.extend(_single_quoted(para, text, taken))
    spans.sort(key=lambda s: (s.para, s.start))
    return [s for s in spans if texts[s.para][s.start : s.end].strip(" ,.")]


def _double_quoted(texts: list[str]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    carried = False  # the previous paragraph ended inside a quote
    for para, text in enumerate(texts):
        open_at: int | None = None
        continues = False
        for i, ch in enumerate(text):
            kind = _mark_kind(text, i, open_at is not None) if ch in _DOUBLE else None
            if kind == "open":
                if open_at is not None:
                    spans.append(QuoteSpan(para, open_at, i, continues))
                    continues = True
                else:
                    continues = carried and not text[:i].strip()
                open_at = i + 1
            elif kind == "close" and open_at is not None:
                spans.append(QuoteSpan(para, open_at, i, continues))
                open_at, continues = None, False
        carried = open_at is not None
        if open_at is not None:
            spans.append(QuoteSpan(para, open_at, len(text), continues))
    return spans


def _mark_kind(text: str, i: int, is_open: bool) -> str:
    ch = text[i]
    if ch == "\u201c":
        return "open"
    if ch == "\u201d":
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _OPENING_CONTEXT and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if is_open else "open"


def _single_quoted(para: int, text: str, taken: list[tuple[int, int]]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch not in _SINGLE or any(a <= i < b for a, b in taken):
            continue
        if open_at is None:
            if _single_opens(text, i):
                open_at = i + 1
        elif _single_closes(text, i):
            spans.append(QuoteSpan(para, open_at, i, False))
            open_at = None
    return spans


def _single_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return text[i] != "\u2019" and before in _OPENING_CONTEXT and after.isalpha()


def _single_closes(text: str, i: int) -> bool:
    if text[i] == "\u2018":
        return False
    before = text[i - 1] if i > 0 else " "
    rest = text[i + 1 : i + 3]
    after = rest[:1] or " "
    if before.isspace() or after.isalnum():
        return False  # an opening mark or an apostrophe (don't)
    # "the players' union": a plural possessive, not the end of a quote
    return not (before == "s" and after == " " and rest[1:2].islower())
