"""The sides of a sports result: "Leeds beat Arsenal 2-1", "Chelsea drew 1-1 with Bolton".

The model tags neither side of most results (or one as a person). The language is
plain: the subject and the object of a verb of winning, losing or drawing, in a
sentence that gives the score, are the two sides. A side whose name is a town's
stands for the town's club; the annotation convention lists it as a place (a metonym
for a team), so it stays a place, noted as standing for its club. A side no gazetteer
knows and the model does not read as a person is a club: an organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.lexicon import CLUB_SUFFIXES, words_of

RESULT_VERBS = words_of(
    """beat beats beaten beating defeated defeat defeats thrashed thrash hammered routed
    drew draw draws drawn lost lose loses edged overcame overcome held"""
)
_NOT_CLUBS = {"DATE", "TIME", "GPE", "LOC", "NORP", "CARDINAL"}
# The United Kingdom's nations field their own sides; the gazetteer lists them as regions.
_HOME_NATIONS = {"England", "Scotland", "Wales", "Northern Ireland"}
_SIDE_PREPOSITIONS = {"with", "to", "against", "over", "by"}
_SCORE = re.compile(r"\b\d{1,2}\s?-\s?\d{1,2}\b")
CLUB_TOWN = "a town's name standing for its club in a sports result"


def result_sides(doc: Doc, sents: tuple[Span, ...]) -> Iterator[tuple[Span, bool]]:
    """(span, is_town) for each side of a result in a sentence that gives a score."""
    for sent in sents:
        if not _SCORE.search(sent.text):
            continue
        for token in sent:
            if token.lower_ in RESULT_VERBS and token.pos_ in {"VERB", "AUX"}:
                for side in _sides(token):
                    span = _name_ending_at(doc, side)
                    if span is None:
                        continue
                    town = gazetteer.lookup(span.text)
                    if town is not None and town.kind != "country":
                        if span.text not in _HOME_NATIONS:  # national sides, not towns
                            yield span, True
                    elif town is None and _club_name(span):
                        yield span, False


def _sides(verb: Token) -> Iterator[Token]:
    for child in verb.children:
        if child.dep_ in {"nsubj", "dobj", "nsubjpass", "npadvmod"}:
            yield child
        elif child.dep_ in {"prep", "agent"} and child.lower_ in _SIDE_PREPOSITIONS:
            yield from (c for c in child.children if c.dep_ == "pobj")


def _name_ending_at(doc: Doc, head: Token) -> Span | None:
    """The capitalised proper name ending at `head`, with its compound words."""
    # the model often tags a side a common noun: "Leeds/NNS beat Arsenal"
    if head.pos_ not in {"PROPN", "NOUN"} or not head.text[:1].isupper() or not head.is_alpha:
        return None
    start = head.i
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].head.i == head.i
        and doc[start - 1].text[:1].isupper()
    ):
        start -= 1
    return doc[start : head.i + 1]


def _club_name(span: Span) -> bool:
    """A side no gazetteer knows is a club when it is a proper name the model reads as
    no date or place: one word ("Arsenal"; a player's surname is kept a person by the
    caller when the article named them in full), or a name ending in a club's word
    ("Blackburn Rovers"). Two capitalised words are as often a player ("Olivier
    Rochus"), and "Officials" opening a sentence is no name."""
    if not all(t.pos_ == "PROPN" for t in span) or any(t.ent_type_ in _NOT_CLUBS for t in span):
        return False
    if len(span) == 1:
        return True  # the model reads a lone club as a person too: "Everton drew 1-1"
    return span[-1].text in CLUB_SUFFIXES and not any(t.ent_type_ == "PERSON" for t in span)
