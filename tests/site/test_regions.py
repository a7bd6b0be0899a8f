"""A country's region for the daily brief: GeoNames' continents, with the news desks'
Middle East and North America split out."""

from __future__ import annotations

from generator.site.regions import main_region, region


def test_continents_come_from_geonames_with_the_desks_splits() -> None:
    assert region("FR") == "Europe" and region("fr") == "Europe"
    assert region("JP") == "Asia" and region("ET") == "Africa" and region("AU") == "Oceania"
    assert region("IR") == "Middle East" and region("EG") == "Middle East"  # not Asia, Africa
    assert region("US") == "North America" and region("CA") == "North America"
    assert region("MX") == "Latin America and the Caribbean"
    assert region("CL") == "Latin America and the Caribbean"
    assert region("ZZ") is None  # no such country


def test_the_main_region_is_the_one_named_most() -> None:
    assert main_region(["CH", "EG", "ET", "SD"]) == "Africa"
    assert main_region(["FR", "JP"]) == main_region(["JP", "FR"]) == "Asia"  # a tie: A-Z
    assert main_region(["ZZ"]) is None and main_region([]) is None
