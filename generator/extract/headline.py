"""A headline for articles that have none (many wires), written from the lede's first
sentence the way sub-editors do: the main clause only (no opening adverbial, no
trailing "with ..." or "according to ..."), no time words, "is set to" -> "set to",
and people after the first by surname ("to meet with President Vladimir Putin" ->
"to meet Putin"). An editor is expected to improve it; it only has to be factual.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.document import ParsedArticle
from generator.extract.lexicon import CLAIM_VERBS
from generator.extract.people import People
from generator.extract.sentences import split_sentences
from generator.models import Article

MAX_HEADLINE_WORDS = 14
# Children of the main verb a headline leaves out.
_DROP_DEPS = {
    "punct",
    "advcl",
    "advmod",
    "npadvmod",
    "prep",
    "mark",
    "cc",
    "conj",
    "intj",
    "parataxis",
    "dep",
    "appos",
    "meta",
}
_KEEP_PREP_HEADS = {"meet", "talk", "visit"}
_HEADLINE_AUX = {"is", "are", "was", "were"}
_PERFECT_AUX = {"has", "have", "had", "been"}
# Modifiers of the subject a shorter reading leaves out ("Negotiators [from 60 countries]").
_SUBJECT_EXTRAS = {"prep", "relcl", "acl", "appos", "punct"}
_SMALL_WORDS = {"to", "with", "and", "or", "of", "the", "a", "an", "for", "in", "on", "at", "by"}


def headline(parsed: ParsedArticle, people: People) -> str:
    """The parse-based headline, or the first clause of the lede if the parse gives none."""
    if parsed.paragraphs:
        para = parsed.paragraphs[0]
        sent = para.sents[0] if para.sents else None
        if sent is not None:
            text = _from_sentence(sent, para.index, people)
            if text:
                return text
    return provisional_headline(parsed.article)


def _from_sentence(sent: Span, para: int, people: People) -> str | None:
    """The longest of four readings that fits MAX_HEADLINE_WORDS: the subject with or
    without its modifiers ("Negotiators from more than 60 countries"), the verb with or
    without the complement it needs ("agree on how to share the cost of ..."). Cutting
    a long reading mid-phrase would leave a headline that says less than a short one."""
    root = main_clause(sent)
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or root.pos_ not in {"VERB", "AUX"}:
        return None
    readings = [(full, complements) for complements in (True, False) for full in (True, False)]
    fallback: list[str] = []
    for full_subject, complements in readings:
        words = _reading(root, subject, para, people, full_subject, complements)
        if len(words) < 3:
            continue
        if len(words) <= MAX_HEADLINE_WORDS:
            return _capitalise(" ".join(words))
        fallback = words
    if not fallback:
        return None
    words = fallback[:MAX_HEADLINE_WORDS]
    while words and words[-1].lower() in _SMALL_WORDS:
        words.pop()
    return _capitalise(" ".join(words))


def main_clause(sent: Span) -> Token:
    """The verb that says what happened. "At least 12 people have been killed ...,
    officials said": the news is the reported clause, not the saying."""
    root = sent.root
    if root.lower_ in CLAIM_VERBS:
        reported = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
        if reported is not None and reported.pos_ in {"VERB", "AUX"}:
            return reported
    return root


