"""The short name an article gives a body in brackets right after its full name.

"The Official UK Charts Company (OCC)", "the Chilean Copper Commission (Cochilco)": what
the brackets hold is what the article calls the body from then on, one body under two
names. The initials in the brackets also say where a name the model cut short really
ends: "the International Federation of Phonographic Industries (IFPI)", of which the
model tags only "International Federation".
"""

from __future__ import annotations

import re

from spacy.tokens import Span

_SMALL_WORDS = {"of", "and", "the", "for", "de", "du", "la", "&"}
# Lower-case words a body's name may go on with: "Federation of ... Industries".
_NAME_LINKS = frozenset(("of", "for", "and", "&"))


def initials(name: str) -> str:
    """ "Standard & Poor's" -> "SP": the first letters of the name's main words."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _SMALL_WORDS]
    return "".join(w[0] for w in words).upper()


def defined_short_name(span: Span) -> tuple[Span, str] | None:
    """The body's whole name and the short name in brackets after it, or None.

    Capitals in brackets are the short name whatever their initials ("OCC"); a word in
    brackets with a capital only first must open as the name does ("Cochilco"), or it
    is an aside ("Chelsea (London)" is no short name)."""
    whole = _name_up_to_brackets(span)
    doc, end = span.doc, whole.end
    if not (end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")"):
        return None
    word = doc[end + 1].text
    if not word.isalpha() or len(word) < 2:
        return None
    if word.isupper():
        return whole, word
    if word.istitle() and word[0] == whole.text[:1] and doc[end + 1].ent_type_ != "GPE":
        return whole, word
    return None


def _name_up_to_brackets(span: Span) -> Span:
    """ "International Federation" + "of Phonographic Industries (IFPI)": the capitalised
    words after a link word are the name's when the brackets after them hold the
    initials of the whole; else the span as the model gave it."""
    doc, end = span.doc, span.end
    if end >= len(doc) or doc[end].lower_ not in _NAME_LINKS:
        return span
    stop = end + 1
    while (
        stop < len(doc)
        and (doc[stop].text[:1].isupper() or doc[stop].lower_ in _NAME_LINKS)
        and doc[stop].text != "("
    ):
        stop += 1
    if stop + 2 >= len(doc) or doc[stop].text != "(" or doc[stop + 2].text != ")":
        return span
    whole = doc[span.start : stop]
    return whole if initials(whole.text) == doc[stop + 1].text else span
