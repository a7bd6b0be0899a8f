"""Feeds beyond the site's own: one per tag and one per country, and the <link>
that announces them in every page's head.

Each is the same Atom feed as `feed.xml` (feed.py: public briefings only, the bottom
line as the summary, no clock), over the briefings of one dossier: a reader can
follow "elections" or "Ukraine" without the rest. A feed sits beside its page
(`tags/elections.xml` beside `tags/elections.md`).
"""

from __future__ import annotations

from collections.abc import Iterable

from mkdocs.utils import get_relative_url

from generator.models import Briefing
from generator.site.catalog import FOLDERS, Catalog, build_catalog
from generator.site.feed import FEED_FILE, atom_feed

FEED_KINDS = ("tag", "country")


def feed_path(kind: str, key: str) -> str:
    return f"{FOLDERS[kind]}/{key}.xml"


def dossier_feeds(
    briefings: Iterable[Briefing] | Catalog,
    site_name: str,
    site_url: str | None,
    page_url: dict[str, str],
) -> dict[str, bytes]:
    """Path under the docs folder -> feed, for every tag and country."""
    catalog = briefings if isinstance(briefings, Catalog) else build_catalog(briefings)
    if not site_url:  # relative links resolve against the feed's own folder
        page_url = {key: "../" + url for key, url in page_url.items()}
    out: dict[str, bytes] = {}
    for kind in FEED_KINDS:
        for entry in catalog.entries[kind].values():
            title = f"{site_name}: {entry.name}"
            out[feed_path(kind, entry.key)] = atom_feed(entry.briefings, title, site_url, page_url)
    return out


def announce_feeds(html: str, page_url: str) -> str:
    """The page's HTML with a <link rel="alternate"> to the site's feed before
    </head>, relative to the page's URL (a path of slugs: nothing to escape) so it
    works from file:// too. Only the site's feed: Material reads every alternate link
    as another version of the site and fetches `sitemap.xml` beside it, so a tag's
    feed announced there would cost a 404 on each tag page; a tag's or country's
    page links its feed in its text instead (dossier.md.j2)."""
    head = html.find("</head>")
    if head < 0:
        return html
    return html[:head] + _link(get_relative_url(FEED_FILE, page_url), "Atom feed") + html[head:]


def _link(href: str, title: str) -> str:
    return f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{href}">'