def _reading(
    root: Token,
    subject: Token,
    para: int,
    people: People,
    full_subject: bool,
    complements: bool,
) -> list[str]:
    keep: set[int] = set()
    if full_subject:
        keep.update(t.i for t in subject.subtree)
    else:
        keep.update(
            t.i
            for t in subject.subtree
            if not any(
                a.head == subject and a.dep_ in _SUBJECT_EXTRAS
                for a in [t, *t.ancestors]
                if a != subject
            )
        )
    _collect(root, keep, is_root=True, complements=complements)
    tokens = [
        t
        for t in root.sent
        if t.i in keep
        and t.ent_type_ not in {"DATE", "TIME"}
        # headlinese drops articles, except inside a name ("The Hague")
        and not (t.dep_ == "det" and t.lower_ in {"a", "an", "the"} and not t.ent_type_)
    ]
    # "is set to visit" -> "set to visit"; "have been killed" -> "killed"
    passive = any(c.dep_ == "auxpass" for c in root.children)
    tokens = [
        t
        for t in tokens
        if not (
            t.head == root
            and t.dep_ in {"aux", "auxpass"}
            and (t.lower_ in _HEADLINE_AUX or (passive and t.lower_ in _PERFECT_AUX))
        )
    ]
    return _words(_shorten_names(tokens, para, people))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _collect(
    token: Token, keep: set[int], is_root: bool = False, complements: bool = False
) -> None:
    keep.add(token.i)
    # "agree on how to share": a verb without an object keeps its first prepositional
    # complement, unless it only says when; "the cost of the fund": a noun keeps "of".
    complement = None
    if (
        complements
        and token.pos_ == "VERB"
        and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in token.children)
    ):
        complement = next(
            (
                c
                for c in token.children
                if c.dep_ == "prep"
                and c.i > token.i
                and not any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
            ),
            None,
        )
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and is_root:
            continue
        if child.dep_ == "prep" and child.lower_ == "with" and token.lower_ in _KEEP_PREP_HEADS:
            # "meet with X" -> "meet X"
            for grandchild in child.children:
                _collect(grandchild, keep, complements=complements)
            continue
        if child == complement or (
            complements
            and child.dep_ == "prep"
            and child.lower_ == "of"
            and token.pos_ == "NOUN"
            and child.i == token.i + 1
        ):
            _collect(child, keep, complements=complements)
            continue
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ == "advcl" and purpose:
            _collect(child, keep, complements=complements)  # a purpose clause: "to meet Putin"
            continue
        if child.dep_ in _DROP_DEPS and child.tag_ != "WRB":  # keep "how to share"
            continue
        if child.dep_ in {
            "aux",
            "auxpass",
            "neg",
            "prt",
            "det",
            "amod",
            "compound",
            "nummod",
            "poss",
            "case",
            "nmod",
        }:
            keep.update(t.i for t in child.subtree)
            continue
        _collect(child, keep, complements=complements)


def _shorten_names(tokens: list[Token], para: int, people: People) -> list[Token]:
    """The first person keeps the full name and role; later ones go by surname."""
    out: list[Token] = []
    seen: set[str] = set()
    for token in tokens:
        person = people.at(para, token.i)
        if person is None:
            out.append(token)
            continue
        if person.name in seen:
            continue
        mention = next(m for m in person.mentions if m.para == para and m.start <= token.i < m.end)
        span = range(mention.start, mention.end)
        if out and seen:
            # a later person: drop the words of their role and name except the surname
            while out and out[-1].dep_ == "compound" and out[-1].head.i in span:
                out.pop()
            if token.i == mention.end - 1:
                out.append(token)
                seen.add(person.name)
            continue
        out.append(token)
        if token.i == mention.end - 1:
            seen.add(person.name)
    return out


def _words(tokens: list[Token]) -> list[str]:
    text = "".join(t.text_with_ws for t in tokens)
    return text.replace("\u2019s", "'s").split()


def provisional_headline(article: Article) -> str:
    """The lede's first clause, cut at a word boundary: the fallback without a parse."""
    sentences = split_sentences(article.lede)
    if not sentences:
        return "Untitled article"
    first = sentences[0].rstrip(".!?")
    first = re.sub(r"^(?:In|On|At|After|Before|Amid|Despite|With|As)\b[^,]{0,60},\s*", "", first)
    clause = first.split(", ")[0]  # a first clause that says something is enough
    if len(first.split()) > MAX_HEADLINE_WORDS and len(clause.split()) >= 5:
        first = clause
    words = first.split()
    if len(words) > MAX_HEADLINE_WORDS:
        words = words[:MAX_HEADLINE_WORDS]
        while words and words[-1].lower().strip(",;") in _SMALL_WORDS:
            words.pop()
    text = " ".join(words).rstrip(",;:")
    if not text:  # a lede of punctuation only, such as ".."
        return "Untitled article"
    return text[:1].upper() + text[1:]
