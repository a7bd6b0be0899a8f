"""Whether a word is a given name: "Ewan", "Armando", "József".

The table is the `gender-guesser` library's (Jörg Michael's list of some 40,000 given
names across Europe and beyond, with the gender each is used for), not a list of our
own. Only names the list gives as male or female count: names it marks "mostly" one
or the other, or both ("Morgan", "Ray", "Sky"), are as often surnames, words or
companies, and prove nothing.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from gender_guesser.detector import Detector

_GIVEN = frozenset(("male", "female"))


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


def is_given_name(word: str) -> bool:
    """Whether the list knows `word`, capitalised, as a given name and nothing else."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    found = _detector().get_gender(word)
    if found == "unknown":
        found = _detector().get_gender(_folded().get(_fold(word), word))
    return found in _GIVEN
