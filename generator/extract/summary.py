"""The bottom line: the lede's opening sentences, without the dateline."""

from __future__ import annotations

from generator.extract.sentences import split_sentences
from generator.models import Article
from generator.readers.dateline import find_dateline

MAX_SUMMARY_CHARS = 400


def lede(article: Article) -> str:
    """The first paragraph with its dateline removed."""
    first = next((b.text for b in article.blocks if b.kind == "paragraph"), "")
    found = find_dateline(first)
    return first[found.length :].strip() if found else first


def summarize(article: Article) -> str:
    sentences = split_sentences(lede(article))
    summary = ""
    for sentence in sentences:
        if summary and len(summary) + len(sentence) > MAX_SUMMARY_CHARS:
            break
        summary = f"{summary} {sentence}".strip()
        if len(summary) > MAX_SUMMARY_CHARS // 2:
            break
    return summary
