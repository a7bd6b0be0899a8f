"""The data that flows through the pipeline.

`Article` is what a reader found in a source file; it is plain, frozen data so that
worker processes can pass it around cheaply. `Briefing` is what people review and
publish: a pydantic model, because it is loaded from hand-edited YAML and must say
precisely which field is wrong, and because its JSON Schema gives editors completion.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    StringConstraints,
    model_serializer,
)

SCHEMA_VERSION = 1

ArticleFormat = Literal["text", "markdown", "html", "feed"]
BlockKind = Literal["heading", "paragraph", "quote", "list_item"]


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of an article's body, in reading order."""

    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline at the head of the lede, as the reader found it: "SEOUL (Reuters) -"
    is place "Seoul", agency "Reuters"; "WASHINGTON, Sept. 5 (AP) -" also gives the day
    the story was filed, kept as written in `when`. The words stay in the paragraph (a
    briefing quotes the article faithfully); `length` says how many characters of the
    lede they take, separator included, so the extractor can leave them out. `place` is
    empty when the dateline credits only an agency ("(CNN)", "(Reuters) -")."""

    place: str
    agency: str | None = None
    when: str | None = None
    length: int = 0


@dataclass(frozen=True, slots=True)
class Article:
    """What a reader found in one source: text and metadata, nothing inferred yet.

    `path` is the source file as the project names it (relative to the project root
    where possible); `entry` tells apart the articles of one feed file.
    """

    path: str
    format: ArticleFormat
    sha256: str
    blocks: tuple[Block, ...]
    title: str | None = None
    dateline: Dateline | None = None
    byline: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None
    entry: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def lede_index(self) -> int | None:
        """Where the lede is in `blocks`: the first block of kind paragraph (a heading,
        list item or pull quote before it is not the lede). The one definition of the
        first paragraph, for the readers' dateline and every extractor."""
        return next((i for i, b in enumerate(self.blocks) if b.kind == "paragraph"), None)

    @property
    def lede(self) -> str:
        """The lede without its dateline."""
        index = self.lede_index
        if index is None:
            return ""
        text = self.blocks[index].text
        return text[self.dateline.length :].strip() if self.dateline else text

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind != "heading"]

    @property
    def words(self) -> int:
        return sum(len(b.text.split()) for b in self.blocks if b.kind != "heading")


class Status(StrEnum):
    """The editorial workflow; only approved and published briefings go public."""

    draft = "draft"
    review = "review"
    approved = "approved"
    published = "published"
    retracted = "retracted"


NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
Tag = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


class Model(BaseModel):
    """Base of every briefing part: unknown fields are errors (a typo such as
    `sumary` must not be silently dropped), and values are re-validated on assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Source(Model):
    path: NonEmpty = Field(description="The article file, relative to the project.")
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] = Field(
        description="Hash of the raw file: re-ingest knows when the source changed."
    )
    format: ArticleFormat
    entry: str | None = Field(None, description="The feed entry id, for feed articles.")
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    language: str | None = None
    words: int = Field(ge=0)
    ingested: dt.date | None = Field(
        None,
        description="Set when the article gives no date: the day it was first ingested, "
        "which `published` then holds so the briefing is listed by that day.",
    )


class Section(Model):
    heading: str | None = Field(None, description="None for the lede, before any heading.")
    paragraphs: list[str] = Field(default_factory=list)


class Locator(Model):
    """Where in the article a finding comes from: 1-based section and paragraph
    numbers into `sections`, so a reviewer can check it and the page can link to it."""

    section: int | None = Field(None, ge=1)
    paragraph: int | None = Field(None, ge=1)


class KeyPoint(Locator):
    text: NonEmpty


_MARKERS = ("unsure", "speaker_reason")


Unsure = Annotated[
    str | None,
    Field(
        description="Why the extractor is unsure of this entry; absent when it is sure."
        " Delete it once a reviewer has checked the entry."
    ),
]


class Marked(Model):
    """An entry the extractor may be unsure of (its `unsure` field). The markers are
    written only when set, so a briefing the extractor is sure of reads (and hashes)
    as before they existed; a reviewer who has checked the entry clears the warning
    by deleting the marker."""

    @model_serializer(mode="wrap")
    def _omit_unset_markers(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        data: dict[str, object] = handler(self)
        for key in _MARKERS:
            if key in data and data[key] is None:
                del data[key]
        return data


class Person(Marked):
    name: NonEmpty
    role: str | None = None
    id: str | None = Field(
        default=None, description="The entity's id in the registry (entities.yaml)."
    )
    unsure: Unsure = None


class Organization(Marked):
    name: NonEmpty
    as_written: str | None = None
    id: str | None = Field(
        default=None, description="The entity's id in the registry (entities.yaml)."
    )
    unsure: Unsure = None


class Place(Marked):
    name: NonEmpty
    country: CountryCode | None = Field(None, description="ISO 3166-1 alpha-2 code.")
    kind: Literal["country", "city", "region"] | None = None
    as_written: str | None = None
    id: str | None = Field(
        default=None, description="The entity's id in the registry (entities.yaml)."
    )
    unsure: Unsure = None


class Quote(Locator, Marked):
    """`unsure` when the speaker was given on weak evidence, `speaker_reason` when
    none was given: a wrong speaker is worse than none."""

    text: NonEmpty
    speaker: str | None = Field(None, description="None for an unnamed speaker.")
    role: str | None = None
    speaker_reason: str | None = Field(
        None,
        description="Why the quote has no speaker (no speech verb with a subject, several"
        " candidates...); absent when it has one. Delete it once a reviewer has checked.",
    )
    unsure: Unsure = None


class Attribution(Locator):
    source: NonEmpty
    claim: NonEmpty


class DateMention(Model):
    text: NonEmpty
    date: PartialDate | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD.")
    refers_to: str | None = None


class Editorial(Model):
    """Written by people, never overwritten by re-ingest."""

    why_it_matters: str = ""
    assessment: str = ""
    confidence: Literal["low", "moderate", "high"] | None = None
    reviewers: list[str] = Field(default_factory=list)
    approved: dt.date | None = None


class Stamp(Model):
    """What the generator wrote last time, so re-ingest can tell human edits from its own.

    `fields` maps each machine-made field to a short digest of the value the generator
    wrote (for lists, one digest per item)."""

    version: str
    fields: dict[str, str | list[str]] = Field(default_factory=dict)


class Briefing(Model):
    model_config = ConfigDict(populate_by_name=True)

    schema_version: int = Field(SCHEMA_VERSION, alias="schema", ge=1, le=SCHEMA_VERSION)
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=120)]
    status: Status = Status.draft
    title: NonEmpty
    dateline: str | None = None
    published: dt.date | None = None
    source: Source
    summary: str = ""
    key_points: list[KeyPoint] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    tags: list[Tag] = Field(default_factory=list)
    editorial: Editorial = Field(default_factory=Editorial)
    generator: Stamp | None = Field(None, description="Kept by the generator; do not edit.")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one file, as validate and ingest report it."""

    path: Path | str
    message: str
    severity: Literal["error", "warning", "info"] = "error"
    line: int | None = None
    column: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        what = f"{self.field}: " if self.field else ""
        return f"{where}: {self.severity}: {what}{self.message}"
