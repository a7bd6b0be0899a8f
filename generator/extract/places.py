"""Places with their ISO 3166 country: countries, regions and cities, once each.

Names are shown as briefings group them ("Britain" -> United Kingdom, with what the
article wrote kept in `as_written`). A demonym counts as its country when it names
an office or body of that state ("Turkish leader Recep Tayyip Erdogan" -> Turkey),
not when it is a nationality ("British film director").
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.document import ParsedArticle
from generator.extract.entities import Mention
from generator.extract.lexicon import COMPASS_POINTS, STATE_NOUNS
from generator.extract.place_frames import is_constituency
from generator.models import Place

# How far up a chain of noun modifiers a demonym may look for its state noun
# ("French Culture Minister": French -> Culture -> Minister).
_MAX_MODIFIER_HOPS = 3
# A city of the same name in a country the article names is taken unless the reading
# in the unnamed country is this many times bigger.
_DWARFED = 4
# A region is given up for a city of a named country only as big as this.
_TOWN_FOR_A_REGION = 50_000
# Bodies that serve a place and are named after it: "Leeds Crown Court", "Arkansas
# State University", "Virginia Community College System".
_LOCAL_BODY_NOUNS = frozenset(
    ("court", "hospital", "infirmary", "college", "university", "council", "constabulary")
)
_UNKNOWN_SEAT = "a constituency the gazetteer does not know, named by its member's seat"


def find_places(parsed: ParsedArticle, mentions: list[Mention]) -> list[Place]:
    places: dict[str, Place] = {}
    for home in dateline_places(parsed.article.dateline.place if parsed.article.dateline else None):
        places[gazetteer.fold(home.name)] = home
    qualified = _qualified(parsed, mentions)
    for i, m in enumerate(mentions):
        place = _place_of(parsed, m, qualified.get(i))
        if place is not None:
            places.setdefault(gazetteer.fold(place.name), place)
    for place in _countries_in_names(parsed, mentions):
        places.setdefault(gazetteer.fold(place.name), place)
    for place in _seats_of_local_bodies(parsed, mentions, list(places.values())):
        places.setdefault(gazetteer.fold(place.name), place)
    return _mark_ambiguous(_in_named_countries(_parts_of_named_countries(list(places.values()))))


def _place_of(
    parsed: ParsedArticle, m: Mention, qualified: gazetteer.PlaceInfo | None
) -> Place | None:
    """The place a mention names, if any: a place the gazetteer knows (or a named part
    of one), or a demonym naming an office or body of its state."""
    if m.kind == "norp" and _names_the_state(m.span(parsed)):
        info = gazetteer.country_of_demonym(m.text)
        if info is None:
            return None
        return Place(name=info.name, country=info.country, kind="country", as_written=m.text)
    if m.kind != "place" or m.text.lower() in COMPASS_POINTS:
        return None  # "the West", "the North": directions, not a town of that name
    # A name no gazetteer knows is dropped: the model's GPE/LOC guesses that are not
    # places ("Tory", "Commonwealth") outnumber real unlisted places.
    info = qualified or gazetteer.lookup(m.text) or gazetteer.lookup_part(m.text)
    if info is None and is_constituency(m.span(parsed)):
        return _constituency(m.text)
    if info is None:
        return None
    written = m.text if gazetteer.fold(m.text) != gazetteer.fold(info.name) else None
    unsure = m.unsure
    if qualified is not None and info.kind == "city" and not info.population:
        unsure = "a place the gazetteer does not know, placed by the name after it"
    return Place(
        name=info.name, country=info.country, kind=info.kind, as_written=written, unsure=unsure
    )


def _constituency(name: str) -> Place:
    """A seat the gazetteer does not know ("Sittingbourne and Sheppey"): in the country
    of the first of its words that is a known place, else in none."""
    words = name.replace("-", " ").split()
    known = (gazetteer.lookup(word) for word in words if word[:1].isupper())
    info = next((k for k in known if k is not None), None)
    return Place(
        name=name,
        country=info.country if info else None,
        kind="region",
        unsure=_UNKNOWN_SEAT,
    )


def _parts_of_named_countries(places: list[Place]) -> list[Place]:
    """A named part of a place ("North Dorset", "Mid Wales") is kept when the article
    places something else in that country: "South Coast" in a story of English clubs
    is no part of Kenya's Coast province."""
    parts = [
        p for p in places if gazetteer.lookup(p.name) is None and gazetteer.lookup_part(p.name)
    ]
    countries = {p.country for p in places if p not in parts}
    return [p for p in places if p not in parts or p.country is None or p.country in countries]


