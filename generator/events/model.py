"""The event file: one story told by several briefings, reviewed in git like a briefing.

Its machine-made fields are written from the member briefings on every ingest and
merged three ways with people's edits (as a briefing's are); `briefings` is the
membership, which the generator only ever adds new briefings to: a briefing an editor
moved, or two events an editor merged, stay as the editor left them.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, StringConstraints

from generator.models import SCHEMA_VERSION, Editorial, Model, NonEmpty, PartialDate, Stamp, Status

EventId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=120)]
EntityKind = Literal["person", "organization", "place"]


class SourcedPoint(Model):
    """A fact of the story, in the words of one member (`briefing`, at `section` and
    `paragraph`: where it can be checked), carried by every briefing in `sources`."""

    text: NonEmpty
    sources: list[EventId] = Field(default_factory=list)
    briefing: EventId | None = Field(None, description="The briefing whose words these are.")
    section: int | None = Field(None, ge=1)
    paragraph: int | None = Field(None, ge=1)


class Copy(Model):
    """A near-identical copy (syndicated page, a wire story and its feed item): shown,
    but not counted as a second source."""

    briefing: EventId
    copy_of: EventId


class TimelineItem(Model):
    date: PartialDate
    text: NonEmpty
    sources: list[EventId] = Field(default_factory=list)


class EntityCount(Model):
    name: NonEmpty
    kind: EntityKind
    sources: int = Field(ge=1, description="How many member briefings name it.")


class Claim(Model):
    value: NonEmpty
    sources: list[EventId] = Field(default_factory=list)


class Disagreement(Model):
    """A figure the sources give differently: `about` is what is counted."""

    about: NonEmpty
    claims: list[Claim] = Field(default_factory=list)


class Event(Model):
    model_config = ConfigDict(populate_by_name=True)

    schema_version: int = Field(SCHEMA_VERSION, alias="schema", ge=1, le=SCHEMA_VERSION)
    id: EventId
    status: Status = Status.draft
    title: str = ""
    summary: str = ""
    key_points: list[SourcedPoint] = Field(default_factory=list)
    briefings: list[EventId] = Field(
        default_factory=list,
        description="Members; every briefing is in exactly one event. Editors may move "
        "briefings between events; ingest keeps their decision.",
    )
    copies: list[Copy] = Field(default_factory=list)
    timeline: list[TimelineItem] = Field(default_factory=list)
    entities: list[EntityCount] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)
    first_report: dt.date | None = None
    last_report: dt.date | None = None
    disagreements: list[Disagreement] = Field(default_factory=list)
    editorial: Editorial = Field(default_factory=Editorial)
    generator: Stamp | None = Field(None, description="Kept by the generator; do not edit.")


# Fields the generator writes from the members; the rest belong to people.
EVENT_MACHINE_FIELDS = (
    "title",
    "summary",
    "key_points",
    "copies",
    "timeline",
    "entities",
    "outlets",
    "first_report",
    "last_report",
    "disagreements",
)
