"""What templates can call besides their data: links between pages, anchors into an
article, values for the front matter, dates. Each returns Markup only when its
output is safe by construction (a path made of slugs, an escaped value), so the
escaping `finalize` of the environment still covers everything else.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from functools import lru_cache
from urllib.parse import quote, urlsplit

import jinja2
from markupsafe import Markup, escape

from generator.models import Briefing, Locator, Place
from generator.site.catalog import (
    dossier_path,
    name_slug,
    person_key,
    place_slug,
    speaker_keys,
)
from generator.site.escape import md_text, safe_url, url_attr


def yaml_string(value: object) -> Markup:
    """A title for the page's YAML front matter. MkDocs themes put the title into
    the HTML unescaped (the header, <title>), so it is HTML-escaped first: an article
    headline must not become a script. Then it is written as a double-quoted YAML
    scalar with everything outside printable ASCII escaped (YAML folds U+2028,
    refuses C1 controls, has its own escape beyond U+FFFF), and so are the braces of
    templates: no tool that templates Markdown finds `{{` in a title."""
    return Markup('"' + "".join(map(_yaml_char, escape(str(value)))) + '"')


def _yaml_char(ch: str) -> str:
    if ch in _YAML_PLAIN:
        return ch
    if ch in '"\\':
        return "\\" + ch
    code = ord(ch)
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


_YAML_PLAIN = frozenset(chr(c) for c in range(0x20, 0x7F)) - set("{}<>&'%\"\\")


def external_link(text: str, url: str | None) -> Markup:
    """A link to an outside page, or plain text when the URL is not plain http(s)."""
    safe = safe_url(url)
    if safe is None:
        return md_text(text)
    return Markup(f"[{md_text(text)}](<{url_attr(safe)}>)")


@jinja2.pass_context
def href(context: jinja2.runtime.Context, target: str) -> Markup:
    """A link target from the page being rendered (`page`) to another page of the site."""
    return Markup(quote(relative(target, posixpath.dirname(context["page"])), safe="/#.-_~"))


def relative(target: str, here: str) -> str:
    """posixpath.relpath for the docs folder's own clean relative paths, without the
    os.getcwd() and normalisation that relpath does on each of the site's many links."""
    if not here:
        return target
    base, parts = here.split("/"), target.split("/")
    common = 0
    while common < min(len(base), len(parts) - 1) and base[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + parts[common:])


def dossier(kind: str, name: str, country: str | None = None, id: str | None = None) -> str:
    """The page of a person, organisation, place, tag or country named on a page;
    `id`: the entity's registry id, which keys its dossier when there is one."""
    if id and kind in ("person", "organization", "place"):
        return dossier_path(kind, id)
    if kind == "place":
        return dossier_path(kind, place_slug(name, country))
    if kind in ("tag", "country"):
        return dossier_path(kind, name.lower())
    return dossier_path(kind, name_slug(name))


def person_dossier(briefing: Briefing, name: str, id: str | None = None) -> str | None:
    """The dossier of a person the briefing names, or None when the site builds none:
    a person the registry could not tell in a resolved briefing. Asks the catalog's
    own `person_key`, so a page links a person's dossier exactly when it is built."""
    key = person_key(briefing, name, id)
    return dossier_path("person", key) if key else None


def speaker_dossier(briefing: Briefing, name: str) -> str | None:
    """The dossier of the person who said a quote, or None when none is built; found
    as the catalog finds it (`speaker_keys`), through the briefing's person of that name."""
    key = speaker_keys(briefing)(name)
    return dossier_path("person", key) if key else None


def name_link(name: str, target: str | None, article: str) -> Markup:
    """A name linked to its dossier, kept out of the search index when the article
    (`article_text`) already contains it; with no dossier (`target` None), the name
    as plain escaped text. A function rather than a macro: the briefing pages call
    it for every name, and a Jinja macro call costs ten times more."""
    link = f"[{md_text(name)}]({target})" if target is not None else md_text(name)
    if name.lower() in article:
        return Markup(f"<span data-search-exclude>{link}</span>")
    return Markup(link)


def article_text(briefing: Briefing) -> str:
    """The article's words in lower case, for templates to ask whether it names something."""
    return " ".join(p for s in briefing.sections for p in s.paragraphs).lower()


def anchor(briefing: Briefing, locator: Locator) -> str | None:
    """The id of the paragraph (or section) a finding comes from, or None when the
    locator is empty or points past the article, so no page links to nowhere."""
    if locator.section is None or locator.section > len(briefing.sections):
        return None
    section = briefing.sections[locator.section - 1]
    if locator.paragraph is None:
        return f"s{locator.section}" if section.heading else f"s{locator.section}-p1"
    if locator.paragraph > len(section.paragraphs):
        return None
    return f"s{locator.section}-p{locator.paragraph}"


@lru_cache(maxsize=4096)
def format_date(value: dt.date | None) -> str:
    """Cached: thousands of list items show a few hundred distinct dates."""
    return f"{value:%-d %B %Y}" if value else ""


WORDS_PER_MINUTE = 230  # an adult's silent reading speed for non-fiction


def reading_time(briefing: Briefing) -> str:
    """'4 min read' for the article, so a reader knows what opening it costs."""
    return f"{max(1, round(briefing.source.words / WORDS_PER_MINUTE))} min read"


def original_link(briefing: Briefing) -> Markup:
    """The article on its outlet's site, the outlet's name as the link text (or the
    web address's host when the outlet is unknown); the outlet alone, unlinked, when
    there is no plain http(s) address. Never the local file's hashed name."""
    source = briefing.source
    safe = safe_url(source.url)
    outlet = source.outlet or (urlsplit(safe).hostname if safe else None)
    if outlet is None:
        return Markup("")
    return external_link(outlet, source.url)


def places_by_country(briefing: Briefing) -> list[tuple[str | None, list[Place]]]:
    """The briefing's places grouped under their country, countries in the order the
    briefing first names them, places without a country last. A place that is the
    country itself is the group's heading, not an item of it."""
    groups: dict[str | None, list[Place]] = {}
    for place in briefing.places:
        group = groups.setdefault(place.country, [])
        if not (place.kind == "country" and place.country):
            group.append(place)
    if None in groups:
        groups[None] = groups.pop(None)
    return list(groups.items())
