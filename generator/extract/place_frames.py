"""Places the words around a name make plain, whatever the model read.

"The MP for Sittingbourne and Sheppey": what follows an elected member's "for" is a
constituency, a place, though the model reads both names as people. "Stops in west
London": a direction in lower case is no part of a name, so the place is what follows
it (a capitalised one makes a name of its own, "North Dorset": see
`gazetteer.lookup_part`). "Host Ireland in Cardiff": a known place after a preposition
of place, which the model left untagged. "The Middlesbrough athlete", "Glasgow flanker
Andrew Wilson": a known place's name modifying a word for a person says where that person is from or
plays, though the model tags nothing or a person.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.lexicon import OCCUPATIONS

# Elected members named by their seat: "the MP for Hartlepool", "Labour MSP for Govan".
_MEMBERS = frozenset(("MP", "MPs", "MSP", "MSPs", "AM", "MLA", "MEP", "MEPs", "member"))
# Words that join two names of one constituency: "Sittingbourne and Sheppey".
_JOINERS = frozenset(("and", "&"))

# Words for people a place's name modifies besides occupations: "Leicester lock",
# "Blackburn boss", "Powys people".
_PEOPLE_OF_A_PLACE = OCCUPATIONS | frozenset(
    (
        *("people", "residents", "voters", "fans", "fan", "player", "players"),
        *("boss", "manager", "coach", "captain", "skipper", "keeper", "goalkeeper"),
        *("lock", "prop", "hooker", "winger", "forward"),
    )
)
# A city this small is too often also a nickname or a word ("Toon boss").
_MIN_MODIFIER_POPULATION = 50_000


def framed_places(doc: Doc) -> Iterator[Span]:
    """Spans of `doc` that are places by the words around them, in reading order."""
    found = [
        *constituencies(doc),
        *after_directions(doc),
        *places_of_people(doc),
        *untagged_after_locatives(doc),
    ]
    yield from sorted(found, key=lambda span: span.start)


def constituencies(doc: Doc) -> Iterator[Span]:
    """ "MP for Leicester South", "the member for Sittingbourne and Sheppey"."""
    for token in doc[1:-1]:
        member = doc[token.i - 1]
        if token.lower_ != "for" or member.text not in _MEMBERS:
            continue
        if member.text == "member" and not _seat_member(member):
            continue
        end = _name_end(doc, token.i + 1)
        if end > token.i + 1:
            yield doc[token.i + 1 : end]


def is_constituency(span: Span) -> bool:
    """Whether a span is what an elected member's "for" names."""
    doc = span.doc
    return span.start > 1 and any(s.start == span.start for s in constituencies(doc))


def _seat_member(member: Token) -> bool:
    """ "the member for Hartlepool": "member" names a seat after "the" or a party."""
    return member.i > 0 and (member.nbor(-1).lower_ == "the" or member.nbor(-1).text[:1].isupper())


def _name_end(doc: Doc, start: int) -> int:
    """The end of a run of capitalised words from `start`, two names joined by "and"
    kept together, and a hyphenated one whole ("Mid-Bedfordshire")."""
    end = start
    while end < len(doc):
        token = doc[end]
        if _capitalised(token):
            end += 1
        elif token.text == "-" and end > start and end + 1 < len(doc):
            if token.whitespace_ or doc[end - 1].whitespace_ or not _capitalised(doc[end + 1]):
                break
            end += 1
        elif token.lower_ in _JOINERS and end > start and end + 1 < len(doc):
            if not _capitalised(doc[end + 1]):
                break
            end += 1
        else:
            break
    return end


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.ent_type_ not in {"DATE", "TIME"}


def after_directions(doc: Doc) -> Iterator[Span]:
    """ "west London", "in east Leeds": the known place after a direction written in
    lower case, whatever the model read (it tags "east Leeds" a product)."""
    for token in doc[:-1]:
        if not (token.is_lower and token.text in gazetteer.DIRECTIONS):
            continue
        end = _name_end(doc, token.i + 1)
        for stop in range(min(end, token.i + 4), token.i + 1, -1):
            if gazetteer.lookup(doc[token.i + 1 : stop].text) is not None:
                yield doc[token.i + 1 : stop]
                break


def places_of_people(doc: Doc) -> Iterator[Span]:
    """ "The Middlesbrough athlete", "Glasgow flanker Andrew Wilson": one capitalised
    word the gazetteer knows, which the model left untagged or read as a one-word
    person, modifying a word for a person; not a word of a person's name here."""
    person_words = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    for token in doc:
        head = token.head
        if (
            token.pos_ != "PROPN"
            or token.dep_ not in {"compound", "amod", "nmod"}
            or not (head.is_lower and head.lower_ in _PEOPLE_OF_A_PLACE)
            or token.text in person_words
            or not _untagged_or_alone(token)
        ):
            continue
        info = gazetteer.lookup(token.text)
        if info is not None and (
            info.kind != "city" or info.population >= _MIN_MODIFIER_POPULATION
        ):
            yield doc[token.i : token.i + 1]


def _untagged_or_alone(token: Token) -> bool:
    """No entity, or a one-word person the model guessed."""
    if not token.ent_type_:
        return True
    return (
        token.ent_type_ == "PERSON"
        and token.ent_iob_ == "B"
        and (token.i + 1 == len(token.doc) or token.nbor().ent_iob_ != "I")
    )


# Prepositions of place before a town's name: "host Ireland in Cardiff".
_LOCATIVES = frozenset(("in", "near", "outside", "from", "to", "at"))


def untagged_after_locatives(doc: Doc) -> Iterator[Span]:
    """ "then host Ireland in Cardiff": a name the gazetteer knows as a region or a
    sizeable city, right after a preposition of place and standing alone, which the
    model left untagged."""
    for token in doc[:-1]:
        if token.lower_ not in _LOCATIVES or not token.is_lower:
            continue
        end = _name_end(doc, token.i + 1)
        name = doc[token.i + 1 : end]
        if not len(name) or any(t.ent_type_ or t.pos_ != "PROPN" for t in name):
            continue
        info = gazetteer.lookup(name.text)
        if info is not None and (
            info.kind != "city" or info.population >= _MIN_MODIFIER_POPULATION
        ):
            yield name
