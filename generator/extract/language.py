"""The language an article is written in, detected from its text.

py3langid (a maintained fork of langid.py: a naive Bayes classifier over byte n-grams,
97 languages, its model a few megabytes inside the package) classifies an article in
well under a millisecond and always gives the same answer for the same text, so ingest
throughput and determinism are kept. A text too short to tell, or a guess the
classifier is unsure of, is taken to be in the language the article declares (HTML
`lang`, front matter), else English: a one-line English wire must not lose its
extraction to a guess.
"""

from __future__ import annotations

import functools

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from generator.models import Article

DEFAULT_LANGUAGE = "en"
MIN_CHARS = 80  # shorter text is not enough to tell
MIN_CONFIDENCE = 0.9
SAMPLE_CHARS = 3000  # the opening of the article says enough, and costs less


@functools.lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(article: Article) -> str:
    """The ISO 639-1 code of the article's language."""
    declared = (article.language or "").split("-")[0].lower() or None
    text = " ".join([article.title or "", *article.paragraphs])[:SAMPLE_CHARS]
    if len(text.strip()) < MIN_CHARS:
        return declared or DEFAULT_LANGUAGE
    language, confidence = _identifier().classify(text)
    if confidence < MIN_CONFIDENCE:
        return declared or DEFAULT_LANGUAGE
    return str(language)
