"""The countries page's world map: an SVG drawn at render time, countries shaded by
the number of briefings naming a place in them, each linked to its page.

The outlines are Natural Earth's 1:110m admin-0 countries (public domain), vendored
as generator/data/world.json by scripts/vendor_worldmap.py (see WORLD-SOURCE.md
there): a few paths per country, keyed by its ISO 3166-1 alpha-2 code, which is what
places carry. Nothing is downloaded; only the path data is read, the SVG around it
is ours, every attribute escaped, and it requests nothing: no tiles, no fonts, no
other host.

The links are `xlink:href`, which Material's instant navigation leaves alone (it
writes to `a.href`, read-only on an SVG link). They point at the country pages'
Markdown (`xx.md`, relative to the page); the MkDocs plugin turns them into the
built page's URL (`relative_map_links`), as MkDocs does for Markdown links, so they
work with and without directory URLs.
"""

from __future__ import annotations

import json
import math
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from markupsafe import Markup, escape

WORLD = "world.json"
SHADES = 5


@dataclass(frozen=True, slots=True)
class Outlines:
    view_box: str
    countries: tuple[tuple[str, tuple[str, ...]], ...]  # (alpha-2 upper, path data)


@lru_cache(maxsize=1)
def outlines() -> Outlines:
    """The vendored world map's country outlines, read once per process."""
    source = resources.files("generator.data").joinpath(WORLD)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        countries = tuple(
            (str(c["code"]).upper(), tuple(str(d) for d in c["paths"])) for c in data["countries"]
        )
        return Outlines(str(data["viewBox"]), countries)
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(f"generator/data/{WORLD}: not a world map ({error!r})") from error


def shade(count: int, most: int) -> int:
    """1..SHADES on a log scale, so one country with hundreds of briefings does not
    leave every other one in the palest shade."""
    if count <= 0 or most <= 0:
        return 0
    return 1 + min(SHADES - 1, int(SHADES * math.log1p(count) / math.log1p(most + 1)))


def world_svg(counts: dict[str, int], link: dict[str, str], names: dict[str, str]) -> Markup:
    """The map: `counts` and `names` by alpha-2 code (upper case), `link` the
    country's page relative to the page the map is on."""
    drawn = outlines()
    most = max(counts.values(), default=0)
    parts = [
        f'<svg class="briefing-map" viewBox="{escape(drawn.view_box)}" role="img" '
        'aria-label="World map: countries shaded by the number of briefings" '
        'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    ]
    for code, paths in drawn.countries:
        shapes = "".join(f'<path d="{escape(d)}"/>' for d in paths)
        count = counts.get(code, 0)
        if count and code in link:
            label = f"{names.get(code, code)}: {count} briefing{'s' if count != 1 else ''}"
            parts.append(
                f'<a class="briefing-map__country briefing-map__country--{shade(count, most)}" '
                f'xlink:href="{escape(link[code])}" data-country="{escape(code.lower())}">'
                f"<title>{escape(label)}</title>{shapes}</a>"
            )
        else:
            parts.append(f'<g class="briefing-map__country">{shapes}</g>')
    parts.append("</svg>")
    return Markup("".join(parts))


_MAP_LINK = re.compile(r'(<a class="briefing-map__country[^"]*" xlink:href=")([^"]+\.md)(")')


def relative_map_links(html: str, page_src: str, url_of: Callable[[str], str | None]) -> str:
    """The map's links to the Markdown of country pages, as the built pages' URLs.
    `url_of` maps a source path (under docs) to its URL relative to the page; a link
    it does not know is left as it is, and MkDocs' strict mode does not see it, so
    the map links only to country pages that exist (`world_map` makes sure)."""
    if "briefing-map__country" not in html:
        return html
    here = posixpath.dirname(page_src)

    def resolve(match: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(here, match.group(2)))
        url = url_of(target)
        return (
            match.group(1)
            + (str(escape(url)) if url is not None else match.group(2))
            + match.group(3)
        )

    return _MAP_LINK.sub(resolve, html)
