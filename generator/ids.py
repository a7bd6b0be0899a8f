"""Briefing ids: stable, unique, readable and safe as a file name on every system.

An id is `[date-]slug-hash`: the slug comes from the briefing's title, the hash
from the source path and feed entry, so two articles with the same headline still
get two ids. An id is made once, when a source is first ingested; re-ingest finds
the briefing by its source, so a better headline never renames a file. Only
[a-z0-9-] survives, so no title can make a path that leaves `briefings/`, and the
hash suffix means no id is a reserved name such as CON.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from generator.models import Article

MAX_SLUG_CHARS = 60
_STOPWORDS = {"a", "an", "the"}


def slugify(text: str, max_chars: int = MAX_SLUG_CHARS) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'", ""))
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > max_chars:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or (words[0][:max_chars] if words else "")


def source_key(article: Article) -> str:
    """What identifies an article across runs: its file, and its entry in a feed."""
    return article.path if article.entry is None else f"{article.path}#{article.entry}"


def briefing_id(article: Article, title: str) -> str:
    words = [w for w in slugify(title, 200).split("-") if w not in _STOPWORDS] or ["article"]
    slug = slugify(" ".join(words)) or "article"
    digest = hashlib.sha256(source_key(article).encode("utf-8")).hexdigest()[:6]
    prefix = f"{article.published:%Y-%m-%d}-" if article.published else ""
    return f"{prefix}{slug}-{digest}"
