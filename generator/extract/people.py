"""People: one entry per person, under the fullest name the article uses, with the
role it gives them.

News introduces a person once in full ("North Korean leader Kim Jong Un") and then
shortens ("Kim", "Mr Kim", "he"); short mentions are joined to the most recent
person whose name contains them. The role is read from the parse around the first
mention that has one: the words before the name in its noun phrase ("President
Vladimir Putin"), or an apposition either side ("Adrienne Watson, the White House's
... spokeswoman"; "The Shadow Secretary of State ..., Theresa May,").

A head of state or government whose country the role names, by its demonym or its
name ("Russian President Vladimir Putin", "the Kyrgyz President, Askar Akaev", "UK
Prime Minister Tony Blair"), gets the office with its country: "President of Russia".
Where the article gives the title alone ("President Vladimir Putin") the role is the
title, until a later mention names the country.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from generator.extract import gazetteer
from generator.extract.document import ParsedArticle
from generator.extract.entities import Mention
from generator.extract.lexicon import (
    FEMALE_TITLES,
    HEAD_OF_STATE_TITLES,
    HONORIFICS,
    MALE_TITLES,
    PERSON_TITLES,
    PLURAL_COUNTRY_NAMES,
    SPEECH_VERBS,
)
from generator.extract.person_cues import name_words
from generator.models import Person

MAX_ROLE_WORDS = 14
# A peer's title: what follows is the name a lord or lady is known by, whatever the
# sentence does with it (unlike "Ms Jackson", also a song's title).
PEER_TITLES = frozenset(("lord", "lady"))
# Role words that are honorifics or articles, dropped at the edges of a role.
_EDGE_WORDS = HONORIFICS | {"the", "a", "an", "his", "her", "their", "its", "our", "new", "former"}


@dataclass(slots=True)
class PersonCluster:
    name: str
    words: list[str]
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None
    gender: str | None = None  # "m" / "f" when a title or pronoun tells


class People:
    """The people of one article and which mention belongs to whom."""

    def __init__(self, clusters: list[PersonCluster]) -> None:
        self.clusters = clusters
        self._at: dict[tuple[int, int], PersonCluster] = {}
        for cluster in clusters:
            for m in cluster.mentions:
                for i in range(m.start, m.end):
                    self._at[(m.para, i)] = cluster

    def at(self, para: int, token: int) -> PersonCluster | None:
        """The person a token's mention refers to, if it is part of one."""
        return self._at.get((para, token))

    def in_span(self, para: int, span: Span) -> PersonCluster | None:
        """The first person named within a span (a subject phrase, say)."""
        for token in span:
            if (found := self.at(para, token.i)) is not None:
                return found
        return None

    def mentions_before(self, para: int, token: int) -> list[tuple[Mention, PersonCluster]]:
        """Person mentions before a position, most recent first."""
        found = [
            (m, c) for c in self.clusters for m in c.mentions if (m.para, m.start) < (para, token)
        ]
        return sorted(found, key=lambda mc: (mc[0].para, mc[0].start), reverse=True)

    def as_models(self) -> list[Person]:
        return [Person(name=c.name, role=c.role, unsure=unsure_person(c)) for c in self.clusters]


def unsure_person(cluster: PersonCluster) -> str | None:
    """Why a person may not be one: the model read the name as something else too, or
    it is a single word (kept only for its role or its voice: "Sting", or a title)."""
    doubt = next((m.unsure for m in cluster.mentions if m.unsure), None)
    if doubt is not None:
        return doubt
    if len(cluster.words) == 1:
        return "a one-word name"
    return None


def _words(text: str) -> list[str]:
    return name_words(text)


def _matches(short: list[str], full: list[str]) -> bool:
    """A short mention is a contiguous run of the full name's words ("Kim", "de Vabres")."""
    n = len(short)
    return n <= len(full) and any(full[i : i + n] == short for i in range(len(full) - n + 1))


