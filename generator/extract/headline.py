"""A provisional headline for articles that have none (many wires): the lede's first
clause, cut at a word boundary. An editor is expected to improve it."""

from __future__ import annotations

import re

from generator.extract.sentences import split_sentences
from generator.extract.summary import lede
from generator.models import Article

MAX_HEADLINE_WORDS = 14


def provisional_headline(article: Article) -> str:
    sentences = split_sentences(lede(article))
    if not sentences:
        return "Untitled article"
    first = sentences[0].rstrip(".!?")
    # Drop a leading adverbial phrase ("In a rare diplomatic move, ...").
    first = re.sub(r"^(?:In|On|At|After|Before|Amid|Despite|With|As)\b[^,]{0,60},\s*", "", first)
    words = first.split()
    if len(words) > MAX_HEADLINE_WORDS:
        words = words[:MAX_HEADLINE_WORDS]
        while words and words[-1].lower().strip(",;") in {
            "to",
            "with",
            "and",
            "or",
            "of",
            "the",
            "a",
            "an",
            "for",
            "in",
            "on",
            "at",
            "by",
        }:
            words.pop()
    text = " ".join(words).rstrip(",;:")
    return text[:1].upper() + text[1:]
