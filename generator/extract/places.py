"""Places with their ISO 3166 country: countries, regions and cities, once each.

Names are shown as briefings group them ("Britain" -> United Kingdom, with what the
article wrote kept in `as_written`). A demonym counts as its country when it names
an office or body of that state ("Turkish leader Recep Tayyip Erdogan" -> Turkey),
not when it is a nationality ("British film director").
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract import gazetteer
from generator.extract.document import ParsedArticle
from generator.extract.entities import Mention
from generator.extract.lexicon import STATE_NOUNS
from generator.models import Place

# How far up a chain of noun modifiers a demonym may look for its state noun
# ("French Culture Minister": French -> Culture -> Minister).
_MAX_MODIFIER_HOPS = 3


def find_places(parsed: ParsedArticle, mentions: list[Mention]) -> list[Place]:
    places: dict[str, Place] = {}
    if (
        home := dateline_place(parsed.article.dateline.place if parsed.article.dateline else None)
    ) is not None:
        places[gazetteer.fold(home.name)] = home
    for m in mentions:
        if m.kind == "place":
            # A name no gazetteer knows is dropped: the model's GPE/LOC guesses that
            # are not places ("Tory", "Commonwealth") outnumber real unlisted places.
            info = gazetteer.lookup(m.text)
            if info is None:
                continue
            written = m.text if gazetteer.fold(m.text) != gazetteer.fold(info.name) else None
            place = Place(name=info.name, country=info.country, kind=info.kind, as_written=written)
        elif m.kind == "norp" and _names_the_state(m.span(parsed)):
            info = gazetteer.country_of_demonym(m.text)
            if info is None:
                continue
            place = Place(name=info.name, country=info.country, kind="country", as_written=m.text)
        else:
            continue
        places.setdefault(gazetteer.fold(place.name), place)
    return list(places.values())


def _names_the_state(span: Span) -> bool:
    """Whether a demonym modifies a noun for an office or body of a state."""
    token = span.root
    for _ in range(_MAX_MODIFIER_HOPS):
        if token.dep_ not in {"amod", "compound", "nmod"} or token.head == token:
            return False
        token = token.head
        if token.lower_ in STATE_NOUNS:
            return True
    return False


def dateline_place(dateline: str | None) -> Place | None:
    """The place a story was filed from ("Rotterdam", "Seoul, South Korea"): a place
    of the story even when the body never names it again. The dateline is not parsed
    (see document.py), so it is looked up here."""
    if not dateline:
        return None
    info = gazetteer.lookup(dateline.split(",")[0])
    if info is None:
        return None
    return Place(name=info.name, country=info.country, kind=info.kind)
