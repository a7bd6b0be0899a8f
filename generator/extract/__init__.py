"""Article -> Briefing: everything the generator infers from the text.

Each finding has its own module (headline, summary, ...). `extract` is a pure
function of the article, so the same input always gives the same briefing and
ingest can run it in worker processes.
"""

from __future__ import annotations

from generator.extract.headline import provisional_headline
from generator.extract.sections import sections_of
from generator.extract.summary import summarize
from generator.ids import briefing_id as make_id
from generator.models import Article, Briefing, Source

# Bump when extraction changes, so re-ingest regenerates briefings made by an older one.
EXTRACTOR_VERSION = "1"


def extract(article: Article, briefing_id: str | None = None) -> Briefing:
    """The generator's draft of a briefing. Without `briefing_id` (a source seen for
    the first time) the id is made from the title."""
    sections = sections_of(article)
    title = article.title or provisional_headline(article)
    return Briefing(
        id=briefing_id or make_id(article, title),
        title=title,
        dateline=article.dateline,
        published=article.published,
        source=Source(
            path=article.path,
            sha256=article.sha256,
            format=article.format,
            entry=article.entry,
            outlet=article.outlet,
            url=article.url,
            byline=article.byline,
            language=article.language,
            words=article.words,
        ),
        summary=summarize(article),
        sections=sections,
        tags=list(article.tags),
    )
