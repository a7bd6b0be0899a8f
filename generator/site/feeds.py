"""Feeds beyond the site's own: one per tag and one per country, and the <link>
that announces them in every page's head.

Each is the same Atom feed as `feed.xml` (feed.py: public briefings only, the bottom
line as the summary, no clock), over the briefings of one dossier: a reader can
follow "elections" or "Ukraine" without the rest. A feed sits beside its page
(`tags/elections.xml` beside `tags/elections.md`).
"""

from __future__ import annotations

import posixpath
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


def announce_feeds(html: str, page_src: str, page_url: str) -> str:
    """The page's HTML with <link rel="alternate"> to the site's feed, and on a tag's
    or country's page to its own, before </head>. The hrefs are relative to the
    page's URL and made of slugs, so they need no escaping and work from file://."""
    links = [_link(get_relative_url(FEED_FILE, page_url), "Atom feed")]
    folder, name = posixpath.split(page_src)
    if folder in (FOLDERS[k] for k in FEED_KINDS) and name.endswith(".md"):
        own = f"{folder}/{name[:-3]}.xml"
        links.append(_link(get_relative_url(own, page_url), "Atom feed of this page"))
    head = html.find("</head>")
    if head < 0:
        return html
    return html[:head] + "".join(links) + html[head:]


def _link(href: str, title: str) -> str:
    return f'<link rel="alternate" type="application/atom+xml" title="{title}" href="{href}">'
