"""Organisations the model misses, found from how English news names them.

The small model tags "Maersk" as a product and "ING" as nothing, but the sentence
says what they are: "shipping lines including Maersk", "analysts at ING", "the FNV
union", "Macrovision said in a statement". Each frame below is a rule of the
language, not a list of names; a name they find is an organisation whatever the
model called it, unless it is a person or a known place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.first_names import is_given_name
from generator.extract.lexicon import (
    AFFILIATED_ROLES,
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    HONORIFICS,
    INSTITUTION_NOUNS,
    NEWSPAPER_NAMES,
    ORG_CUES,
    ORG_FRAME_NOUNS,
    ORG_GROUP_NOUNS,
    PERSON_NOUNS,
    PERSON_TITLES,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    STATE_NOUNS,
)
from generator.extract.org_shapes import brand_word
from generator.extract.organizations_data import is_known_organization
from generator.extract.works import MADE_THINGS, MAKER_PLURALS

# Entity types a frame never turns into an organisation.
_NOT_ORG_TYPES = frozenset(
    ("PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL")
)
_FIGURE_TYPES = frozenset(("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"))
# What a maker's or a described body's frame overrides: the model calls bands people
# ("the Kinks numbers") and unknown bodies places; a known place still refuses.
_NOT_MAKER_TYPES = frozenset(("NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"))
# A name before a job may be one the model called a person or an organisation.
_NOT_EMPLOYER_TYPES = {"GPE", "LOC", "NORP", "DATE", "CARDINAL", "ORDINAL"}
# Nouns after a name that make it an organisation: "the FNV union", "Labour MP".
_POSTNOMINAL_CUES = ORG_CUES | {"party", "mp", "mps", "mep", "meps", "councillor", "peer"}
# Nouns for a body in apposition to a name: "Fipro - the global organisation for players".
_BODY_APPOSITIVES = frozenset(
    ("organisation", "organization", "body", "union", "association", "federation", "agency")
)
# Capitalised nouns that end a body's name: "the British Beer and Pub Association".
_BODY_HEADS = INSTITUTION_NOUNS | frozenset(
    ("Association", "Federation", "Society", "Trust", "Union", "Confederation", "Alliance")
)
# Lower-case words inside such a name: "Beer and Pub", "Institute of Directors".
_HEAD_LINKS = frozenset(("and", "of", "for", "&"))
# A broadcaster's medium before "station": "digital TV station Music Choice", "the BBC's
# urban music station 1Xtra".
_MEDIA_WORDS = frozenset(("tv", "television", "radio"))
_STATION_WORDS = _MEDIA_WORDS | {"music"}


def framed_organizations(doc: Doc) -> Iterator[Span]:  # noqa: C901, PLR0912  (a branch a frame)
    """Spans of `doc` that its frames show to be organisations."""
    # Once here: spaCy makes a new Token object on every iteration of a Doc, and
    # rebuilds the entity spans on every `doc.ents`, each a walk over all tokens.
    tokens, ents = list(doc), doc.ents
    yield from _coordinated_with_organizations(doc, ents)
    yield from _employers(doc, tokens)
    yield from _named_with_which(doc, ents)
    yield from _groups_of_nations(doc, tokens)
    yield from _newspapers(doc, tokens)
    yield from _clubs(doc, tokens, ents)
    yield from _parties_before_roles(doc, tokens)
    yield from _makers(doc, tokens)
    yield from _described_as_bodies(doc, tokens)
    yield from _cue_then_the(doc, tokens)
    yield from _headed_bodies(doc, tokens)
    for token in tokens:
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


def _name_at(
    doc: Doc, head: Token, refused_types: frozenset[str] = _NOT_ORG_TYPES
) -> Iterator[Span]:
    """The capitalised name ending at `head` (its compound words before it), if it is
    one and not a person's or a place's (or, with `refused_types`, what else the model
    may have called it that the frame does not override: then a capitalised word the
    parse calls a common noun inside a sentence may end it, "several Kinks numbers")."""
    noun_ok = refused_types is _NOT_MAKER_TYPES and head.pos_ == "NOUN" and not head.is_sent_start
    brand = brand_word(head.text)  # "strategist at 4Cast": a name whatever its tag
    if not brand and (not head.text[:1].isupper() or not (head.pos_ == "PROPN" or noun_ok)):
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
    if not _refused(span, refused_types):
        yield span


def _refused(span: Span, types: AbstractSet[str]) -> bool:
    """A name that a frame still does not make an organisation: a word the model gave
    one of `types`, an honorific first (a person), or a known place."""
    return (
        any(t.ent_type_ in types and not _brand_as_figure(t) for t in span)
        or span[0].lower_ in HONORIFICS
        or gazetteer.lookup(span.text) is not None
    )


def _brand_as_figure(token: Token) -> bool:
    """ "7Trade": the model reads a brand word opening with a digit as a number."""
    return token.ent_type_ in _FIGURE_TYPES and brand_word(token.text)


def _coordinated_with_organizations(doc: Doc, ents: Sequence[Span]) -> Iterator[Span]:
    """ "ratings agencies - Fitch and Moody's": names coordinated with an organisation
    are of its kind; only names the model left untagged are taken."""
    for ent in ents:
        if ent.label_ == "ORG" and len(ent.root.conjuncts) == 1:
            other = ent.root.conjuncts[0]
            low, high = sorted((other.i, ent.root.i))
            between = {t.lower_ for t in doc[low + 1 : high]}
            # a pair joined by "and"/"or", not a list (line-ups: "Pires, Flamini, ...")
            # "Neither Downing Street nor the Labour Party would comment": "neither ...
            # nor" pairs like with like, no plural noun needed
            paired = _among_organizations(doc[low]) or (
                "nor" in between and low > 0 and doc[low].left_edge.lower_ == "neither"
            )
            if (
                not other.ent_type_
                and between & {"and", "or", "nor"}
                and not between & {",", "("}
                and paired
            ):
                for span in _name_at(doc, other):
                    if span[-1].lower_ not in PERSON_TITLES:  # "Trade and Industry Secretary"
                        yield span


def _among_organizations(first: Token) -> bool:
    """The pair stands for a plural noun for organisations ("ratings agencies - Fitch
    and Moody's", "banks such as HSBC and Barclays"), not for films or books, which the
    model also calls organisations ("worked with Hanks on Forrest Gump and Castaway")."""
    head = first.head
    if first.dep_ == "pobj" and head.lower_ in {"including", "like", "as"}:
        head = head.head
    return first.dep_ in {"appos", "pobj"} and head.lower_ in ORG_GROUP_NOUNS | ORG_CUES


def _employers(doc: Doc, tokens: list[Token]) -> Iterator[Span]:
    """ "Comerica chief economist David Littman", "Leeds Tykes flanker Jon Dunbar",
    "Everton's Thomas Gravesen": the name before a job held by a named person, or
    owning a person, is where they work. The model often calls it a person; a known
    place stays a place (a national side: "Scotland captain")."""
    for token in tokens:
        if token.lower_ in AFFILIATED_ROLES and token.is_lower and _person_follows(token):
            start = token.i
            while start > 0 and doc[start - 1].lower_ in ROLE_MODIFIERS:
                start -= 1
            yield from _capitalised_before(doc, start)
        elif token.lower_ == "of" and _after_full_name(token):
            # "retail analyst Nick Bubb of Evolution Securities"
            obj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if (
                obj is not None
                and obj.i == token.i + _name_length(doc, token.i + 1)
                and not _list_goes_on(doc, obj.i + 1)
            ):
                yield from _capitalised_before(doc, obj.i + 1)
        elif (
            token.dep_ == "poss"
            and token.pos_ == "PROPN"
            and _owns_a_named_person(token)
            and not _titled(doc, token)
            and not _full_personal_name(token)
        ):
            yield from _capitalised_before(doc, token.i + 1)


def _named_with_which(doc: Doc, ents: Sequence[Span]) -> Iterator[Span]:
    """ "Laura Ashley, which is due to issue its next trading statement": people are
    "who", organisations "which"; a name the model calls a person but the article
    refers to with "which" is a company named after one."""
    for ent in ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.end >= len(doc) - 2:
            continue
        if doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "which":
            clause = doc[ent.end + 1].head
            if (
                clause.dep_ == "relcl"
                and clause.head.i == ent.root.i
                and not gazetteer.lookup(ent.text)
            ):
                yield ent


def _groups_of_nations(doc: Doc, tokens: list[Token]) -> Iterator[Span]:
    """ "other G8 and European countries": the G7, G8, G20 are bodies."""
    for token in tokens:
        text = token.text
        if len(text) in {2, 3} and text[0] == "G" and text[1:].isdigit():
            yield doc[token.i : token.i + 1]


def _person_follows(token: Token) -> bool:
    doc = token.doc
    return (
        token.i + 1 < len(doc)
        and doc[token.i + 1].ent_type_ == "PERSON"
        and doc[token.i + 1].ent_iob_ == "B"
    )


def _after_full_name(of: Token) -> bool:
    """ "Nick Bubb of": a first name and surname just before (not "Prince Charles of")."""
    doc = of.doc
    return (
        of.i >= 3
        and doc[of.i - 1].ent_type_ == "PERSON"
        and doc[of.i - 2].ent_type_ == "PERSON"
        and of.head.i == of.i - 1
        and doc[of.i - 3].lower_ not in PERSON_TITLES | HONORIFICS
    )


def _list_goes_on(doc: Doc, i: int) -> bool:
    """ "of Lock, Stock and Two Smoking Barrels": a comma and a capital after the name
    make it part of a title or a list."""
    return i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].text[:1].isupper()


def _name_length(doc: Doc, start: int) -> int:
    """Capitalised words from `start`: the name after "of" must be capitalised throughout."""
    end = start
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return end - start


def _titled(doc: Doc, token: Token) -> bool:
    """ "Mr Blair's": a possessor with an honorific is a person."""
    start = token.i
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS


def _owns_a_named_person(token: Token) -> bool:
    """ "Everton's Thomas Gravesen": the possessive and right after it a first name and
    surname (not "Elvis' single Jailhouse Rock", a work the model calls a person)."""
    doc = token.doc
    first = token.i + 2
    return (
        first + 1 < len(doc)
        and doc[token.i + 1].tag_ == "POS"
        and doc[first].ent_iob_ == "B"
        and doc[first].ent_type_ == "PERSON"
        and doc[first + 1].ent_iob_ == "I"
        and token.head.i in {first, first + 1}
    )


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
    while start < end and (
        not doc[start].is_alpha or (doc[start].is_sent_start and doc[start].is_stop)
    ):
        start += 1  # "But Larne boss Jimmy McGeough": a sentence's first word may be "But"
    if start == end or doc[end - 1].pos_ != "PROPN":
        return
    span = doc[start:end]
    if any(t.pos_ != "PROPN" and not t.is_sent_start and t.is_alpha for t in span):
        return
    if not _refused(span, _NOT_EMPLOYER_TYPES) or _national_body(span):
        yield span


def _national_body(span: Span) -> bool:
    """ "Egypt FA spokesman": a place's name and an acronym after it name that place's
    body (its football association, its bank), though a word of it is a place."""
    last = span[-1]
    return (
        len(span) > 1
        and last.text.isupper()
        and last.is_alpha
        and len(last.text) >= 2
        and last.ent_type_ not in _NOT_EMPLOYER_TYPES
        and gazetteer.lookup(span.text) is None
        and gazetteer.lookup(last.text) is None
    )


def _capitalised(token: Token) -> bool:
    return (token.text[:1].isupper() and token.is_alpha) or token.text in {"&", "-"}


def _newspapers(doc: Doc, tokens: list[Token]) -> Iterator[Span]:
    """ "the Sunday Express", "the Washington Post": capitalised words after "the"
    ending in a newspaper's word, whatever the model made of them (a date, a city)."""
    for token in tokens:
        if token.text in NEWSPAPER_NAMES and token.i >= 2:
            start = token.i
            while start > 0 and _capitalised_word(doc[start - 1]):
                start -= 1
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is not None and (after.text[:1].isupper() or after.lower_ in {"and", "&"}):
                continue  # "the Texas Electronic Mail and Solicitation Act"
            if start > 0 and doc[start - 1].lower_ == "the" and start < token.i:
                span = doc[start : token.i + 1]  # "The Daily Telegraph poll", "the Sunday Express"
                if not gazetteer.lookup(span.text):
                    yield span
            elif start > 0 and doc[start - 1].text == "The" and not doc[start - 1].is_sent_start:
                yield doc[start - 1 : token.i + 1]  # "a report in The Times": one word after "The"


def _parties_before_roles(doc: Doc, tokens: list[Token]) -> Iterator[Span]:
    """ "Conservative shadow foreign secretary", "Labour leader": a capitalised word the
    organisation table knows (a party's short name), untagged by the model, before a
    word in lower case. At a sentence's start the capital says nothing ("Green issues",
    "Labour costs"), so there the next word must be a role or office."""
    for token in tokens[:-1]:
        nxt = tokens[token.i + 1]
        if (
            token.ent_type_
            or not token.text[:1].isupper()
            or not nxt.is_lower
            or not nxt.is_alpha
            or not is_known_organization(token.text)
        ):
            continue
        if token.is_sent_start and nxt.lower_ not in PERSON_NOUNS | STATE_NOUNS | {"shadow"}:
            continue
        yield doc[token.i : token.i + 1]


def _capitalised_word(token: Token) -> bool:
    """A word of a newspaper's name before its last ("Daily", "Sunday"): not the "The"
    that opens it."""
    return token.text[:1].isupper() and token.is_alpha and token.lower_ != "the"


def _clubs(doc: Doc, tokens: list[Token], ents: Sequence[Span]) -> Iterator[Span]:  # noqa: C901
    """ "Real Madrid", "Bayern Munich", "Blackburn Rovers": a place's name with a club
    word before or after it names the club, unless the whole is itself a place
    ("Mexico City", "Orange County")."""
    for token in tokens[:-1]:
        if token.text not in CLUB_PREFIXES:
            continue
        place = tokens[token.i + 1]
        if place.pos_ == "PROPN" and not place.ent_type_:
            core = doc[token.i : token.i + 2]
            if gazetteer.lookup(place.text) and not gazetteer.lookup(core.text):
                yield core  # the model often tags neither word: "Real Madrid are closing in"
    for ent in ents:
        if ent.label_ not in {"GPE", "LOC", "ORG", "PERSON"}:
            continue
        if len(ent) > 1 and ent[-1].text in CLUB_SUFFIXES and gazetteer.lookup(ent[:-1].text):
            if not gazetteer.lookup(ent.text):
                yield ent  # "my club, Sale Sharks": the model's person
            continue
        start, end = ent.start, ent.end
        while start > 0 and doc[start - 1].text in CLUB_PREFIXES:
            start -= 1
        while end < len(doc) and doc[end].text in CLUB_SUFFIXES:
            end += 1
        if (start, end) == (ent.start, ent.end):
            continue
        core = doc[start:end]
        known = gazetteer.lookup(ent.text.removeprefix("the ").strip())
        if known is not None and not gazetteer.lookup(core.text):
            yield core


def _makers(doc: Doc, tokens: list[Token]) -> Iterator[Span]:
    """ "Sony products", "other Beatles songs", "Canon's EOS 300D digital camera",
    "digital TV station Music Choice": the name whose products or songs they are, or
    that owns a thing made, is a maker or a band, not a title. A given name first is
    a person's ("Elvis songs")."""
    for token in tokens:
        lower = token.lower_
        if not token.is_lower:
            continue
        if lower in MAKER_PLURALS:
            names = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
            if names and names[-1].i == token.i - 1:
                yield from _maker_at(doc, names[-1])
        elif lower in MADE_THINGS:
            for owner in token.children:
                if owner.dep_ == "poss" and owner.i + 1 < token.i:
                    yield from _maker_at(doc, owner)
        elif lower == "station":
            yield from _station_name(doc, token)
        elif (lower in _MEDIA_WORDS and token.dep_ == "poss") or lower == "television":
            # "Sky television's live coverage": the broadcaster before its medium
            names = [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1]
            if names:
                yield from _maker_at(doc, names[0])


def _station_name(doc: Doc, station: Token) -> Iterator[Span]:
    """ "digital TV station Music Choice": the name after a broadcaster's station."""
    if not any(c.lower_ in _STATION_WORDS for c in station.children if c.dep_ == "compound"):
        return
    end = station.i + 1
    while end < len(doc) and (
        (doc[end].is_title and doc[end].is_alpha) or brand_word(doc[end].text)
    ):
        end += 1
    if end > station.i + 1:
        yield from _name_at(doc, doc[end - 1], _NOT_MAKER_TYPES)


def _maker_at(doc: Doc, head: Token) -> Iterator[Span]:
    for span in _name_at(doc, head, _NOT_MAKER_TYPES):
        if not is_given_name(span[0].text):
            yield span


def _described_as_bodies(doc: Doc, tokens: list[Token]) -> Iterator[Span]:
    """ "Fipro - the global organisation for professional players": a name the sentence
    itself calls an organisation, in apposition right after a dash or comma (the parse
    may hang the appositive on an earlier word of a list: "coaches and Fipro - the ...")."""
    for token in tokens:
        if token.lower_ not in _BODY_APPOSITIVES or token.dep_ != "appos" or not token.is_lower:
            continue
        mark = token.left_edge.i - 1
        if mark > 0 and doc[mark].text in {"-", ",", "\u2013", "\u2014"}:
            yield from _name_at(doc, doc[mark - 1], _NOT_MAKER_TYPES)


def _cue_then_the(doc: Doc, tokens: list[Token]) -> Iterator[Span]:
    """ "which owns former building society the Woolwich": a noun for a body, then "the"
    and a name set beside it, is that body's name."""
    for token in tokens[:-2]:
        if token.lower_ not in ORG_CUES or not token.is_lower or token.pos_ != "NOUN":
            continue
        the, name = doc[token.i + 1], doc[token.i + 2]
        if the.lower_ != "the" or not name.text[:1].isupper():
            continue
        end = name.i
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title:
            end += 1
        head = doc[end]
        if head.dep_ == "appos" and head.head.i == token.i:
            yield from _name_at(doc, head, _NOT_MAKER_TYPES)


def _headed_bodies(doc: Doc, tokens: list[Token]) -> Iterator[Span]:
    """ "presented by the British Beer and Pub Association": capitalised words after
    "the" that end in a noun for a body are that body's name, whatever the model made of
    them (a nationality and nothing)."""
    for token in tokens:
        if token.text not in _BODY_HEADS or token.i < 2 or _name_goes_on(doc, token.i + 1):
            continue
        start = token.i
        while start > 0 and (_capitalised(doc[start - 1]) or doc[start - 1].lower_ in _HEAD_LINKS):
            start -= 1
        while start < token.i and not doc[start].text[:1].isupper():
            start += 1  # a name opens with a capital, not a link word
        if start == token.i or start == 0 or doc[start - 1].lower_ != "the":
            continue
        span = doc[start : token.i + 1]
        if gazetteer.lookup(span.text) is None:
            yield span


def _name_goes_on(doc: Doc, i: int) -> bool:
    """ "the US Department of Justice": the name does not end at its head noun."""
    if i >= len(doc):
        return False
    if doc[i].ent_iob_ == "I":
        return True
    return doc[i].lower_ in _HEAD_LINKS and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
