"""The entity registry: one identity per person, organisation and place, across the
corpus, kept in git beside the briefings (`entities.yaml`).

Briefings name things as each article writes them; the registry says which names are
one entity, what it is called (`name`, the canonical name), what kind it is, where it
belongs, and who said so. Ingest proposes entries (`status: draft`); an editor confirms
or corrects them once, and every briefing and dossier follows on the next run:

* rename: change `name` (the old name is kept as an alias on the next ingest);
* merge: set `merged_into` to the other entry's id (or move the aliases and delete it);
* split: add an entry and move the names that are its own into it;
* "not an entity": `status: not-an-entity`; briefings drop every mention of it;
* wrong kind or country: change `kind` or `country`.

A pydantic model, like the briefing, so that a hand-edited file gets an error at the
field that is wrong, and a JSON Schema gives editors completion.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from generator.models import CountryCode, Model, NonEmpty

REGISTRY_SCHEMA_VERSION = 1
EntityId = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=1, max_length=80)
]
EntityKind = Literal["person", "organization", "place"]
KINDS: tuple[EntityKind, ...] = ("person", "organization", "place")


class EntityStatus(StrEnum):
    """Who vouches for an entry: the generator (draft) or an editor."""

    draft = "draft"
    confirmed = "confirmed"
    not_an_entity = "not-an-entity"  # mentions of it are dropped from briefings


class Entity(Model):
    id: EntityId = Field(description="Stable: briefings and dossiers refer to it; never reused.")
    kind: EntityKind
    name: NonEmpty = Field(description="The canonical name: what briefings and dossiers show.")
    aliases: list[NonEmpty] = Field(
        default_factory=list, description="Other names of this entity (variants, old names)."
    )
    country: CountryCode | None = Field(default=None, description="ISO 3166-1 alpha-2 code.")
    status: EntityStatus = EntityStatus.draft
    merged_into: EntityId | None = Field(
        default=None, description="The id of the entry this one is the same entity as."
    )
    description: str | None = None
    external_id: str | None = Field(default=None, description='For example "wikidata:Q207".')

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


class Registry(Model):
    schema_version: int = Field(
        default=REGISTRY_SCHEMA_VERSION, alias="schema", ge=1, le=REGISTRY_SCHEMA_VERSION
    )
    entities: list[Entity] = Field(default_factory=list)

    model_config = Model.model_config | {"populate_by_name": True}
