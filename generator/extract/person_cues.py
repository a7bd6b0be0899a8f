"""Where a person's name begins and ends, from the words news English puts around it.

The model runs the words beside a name into it ("Comic Joe Pasquale remains ...",
"Guy Mansfield QC warned", where the honour made it an organisation) and misses
one-word names that an occupation introduces ("rapper Nelly"). The language marks
these plainly: an occupation in lower case before a name, a capitalised occupation
that only opens the sentence, honours and offices in capitals after the name.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.lexicon import OCCUPATIONS, POSTNOMINALS
from generator.extract.organizations_data import is_known_organization

# Entity types an occupation does not make a person: "analyst Gartner" stays the firm
# the model read, a place stays a place.
_NOT_PERSON_TYPES = {"GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"}
_MAX_NAME_WORDS = 3


def without_postnominals(span: Span) -> Span:
    """ "Guy Mansfield QC" -> "Guy Mansfield": honours after a name are not part of it."""
    end = span.end
    while end - span.start > 1 and span.doc[end - 1].text in POSTNOMINALS:
        end -= 1
    return span.doc[span.start : end]


def has_postnominal(span: Span) -> bool:
    """A name followed by a person's honour ("QC", "MP") is a person's, whatever the
    model called it."""
    return len(span) > 2 and span[-1].text in POSTNOMINALS and span[-2].text[:1].isupper()


def without_occupation(span: Span) -> Span:
    """ "Comic Joe Pasquale" -> "Joe Pasquale": an occupation opening the sentence is
    capitalised only because it comes first, and is no part of the name."""
    if len(span) < 2:
        return span
    first = span[0]
    if first.is_sent_start and first.lower_ in OCCUPATIONS:
        return span.doc[span.start + 1 : span.end]
    return span


def occupied_names(doc: Doc) -> Iterator[Span]:
    """Names right after an occupation written in lower case ("rapper Nelly",
    "singer Brian Harvey"): a person's, unless a place, a nationality or an
    organisation the alias table knows."""
    for token in doc:
        if not (token.is_lower and token.lower_ in OCCUPATIONS and token.pos_ == "NOUN"):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= _MAX_NAME_WORDS and _name_word(doc[end]):
            end += 1
        if end == token.i + 1 or (end < len(doc) and _name_word(doc[end])):
            continue  # nothing after the noun, or a longer run (a title, a firm's name)
        span = doc[token.i + 1 : end]
        if _refused(span):
            continue
        yield span


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _refused(span: Span) -> bool:
    return (
        any(t.ent_type_ in _NOT_PERSON_TYPES for t in span)
        or gazetteer.lookup(span.text) is not None
        or is_known_organization(span.text)
    )
