"""One reading for a name the gazetteer knows as a place, from how the article uses it.

The model reads one name differently from sentence to sentence: "Jonesboro ministers"
an organisation, "bringing such acts to Jonesboro" a place; "Tata" a firm throughout,
which the gazetteer knows as a province of Morocco. The article settles it: a name it
also puts where only a place can stand (the model's place reading) is that place
everywhere, unless a cue noun named it a firm; a name that begins the full name of an
organisation in the same article ("Tata Teleservices" ... "Tata") is that
organisation's short name (not a club's: "Sale" beside "Sale Sharks" stands for the
club by the annotation convention of places). Countries and big cities are left as
they are: their names stand for governments and teams, which the other rules decide.
"""

from __future__ import annotations

from dataclasses import replace

from generator.extract import gazetteer
from generator.extract.lexicon import CLUB_SUFFIXES
from generator.extract.mention import Mention

_PLACE_LABELS = {"GPE", "LOC"}


def one_reading_of_known_places(mentions: list[Mention]) -> list[Mention]:
    read_as_place = {m.text for m in mentions if m.kind == "place" and m.label in _PLACE_LABELS}
    firm_heads = {
        words[0]
        for m in mentions
        if m.kind == "org"
        and len(words := m.text.split()) > 1
        and words[-1] not in CLUB_SUFFIXES
        and all(w[:1].isupper() for w in words)  # not "Burnley v Liverpool", a fixture
    }
    out = []
    for m in mentions:
        if _small_place(m.text):
            if m.kind == "org" and not m.cued and m.text in read_as_place - firm_heads:
                m = replace(m, kind="place", unsure=None)
            elif m.kind == "place" and m.label == "ORG" and m.text in firm_heads - read_as_place:
                m = replace(m, kind="org", unsure=None)
        out.append(m)
    return out


def _small_place(name: str) -> bool:
    info = gazetteer.lookup(name)
    return info is not None and info.kind != "country" and info.population < gazetteer.BIG_CITY
