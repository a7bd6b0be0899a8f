"""Places the words around a name make plain, whatever the model read.

"The MP for Sittingbourne and Sheppey": what follows an elected member's "for" is a
constituency, a place, though the model reads both names as people. "Stops in west
London": a direction in lower case is no part of a name, so the place is what follows
it (a capitalised one makes a name of its own, "North Dorset": see
`gazetteer.lookup_part`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer

# Elected members named by their seat: "the MP for Hartlepool", "Labour MSP for Govan".
_MEMBERS = frozenset(("MP", "MPs", "MSP", "MSPs", "AM", "MLA", "MEP", "MEPs", "member"))
# Words that join two names of one constituency: "Sittingbourne and Sheppey".
_JOINERS = frozenset(("and", "&"))


def framed_places(doc: Doc) -> Iterator[Span]:
    """Spans of `doc` that are places by the words around them, in reading order."""
    found = [*constituencies(doc), *after_directions(doc)]
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
    kept together."""
    end = start
    while end < len(doc):
        token = doc[end]
        if _capitalised(token):
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
