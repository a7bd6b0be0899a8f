"""Given names that name one person: "Fred" and "Frederick", "Bill" and "William",
"Bettie" and "Betty".

Diminutives are the `nicknames` library's (Old Dominion University's list of English
given names and their diminutives, maintained on GitHub, Apache-2.0), not a list of
our own: a hypocorism is a fact of the language, not of one corpus. A name and one of
its diminutives are compatible when the diminutive is the shorter name; two names of
one length are not (the list has "Will" -> "Fred" through Wilfred, and "Will" and
"Bill" both come from William: a story calling two people so may well mean two).

Spellings of one name ("Bettie" and "Betty", "Catherine" and "Katherine", "Mohammed"
and "Muhammad") sound alike: `jellyfish`'s phonetic codes say so. Names that sound
alike but are a man's and a woman's ("Daniel" and "Danielle", "Paul" and "Paula")
are two names: `gender-guesser`'s list tells them apart.
"""

from __future__ import annotations

from functools import cache, lru_cache

import jellyfish
from gender_guesser.detector import Detector
from nicknames import NickNamer

# Shorter names sound alike too easily ("Jon", "Jan", "Joan", "June").
MIN_SPELT_ALIKE = 4
MIN_LOOK_ALIKE = 0.8
_MEN = frozenset({"male", "mostly_male"})
_WOMEN = frozenset({"female", "mostly_female"})


@cache
def _namer() -> NickNamer:
    return NickNamer()


@cache
def _genders() -> Detector:
    return Detector(case_sensitive=False)


@lru_cache(maxsize=16384)
def same_given_name(first: str, second: str) -> bool:
    """Whether two given names (lower case, as `names.tokens` gives them) can name
    one person: equal, the shorter a diminutive of the longer, or two spellings of
    one name."""
    if first == second:
        return True
    short, full = sorted((first, second), key=len)
    if len(short) < 2:
        return False  # an initial is matched elsewhere, by the initial rule
    if len(short) < len(full) and short in _namer().nicknames_of(full):
        return True
    return spelt_alike(first, second)


def spelt_alike(first: str, second: str) -> bool:
    """Two spellings of one given name: they sound alike and look alike, are not too
    short to tell, and are not one a man's and the other a woman's.

    Sounding alike is one Metaphone code; but Metaphone hears "Gavyn" as "Kevin" and
    "Dick" as "Doug", so the letters must agree too: a Jaro-Winkler similarity of
    `MIN_LOOK_ALIKE` ("Alexei" and "Aleksey" 0.82, "Gavyn" and "Kevin" 0.6)."""
    if min(len(first), len(second)) < MIN_SPELT_ALIKE:
        return False
    if jellyfish.metaphone(first) != jellyfish.metaphone(second):
        return False
    if jellyfish.jaro_winkler_similarity(first, second) < MIN_LOOK_ALIKE:
        return False
    genders = {_genders().get_gender(first), _genders().get_gender(second)}
    return not (genders & _MEN and genders & _WOMEN)