def find_people(parsed: ParsedArticle, mentions: list[Mention]) -> People:
    clusters: list[PersonCluster] = []
    last_used: dict[int, int] = {}  # id(cluster) -> order of its latest mention
    for order, m in enumerate(mn for mn in mentions if mn.kind == "person"):
        words = _words(m.text)
        if not words or all(w.isupper() and len(w) > 3 for w in words):
            continue
        target = _best_match(words, clusters, last_used)
        if target is None and len(words) == 1 and _names_a_native(words[0]):
            continue  # "the 25-year-old Dubliner": where someone is from, not a name
        if target is None:
            target = PersonCluster(m.text, words)
            clusters.append(target)
        elif len(words) > len(target.words):
            target.name, target.words = m.text, words
        target.mentions.append(m)
        last_used[id(target)] = order
        if m.title in MALE_TITLES:
            target.gender = target.gender or "m"
        elif m.title in FEMALE_TITLES:
            target.gender = target.gender or "f"
        if target.role is None or target.role in HEAD_OF_STATE_TITLES.values():
            role = role_of(m.span(parsed)) or (
                occupation_before(m.span(parsed)) if m.surely_person else None
            )
            # "President" first, "Russian President Vladimir Putin" later: the office
            # with its country is the fuller role.
            if target.role is None or (role or "").startswith(f"{target.role} of "):
                target.role = role
    return People(
        [c for c in clusters if _is_introduced(c, parsed) and not _only_as_a_part(c, parsed)]
    )


def _only_as_a_part(cluster: PersonCluster, parsed: ParsedArticle) -> bool:
    """A name the article only ever writes after an article, with no title: a part or
    a character ("the next James Bond", "the evil Darth Vader"), a band or a body ("the
    Rat Pack"), a thing named after someone ("the James Bond theme"). News writes a
    person's name bare; "the late John Peel" and "the 62-year-old Mick Jagger" are
    people, by the age or death the words before the name give."""
    return all(m.title is None and _after_an_article(m.span(parsed)) for m in cluster.mentions)


def _after_an_article(name: Span) -> bool:
    doc, i = name.doc, name.start - 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        if doc[i].lower_ in {"late", "dead"} or any(ch.isdigit() for ch in doc[i].text):
            return False
        i -= 1
    return i >= 0 and doc[i].lower_ in {"the", "a", "an"}


def _is_introduced(cluster: PersonCluster, parsed: ParsedArticle) -> bool:
    """A one-word name is kept only when the article gives it a role or a voice: news
    introduces people by full name, and lone capitalised words the model calls persons
    are mostly titles, products and places ("Hey Jude", "Linux", "the Bernabeu"). A peer
    named by title ("Lord Osborne") is kept; a name with another honorific doing what a
    sentence says ("Mr Smith lied") is someone the article names by title (not "a hit
    with Ms Jackson", a song)."""
    if len(cluster.words) > 1 or cluster.role is not None:
        return True
    if any(m.title in PEER_TITLES for m in cluster.mentions):
        return True  # "sitting with Lord Osborne": a peer is named by title and surname
    subjects = [
        (m, root)
        for m in cluster.mentions
        if (root := m.span(parsed).root).dep_ in {"nsubj", "nsubjpass"}
    ]
    return any(m.title or root.head.lower_ in SPEECH_VERBS for m, root in subjects)


def _names_a_native(word: str) -> bool:
    """A demonym ("Kenyan", "Briton") or a big city's name made a word for its natives
    ("Dubliner", "Londoner"): a capitalised word the model reads as a name. (A smaller
    town's is as often a surname: "Bonner", "Essener".)"""
    if gazetteer.country_of_demonym(word) or gazetteer.region_of_demonym(word):
        return True
    stem = word.removesuffix("er")
    city = gazetteer.lookup(stem) if stem != word else None
    return city is not None and city.kind == "city" and city.population >= gazetteer.BIG_CITY


def _best_match(
    words: list[str], clusters: list[PersonCluster], last_used: dict[int, int]
) -> PersonCluster | None:
    candidates = [c for c in clusters if _matches(words, c.words) or _matches(c.words, words)]
    if not candidates:
        return None
    # Prefer a surname match, then the person mentioned most recently.
    return max(
        candidates,
        key=lambda c: (c.words[-len(words) :] == words, last_used.get(id(c), -1)),
    )


