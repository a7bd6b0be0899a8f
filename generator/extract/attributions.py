"""Who claims what: reported speech and sourcing outside direct quotes.

Two forms of English carry almost all of it: "according to X" (X is the source of
the rest of the sentence) and a subject with a verb of saying or believing and a
clause ("The New York Times reported that ...", "Analysts suggest that ..."). These
are what an analyst weighs when judging how much to trust a claim.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.document import Paragraph, ParsedArticle
from generator.extract.lexicon import CLAIM_VERBS, PRONOUNS
from generator.extract.people import People, join_tokens
from generator.models import Attribution

MAX_CLAIM_CHARS = 240
_SKIP_SOURCES = {"it", "this", "that", "which", "who", "they", "we", "i", "you", "there"}


def find_attributions(parsed: ParsedArticle, people: People) -> list[Attribution]:
    found: list[Attribution] = []
    for para in parsed.paragraphs:
        for sent in para.sents:
            if any(ch in sent.text for ch in '"\u201c\u201d'):
                continue  # direct speech is a quote, not an attribution
            for source, claim in _claims(sent, para, people):
                found.append(
                    Attribution(
                        source=source,
                        claim=_shorten(claim),
                        section=para.section,
                        paragraph=para.paragraph,
                    )
                )
    return found


def _claims(sent: Span, para: Paragraph, people: People) -> list[tuple[str, str]]:
    out = []
    for token in sent:
        if token.lower_ == "according" and (to := _child(token, "to")) is not None:
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            source = _source(obj, para, people)
            phrase = {t.i for t in token.subtree}
            rest = [t for t in sent if t.i not in phrase]
            claim = _clause_text(rest)
            if source and claim:
                out.append((source, claim))
        elif token.lower_ in CLAIM_VERBS and token.pos_ == "VERB":
            clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if clause is None or subject is None or clause.i < token.i:
                continue
            source = _source(subject, para, people)
            claim = _clause_text([t for t in clause.subtree])
            if source and claim:
                out.append((source, claim))
    return out


def _shorten(claim: str) -> str:
    """At most MAX_CLAIM_CHARS, cut at a word, without an opening adverbial phrase."""
    claim = re.sub(r"^(?:In|On|At|After|Before|Amid|Despite|With|As)\b[^,]{0,60},\s*", "", claim)
    claim = claim[:1].upper() + claim[1:]
    if len(claim) <= MAX_CLAIM_CHARS:
        return claim
    return claim[:MAX_CLAIM_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"


def _child(token: Token, word: str) -> Token | None:
    return next((c for c in token.children if c.lower_ == word), None)


def _source(head: Token, para: Paragraph, people: People) -> str | None:
    if head.lower_ in _SKIP_SOURCES:
        return None
    person = people.at(para.index, head.i)
    if person is not None:
        return person.name
    if head.lower_ in PRONOUNS:
        before = people.mentions_before(para.index, head.i)
        return before[0][1].name if before else None
    # "the European Union's climate commissioner, Anders Holm,": the person named in
    # apposition is the source.
    for child in head.children:
        if child.dep_ == "appos" and (person := people.at(para.index, child.i)) is not None:
            return person.name
    tokens = [t for t in head.subtree if t.dep_ not in {"relcl", "acl", "appos"}]
    tokens = [
        t for t in tokens if not any(a.dep_ in {"relcl", "acl", "appos"} for a in t.ancestors)
    ]
    opens_sentence = bool(tokens) and tokens[0].is_sent_start
    while tokens and tokens[0].dep_ == "det" and tokens[0].ent_type_ == "":
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    text = join_tokens(tokens)
    # "Analysts suggest" -> "analysts"; but "The Dutch economy ministry" keeps its case:
    # only a capital the sentence start put there is undone.
    if (
        opens_sentence
        and head.pos_ == "NOUN"
        and tokens[0].pos_ not in {"PROPN"}
        and not tokens[0].ent_type_
        and text[:1].isupper()
    ):
        text = text[:1].lower() + text[1:]
    return text or None


def _clause_text(tokens: list[Token]) -> str:
    while tokens and (
        tokens[0].is_punct or (tokens[0].lower_ == "that" and tokens[0].dep_ == "mark")
    ):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    text = join_tokens(tokens)
    return text[:1].upper() + text[1:] if text else ""
