"""The vendored Natural Earth outlines: every country keyed by the code places carry,
France and Norway present (Natural Earth leaves their ISO codes as -99), and path
data that stays inside the map."""

from __future__ import annotations

import re

import pycountry

from generator.site.worldmap import outlines, world_svg

NUMBER = re.compile(r"\d+(?:\.\d)?")


def test_outlines_are_keyed_by_alpha_2_codes() -> None:
    codes = [code for code, _ in outlines().countries]
    assert len(codes) == len(set(codes)) > 170
    assert {"FR", "NO", "RU", "UA", "US", "CN", "XK"} <= set(codes)
    unknown = [c for c in codes if c != "XK" and pycountry.countries.get(alpha_2=c) is None]
    assert unknown == []


def test_paths_are_closed_rings_inside_the_view_box() -> None:
    _, _, width, height = (float(n) for n in outlines().view_box.split())
    for code, paths in outlines().countries:
        assert paths, code
        for d in paths:
            assert re.fullmatch(r"(M[\d. ]+(L[\d. ]+)+Z)+", d), code
            values = [float(n) for n in NUMBER.findall(d)]
            assert max(values[0::2]) <= width and max(values[1::2]) <= height, code


def test_a_country_with_briefings_is_a_link_and_names_are_escaped() -> None:
    svg = world_svg({"FR": 3}, {"FR": "countries/fr.md"}, {"FR": "<France>"})
    title = "<title>&lt;France&gt;: 3 briefings</title>"
    assert f'xlink:href="countries/fr.md" data-country="fr">{title}' in svg
    assert svg.count('<g class="briefing-map__country">') == len(outlines().countries) - 1
    assert "http://" not in svg.replace("http://www.w3.org/", "")
