"""Names as keys: which spellings of a name are one name.

"George W. Bush", "George W Bush" and "GEORGE W BUSH" share a key (case, accents and
punctuation do not tell people apart); "George Bush" shares their loose key (middle
initials dropped), and "Bush" their surname. Titles and honorifics are not part of a
name ("Mr Blair", "President Bush"), and neither is an outlet or office glued before
one ("CNN President Jonathan Klein"). Pure functions over strings: cheap enough to
run on every mention of a corpus.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generator.extract.lexicon import HONORIFICS, PERSON_TITLES

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_TITLES = frozenset(w.rstrip(".") for w in HONORIFICS | PERSON_TITLES)
_ARTICLES = frozenset({"the"})
# A person's name holds no digit, slash or ampersand, and no "and": such a "name" is
# two people run together ("Brown / Blair") or not a name ("Top 40").
_NOT_A_NAME = re.compile(r"[0-9/&+@#]|\band\b", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:/|&|\band\b)\s*", re.IGNORECASE)


@lru_cache(maxsize=65536)
def tokens(name: str) -> tuple[str, ...]:
    """A name's words without case, accents or punctuation ("Jong-un" is two)."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return tuple(_TOKEN.findall(text.replace("'", "")))


def key(name: str) -> str:
    """Spellings that differ only in case, accents, punctuation or spacing."""
    words = tokens(name)
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]  # "The Guardian" is "Guardian"
    return " ".join(words)


def loose_key(name: str) -> str:
    """A person's name without titles, middle initials or suffixes: "President George
    W. Bush Jr" and "George Bush" are one loose key."""
    words = person_words(name)
    if len(words) > 2:
        words = (words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1])
    return " ".join(words)


def person_words(name: str) -> tuple[str, ...]:
    words = list(tokens(name))
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return tuple(words)


def surname(name: str) -> str:
    """The last word of a person's name, titles and suffixes aside."""
    words = person_words(name)
    return words[-1] if words else ""


def is_bare(name: str) -> bool:
    """One word once titles are set aside: "Blair", "Mr Blair"."""
    return len(person_words(name)) == 1


def person_name(name: str) -> str | None:
    """The name as a person's canonical name: titles, honorifics and anything glued
    before an office ("CNN President X") cut off. None when it cannot be a person's
    name (a digit, a slash, "and")."""
    if _NOT_A_NAME.search(name):
        return None
    words = name.split()
    # The last title word with at least two words after it: what precedes it is an
    # office or an outlet, not part of the name.
    cut = 0
    for i, word in enumerate(words[:-1]):
        if word.rstrip(".").casefold() in _TITLES and (i == 0 or len(words) - i - 1 >= 2):
            cut = i + 1
    rest = words[cut:]
    return " ".join(rest) if rest else None


def parts(name: str) -> list[str]:
    """The names run together in one ("Brown / Blair", "Smith and Jones")."""
    return [p for p in _SPLIT.split(name) if p and not p.isspace()]
