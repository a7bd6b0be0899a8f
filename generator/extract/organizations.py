"""Organisations, normalised: one entry per body however the article names it.

"the EU" and "European Union" are one (a table of well-known aliases); an acronym
is joined to the full name it abbreviates in the same article ("S&P" and
"Standard & Poor's"), and a name to a longer one it begins ("Lycos" and "Lycos
Europe"). Bodies the model cannot see because they are written in lower case
("Seoul's unification ministry") are found from the parse and named with their
country: "Unification Ministry (South Korea)".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract import gazetteer
from generator.extract.document import ParsedArticle
from generator.extract.entities import Mention
from generator.extract.lexicon import CLUB_SUFFIXES, INSTITUTIONS, ORG_HEADS
from generator.extract.org_acronyms import defined_short_name, initials
from generator.extract.organizations_data import canonical_organization, is_known_organization
from generator.extract.works import (
    names_a_product,
    title_key,
    titles_a_work,
    titles_after_work_nouns,
    titles_before_work_parts,
    work_in_context,
)
from generator.models import Organization

# Last words of names the model tags as organisations that are laws, prizes, events.
_NOT_BODIES = {
    "bill",
    "act",
    "prize",
    "award",
    "awards",
    "cup",
    "championship",
    "championships",
    "games",
    "trophy",
    "festival",
    "show",
    "oscars",
    "league",
    "index",
    "treaty",
    "report",  # "the BBC's World Business Report" (not "programme": the World Food Programme)
    "convention",  # "the European Convention on Human Rights": a treaty
    # structures, not the bodies that run them: "Channel Tunnel operator Eurotunnel"
    "tunnel",
    "bridge",
    "stadium",
    "arena",
}
# Lower-case nouns for a building right after a name: "Zurich's Opera house".
_BUILDINGS = {"house", "hall", "theatre", "theater", "stadium", "arena", "building", "tower"}
# First words of names of honours, not bodies: "the Order of Arts and Letters".
_HONOURS = {"order", "legion"}
# A broadcaster's medium after its name: "the CBS TV network" is CBS.
_MEDIA = {"TV", "Television", "Radio"}
# "Constitutional Affairs Minister Chris Leslie": a portfolio, not a body.
_PORTFOLIO_HEADS = {"minister", "secretary"}
# A spokesman speaks for a body ("HMV spokesman", "Egypt FA spokesman") or for a
# portfolio ("Lib Dem Home Affairs spokesman", "Downing Street spokesman"): a name of
# several words none of which is an acronym is taken as the portfolio.
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}


def find_organizations(parsed: ParsedArticle, mentions: list[Mention]) -> list[Organization]:
    names: list[tuple[str, str]] = []  # (canonical, as written), first mention first
    person_words = {w for m in mentions if m.kind == "person" for w in m.text.split()}
    orgs = [m for m in mentions if m.kind == "org" and m.text not in person_words]
    orgs = _without_common_nouns(parsed, orgs)
    products = {_squeeze(m.text) for m in orgs if names_a_product(m.span(parsed))}
    alone = {m.text for m in orgs}
    works = _works(parsed, orgs)
    doubts: dict[str, str] = {}
    defined: dict[str, str] = {}  # acronym -> the name it is given after
    for m in orgs:
        if _squeeze(m.text) in products or title_key(m.text) in works:
            continue
        if not _is_body(m, parsed):
            continue
        whole = m.text
        if (short := defined_short_name(m.span(parsed))) is not None:
            whole = whole if short[0] == m.span(parsed) else short[0].text
            defined[short[1]] = canonical_organization(whole)
        for text in _owner_and_unit(m.span(parsed), alone) or [_without_medium(whole)]:
            names.append((canonical_organization(text), text))
            if m.unsure and not m.cued:
                doubts.setdefault(canonical_organization(text), m.unsure)
    for para in parsed.paragraphs:
        for token in para.tokens:
            found = lowercase_body(token)
            if found:
                names.append(found)
    return [
        org.model_copy(update={"unsure": doubts[org.name]}) if org.name in doubts else org
        for org in _merge(names, defined)
    ]


def _without_common_nouns(parsed: ParsedArticle, orgs: list[Mention]) -> list[Mention]:
    """ "House prices have risen" ... "UK house prices": a word the article writes in
    lower case, capitalised only where it opens a sentence, is a common noun."""
    lower = {t.text for p in parsed.paragraphs for t in p.tokens if t.is_lower and t.is_alpha}
    common = {
        m.text
        for m in orgs
        if not m.cued and " " not in m.text and m.text.lower() in lower and m.text.istitle()
    }
    for m in orgs:
        if m.text in common and not m.span(parsed)[0].is_sent_start:
            common.discard(m.text)  # capitalised mid-sentence too: a name
    return [m for m in orgs if m.text not in common]


def _works(parsed: ParsedArticle, orgs: list[Mention]) -> set[str]:
    """Titles of works among the names: one sentence that says a name is a film's
    ("Ray star Jamie Foxx") marks it everywhere in the article."""
    docs = [p.doc for p in parsed.paragraphs]
    found = titles_after_work_nouns(docs) | titles_before_work_parts(docs)
    found |= {title_key(m.text) for m in orgs if work_in_context(m.span(parsed))}
    # "BBC star", "EastEnders star": a broadcaster the table knows is no title
    return {t for t in found if not (t.isupper() or is_known_organization(t))}


def _without_medium(name: str) -> str:
    """ "CBS TV" -> "CBS": an acronym's medium word is not part of the broadcaster's name
    ("BBC Radio 4", a station, keeps it)."""
    words = name.split()
    if len(words) == 2 and words[1] in _MEDIA and words[0].isupper():
        return words[0]
    return name


def _squeeze(name: str) -> str:
    """ "Rip Guard" and "RipGuard" are one name."""
    return name.replace(" ", "").lower()


def _owner_and_unit(span: Span, alone: set[str]) -> list[str] | None:
    """ "Macrovision's Entertainment Technologies Group": the company and its division,
    when the article names the company on its own too; "BBC Radio 4's The World at
    One": the station, the rest being a programme's title. None: keep the span whole
    ("The White House's National Security Council")."""
    cut = next((t.i for t in span if t.tag_ == "POS" and span.start < t.i < span.end - 1), None)
    if cut is None:
        return None
    owner, unit = span.doc[span.start : cut], span.doc[cut + 1 : span.end]
    owner_text = " ".join(t.text for t in owner if t.lower_ != "the")
    if unit[0].text == "The":
        return [owner_text]
    if owner_text in alone:
        return [owner_text, unit.text]
    return None


def _is_body(m: Mention, parsed: ParsedArticle) -> bool:
    span = m.span(parsed)
    last = len(span) - 1
    while last > 0 and span[last].like_num:
        last -= 1  # "League Two", "Division 1": a competition and its number
    if span[last].lower_ in _NOT_BODIES or _headed_by_a_non_body(span):
        return False
    if len(span) > 2 and span[0].lower_ in _HONOURS and span[1].lower_ == "of":
        return False
    if titles_a_work(span) or _names_an_award(span) or _names_a_building(span):
        return False
    if len(span) == 1 and gazetteer.country_of_demonym(span.text):
        return False  # "the Dane's agent": a nationality, not a body
    root = span.root
    head = root.head.lower_ if root.dep_ == "compound" else ""
    spoken_for = head in _SPOKESPEOPLE and len(span) > 1 and not any(t.text.isupper() for t in span)
    portfolio = head in _PORTFOLIO_HEADS or spoken_for
    return not portfolio or is_known_organization(span.text)  # "Lib Dem ... spokesman"


def _headed_by_a_non_body(span: Span) -> bool:
    """ "the European Convention on Human Rights", "the Treaty of Rome": the noun a
    preposition follows inside the name says what it is."""
    root = span.root
    return (
        root.i + 1 < span.end
        and span.doc[root.i + 1].lower_ in {"of", "on", "for"}
        and root.lower_ in _NOT_BODIES
    )


def _names_an_award(span: Span) -> bool:
    """ "World Player of the Year", "European Footballer of the Year": a title given
    each year is an award, though the model cuts the name before "the Year"."""
    doc, end = span.doc, span.end
    if span[-1].lower_ == "of":
        end -= 1
    words = [t.lower_ for t in doc[end : end + 3]]
    return words == ["of", "the", "year"] and doc[end + 2].text == "Year"


def _names_a_building(span: Span) -> bool:
    """ "a ceremony at Zurich's Opera house": a name before a lower-case noun for a
    building is that building's."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in _BUILDINGS


