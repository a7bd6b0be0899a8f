"""Paragraphs in headline case: "Microsoft Launches New Phone In Europe", "Palin's
Church Damaged In Suspicious Fire". Web pages and wire feeds repeat their headline
and subheads in the body, where every word is capitalised: the model then cannot
tell where a name ends ("Microsoft Launches" as an organisation, "Church Damaged In
Suspicious Fire" as a person). So a name found only in such a paragraph is not
trusted; one the body also writes in running text is kept.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.document import ParsedArticle

MIN_WORDS = 3
# Words a headline leaves in lower case ("Biologists Call on Obama to Overturn ...").
_SMALL = frozenset(
    "a an and as at but by for from in into nor of off on onto or over per the to up via "  # noqa: SIM905
    "vs with".split()
)


def in_headline_case(doc: Doc) -> bool:
    """Every word capitalised but the small ones, and no full stop at the end: a
    headline or subhead, not a sentence ("Weitz is represented by WMA." is not)."""
    words = [t for t in doc if t.is_alpha]
    if len(words) < MIN_WORDS or doc.text.rstrip().endswith("."):
        return False
    return all(not t.text[0].islower() or t.lower_ in _SMALL for t in words)


def untrusted_paragraphs(parsed: ParsedArticle) -> set[int]:
    """The indexes of the paragraphs in headline case."""
    return {p.index for p in parsed.paragraphs if in_headline_case(p.doc)}


def written_in_running_text(parsed: ParsedArticle, untrusted: set[int], name: str) -> bool:
    """Whether a paragraph that is not in headline case writes the name."""
    return any(name in p.text for p in parsed.paragraphs if p.index not in untrusted)
