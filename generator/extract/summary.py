"""The bottom line: the lede's opening sentences, without the dateline or an opening
phrase that only sets the scene."""

from __future__ import annotations

import re

from generator.extract.sentences import split_sentences
from generator.models import Article

MAX_SUMMARY_CHARS = 400


# "In a rare diplomatic move, ": an opening adverbial of manner or circumstance.
_OPENING_PHRASE = re.compile(
    r"^(?:In|On|At|After|Amid|Despite|With|Following|In the wake of)\s+[^,]{3,40},\s+"
    r"(?=[A-Z])"
)


def without_opening_phrase(sentence: str) -> str:
    """The sentence without an opening adverbial phrase that names nothing: "In a rare
    diplomatic move, Kim ..." -> "Kim ...". A phrase with a name or a number ("In
    London,", "In 2004,") says where or when and is kept: the bottom line needs it."""
    match = _OPENING_PHRASE.match(sentence)
    if match is None:
        return sentence
    phrase = match.group(0)
    words = phrase.split()[1:]
    if any(w[:1].isupper() or any(ch.isdigit() for ch in w) for w in words):
        return sentence
    return sentence[match.end() :]


def summarize(article: Article) -> str:
    sentences = split_sentences(article.lede)
    if sentences:
        sentences[0] = without_opening_phrase(sentences[0])
    summary = ""
    for sentence in sentences:
        if summary and len(summary) + len(sentence) > MAX_SUMMARY_CHARS:
            break
        summary = f"{summary} {sentence}".strip()
        if len(summary) > MAX_SUMMARY_CHARS // 2:
            break
    return summary
