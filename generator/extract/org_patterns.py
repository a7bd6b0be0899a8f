"""Organisations the model misses, found from how English news names them.

The small model tags "Maersk" as a product and "ING" as nothing, but the sentence
says what they are: "shipping lines including Maersk", "analysts at ING", "the FNV
union", "Macrovision said in a statement". Each frame below is a rule of the
language, not a list of names; a name they find is an organisation whatever the
model called it, unless it is a person or a known place.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.lexicon import (
    HONORIFICS,
    ORG_CUES,
    ORG_FRAME_NOUNS,
    ORG_GROUP_NOUNS,
    SPEECH_VERBS,
)

# Entity types a frame never turns into an organisation.
_NOT_ORG_TYPES = {"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"}
# Nouns after a name that make it an organisation: "the FNV union", "Labour MP".
_POSTNOMINAL_CUES = ORG_CUES | {"party", "mp", "mps", "mep", "meps", "councillor", "peer"}


def framed_organizations(doc: Doc) -> Iterator[Span]:
    """Spans of `doc` that its frames show to be organisations."""
    for token in doc:
        lower = token.lower_
        if (lower in _POSTNOMINAL_CUES and token.is_lower) or lower in {"mp", "mps", "mep"}:
            # "the FNV union": the name is a compound of the cue noun, before it.
            names = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
            if names:
                yield from _name_at(doc, names[-1])
        elif lower in ORG_FRAME_NOUNS and token.pos_ == "NOUN":
            # "analysts at ING", "shares in Barclays", "a spokesman for Tesco"
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in {"at", "with", "in", "for", "of"}:
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            yield from _name_at(doc, obj)
        elif lower in {"including", "like"} or (
            lower == "as" and token.i > 0 and doc[token.i - 1].lower_ == "such"
        ):
            # "shipping lines including Maersk": a list after a plural noun for firms
            if token.head.lower_ in ORG_GROUP_NOUNS:
                for obj in token.children:
                    if obj.dep_ == "pobj":
                        for item in [obj, *obj.conjuncts]:
                            yield from _name_at(doc, item)
        elif lower == "statement" and token.head.dep_ == "prep" and token.head.lower_ == "in":
            # "Macrovision said in a statement"
            verb = token.head.head
            if verb.lower_ in SPEECH_VERBS:
                for subject in verb.children:
                    if subject.dep_ == "nsubj":
                        yield from _name_at(doc, subject)


def _name_at(doc: Doc, head: Token) -> Iterator[Span]:
    """The capitalised name ending at `head` (its compound words before it), if it is
    one and not a person's or a place's."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return
    start = head.i
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].head.i > start - 1
        and doc[start - 1].head.i <= head.i
        and doc[start - 1].text[:1].isupper()
    ):
        start -= 1
    span = doc[start : head.i + 1]
    if any(t.ent_type_ in _NOT_ORG_TYPES for t in span):
        return
    if span[0].lower_ in HONORIFICS or gazetteer.lookup(span.text):
        return
    yield span
