"""Where a person's name begins and ends, from the words news English puts around it.

The model runs the words beside a name into it ("Comic Joe Pasquale remains ...",
"Guy Mansfield QC warned", where the honour made it an organisation) and misses
one-word names that an occupation introduces ("rapper Nelly"). The language marks
these plainly: an occupation in lower case before a name, a capitalised occupation
that only opens the sentence, honours and offices in capitals after the name, a
nickname in quotation marks between a first name and a surname ("Ahmed 'Mido'
Hossam", which the model cuts into an organisation and a place).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.first_names import is_given_name
from generator.extract.lexicon import OCCUPATIONS, POSTNOMINALS
from generator.extract.organizations_data import is_known_organization

# Entity types an occupation does not make a person: "analyst Gartner" stays the firm
# the model read, a nationality stays one. (A place stays a place when the gazetteer
# knows it: "youngster Marta", which the model calls a place, is no town.)
_NOT_PERSON_TYPES = {"NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"}
_MAX_NAME_WORDS = 3
_AWARD_WORDS = {"best", "supporting", "leading"}
# Elected offices written in capitals before a member's name ("Labour MP Jane Doe").
_ELECTED_OFFICES = frozenset(("MP", "MEP", "MSP", "MLA"))
# Words for kin and other nouns for a person, which introduce one as an occupation
# does: "his son Stephen", "her husband Ted Hughes", "Brazilian youngster Marta".
_INTRODUCING_NOUNS = frozenset(
    (
        *("youngster", "teenager", "compatriot", "team-mate", "teammate", "colleague"),
        *("son", "daughter", "wife", "husband", "brother", "sister", "father", "mother"),
        *("widow", "widower", "fiancee", "fiance", "girlfriend", "boyfriend"),
        *("grandson", "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt"),
    )
)


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
    capitalised only because it comes first, and is no part of the name; so is any word
    opening it before a given name and surname ("Veteran Bruce Willis said"), which a
    name never has before its given name."""
    if len(span) < 2:
        return span
    first = span[0]
    if first.is_sent_start and first.lower_ in OCCUPATIONS:
        return span.doc[span.start + 1 : span.end]
    if first.is_sent_start and _word_before_a_name(span):
        return span.doc[span.start + 1 : span.end]
    return span


def _word_before_a_name(span: Span) -> bool:
    """A sentence's first word, no given name itself, before a given name and a
    surname."""
    first, given = span[0], span[1]
    return (
        len(span) >= 3
        and first.is_alpha
        and not is_given_name(first.text)
        and is_given_name(given.text)
        and span[2].text[:1].isupper()
    )


def occupied_names(doc: Doc) -> Iterator[Span]:
    """Names right after an occupation or another noun for a person written in lower
    case ("rapper Nelly", "singer Brian Harvey", "his son Stephen") or an elected office's letters
    ("Green MEP Alain Lipietz", "Lib Dem MP Parmjit Singh Gill", which the model misses
    or cuts): a person's, unless a place, a nationality or an organisation the alias table knows."""
    for token in doc:
        if _elected_office(token):
            least = 2  # a given name and a surname: "MP Smith" is rare
        elif (
            token.is_lower
            and token.lower_ in OCCUPATIONS | _INTRODUCING_NOUNS
            and token.pos_ == "NOUN"
        ):
            least = 1
        else:
            continue
        if token.i > 0 and doc[token.i - 1].lower_ in _AWARD_WORDS:
            continue  # "the best actress Oscar": a prize's category
        end = _name_run_end(doc, token.i + 1)
        if end - token.i - 1 < least or (end < len(doc) and doc[end].text[:1].isupper()):
            continue  # nothing after the noun, or a longer run ("Gordon D'Arcy", a title)
        span = doc[token.i + 1 : end]
        if _refused(span):
            continue
        yield span


def _name_run_end(doc: Doc, start: int) -> int:
    """The end of up to three name words from `start`, a hyphenated name counting as
    one word ("Robert Kilroy-Silk", which the tokenizer splits at the hyphen)."""
    end, words = start, 0
    while end < len(doc) and words < _MAX_NAME_WORDS and _name_word(doc[end]):
        end += 1
        words += 1
        while _hyphen_joins(doc, end):
            end += 2
    return end


def _hyphen_joins(doc: Doc, i: int) -> bool:
    """Whether a hyphen at `i`, written without spaces, joins two capitalised words."""
    return (
        i + 1 < len(doc)
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and _name_word(doc[i + 1])
    )


def _elected_office(token: Token) -> bool:
    """ "MP", "MEP" written before a name: the office of the person it names."""
    return token.text in _ELECTED_OFFICES and token.i > 0


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha


def _refused(span: Span) -> bool:
    return (
        any(t.ent_type_ in _NOT_PERSON_TYPES for t in span)
        or gazetteer.lookup(span.text) is not None
        or is_known_organization(span.text)
    )


_QUOTE_MARKS = frozenset("'\"\u2018\u2019\u201c\u201d")


def nicknamed_names(doc: Doc) -> Iterator[tuple[Span, str]]:
    """ "Ahmed 'Mido' Hossam": a capitalised word, a capitalised word in quotation
    marks, a capitalised word: one person's name with the nickname the article uses
    for them afterwards. Yields the span and the name written with plain quotes."""
    for i in range(len(doc) - 4):
        first, open_, nick, close, last = doc[i : i + 5]
        if (
            open_.text in _QUOTE_MARKS
            and close.text in _QUOTE_MARKS
            and all(_name_word(t) or _capital_word(t) for t in (first, nick, last))
            and not (i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha)
        ):
            yield doc[i : i + 5], f"{first.text} '{nick.text}' {last.text}"


def _capital_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_sent_start


def name_words(text: str) -> list[str]:
    """The words of a name, a nickname's quotation marks dropped: "Mido" is a word of
    "Ahmed 'Mido' Hossam"."""
    words = [w.strip("'\"\u2018\u2019\u201c\u201d") for w in text.replace("\u2019", "'").split()]
    return [w for w in words if w]
