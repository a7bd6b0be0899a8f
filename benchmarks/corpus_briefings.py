"""Many briefings, fast, from the BBC corpus, for benchmarking the site build.

The real extraction (spaCy) would take minutes per thousand articles and is not
what these benchmarks measure. Each article goes through the real reader and the
extraction skeleton (sections, summary, headline), then cheap stand-ins fill what
a reviewer or the NLP would: capitalised word pairs as people, country names as
places with their ISO code, acronyms as organisations, quoted passages as quotes,
the corpus folder as a tag, a date spread over four years. That gives the site
as many dossier, tag, country and archive pages as a real corpus would, which is
what the build time depends on.

Beyond the corpus's 2,225 articles, articles are reused under distinct ids.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pycountry

from generator import store
from generator.extract import extract
from generator.models import Briefing, KeyPoint, Organization, Person, Place, Quote, Status
from generator.readers import read_source

BBC = Path("../shared/corpus/bbc")
_NAME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b")
_ACRONYM = re.compile(r"\b([A-Z]{2,5})\b")
_QUOTE = re.compile(r"[\"“]([^\"”]{20,300})[\"”]")
_NOT_NAMES = {"The", "In", "But", "And", "It", "He", "She", "They", "We", "This", "Mr", "Mrs"}
_FIRST_DAY = dt.date(2021, 1, 1)


@lru_cache(maxsize=1)
def _countries() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {"UK": "GB", "US": "US", "Britain": "GB", "America": "US"}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name and "," not in name:
                names[name] = country.alpha_2
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(names, key=len)[::-1])) + r")\b")
    return pattern, names


def article_paths() -> list[Path]:
    return sorted(BBC.glob("*/*.txt"))


def enriched(briefing: Briefing, tag: str, number: int) -> Briefing:
    text = [p for s in briefing.sections for p in s.paragraphs]
    people = _people(text)
    pattern, codes = _countries()
    places = Counter(m for p in text for m in pattern.findall(p))
    orgs = Counter(m for p in text for m in _ACRONYM.findall(p) if m not in codes)
    return briefing.model_copy(
        update={
            "status": Status.published,
            "published": _FIRST_DAY + dt.timedelta(days=number * 7919 % 1460),
            "people": [Person(name=n) for n in people],
            "places": [Place(name=n, country=codes[n]) for n, _ in places.most_common(6)],
            "organizations": [Organization(name=n) for n, _ in orgs.most_common(4)],
            "quotes": _quotes(briefing, people),
            "key_points": [
                KeyPoint(text=p.split(". ")[0], section=1, paragraph=i + 1)
                for i, p in enumerate(briefing.sections[0].paragraphs[:3] if text else [])
            ],
            "tags": [tag],
        }
    )


def _people(paragraphs: list[str]) -> list[str]:
    found = Counter(
        m for p in paragraphs for m in _NAME.findall(p) if m.split()[0] not in _NOT_NAMES
    )
    return [name for name, _ in found.most_common(6)]


def _quotes(briefing: Briefing, people: list[str]) -> list[Quote]:
    quotes: list[Quote] = []
    for s, section in enumerate(briefing.sections, 1):
        for p, paragraph in enumerate(section.paragraphs, 1):
            for match in _QUOTE.findall(paragraph)[:1]:
                speaker = next((n for n in people if n.split()[-1] in paragraph), None)
                quotes.append(Quote(text=match, speaker=speaker, section=s, paragraph=p))
    return quotes[:3]


def corpus_briefings(limit: int | None = None) -> Iterator[tuple[Briefing, str]]:
    """(briefing, its YAML) for each article of the corpus, read once each."""
    for number, path in enumerate(article_paths()[:limit]):
        label = path.as_posix().removeprefix("../shared/")
        for article in read_source(path, label):
            briefing = enriched(extract(article), path.parent.name, number)
            yield briefing, store.dump(briefing)


def write_briefings(folder: Path, count: int) -> int:
    """Write `count` briefing files; returns the bytes of article text they hold."""
    folder.mkdir(parents=True, exist_ok=True)
    made = list(corpus_briefings(min(count, len(article_paths()))))
    text_bytes = 0
    for n in range(count):
        briefing, yaml_text = made[n % len(made)]
        copy = n // len(made)
        new_id = f"{briefing.id}-r{copy}" if copy else briefing.id
        if copy:
            yaml_text = yaml_text.replace(f"\nid: {briefing.id}\n", f"\nid: {new_id}\n", 1)
        (folder / f"{new_id}.yaml").write_text(yaml_text, encoding="utf-8")
        text_bytes += sum(len(p.encode()) for s in briefing.sections for p in s.paragraphs)
    return text_bytes
