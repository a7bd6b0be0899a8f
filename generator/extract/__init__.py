"""Article -> Briefing: everything the generator infers from the text.

Each finding has its own module (people, places, quotes, ...), all reading one
parse of the article's body paragraphs (`document.ParsedArticle`). `extract` is a
pure function of the article and the model, so the same input always gives the same
briefing and ingest can run it in worker processes; the model is loaded lazily, once
per process. `extract_many` parses many articles in one `nlp.pipe` stream, which is
faster when a worker has a batch to do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from generator.extract import gazetteer
from generator.extract.attributions import find_attributions
from generator.extract.dates import find_dates, reference_date
from generator.extract.document import ParsedArticle, parse_many
from generator.extract.entities import find_mentions
from generator.extract.french import read_french
from generator.extract.headline import headline, provisional_headline
from generator.extract.keypoints import DEFAULT_POINTS, find_key_points
from generator.extract.language import detect_language
from generator.extract.nlp import DEFAULT_MODEL, FRENCH_MODEL, pipeline
from generator.extract.organizations import find_organizations
from generator.extract.people import find_people
from generator.extract.places import find_places
from generator.extract.quote_marks import find_quote_spans
from generator.extract.quotes import find_quotes, mark_unlisted_speakers
from generator.extract.sections import sections_of
from generator.extract.summary import summarize
from generator.extract.tags import find_tags
from generator.ids import briefing_id as make_id
from generator.models import Article, Briefing, Source

# Languages extracted in full, each with its own spaCy pipeline; English uses `model`.
EXTRACTED_LANGUAGES = ("en", "fr")

# Bump when extraction changes, so re-ingest regenerates briefings made by an older one.
EXTRACTOR_VERSION = "13"

__all__ = ["EXTRACTED_LANGUAGES", "EXTRACTOR_VERSION", "extract", "extract_many", "warm_up"]


def warm_up(model: str = DEFAULT_MODEL) -> None:
    """Load the model and build the gazetteer now: a worker pool's initializer, so the
    first article a worker gets is not charged three seconds of loading."""
    pipeline(model)
    gazetteer.lookup("London")


def extract(
    article: Article,
    briefing_id: str | None = None,
    model: str = DEFAULT_MODEL,
    key_points: int = DEFAULT_POINTS,
) -> Briefing:
    """The generator's draft of a briefing. Without `briefing_id` (a source seen for
    the first time) the id is made from the title."""
    return next(extract_many([article], [briefing_id], model=model, key_points=key_points))


def extract_many(
    articles: Iterable[Article],
    briefing_ids: Iterable[str | None],
    model: str = DEFAULT_MODEL,
    nlp: Language | None = None,
    key_points: int = DEFAULT_POINTS,
) -> Iterator[Briefing]:
    """Briefings for articles, in order; `briefing_ids` pairs with `articles` (None: new);
    `key_points`: how many each briefing gets (mkdocs.yml's `extra.briefing.key_points`)."""
    batch = list(articles)
    ids = list(briefing_ids)
    languages = [detect_language(a) for a in batch]
    done: dict[int, Briefing] = {}
    english = [i for i, lang in enumerate(languages) if lang == "en"]
    parsed_english = parse_many([batch[i] for i in english], nlp or pipeline(model))
    for i, parsed in zip(english, parsed_english, strict=True):
        done[i] = _briefing(parsed, ids[i], key_points, "en")
    french = [i for i, lang in enumerate(languages) if lang == "fr"]
    if french:  # the French model is loaded only when a French article comes
        parsed_french = parse_many([batch[i] for i in french], pipeline(FRENCH_MODEL))
        for i, parsed in zip(french, parsed_french, strict=True):
            done[i] = _french_briefing(parsed, ids[i], key_points)
    for i, article in enumerate(batch):
        yield done.get(i) or _unextracted_briefing(article, ids[i], languages[i])


def _identity(
    article: Article, briefing_id: str | None, title: str, language: str
) -> dict[str, Any]:
    """The fields every briefing takes from its article as read, whatever the
    language: one definition for the English, French and unextracted briefings."""
    return {
        "id": briefing_id or make_id(article, title),
        "title": title,
        "dateline": (article.dateline.place or None) if article.dateline else None,
        "published": article.published,
        "source": _source(article, language),
    }


def _source(article: Article, language: str) -> Source:
    return Source(
        path=article.path,
        sha256=article.sha256,
        format=article.format,
        entry=article.entry,
        outlet=article.outlet,
        url=article.url,
        byline=article.byline,
        language=language,
        words=article.words,
    )


def _french_briefing(parsed: ParsedArticle, briefing_id: str | None, key_points: int) -> Briefing:
    """A French article: the French reading of names, quotes and dates (french.py),
    the same bottom line and key points as English."""
    article = parsed.article
    found = read_french(parsed, reference_date(article))
    summary = summarize(article)
    title = article.title or provisional_headline(article)
    return Briefing(
        **_identity(article, briefing_id, title, "fr"),
        summary=summary,
        key_points=find_key_points(parsed, summary, key_points),
        sections=parsed.sections,
        people=found.people,
        organizations=found.organizations,
        places=found.places,
        quotes=found.quotes,
        dates=found.dates,
        tags=find_tags("", "", found.places, found.people, found.organizations, article.tags),
    )


def _unextracted_briefing(article: Article, briefing_id: str | None, language: str) -> Briefing:
    """An article in a language the generator does not extract: its text, title,
    metadata and language, and nothing inferred from words it cannot read (ingest
    warns). The bottom line is its first sentence, which needs no reading."""
    title = article.title or provisional_headline(article)
    return Briefing(
        **_identity(article, briefing_id, title, language),
        summary=summarize(article),
        sections=sections_of(article),
        tags=find_tags("", "", [], [], [], article.tags),
    )


def _briefing(
    parsed: ParsedArticle, briefing_id: str | None, key_points: int, language: str
) -> Briefing:
    article = parsed.article
    mentions = find_mentions(parsed)
    people = find_people(parsed, mentions)
    places = find_places(parsed, mentions)
    organizations = find_organizations(parsed, mentions)
    summary = summarize(article)
    body = "\n".join(p.text for p in parsed.paragraphs)
    title = article.title or headline(parsed, people)
    quote_spans = find_quote_spans([p.text for p in parsed.paragraphs])
    return Briefing(
        **_identity(article, briefing_id, title, language),
        summary=summary,
        key_points=find_key_points(parsed, summary, key_points),
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
        tags=find_tags(
            body,
            "\n".join([title, article.lede, *(s.heading or "" for s in parsed.sections)]),
            places,
            people.as_models(),
            organizations,
            article.tags,
        ),
    )
