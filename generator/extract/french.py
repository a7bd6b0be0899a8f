"""French articles: people, places, organisations, quotes and dates from spaCy's French
model (`fr_core_news_sm`, whose entities are PER, LOC, ORG and MISC).

The English extractors read English: its speech verbs, its honorifics, its dependency
labels. French gets its own, smaller reading: names as the French model tags them
(a surname alone joins the full name it shortens), quotations between « » (and “ ”)
with the person named beside them (« ... », a déclaré Bruno Le Maire), and dates
as French writes them ("le 5 mars 2024", "1er janvier", "en mars").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from generator.extract import gazetteer
from generator.extract.document import ParsedArticle
from generator.extract.monthdays import CalendarDate, resolve_calendar
from generator.models import DateMention, Organization, Person, Place, Quote

FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_MONTHS = "|".join(FRENCH_MONTHS)
# "le 5 mars 2024", "1er janvier", "mars 2024", "en mars", "début avril"
_DATE = re.compile(
    rf"\b(?:(?P<day>1er|[0-3]?\d)\s+(?P<m1>{_MONTHS})(?:\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|(?P<m2>{_MONTHS})\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?:en|début|fin|mi-)\s*(?P<m3>{_MONTHS}))\b",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"«\s*(?P<a>[^«»]{3,}?)\s*»|\u201c(?P<b>[^\u201c\u201d]{3,}?)\u201d")
# Particles that may sit inside a French name: "Bruno Le Maire", "Charles de Gaulle".
_PARTICLES = {"de", "du", "des", "la", "le", "d'", "van", "von"}
MAX_NAME_WORDS = 5
SPEAKER_WINDOW = 80  # characters after a closing » where the speaker is named


@dataclass(frozen=True, slots=True)
class FrenchFindings:
    people: list[Person]
    places: list[Place]
    organizations: list[Organization]
    quotes: list[Quote]
    dates: list[DateMention]


def read_french(parsed: ParsedArticle, reference: dt.date | None) -> FrenchFindings:
    docs = [p.doc for p in parsed.paragraphs]
    names = _people(docs)
    quotes = [
        quote
        for para in parsed.paragraphs
        for quote in _quotes(para.doc, para.section, para.paragraph, names)
    ]
    return FrenchFindings(
        people=[Person(name=n) for n in dict.fromkeys(names.values())],
        places=_places(docs),
        organizations=[Organization(name=n) for n in _entities(docs, "ORG")],
        quotes=quotes,
        dates=_dates([d.text for d in docs], reference),
    )


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)
        and not any(ch.isdigit() for ch in text)
    )


def _entities(docs: list[Doc], label: str) -> list[str]:
    """Names the model tags `label`, as written, once each. A person's or place's name
    is capitalised word by word (particles aside); an organisation's may have lower-case
    words ("Commission européenne")."""
    found = [" ".join(e.text.split()) for d in docs for e in d.ents if e.label_ == label]
    check = _is_organization if label == "ORG" else _is_name
    return [t for t in dict.fromkeys(found) if check(t)]


def _is_organization(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_NAME_WORDS + 1 and words[0][:1].isupper()


def _people(docs: list[Doc]) -> dict[str, str]:
    """Each person mention -> the full name it stands for: "Macron" -> "Emmanuel
    Macron" when the article names him in full; a surname the article never gives in
    full stays as written."""
    mentions = _entities(docs, "PER")
    full = [m for m in mentions if len(m.split()) > 1]
    out: dict[str, str] = {}
    for mention in mentions:
        longer = [f for f in full if f != mention and f.endswith(" " + mention)]
        out[mention] = longer[0] if longer else mention
    return out


def _places(docs: list[Doc]) -> list[Place]:
    places: dict[str, Place] = {}
    for text in _entities(docs, "LOC"):
        info = gazetteer.lookup(text)
        if info is not None:
            place = Place(name=info.name, country=info.country, kind=info.kind)
            places.setdefault(info.name, place)
        else:
            places.setdefault(text, Place(name=text, country=None))
    return list(places.values())


def _quotes(doc: Doc, section: int, paragraph: int, names: dict[str, str]) -> list[Quote]:
    """Quotations of at least three words, with the person named right after the
    closing mark (« ... », a déclaré X) or, failing that, in the same sentence."""
    quotes: list[Quote] = []
    people = [e for e in doc.ents if e.label_ == "PER" and e.text in names]
    for match in _QUOTE.finditer(doc.text):
        text = " ".join((match["a"] or match["b"]).split())
        if len(text.split()) < 3:
            continue
        after = [e for e in people if match.end() <= e.start_char <= match.end() + SPEAKER_WINDOW]
        sentence = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        around = [e for e in people if sentence is not None and e.sent == sentence.sent]
        candidates = after or around
        speaker = candidates[0] if candidates else None
        quotes.append(
            Quote(
                text=text,
                speaker=names[speaker.text] if speaker is not None else None,
                section=section,
                paragraph=paragraph,
            )
        )
    return quotes


def _dates(texts: list[str], reference: dt.date | None) -> list[DateMention]:
    found: dict[str, DateMention] = {}
    for text in texts:
        for match in _DATE.finditer(text):
            month_name = (match["m1"] or match["m2"] or match["m3"]).lower()
            day = match["day"]
            year = match["y1"] or match["y2"]
            calendar = CalendarDate(
                FRENCH_MONTHS.index(month_name) + 1,
                1 if day == "1er" else int(day) if day else None,
                int(year) if year else None,
            )
            written = match.group(0)
            found.setdefault(
                written.lower(),
                DateMention(text=written, date=resolve_calendar(calendar, reference)),
            )
    return list(found.values())
