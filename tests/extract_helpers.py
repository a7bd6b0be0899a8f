"""Build articles from real sentences of the corpus and the seed, for extraction tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path

from generator.extract import extract
from generator.models import Article, Briefing
from generator.readers.text import read_text

SHARED = Path("../shared")
SEED = SHARED / "seed" / "000_f8178e955944c9a2.txt"


def article_of(text: str, path: str = "articles/test.txt") -> Article:
    raw = text.encode("utf-8")
    return read_text(path, raw, hashlib.sha256(raw).hexdigest())[0]


def briefing_of(text: str, published: dt.date | None = None) -> Briefing:
    """The briefing of an article whose body is `text` (paragraphs split by blank lines),
    published on `published` (the BBC corpus gives no dates)."""
    article = dataclasses.replace(article_of("Test headline\n\n" + text), published=published)
    return extract(article, "test")


def seed_briefing() -> Briefing:
    raw = SEED.read_bytes()
    article = read_text("articles/000_f8178e955944c9a2.txt", raw, hashlib.sha256(raw).hexdigest())
    return extract(article[0], "seed")
