"""Names as keys: which spellings of a name are one name.

"George W. Bush", "George W Bush" and "GEORGE W BUSH" share a key (case, accents and
punctuation do not tell people apart); "George Bush" shares their loose key (middle
initials dropped), and "Bush" their surname. Titles and honorifics are not part of a
name ("Mr Blair", "President Bush"), and neither is an outlet or office glued before
one ("CNN President Jonathan Klein") nor a nationality ("American Hasim Rahman").
Pure functions over strings: cheap enough to run on every mention of a corpus.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from generator.extract.gazetteer import country_of_demonym, lookup
from generator.extract.lexicon import HONORIFICS, PERSON_TITLES

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
LEGAL_FORMS = frozenset(
    "inc incorporated corp corporation co company ltd limited plc llc llp ag sa nv gmbh".split()  # noqa: SIM905
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_TITLES = frozenset(w.rstrip(".") for w in HONORIFICS | PERSON_TITLES)
_ARTICLES = frozenset({"the"})
# A person's name holds no digit, slash or ampersand, and no "and": such a "name" is
# two people run together ("Brown / Blair") or not a name ("Top 40").
_NOT_A_NAME = re.compile(r"[0-9/&+@#]|\band\b", re.IGNORECASE)
# Lower-case words a name may hold: "Renaud Donnedieu de Vabres", "Ludwig van Beethoven".
PARTICLES = frozenset(
    "al bin bint da das de del della den der di dos du el ibn la le van von y zu".split()  # noqa: SIM905
)
# A nickname in quotation marks inside a name: 'Luis Gerardo "Jerry" Ortiz'.
_NICKNAME = re.compile(r'\s*["\u201c\u201d]\s*([^"\u201c\u201d]+?)\s*["\u201c\u201d]\s*')
# A possessive left on a name: "Obama's", "Obama’s" (never part of a person's name).
_POSSESSIVE = re.compile(r"['\u2019]s$")
_SPLIT = re.compile(r"\s*(?:/|&|\band\b)\s*", re.IGNORECASE)


@lru_cache(maxsize=65536)
def letters(name: str) -> tuple[str, ...]:
    """A name's words without case, accents or punctuation ("Jong-un" is two), each
    initial its own word ("U.S." is "u", "s")."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return tuple(_TOKEN.findall(text.replace("'", "")))


@lru_cache(maxsize=65536)
def tokens(name: str) -> tuple[str, ...]:
    """A name's words as `letters` gives them, with a run of initials written as one
    word: "A.J. Smith", "A. J. Smith" and "AJ Smith" are one name, "U.S." is "US".
    A single initial stays a word of its own ("George W. Bush")."""
    words: list[str] = []
    run = ""
    for word in letters(name):
        if len(word) == 1:
            run += word
            continue
        words.extend([run] if run else [])
        run = ""
        words.append(word)
    words.extend([run] if run else [])
    return tuple(words)


# British and American spellings of the words institutions' names hold: "Promises
# Treatment Centre" is "Promises Treatment Center". ("Labour" is not "Labor": parties.)
_SPELLINGS = {"centre": "center", "theatre": "theater", "defence": "defense"}


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """Spellings that differ only in case, accents, punctuation, spacing, British or
    American spelling, or a legal form ("Intel Corp." is "Intel")."""
    words = tuple(_SPELLINGS.get(w, w) for w in tokens(name))
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]  # "The Guardian" is "Guardian"
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words)


def tails(name: str) -> list[str]:
    """An organisation's name without its first words: "New Orleans Saints" is
    also "Orleans Saints" and "Saints", as a sports report names the club again."""
    words = key(name).split()
    return [" ".join(words[i:]) for i in range(1, len(words))]


def loose_key(name: str) -> str:
    """A person's first and last name, without titles, middle names, initials or
    suffixes: "President George W. Bush Jr", "George Walker Bush" and "George Bush"
    are one loose key (the registry's context tells father and son apart)."""
    words = person_words(name)
    if len(words) > 2 and len(words[0]) == 1:
        words = words[1:]  # "L. Patrick Gray" goes by his middle name: Patrick Gray
    if len(words) > 2:
        words = (words[0], words[-1])
    return " ".join(words)


def initial_key(name: str) -> str | None:
    """ "t bowe" for "Tommy Bowe" and for "T Bowe": first initial and surname, to find
    the person a sports report names by initial. None for a bare surname."""
    words = person_words(name)
    if len(words) < 2:
        return None
    return f"{words[0][0]} {words[-1]}"


def is_initialled(name: str) -> bool:
    """ "T Bowe", "JF Sullivan": a first name given as initials only."""
    words = name.replace(".", " ").split()
    return len(words) >= 2 and words[0].isupper() and len(words[0]) <= 3


