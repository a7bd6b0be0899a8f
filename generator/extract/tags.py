"""Tags for the site's topic pages: the topics an article is about, then the reader's
own categories, normalised.

People, organisations, places and countries have dossiers of their own, so no tag
repeats one of them ("trump" beside "donald-trump", "russia"). A topic is tagged when
the article is about it, not when one of its words occurs: its words (whole words, so
"war" is never "warning") come at least three times, or twice with one in the headline,
the lede or a section heading. Feed and front-matter categories are slugged and merged across their
spellings ("World News", "worldnews", "world-news" are all "world-news"); the ones that
only say "news" are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from generator.models import Organization, Person, Place

MAX_TAGS = 10
MIN_TOPIC_HITS = 3
MIN_TOPIC_HITS_IN_LEAD = 2
# Topic tag -> the words (whole words, any of the forms listed) that signal it.
TOPICS: dict[str, tuple[str, ...]] = {
    "arms-trade": ("arms deal", "arms sales", "weapons?", "missiles?", "artillery", "munitions?"),
    "sanctions": ("sanctions?", "sanctioned", "embargo"),
    # not "talks": pay talks and trade talks are not diplomacy
    "diplomacy": ("diplomats?", "diplomatic", "diplomacy", "summit", "envoys?", "ambassadors?"),
    "labour": ("strikes?", "striking", "trade unions?", "walkouts?", "industrial action"),
    "war": ("wars?", "invasion", "invaded", "counteroffensive", "frontline", "shelling"),
    "elections": ("elections?", "electoral", "voters?", "ballots?", "polling", "campaign trail"),
    "economy": ("economy", "economic", "inflation", "gdp", "interest rates?", "recession"),
    "markets": ("shares", "stocks?", "investors?", "stock market", "bonds?"),
    "taxation": ("tax", "taxes", "taxation", "taxpayers?"),
    "technology": ("technology", "software", "internet", "computers?", "online", "digital"),
    "film": ("films?", "movies?", "cinema", "oscars?", "box office"),
    "music": ("music", "albums?", "singers?", "bands?", "songs?"),
    "football": ("football", "strikers?", "midfielders?", "premiership", "premier league"),
    "rugby": ("rugby", "six nations"),
    "tennis": ("tennis", "wimbledon"),
    "health": ("health", "hospitals?", "nhs", "patients?", "doctors?"),
    "security": ("terror", "terrorism", "terrorists?", "security services", "counter-terrorism"),
}
_TOPIC_PATTERNS = {
    tag: re.compile(r"\b(?:" + "|".join(words) + r")\b") for tag, words in TOPICS.items()
}
# Category words that run together in feeds ("worldnews", "topstories").
_CATEGORY_WORDS = [
    *("world", "us", "uk", "news", "top", "stories", "breaking", "latest", "business"),
    *("politics", "sport", "sports", "tech", "technology", "science", "health"),
    *("entertainment", "arts", "culture", "opinion", "local", "national", "international"),
    *("europe", "asia", "africa", "americas", "middle", "east", "economy", "markets"),
    *("money", "travel", "style", "food", "climate", "environment", "education", "lifestyle"),
]
# Categories that say nothing about the article.
_EMPTY_CATEGORIES = {"news", "top-stories", "breaking-news", "latest", "latest-news", "home"}
_EMPTY_CATEGORIES |= {"uncategorized", "uncategorised", "general", "main", "featured"}


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def category_tag(category: str) -> str:
    """A feed or front-matter category as a tag: 'World News', 'worldnews' and
    'world-news' all give 'world-news'."""
    tag = slug(category)
    joined = tag.replace("-", "")
    words = _segment(joined)
    return "-".join(words) if words else tag


def _segment(text: str) -> list[str] | None:
    """The text as a run of category words ("worldnews" -> world, news), or None."""
    if not text:
        return []
    for word in sorted(_CATEGORY_WORDS, key=len, reverse=True):
        if text.startswith(word) and (rest := _segment(text[len(word) :])) is not None:
            return [word, *rest]
    return None


def topics(text: str, lead: str) -> list[str]:
    """The topics the article is about (`lead`: its headline, lede and headings)."""
    lower, lead_lower = text.lower(), lead.lower()
    found = []
    for tag, pattern in _TOPIC_PATTERNS.items():
        hits = len(pattern.findall(lower))
        in_lead = pattern.search(lead_lower) is not None
        if hits >= MIN_TOPIC_HITS or (hits >= MIN_TOPIC_HITS_IN_LEAD and in_lead):
            found.append(tag)
    return found


def _named(names: Iterable[str]) -> set[str]:
    """Slugs a tag must not repeat: each name, and each word of it ("trump")."""
    out: set[str] = set()
    for name in names:
        out.add(slug(name))
        out.update(w for w in slug(name).split("-") if len(w) > 2)
    return out


def find_tags(
    text: str,
    lead: str,
    places: list[Place],
    people: list[Person],
    organizations: list[Organization],
    categories: tuple[str, ...] = (),
) -> list[str]:
    """Topic tags, then the article's own categories, none naming an entity."""
    named = _named(p.name for p in people) | {slug(o.name) for o in organizations}
    named |= {slug(p.name) for p in places} | {slug(p.as_written or "") for p in places}
    tags = topics(text, lead) + [category_tag(c) for c in categories]
    kept = [t for t in tags if t and t not in named and t not in _EMPTY_CATEGORIES]
    return list(dict.fromkeys(kept))[:MAX_TAGS]
