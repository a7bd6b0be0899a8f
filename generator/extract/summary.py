"""The bottom line: one sentence of at most 40 words that says what happened.

News states what happened in its first sentence, so the bottom line is the lede's
first sentence, without the dateline or an opening phrase that only sets the scene.
A longer one loses what trails its main clause, as a sub-editor cuts it: an attribution
("..., officials said"), a clause after a comma that adds background ("..., which ...",
"..., as ..."), a parenthesis. A first sentence too short to say anything on its own
("It's official.") takes the next one with it, if the two fit.
"""

from __future__ import annotations

import re

from generator.extract.sentences import split_sentences
from generator.models import Article

MAX_SUMMARY_WORDS = 40
MIN_SUMMARY_WORDS = 8

# "In a rare diplomatic move, ": an opening adverbial of manner or circumstance.
_OPENING_PHRASE = re.compile(
    r"^(?:In|On|At|After|Amid|Despite|With|Following|In the wake of)\s+[^,]{3,40},\s+"
    r"(?=[A-Z])"
)
# Where a long sentence can end early: before a trailing clause that adds background.
_TRAILING = re.compile(
    r",\s+(?:which|who|whose|where|while|as|after|before|amid|with|according to|"
    r"saying|adding|although|though|but|despite|following|in a|in an|and)\b"
    r"|\s+\((?=[^)]*\))|\s+[\u2013\u2014-]\s+"
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
    rest = sentence[match.end() :]
    return rest[:1].upper() + rest[1:]


def shorten(sentence: str, limit: int = MAX_SUMMARY_WORDS) -> str:
    """The sentence cut to at most `limit` words at the last clause boundary that
    keeps at least MIN_SUMMARY_WORDS; at a word boundary if it has none."""
    if len(sentence.split()) <= limit:
        return sentence
    cuts = [m.start() for m in _TRAILING.finditer(sentence)]
    for cut in reversed(cuts):
        head = sentence[:cut].rstrip(" ,;:")
        if MIN_SUMMARY_WORDS <= len(head.split()) <= limit:
            return _close(head)
    words = sentence.split()[:limit]
    while words and not words[-1][-1].isalnum():
        words.pop()
    return _close(" ".join(words))


def _close(text: str) -> str:
    text = text.rstrip(" ,;:")
    if text.count('"') % 2:
        text += '"'
    if text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"
    return text if text[-1:] in '.!?"\u201d' else text + "."


def summarize(article: Article, limit: int = MAX_SUMMARY_WORDS) -> str:
    """The bottom line of the article (empty if its lede is empty)."""
    sentences = split_sentences(article.lede)
    if not sentences:
        return ""
    first = without_opening_phrase(sentences[0])
    if len(first.split()) < MIN_SUMMARY_WORDS and len(sentences) > 1:
        joined = f"{first} {sentences[1]}"
        if len(joined.split()) <= limit:
            return joined
    return shorten(first, limit)
