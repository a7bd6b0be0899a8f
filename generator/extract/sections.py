"""The article's own structure, headings as found: the lede is the section without one."""

from __future__ import annotations

from generator.models import Article, Section


def sections_of(article: Article) -> list[Section]:
    sections: list[Section] = []
    current = Section(heading=None)
    for block in article.blocks:
        if block.kind == "heading":
            if current.heading is not None or current.paragraphs:
                sections.append(current)
            current = Section(heading=block.text)
        else:
            current.paragraphs.append(block.text)
    if current.heading is not None or current.paragraphs:
        sections.append(current)
    return sections
