"""A named-entity mention: the one record every extractor reads (entities.py makes them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span

from generator.extract.document import ParsedArticle

Kind = Literal["person", "org", "place", "norp"]


@dataclass(frozen=True, slots=True)
class Mention:
    kind: Kind
    para: int  # index into ParsedArticle.paragraphs
    start: int  # token span in that paragraph's doc
    end: int
    text: str  # cleaned: no "the", no possessive, no honorific
    title: str | None = None  # the honorific dropped from a person's name, lower case
    cued: bool = False  # named after "firm", "bank"...: an organisation for certain
    unsure: str | None = None  # why its kind is in doubt (the model read it otherwise)
    surely_person: bool = False  # "rapper Nelly", "Ahmed 'Mido' Hossam": a person for certain
    label: str = ""  # the model's label of the entity it comes from ("" when a frame found it)

    def span(self, parsed: ParsedArticle) -> Span:
        return parsed.paragraphs[self.para].doc[self.start : self.end]
