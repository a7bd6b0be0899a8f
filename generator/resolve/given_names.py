"""Given names that name one person: "Fred" and "Frederick", "Bill" and "William".

The table is the `nicknames` library's (Old Dominion University's list of English
given names and their diminutives, maintained on GitHub, Apache-2.0), not a list of
our own: a hypocorism is a fact of the language, not of one corpus. A name and one of
its diminutives are compatible when the diminutive is the shorter name; two names of
one length are not (the list has "Will" -> "Fred" through Wilfred, and "Will" and
"Bill" both come from William: a story calling two people so may well mean two).
"""

from __future__ import annotations

from functools import cache, lru_cache

from nicknames import NickNamer


@cache
def _namer() -> NickNamer:
    return NickNamer()


@lru_cache(maxsize=16384)
def same_given_name(first: str, second: str) -> bool:
    """Whether two given names (lower case, as `names.tokens` gives them) can name
    one person: equal, or the shorter a diminutive of the longer."""
    if first == second:
        return True
    short, full = sorted((first, second), key=len)
    if len(short) < 2 or len(short) == len(full):
        return False  # an initial is matched elsewhere, by the initial rule
    return short in _namer().nicknames_of(full)