def lowercase_body(token: Token) -> tuple[str, str] | None:
    """ "Seoul's unification ministry" -> ("Unification Ministry (South Korea)", as written)."""
    if token.lower_ not in ORG_HEADS or not token.is_lower or token.ent_type_:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None and owner.ent_type_ in {"GPE", "LOC"}:
        info = gazetteer.lookup(owner.text)
    else:
        # "the Dutch economy ministry": a demonym names the state it belongs to
        owner = next((c for c in token.children if c.dep_ == "amod" and c.i < token.i), None)
        if owner is None or owner.ent_type_ != "NORP":
            return None
        info = gazetteer.country_of_demonym(owner.text)
    if info is None or info.country is None:
        return None
    words = [c for c in token.children if c.dep_ == "compound" and c.i > owner.i and c.is_lower]
    if not words:
        return None
    name = " ".join(w.text.capitalize() for w in [*words, token])
    written = token.doc[owner.i : token.i + 1].text
    return f"{name} ({gazetteer.country_name(info.country)})", written


def _short_form(name: str) -> bool:
    """A word that stands alone for the one longer name ending in it: a name of several
    words, an institution's noun ("the Commission"), a club's last word ("City" for
    Manchester City)."""
    return len(name.split()) > 1 or name.lower() in INSTITUTIONS or name in CLUB_SUFFIXES


def _merge(names: list[tuple[str, str]], defined: dict[str, str]) -> list[Organization]:
    canon = list(dict.fromkeys(n for n, _ in names))
    target: dict[str, str] = {
        acronym: full for acronym, full in defined.items() if acronym in canon and full in canon
    }
    for name in canon:
        if name in target:
            continue
        bare = name.replace("&", "").replace(".", "")
        for other in canon:
            if other == name or len(other) <= len(name):
                continue
            if (
                other == f"The {name}"  # "The Guardian" and, at a sentence's start, "Guardian"
                or (bare.isupper() and len(bare) >= 2 and initials(other) == bare)
                or (
                    other.startswith(name + " ")
                    and sum(1 for o in canon if o.startswith(name + " ")) == 1
                )
                or (
                    other.endswith(" " + name)
                    and _short_form(name)
                    and sum(1 for o in canon if o.endswith(" " + name)) == 1
                )
            ):
                target[name] = other
                break
    written: dict[str, str] = {}
    for name, as_written in names:
        written.setdefault(target.get(name, name), as_written)
    result: dict[str, Organization] = {}
    for name, _ in names:
        final = target.get(name, name)
        if final not in result:
            shown = written[final]
            result[final] = Organization(name=final, as_written=shown if shown != final else None)
    return list(result.values())