def acronym(name: str) -> str | None:
    """ "AP" for "Associated Press" and for "AP": an organisation's initials, or the
    name itself when it is written as initials. None for one-word names."""
    if name.isupper() and 2 <= len(name) <= 6 and name.isalpha():
        return name.casefold()
    if any(len(w) > 1 and w.isupper() and w.isalpha() for w in re.split(r"[\s\-/&]+", name)):
        return None  # "BNP Paribas", "AOL Europe": a name with initials in it is not spelt out
    # each initial counts: "U.S. Geological Survey" is USGS
    words = [w for w in letters(name) if w not in {"of", "the", "and", "for", "de"}]
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words = words[:-1]
    return "".join(w[0] for w in words) if len(words) > 1 else None


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
    words = _POSSESSIVE.sub("", _NICKNAME.sub(" ", name)).strip(" -–—'\"").split()
    if any(_lower_word(w) for w in words):
        return None  # "Anthony became Lopez", "Bill Cosby-moved": a verb, not a name
    # The last title word with at least two words after it: what precedes it is an
    # office or an outlet, not part of the name.
    cut = 0
    for i, word in enumerate(words[:-1]):
        if word.rstrip(".").casefold() in _TITLES and (i == 0 or len(words) - i - 1 >= 2):
            cut = i + 1
    rest = words[cut:]
    if len(rest) > 2 and country_of_demonym(rest[0]) is not None:
        rest = rest[1:]  # "American Hasim Rahman": a nationality, not a first name
    return " ".join(rest) if rest else None


def nickname(name: str) -> str | None:
    """ "Jerry Ortiz" for 'Luis Gerardo "Jerry" Ortiz': the name a person goes by, when
    the article gives it in quotation marks between the given name and the surname.
    None without one, or when it is no given name ("Vincent 'The Chin' Gigante")."""
    found = _NICKNAME.search(name)
    if found is None:
        return None
    called = found.group(1)
    rest = person_name(name)
    if rest is None or is_bare(rest) or not re.fullmatch(r"[A-Z][a-z]+", called):
        return None
    return f"{called} {rest.split()[-1]}"


def _lower_word(word: str) -> bool:
    """A word, or part of a hyphenated word, in lower case that is not a particle."""
    return any(
        part[:1].islower() and part not in PARTICLES and not part.startswith("'")
        for part in word.split("-")
    )


def parts(name: str) -> list[str]:
    """The names run together in one ("Brown / Blair", "Smith and Jones")."""
    return [p for p in _SPLIT.split(name) if p and not p.isspace()]


# Words after an organisation's name that say where or which arm of it, not who:
# "T-Mobile USA", "Sony Europe", "HSBC Holdings". Country names are added from
# pycountry (`region_suffixes`).
_REGION_WORDS = frozenset(
    "us usa uk eu america americas europe asia africa international intl worldwide global "  # noqa: SIM905
    "group holdings holding".split()
)
# Words after a company's name that say its trade, not who it is: "ATI Technologies"
# is ATI, "Verizon Communications" Verizon, "Ford Motor" Ford.
_TRADE_WORDS = frozenset(
    "technologies technology electronics communications telecommunications telecom "  # noqa: SIM905
    "pharmaceuticals semiconductor semiconductors systems software computer computers "
    "motor motors industries entertainment networks airlines airways studios".split()
)
# Names whose country is their identity: "Air France" is not "Air", "Team USA" not "Team";
# and words that name no one company alone ("General Motors", "United Airlines").
_COUNTRY_HEADED = frozenset(
    "air radio team national royal bank general united first new universal continental "  # noqa: SIM905
    "central standard applied advanced".split()
)
_MAX_REGION_WORDS = 3


@lru_cache(maxsize=1)
def region_suffixes() -> frozenset[str]:
    """The words a country or region is written with, as keys ("united kingdom"), and
    the group and trade words (`org_core`'s suffixes)."""
    import pycountry

    found = set(_REGION_WORDS | _TRADE_WORDS)
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            if value := getattr(country, attr, None):
                found.add(" ".join(tokens(value)))
    return frozenset(found)


def org_core(name: str) -> str | None:
    """An organisation's key without a trailing country, region, group or trade word:
    "t mobile" for "T-Mobile USA", "hsbc" for "HSBC Holdings plc", "ati" for "ATI
    Technologies Inc.". None when the
    name has no such suffix, when the suffix follows "of" ("Bank of America") or
    when what is left is a word the country qualifies ("Air France")."""
    words = key(name).split()
    suffixes = region_suffixes()
    if " ".join(words) in suffixes:
        return None  # a country's own name ("Papua New Guinea")
    for n in range(min(_MAX_REGION_WORDS, len(words) - 1), 0, -1):
        if " ".join(words[-n:]) not in suffixes:
            continue
        rest = words[:-n]
        if rest[-1] in {"of", "and", "for", "de", "the"}:
            return None
        if len(rest) == 1 and (
            rest[0] in _COUNTRY_HEADED or len(rest[0]) < 2 or _is_country_word(rest[0])
        ):
            return None  # "Air France", "British Airways": the rest names no company
        return " ".join(rest)
    return None


def _is_country_word(word: str) -> bool:
    """A country's or region's name or a nationality: "China", "British", "Texas"."""
    place = lookup(word)
    in_region = place is not None and place.kind in {"country", "region"}
    return in_region or country_of_demonym(word) is not None


def is_place_word(words: str) -> bool:
    """A place or a nationality: "Indian", "U.S.", "Los Angeles"."""
    return country_of_demonym(words) is not None or lookup(words) is not None
