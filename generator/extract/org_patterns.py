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
    AFFILIATED_ROLES,
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    HONORIFICS,
    NEWSPAPER_NAMES,
    ORG_CUES,
    ORG_FRAME_NOUNS,
    ORG_GROUP_NOUNS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
)

# Entity types a frame never turns into an organisation.
_NOT_ORG_TYPES = {"PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"}
# Nouns after a name that make it an organisation: "the FNV union", "Labour MP".
_POSTNOMINAL_CUES = ORG_CUES | {"party", "mp", "mps", "mep", "meps", "councillor", "peer"}


def framed_organizations(doc: Doc) -> Iterator[Span]:
    """Spans of `doc` that its frames show to be organisations."""
    yield from _coordinated_with_organizations(doc)
    yield from _employers(doc)
    yield from _newspapers(doc)
    yield from _clubs(doc)
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


def _coordinated_with_organizations(doc: Doc) -> Iterator[Span]:
    """ "ratings agencies - Fitch and Moody's": names coordinated with an organisation
    are of its kind; only names the model left untagged are taken."""
    for ent in doc.ents:
        if ent.label_ == "ORG":
            for other in ent.root.conjuncts:
                if not other.ent_type_:
                    yield from _name_at(doc, other)


def _employers(doc: Doc) -> Iterator[Span]:
    """ "Comerica chief economist David Littman", "Leeds Tykes flanker Jon Dunbar",
    "Everton's Thomas Gravesen": the name before a job held by a named person, or
    owning a person, is where they work. The model often calls it a person; a known
    place stays a place (a national side: "Scotland captain")."""
    for token in doc:
        if token.lower_ in AFFILIATED_ROLES and token.is_lower and _person_follows(token):
            start = token.i
            while start > 0 and doc[start - 1].lower_ in ROLE_MODIFIERS:
                start -= 1
            yield from _capitalised_before(doc, start)
        elif (
            token.dep_ == "poss"
            and token.pos_ == "PROPN"
            and token.head.ent_type_ == "PERSON"
            and not _titled(doc, token)
            and not _full_personal_name(token)
        ):
            yield from _capitalised_before(doc, token.i + 1)


def _person_follows(token: Token) -> bool:
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON" and (
        doc[token.i + 1].ent_iob_ == "B"
    )


def _titled(doc: Doc, token: Token) -> bool:
    """ "Mr Blair's": a possessor with an honorific is a person."""
    start = token.i
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS


def _full_personal_name(token: Token) -> bool:
    """ "Mike Nichols' Closer": a first name and surname the model reads as a person
    own a work, not a player; a club is one word ("Everton's") or not a person."""
    doc = token.doc
    return token.ent_type_ == "PERSON" and token.i > 0 and doc[token.i - 1].ent_type_ == "PERSON"


def _capitalised_before(doc: Doc, end: int) -> Iterator[Span]:
    """The run of capitalised proper nouns ending just before `end`, if it names no
    place, nationality or titled person. (A sentence's first word may be mistagged:
    "Leeds Tykes flanker" parses "Leeds" as a verb.)"""
    start = end
    while start > 0 and _capitalised(doc[start - 1]) and doc[start - 1].tag_ != "POS":
        start -= 1
    while start < end and not doc[start].is_alpha:
        start += 1
    if start == end or doc[end - 1].pos_ != "PROPN":
        return
    span = doc[start:end]
    if any(t.pos_ != "PROPN" and not t.is_sent_start and t.is_alpha for t in span):
        return
    if any(t.ent_type_ in {"GPE", "LOC", "NORP", "DATE", "CARDINAL", "ORDINAL"} for t in span):
        return
    if span[0].lower_ in HONORIFICS or gazetteer.lookup(span.text):
        return
    yield span


def _capitalised(token: Token) -> bool:
    return (token.text[:1].isupper() and token.is_alpha) or token.text in {"&", "-"}


def _newspapers(doc: Doc) -> Iterator[Span]:
    """ "the Sunday Express", "the Washington Post": capitalised words after "the"
    ending in a newspaper's word, whatever the model made of them (a date, a city)."""
    for token in doc:
        if token.text in NEWSPAPER_NAMES and token.i >= 2:
            start = token.i
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
                start -= 1
            if start < token.i and start > 0 and doc[start - 1].lower_ == "the":
                span = doc[start : token.i + 1]
                if not gazetteer.lookup(span.text):
                    yield span


def _clubs(doc: Doc) -> Iterator[Span]:
    """ "Real Madrid", "Bayern Munich", "Blackburn Rovers": a place's name with a club
    word before or after it names the club, unless the whole is itself a place
    ("Mexico City", "Orange County")."""
    for token in doc[:-1]:
        place = doc[token.i + 1]
        if token.text in CLUB_PREFIXES and place.pos_ == "PROPN" and not place.ent_type_:
            core = doc[token.i : token.i + 2]
            if gazetteer.lookup(place.text) and not gazetteer.lookup(core.text):
                yield core  # the model often tags neither word: "Real Madrid are closing in"
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "LOC", "ORG", "PERSON"}:
            continue
        start, end = ent.start, ent.end
        while start > 0 and doc[start - 1].text in CLUB_PREFIXES:
            start -= 1
        while end < len(doc) and doc[end].text in CLUB_SUFFIXES:
            end += 1
        if (start, end) == (ent.start, ent.end):
            continue
        core = doc[start:end]
        place = gazetteer.lookup(ent.text.removeprefix("the ").strip())
        if place is not None and not gazetteer.lookup(core.text):
            yield core
