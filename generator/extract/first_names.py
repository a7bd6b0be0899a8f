"""Whether a word is a given name: "Ewan", "Armando", "József".

The table is the `gender-guesser` library's (Jörg Michael's list of some 40,000 given
names across Europe and beyond, with the gender each is used for), not a list of our
own. Only names the list gives as male or female count: names it marks "mostly" one
or the other, or both ("Morgan", "Ray", "Sky"), are as often surnames, words or
companies, and prove nothing; so do names it has as rare everywhere ("Forest").
"""

from __future__ import annotations

import unicodedata
from functools import cache

from gender_guesser.detector import Detector

_GIVEN = frozenset(("male", "female"))
# The list's frequency scale runs 1 (rare) to 13; a name used at 1 only is a word too.
_MIN_FREQUENCY = 2
# Where the news this reads is written: a name's use there outweighs its use elsewhere.
_ENGLISH_SPEAKING = ("great_britain", "usa")


@cache
def _detector() -> Detector:
    return Detector(case_sensitive=False)


@cache
def _folded() -> dict[str, str]:
    """Accented names by their unaccented spelling: wire copy writes "Jozsef"."""
    return {_fold(name): name for name in _detector().names if _fold(name) != name}


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in word if not unicodedata.combining(ch)).lower()


def _frequency(counts: str) -> int:
    """The list's commonest use of a name in any country: a digit per country, 1 (rare)
    to 13 (written as hex, A-D), blank where the name is not used."""
    return max((int(ch, 16) for ch in counts if ch.strip()), default=0)


def is_given_name(word: str) -> bool:
    """Whether the list knows `word`, capitalised, as a given name and nothing else,
    used more than rarely somewhere: names the list has only as rare ones ("Forest",
    "Royal", "Merrill", "King") are words and surnames first."""
    if not word[:1].isupper() or not word.isalpha() or word.isupper():
        return False
    names = _detector().names
    entry = names.get(word.lower()) or names.get(_folded().get(_fold(word), ""))
    if not entry or not set(entry) <= _GIVEN:
        return False
    return max(_frequency(counts) for counts in entry.values()) >= _MIN_FREQUENCY


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" for a given name the list has, over all its countries, as that
    gender's ("Karen", "Robbie"), unless Britain or the United States use it (even
    mostly) for the other ("Jan", "Jean"), else None: names it gives as mostly one
    ("Kim", "Chris") or both prove nothing, so "he" and "she" are never matched
    against a guess. For the first word of a person's name: alone, a word is not
    known to be a name (`is_given_name`)."""
    if not word[:1].isupper() or not word.isalpha() or word.isupper():
        return None
    gender = {"male": "m", "female": "f"}.get(_detector().get_gender(word))
    if gender is None:
        return None
    other = ("female", "mostly_female") if gender == "m" else ("male", "mostly_male")
    for country in _ENGLISH_SPEAKING:
        if _detector().get_gender(word, country) in other:
            return None
    return gender
