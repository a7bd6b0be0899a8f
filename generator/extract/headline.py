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
from generator.extract.people import People
from generator.extract.sentences import split_sentences
from generator.extract.summary import lede
from generator.models import Article

MAX_HEADLINE_WORDS = 14
# Children of the main verb a headline leaves out.
_DROP_DEPS = {"punct", "advcl", "advmod", "npadvmod", "prep", "mark", "cc", "conj", "intj",
              "parataxis", "dep", "appos", "meta"}
_KEEP_PREP_HEADS = {"meet", "talk", "visit"}
_HEADLINE_AUX = {"is", "are", "was", "were"}
_SMALL_WORDS = {"to", "with", "and", "or", "of", "the", "a", "an", "for", "in", "on", "at", "by"}


def headline(parsed: ParsedArticle, people: People) -> str:
    """The parse-based headline, or the first clause of the lede if the parse gives none."""
    if parsed.paragraphs:
        para = parsed.paragraphs[0]
        sent = next((s for s in para.sents if s.end_char > para.skip_chars), None)
        if sent is not None:
            text = _from_sentence(sent, para.index, people)
            if text:
                return text
    return provisional_headline(parsed.article)


def _from_sentence(sent: Span, para: int, people: People) -> str | None:
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or root.pos_ not in {"VERB", "AUX"}:
        return None
    keep: set[int] = set()
    keep.update(t.i for t in subject.subtree)
    _collect(root, keep, is_root=True)
    tokens = [t for t in sent if t.i in keep and t.ent_type_ not in {"DATE", "TIME"}]
    # "is set to visit" -> "set to visit"
    tokens = [
        t for t in tokens
        if not (t.head == root and t.dep_ in {"aux", "auxpass"} and t.lower_ in _HEADLINE_AUX)
    ]
    tokens = _shorten_names(tokens, para, people)
    words = _words(tokens)
    if len(words) < 3:
        return None
    if len(words) > MAX_HEADLINE_WORDS:
        words = words[:MAX_HEADLINE_WORDS]
        while words and words[-1].lower() in _SMALL_WORDS:
            words.pop()
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def _collect(token: Token, keep: set[int], is_root: bool = False) -> None:
    keep.add(token.i)
    for child in token.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and is_root:
            continue
        if child.dep_ == "prep" and child.lower_ == "with" and token.lower_ in _KEEP_PREP_HEADS:
            # "meet with X" -> "meet X"
            for grandchild in child.children:
                _collect(grandchild, keep)
            continue
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ == "advcl" and purpose:
            _collect(child, keep)  # a purpose clause: "to meet Putin"
            continue
        if child.dep_ in _DROP_DEPS:
            continue
        if child.dep_ in {"aux", "auxpass", "neg", "prt", "det", "amod", "compound", "nummod",
                          "poss", "case", "nmod"}:
            keep.update(t.i for t in child.subtree)
            continue
        _collect(child, keep)


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
    sentences = split_sentences(lede(article))
    if not sentences:
        return "Untitled article"
    first = sentences[0].rstrip(".!?")
    first = re.sub(r"^(?:In|On|At|After|Before|Amid|Despite|With|As)\b[^,]{0,60},\s*", "", first)
    words = first.split()
    if len(words) > MAX_HEADLINE_WORDS:
        words = words[:MAX_HEADLINE_WORDS]
        while words and words[-1].lower().strip(",;") in _SMALL_WORDS:
            words.pop()
    text = " ".join(words).rstrip(",;:")
    return text[:1].upper() + text[1:]
