"""Organisations, normalised: one entry per body however the article names it.

"the EU" and "European Union" are one (a table of well-known aliases); an acronym
is joined to the full name it abbreviates in the same article ("S&P" and
"Standard & Poor's"), and a name to a longer one it begins ("Lycos" and "Lycos
Europe"). Bodies the model cannot see because they are written in lower case
("Seoul's unification ministry") are found from the parse and named with their
country: "Unification Ministry (South Korea)".
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.extract import gazetteer
from generator.extract.document import ParsedArticle
from generator.extract.entities import Mention
from generator.extract.lexicon import ORG_HEADS
from generator.extract.organizations_data import canonical_organization
from generator.models import Organization

_SMALL_WORDS = {"of", "and", "the", "for", "de", "du", "la", "&"}
# Last words of names the model tags as organisations that are laws, prizes, events.
_NOT_BODIES = {
    "bill", "act", "prize", "award", "awards", "cup", "championship", "championships",
    "games", "trophy", "festival", "show", "oscars", "league", "index", "treaty",
}
# "Constitutional Affairs Minister Chris Leslie": a portfolio, not a body.
_PORTFOLIO_HEADS = {"minister", "secretary", "spokesman", "spokeswoman", "spokesperson"}


def find_organizations(parsed: ParsedArticle, mentions: list[Mention]) -> list[Organization]:
    names: list[tuple[str, str]] = []  # (canonical, as written), first mention first
    person_words = {w for m in mentions if m.kind == "person" for w in m.text.split()}
    for m in mentions:
        if m.kind == "org" and m.text not in person_words and _is_body(m, parsed):
            names.append((canonical_organization(m.text), m.text))
    for para in parsed.paragraphs:
        for token in para.doc:
            found = lowercase_body(token)
            if found:
                names.append(found)
    return _merge(names)


def _is_body(m: Mention, parsed: ParsedArticle) -> bool:
    span = m.span(parsed)
    if span[-1].lower_ in _NOT_BODIES:
        return False
    root = span.root
    return not (root.dep_ == "compound" and root.head.lower_ in _PORTFOLIO_HEADS)


def lowercase_body(token: Token) -> tuple[str, str] | None:
    """"Seoul's unification ministry" -> ("Unification Ministry (South Korea)", as written)."""
    if token.lower_ not in ORG_HEADS or not token.is_lower or token.ent_type_:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or owner.ent_type_ not in {"GPE", "LOC"}:
        return None
    info = gazetteer.lookup(owner.text)
    if info is None or info.country is None:
        return None
    words = [c for c in token.children if c.dep_ == "compound" and c.i > owner.i and c.is_lower]
    if not words:
        return None
    name = " ".join(w.text.capitalize() for w in [*words, token])
    written = token.doc[owner.i:token.i + 1].text
    return f"{name} ({gazetteer.country_name(info.country)})", written


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _SMALL_WORDS]
    return "".join(w[0] for w in words).upper()


def _merge(names: list[tuple[str, str]]) -> list[Organization]:
    canon = list(dict.fromkeys(n for n, _ in names))
    target: dict[str, str] = {}
    for name in canon:
        bare = name.replace("&", "").replace(".", "")
        for other in canon:
            if other == name or len(other) <= len(name):
                continue
            if (bare.isupper() and len(bare) >= 2 and _initials(other) == bare) or (
                other.startswith(name + " ")
                and sum(1 for o in canon if o.startswith(name + " ")) == 1
            ) or (
                other.endswith(" " + name) and len(name.split()) > 1
                and sum(1 for o in canon if o.endswith(" " + name)) == 1
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
            result[final] = Organization(
                name=final, as_written=shown if shown != final else None
            )
    return list(result.values())
