"""The parsed article every extractor reads: one spaCy Doc per body paragraph.

Headings are never given to the model (it tags heading lines as organisations);
each paragraph keeps its 1-based section and paragraph numbers, the locators a
briefing records. The dateline ("Seoul: ", "GENEVA, Nov. 26 (Desk) —") is cut from
the lede before parsing: given to the model it becomes part of the first sentence's
subject, an entity and a key point's opening words. The article keeps it (the
reader reports it as `Article.dateline`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from generator.extract.sections import sections_of
from generator.models import Article, Section


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int  # position among the article's body paragraphs, 0-based
    section: int  # 1-based, into briefing.sections
    paragraph: int  # 1-based, within its section
    doc: Doc
    sents: tuple[Span, ...]  # computed once: spaCy rebuilds them on every `doc.sents`
    dateline_chars: int = 0  # characters of the source paragraph before doc.text
    # computed once too: iterating a Doc makes a new Token object for every token,
    # and the extractors walk each paragraph many times
    tokens: tuple[Token, ...] = ()

    @property
    def text(self) -> str:
        return self.doc.text


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    article: Article
    sections: list[Section]
    paragraphs: list[Paragraph]


def body_layout(article: Article) -> list[tuple[int, int, str]]:
    """(section, paragraph, text) of each body paragraph, numbered as `sections_of` does."""
    out: list[tuple[int, int, str]] = []
    section, paragraph, started = 1, 0, False
    for block in article.blocks:
        if block.kind == "heading":
            if started:
                section += 1
            started, paragraph = True, 0
        else:
            started = True
            paragraph += 1
            out.append((section, paragraph, block.text))
    return out


def parse_many(
    articles: Iterable[Article], nlp: Language, chunk: int = 16
) -> Iterator[ParsedArticle]:
    """Parse articles `chunk` at a time with one `nlp.pipe` call over all their
    paragraphs, which keeps the model's batches full instead of paying its
    overhead per article."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == chunk:
            yield from _parse_batch(batch, nlp)
            batch = []
    if batch:
        yield from _parse_batch(batch, nlp)


def _parse_batch(batch: list[Article], nlp: Language) -> Iterator[ParsedArticle]:
    layouts = [body_layout(article) for article in batch]
    texts = [
        text[skip if block == lede else 0 :]
        for article, layout in zip(batch, layouts, strict=True)
        for lede, skip in [_dateline_in_body(article)]
        for block, (_, _, text) in enumerate(layout)
    ]
    docs = list(nlp.pipe(texts, batch_size=max(len(texts), 1)))
    start = 0
    for article, layout in zip(batch, layouts, strict=True):
        yield _assemble(article, layout, docs[start : start + len(layout)])
        start += len(layout)


def _assemble(
    article: Article, layout: list[tuple[int, int, str]], docs: list[Doc]
) -> ParsedArticle:
    paragraphs = []
    for index, ((section, number, text), doc) in enumerate(zip(layout, docs, strict=True)):
        skip = len(text) - len(doc.text)
        paragraphs.append(
            Paragraph(index, section, number, doc, tuple(doc.sents), skip, tuple(doc))
        )
    return ParsedArticle(article, sections_of(article), paragraphs)


def _dateline_in_body(article: Article) -> tuple[int | None, int]:
    """The lede's position among the body blocks (headings are not in the body) and
    the characters of it that the dateline takes."""
    index = article.lede_index
    if index is None or article.dateline is None:
        return None, 0
    return sum(b.kind != "heading" for b in article.blocks[:index]), article.dateline.length
