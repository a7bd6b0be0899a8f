"""Article -> Briefing: everything the generator infers from the text.

Each finding has its own module (people, places, quotes, ...), all reading one
parse of the article's body paragraphs (`document.ParsedArticle`). `extract` is a
pure function of the article and the model, so the same input always gives the same
briefing and ingest can run it in worker processes; the model is loaded lazily, once
per process. `extract_many` parses many articles in one `nlp.pipe` stream, which is
faster when a worker has a batch to do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.language import Language

from generator.extract import gazetteer
from generator.extract.attributions import find_attributions
from generator.extract.dates import find_dates
from generator.extract.document import ParsedArticle, parse_many
from generator.extract.entities import find_mentions
from generator.extract.headline import headline
from generator.extract.keypoints import find_key_points
from generator.extract.nlp import DEFAULT_MODEL, pipeline
from generator.extract.organizations import find_organizations
from generator.extract.people import find_people
from generator.extract.places import find_places
from generator.extract.quote_marks import find_quote_spans
from generator.extract.quotes import find_quotes, mark_unlisted_speakers
from generator.extract.summary import summarize
from generator.extract.tags import find_tags
from generator.ids import briefing_id as make_id
from generator.models import Article, Briefing, Organization, Place, Source

# Bump when extraction changes, so re-ingest regenerates briefings made by an older one.
EXTRACTOR_VERSION = "8"

__all__ = ["EXTRACTOR_VERSION", "extract", "extract_many", "warm_up"]


def warm_up(model: str = DEFAULT_MODEL) -> None:
    """Load the model and build the gazetteer now: a worker pool's initializer, so the
    first article a worker gets is not charged three seconds of loading."""
    pipeline(model)
    gazetteer.lookup("London")


def extract(
    article: Article, briefing_id: str | None = None, model: str = DEFAULT_MODEL
) -> Briefing:
    """The generator's draft of a briefing. Without `briefing_id` (a source seen for
    the first time) the id is made from the title."""
    return next(extract_many([article], [briefing_id], model=model))


def extract_many(
    articles: Iterable[Article],
    briefing_ids: Iterable[str | None],
    model: str = DEFAULT_MODEL,
    nlp: Language | None = None,
) -> Iterator[Briefing]:
    """Briefings for articles, in order; `briefing_ids` pairs with `articles` (None: new)."""
    nlp = nlp or pipeline(model)
    ids = iter(briefing_ids)
    for parsed in parse_many(articles, nlp):
        yield _briefing(parsed, next(ids))


def _briefing(parsed: ParsedArticle, briefing_id: str | None) -> Briefing:
    article = parsed.article
    mentions = find_mentions(parsed)
    people = find_people(parsed, mentions)
    places = find_places(parsed, mentions)
    organizations = find_organizations(parsed, mentions)
    summary = summarize(article)
    counts: Counter[str] = Counter()
    for cluster in people.clusters:
        counts[cluster.name] = len(cluster.mentions)
    body = "\n".join(p.text for p in parsed.paragraphs)
    items: list[Place | Organization] = [*places, *organizations]
    for item in items:
        written = body.count(item.as_written) if item.as_written else 0
        counts[item.name] = max(1, body.count(item.name) + written)
    title = article.title or headline(parsed, people)
    quote_spans = find_quote_spans([p.text for p in parsed.paragraphs])
    return Briefing(
        id=briefing_id or make_id(article, title),
        title=title,
        dateline=article.dateline.place if article.dateline else None,
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
        summary=summary,
        key_points=find_key_points(parsed, summary),
        sections=parsed.sections,
        people=people.as_models(),
        organizations=organizations,
        places=places,
        quotes=mark_unlisted_speakers(
            find_quotes(parsed, mentions, people, quote_spans),
            {c.name for c in people.clusters} | {o.name for o in organizations},
        ),
        attributions=find_attributions(parsed, people),
        dates=find_dates(parsed, quote_spans),
        tags=find_tags(body, places, people.as_models(), organizations, counts, article.tags),
    )
