"""Article -> Briefing: everything the generator infers from the text.

Each finding has its own module (headline, summary, ...). `extract` is a pure
function of the article, so the same input always gives the same briefing and
ingest can run it in worker processes.
"""

from __future__ import annotations

from generator.extract.headline import provisional_headline
from generator.extract.sections import sections_of
from generator.extract.summary import summarize
from generator.models import Article, Briefing, Source

# Bump when extraction changes, so re-ingest regenerates briefings made by an older one.
EXTRACTOR_VERSION = "1"


def extract(article: Article, briefing_id: str) -> Briefing:
    sections = sections_of(article)
    return Briefing(
        id=briefing_id,
        title=article.title or provisional_headline(article),
        dateline=article.dateline,
        published=article.published,
        source=Source(
            path=article.path, sha256=article.sha256, format=article.format,
            entry=article.entry, outlet=article.outlet, url=article.url,
            byline=article.byline, language=article.language, words=article.words,
        ),
        summary=summarize(article),
        sections=sections,
        tags=list(article.tags),
    )
