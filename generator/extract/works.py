"""Titles of works (films, series, albums, books, songs): neither organisations nor
people, though the model tags them as either.

A name is a title when a noun for a work comes before it ("action movie National
Treasure", "the album Hopes and Fears"), when what follows it is said of a work
("Alexander, starring Colin Farrell"; "Closer, directed by Mike Nichols"), when it is
followed by a possessive and a capitalised number ("Ocean's Twelve"), or when it is
the whole of a quotation ("'Desperate Housewives'").
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import PRODUCT_NOUNS, WORK_NOUNS

# Words after a title that speak of a work: "starring", "directed by", "sung by".
_WORK_FOLLOWERS = frozenset(("starring", "featuring", "co-starring"))
_WORK_PARTICIPLES = frozenset(
    ("directed", "produced", "written", "sung", "performed", "narrated", "co-written")
)
_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019")
# Performers named after the show they play in: "Huggy Bear actor Antonio Fargas".
# Not "star": "Chelsea star", "Three Degrees star" name clubs and bands.
_PERFORMERS = frozenset(("actor", "actress", "actors"))


def titles_a_work(span: Span) -> bool:
    return (
        _after_work_noun(span)
        or _before_performer(span)
        or _before_work_words(span)
        or _numbered_sequel(span)
        or (_whole_quotation(span))
    )


def _after_work_noun(span: Span) -> bool:
    doc = span.doc
    start = span.start - 1
    if start >= 0 and doc[start].lower_ == "the":
        start -= 1
    return start >= 0 and doc[start].is_lower and doc[start].lower_ in WORK_NOUNS


def _before_work_words(span: Span) -> bool:
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in {",", "("}:
        i += 1
    if i >= len(doc):
        return False
    if doc[i].lower_ in _WORK_FOLLOWERS:
        return True
    return doc[i].lower_ in _WORK_PARTICIPLES and i + 1 < len(doc) and doc[i + 1].lower_ == "by"


def _numbered_sequel(span: Span) -> bool:
    doc = span.doc
    end = span.end
    return (
        end + 1 < len(doc)
        and doc[end].tag_ == "POS"
        and doc[end + 1].like_num
        and doc[end + 1].is_title
    )


def _whole_quotation(span: Span) -> bool:
    doc = span.doc
    first = span.start - 1
    if first >= 0 and doc[first].lower_ == "the":
        first -= 1
    return (
        first >= 0
        and span.end < len(doc)
        and doc[first].text in _MARKS
        and doc[span.end].text[:1] in _MARKS
    )


def _before_performer(span: Span) -> bool:
    """ "Huggy Bear actor Antonio Fargas": a name before "actor" and a person's name is
    the show or part that actor is known for, not an employer."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or not doc[i].is_lower or doc[i].lower_ not in _PERFORMERS:
        return False
    return doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "B"


def names_a_product(span: Span) -> bool:
    """ "its new RipGuard technology", "USB storage devices", "the New Forms album": a
    name modifying a noun for a product or work names that product, not its maker.
    One such use marks the name everywhere in the article."""
    token = span.root
    for _ in range(3):
        numbered = token.dep_ == "nmod" and token.i + 1 < len(token.doc) and token.nbor().like_num
        if (token.dep_ != "compound" and not numbered) or token.head == token:
            return False
        token = token.head
        if token.is_lower and token.lower_ in PRODUCT_NOUNS:
            return True
        if token.is_lower:
            return False
        if token.like_num and token.head.lower_ in PRODUCT_NOUNS:
            return True  # "the FTSE 100 index"
    return False