def _countries_in_names(parsed: ParsedArticle, mentions: list[Mention]) -> list[Place]:
    """ "the UK Patent Office", "the Kuwait Ministries of Communication": a country's
    name inside an organisation's is a place the article names (as "US" in "US Federal
    Reserve" is when the model splits it off). Not a word of a person's name ("Eddie
    Jordan" ... "Jordan Grand Prix")."""
    person_words = {w for m in mentions if m.kind == "person" for w in m.text.split()}
    found = []
    for m in mentions:
        if m.kind == "org" and len(m.text.split()) > 1:
            words = [t for t in m.span(parsed) if t.text not in person_words]
            found += [info for info in _countries_among(words) if info.name != m.text]
    return [
        Place(name=info.name, country=info.country, kind="country", as_written=None)
        for info in found
    ]


def _seats_of_local_bodies(
    parsed: ParsedArticle, mentions: list[Mention], found: list[Place]
) -> list[Place]:
    """ "Harrow Crown Court", "the Seoul Municipal Boramae Hospital": a court, hospital,
    college or council named after its town is in that town, a place the article names
    (not a club or a firm named after one: "Manchester City", "Bradford & Bingley"). Read
    only in a country the article already names, or as a big city: "Bar Council" is no
    town of Montenegro."""
    countries = {p.country for p in found if p.country}
    seats = []
    for m in mentions:
        words = m.text.split()
        if m.kind != "org" or not _LOCAL_BODY_NOUNS & {w.lower() for w in words[1:]}:
            continue
        for size in (3, 2, 1):
            info = gazetteer.lookup(" ".join(words[:size])) if size < len(words) else None
            if info is None or info.kind == "country":
                continue
            if info.country in countries or info.population >= gazetteer.BIG_CITY:
                seats.append(Place(name=info.name, country=info.country, kind=info.kind))
            break
    return seats


def _countries_among(words: list[Token]) -> list[gazetteer.PlaceInfo]:
    """The countries a run of capitalised words names, longest names first: "New
    Jersey" is a state, not Jersey."""
    found = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            run = words[i : i + size]
            if len(run) < size or not all(t.text[:1].isupper() for t in run):
                continue
            if any(b.i != a.i + 1 for a, b in pairwise(run)):
                continue
            info = gazetteer.lookup(" ".join(t.text for t in run))
            if info is not None:
                if info.kind == "country":
                    found.append(info)
                i += size - 1
                break
        i += 1
    return found


def _qualified(parsed: ParsedArticle, mentions: list[Mention]) -> dict[int, gazetteer.PlaceInfo]:
    """Places named with their state or country right after a comma ("Palm Beach,
    Florida", "St Petersburg, Russia"): that state's or country's place of the name.
    Keyed by the mention's position in `mentions`."""
    found: dict[int, gazetteer.PlaceInfo] = {}
    for i, (m, nxt) in enumerate(pairwise(mentions)):
        if m.kind != "place" or nxt.kind != "place" or nxt.para != m.para:
            continue
        doc = parsed.paragraphs[m.para].doc
        if nxt.start != m.end + 1 or doc[m.end].text != ",":
            continue
        known = gazetteer.lookup(m.text)
        if known is not None and known.kind == "country":
            continue  # "Germany, Britain and France": a list of countries
        if _in_a_list(doc, m.start, nxt.end):
            continue  # "Leeds, York and Durham": a list of places, not one qualified
        info = gazetteer.lookup_within(m.text, nxt.text)
        if info is not None:
            found[i] = info
    return found