def role_of(name: Span) -> str | None:
    """The role the parse attaches to a person's name, or None."""
    root = name.root
    doc = name.doc
    # "Adrienne Watson, the White House's ... spokeswoman": an apposition after the name.
    for child in root.children:
        if child.dep_ == "appos" and child.i >= name.end and child.ent_type_ != "PERSON":
            return _role_text([t for t in child.subtree])
    # "The Shadow Secretary of State for the Family, Theresa May,": the name is the apposition.
    if root.dep_ == "appos" and root.head.i < name.start and root.head.ent_type_ != "PERSON":
        head = root.head
        tokens = [t for t in head.subtree if t.i < name.start and not _inside(t, root)]
        return _role_text(tokens)
    # "North Korean leader Kim Jong Un", "Her coach Aston Moore": words before the name.
    left = root.left_edge.i
    tokens = [doc[i] for i in range(left, name.start)]
    if (
        tokens
        and not any(t.pos_ in {"VERB", "AUX"} or t.ent_type_ == "PERSON" for t in tokens)
        and any(t.is_lower or t.pos_ == "NOUN" or t.lower_ in PERSON_TITLES for t in tokens)
    ):
        return _role_text(tokens)  # a role has a common noun or a title, not a name alone
    return None


def occupation_before(name: Span) -> str | None:
    """ "stop rapper Nelly performing": the occupation written before a name, with the
    lower-case words that qualify it ("comedy actor"), when the parse does not join them."""
    doc = name.doc
    start = name.start
    while start > 0 and name.start - start < 3 and doc[start - 1].is_lower:
        if doc[start - 1].pos_ not in {"NOUN", "ADJ"}:
            break
        start -= 1
    return join_tokens(list(doc[start : name.start])) or None


def _inside(token: Token, ancestor: Token) -> bool:
    return token == ancestor or ancestor in token.ancestors


def _role_text(tokens: list[Token]) -> str | None:
    words = [
        t
        for t in tokens
        if t.tag_ != "POS" and t.text not in {"'s", "\u2019s"} and t.ent_type_ != "PERSON"
    ]
    while words and (words[0].lower_ in _EDGE_WORDS or words[0].is_punct):
        words.pop(0)
    while words and (
        words[-1].is_punct or words[-1].lower_ in {"and", "of", "for", "at"} | HONORIFICS
    ):
        words.pop()
    if not words or len(words) > MAX_ROLE_WORDS or any(t.pos_ == "VERB" for t in words):
        return None
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in words):
        return None
    return office_of_country([t.text for t in words]) or join_tokens(words) or None


def office_of_country(words: list[str]) -> str | None:
    """ "Russian President" -> "President of Russia", "UK Prime Minister" -> "Prime
    Minister of the United Kingdom": a head of state's or government's title after
    its country's demonym or name. None for any other role ("North Korean leader")."""
    for n in range(min(3, len(words) - 1), 0, -1):
        title = HEAD_OF_STATE_TITLES.get(" ".join(words[n:]).lower())
        if title is None:
            continue
        place = " ".join(words[:n])
        country = gazetteer.country_of_demonym(place) or gazetteer.lookup(place)
        if country is None or country.kind != "country" or not _is_proper_name(country.name):
            return None
        return f"{title} of {_with_article(country.name)}"
    return None


def _is_proper_name(name: str) -> bool:
    """ "Russia", "Democratic Republic of Congo"; not "Palestinian territories"."""
    return all(w[:1].isupper() or w in {"of", "the", "and"} for w in name.split())


def _with_article(country: str) -> str:
    words = set(country.split())
    plural = country in PLURAL_COUNTRY_NAMES
    if plural or words & {"United", "Kingdom", "Republic", "Islands", "Emirates", "States"}:
        return f"the {country}"
    return country


def join_tokens(tokens: list[Token]) -> str:
    """Tokens as text, with a space wherever the original had one or a word was left out."""
    parts = []
    for t, nxt in zip(tokens, [*tokens[1:], None], strict=False):
        gap = nxt is not None and (bool(t.whitespace_) or nxt.i > t.i + 1)
        parts.append(t.text + (" " if gap else ""))
    return " ".join("".join(parts).split())
