"""Tags for the site's topic pages: the main countries, people and organisations of
the article, then topics named by words it uses, then the reader's own tags.

Countries and actors come first because that is how an analyst browses ("everything
on North Korea"); a topic is tagged when the article uses one of its words at least
twice, so a passing mention does not make a topic.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from generator.models import Organization, Person, Place

MAX_TAGS = 10
MAX_PLACE_TAGS = 3
MIN_TOPIC_HITS = 2
# Topic tag -> word stems that signal it.
TOPICS: dict[str, tuple[str, ...]] = {
    "arms-trade": ("arms", "weapon", "missile", "artillery", "munition"),
    "sanctions": ("sanction",),
    # not "talks": pay talks and trade talks are not diplomacy
    "diplomacy": ("diplomat", "summit", "envoy", "ambassador", "embassy", "foreign minister"),
    "labour": ("strike", "trade union", "walkout", "industrial action", "pay dispute"),
    "war": ("war", "invasion", "counteroffensive", "troops", "military"),
    "elections": ("election", "vote", "voter", "ballot", "poll"),
    "economy": ("economy", "economic", "inflation", "growth", "gdp", "interest rate"),
    "markets": ("shares", "stock", "investor", "market"),
    "taxation": ("tax",),
    "technology": ("technology", "software", "internet", "computer", "online", "digital"),
    "film": ("film", "movie", "cinema", "oscar"),
    "music": ("music", "album", "singer", "band", "song"),
    "football": ("football", "striker", "midfield", "premiership"),
    "rugby": ("rugby", "six nations"),
    "tennis": ("tennis",),
    "health": ("health", "hospital", "nhs", "patients"),
    "security": ("terror", "security", "police"),
}

_TOPIC_PATTERNS = {
    tag: re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + ")")
    for tag, stems in TOPICS.items()
}


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def find_tags(
    text: str,
    places: list[Place],
    people: list[Person],
    organizations: list[Organization],
    mentions: Counter[str],
    extra: tuple[str, ...] = (),
) -> list[str]:
    """`mentions` counts how often each name (as listed) is mentioned."""
    tags: list[str] = []
    countries = [p for p in places if p.kind == "country"]
    countries.sort(key=lambda p: -mentions[p.name])
    tags += [slug(p.name) for p in countries[:MAX_PLACE_TAGS]]
    actors = [p.name for p in people] + [o.name for o in organizations]
    tags += [slug(name) for name in actors if mentions[name] >= 2][:3]
    lower = text.lower()
    for tag, pattern in _TOPIC_PATTERNS.items():
        if len(pattern.findall(lower)) >= MIN_TOPIC_HITS:
            tags.append(tag)
    tags += [slug(t) for t in extra]
    return [t for t in dict.fromkeys(tags) if t][:MAX_TAGS]