def _in_a_list(doc: Doc, start: int, end: int) -> bool:
    """Whether "A, B" from `start` to `end` is part of a list of names: a comma and a
    capitalised name before it ("London, Frankfurt, New York"), or after it a comma or
    a conjunction going on to another capitalised name ("England, South Africa and
    France"). A place and its state stand alone: "Palm Beach, Florida, on Friday"."""
    before = start > 1 and doc[start - 1].text == "," and _place_word(doc[start - 2])
    after = (
        end + 1 < len(doc) and doc[end].lower_ in {",", "and", "or"} and _place_word(doc[end + 1])
    )
    return before or after


def _place_word(token: Token) -> bool:
    """A capitalised word of a place's name: tagged a place, or one the gazetteer knows."""
    if not (token.is_alpha and token.text[:1].isupper()):
        return False
    return token.ent_type_ in {"GPE", "LOC"} or gazetteer.lookup(token.text) is not None


def _in_named_countries(places: list[Place]) -> list[Place]:
    """ "the US District Court in San Jose": a name the gazetteer reads in a country the
    article never names (a province of Costa Rica) is the city of that name in the one
    country the article names that has one, when that city is not dwarfed by the first reading
    (London, Ontario never displaces London for an article that names Canada). A seat
    the gazetteer does not know is in the one country the article names, if it names one
    (Wantage in a story of Oxfordshire)."""
    out = []
    for place in places:
        named = {
            p.country
            for p in places
            if p is not place and p.kind in {"country", "region"} and p.country
        }
        if place.country is None and place.unsure == _UNKNOWN_SEAT and len(named) == 1:
            place = place.model_copy(update={"country": next(iter(named))})
        elif place.kind != "country" and place.country not in named:
            place = _in_one_of(place, named)
        out.append(place)
    return out


def _in_one_of(place: Place, named: set[str]) -> Place:
    """The place moved to the one named country that has a town of its name ("Sale"
    in a story of England, Scotland, Italy and Ireland is the English town, not Salé in
    Morocco); left where it is when none or several have one."""
    moves = [moved for code in sorted(named) if (moved := _moved_to(place, code)) != place]
    return moves[0] if len(moves) == 1 else place


def _moved_to(place: Place, country: str) -> Place:
    current = gazetteer.lookup(place.name)
    there = gazetteer.lookup_within(place.name, gazetteer.country_name(country))
    if current is None or there is None or not there.population or there.country != country:
        return place
    if current.kind == "city" and there.population * _DWARFED < current.population:
        return place
    if current.kind == "region" and there.population < _TOWN_FOR_A_REGION:
        return place  # Yukon, Canada's territory, is no small town of Oklahoma
    return place.model_copy(update={"name": there.name, "country": country, "kind": "city"})


def _mark_ambiguous(places: list[Place]) -> list[Place]:
    """A city whose name other countries' cities share, in an article naming none of
    the countries involved, is marked for the reviewer to check."""
    countries = {p.country for p in places if p.kind != "city"}
    marked = []
    for place in places:
        info = gazetteer.lookup(place.name)
        others = gazetteer.rivals(info) if info and info.country == place.country else []
        if others and place.unsure is None and place.country not in countries:
            codes = ", ".join(sorted({o.country or "?" for o in others}))
            place = place.model_copy(update={"unsure": f"a city of this name is also in {codes}"})
        marked.append(place)
    return marked


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


def dateline_places(dateline: str | None) -> list[Place]:
    """The place a story was filed from ("Rotterdam", "LYON, France"), and the state or
    country the dateline names with it: places of the story even when the body never
    names them again. The dateline is not parsed (see document.py), so it is looked
    up here."""
    if not dateline:
        return []
    name, _, qualifier = (part.strip() for part in dateline.partition(","))
    qualifier = qualifier.split(",")[0].strip()
    info = gazetteer.lookup(name)
    if qualifier and (within := gazetteer.lookup_within(name, qualifier)) is not None:
        info = within if within.population or info is None else info
    found = [info] if info is not None else []
    if qualifier and (region := gazetteer.lookup(qualifier)) is not None:
        found.append(region)
    return [Place(name=i.name, country=i.country, kind=i.kind) for i in found]
