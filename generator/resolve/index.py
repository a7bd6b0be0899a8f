"""The registry in memory, indexed for resolving names: by key, by loose key and by
surname, each a dict, so resolving a mention costs a few lookups whatever the size
of the corpus. Merges are followed to the entry that stands for the entity (its
root); what entities appear together (their context) is kept per root, to tell two
people of one surname apart.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from generator.identity import KINDS, Entity, EntityKind, EntityStatus, Registry
from generator.ids import slugify
from generator.resolve import names, org_names

MAX_MERGE_DEPTH = 16


class Index:
    def __init__(self, registry: Registry) -> None:
        self.entities: dict[str, Entity] = {}
        self.by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.by_loose: dict[str, list[str]] = defaultdict(list)
        self.by_surname: dict[str, list[str]] = defaultdict(list)
        self.by_acronym: dict[str, list[str]] = defaultdict(list)
        self.by_initial: dict[str, list[str]] = defaultdict(list)
        self.by_tail: dict[str, list[str]] = defaultdict(list)
        self.by_core: dict[str, list[str]] = defaultdict(list)
        self.by_shorter: dict[str, list[str]] = defaultdict(list)  # a form without its head noun
        self.by_org_loose: dict[str, list[str]] = defaultdict(list)
        self.by_head: dict[str, list[str]] = defaultdict(list)  # "academy": Academy of ...
        self.context: dict[str, set[str]] = defaultdict(set)
        self.revision = 0  # changes to the entries since the registry was read
        for entity in registry.entities:
            self.add(entity.model_copy(deep=True), new=False)

    def registry(self) -> Registry:
        return Registry(entities=list(self.entities.values()))

    @property
    def changed(self) -> bool:
        """Whether the registry differs from the one read: it must be saved."""
        return self.revision > 0

    # -- building --------------------------------------------------------------

    def add(self, entity: Entity, new: bool = True) -> Entity:
        self.entities[entity.id] = entity
        for name in entity.names:
            self._index_name(entity, name)
        self.revision += new
        return entity

    def _index_name(self, entity: Entity, name: str) -> None:
        _append(self.by_key[(entity.kind, names.key(name))], entity.id)
        if entity.kind == "person":
            _append(self.by_loose[names.loose_key(name)], entity.id)
            if not names.is_bare(name):
                _append(self.by_surname[names.surname(name)], entity.id)
            if initial := names.initial_key(name):
                _append(self.by_initial[initial], entity.id)
        elif entity.kind == "organization":
            if initials := names.acronym(name):
                _append(self.by_acronym[initials], entity.id)
            for tail in names.tails(name):
                _append(self.by_tail[tail], entity.id)
            if core := names.org_core(name):
                _append(self.by_core[core], entity.id)
            self._index_organization(entity, name)

    def _index_organization(self, entity: Entity, name: str) -> None:
        """The forms of `org_names`: shorter, loose, and the head of "X of Y"."""
        for form in org_names.shorter_forms(name):
            _append(self.by_shorter[form], entity.id)
        if loose := org_names.loose_key(name):
            _append(self.by_org_loose[loose], entity.id)
        if head := org_names.head(name):
            _append(self.by_head[head], entity.id)

    def add_alias(self, entity: Entity, name: str) -> None:
        """A spelling the entry does not list yet (compared by key)."""
        if any(names.key(n) == names.key(name) for n in entity.names):
            return
        entity.aliases = [*entity.aliases, name]
        self._index_name(entity, name)
        self.revision += 1

    def merge(self, entity: Entity, into: Entity) -> None:
        entity.merged_into = into.id
        self.context[into.id] |= self.context.pop(entity.id, set())
        self.revision += 1

    def new_entity(self, kind: EntityKind, name: str, country: str | None) -> Entity:
        base = slugify(name) or "n-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
        if kind == "place" and country:
            base = f"{base}-{country.lower()}"
        entity_id, n = base, 1
        while entity_id in self.entities:
            n += 1
            entity_id = f"{base}-{n}"
        return self.add(Entity(id=entity_id, kind=kind, name=name, country=country))

    # -- reading ---------------------------------------------------------------

    def root(self, entity_id: str) -> Entity | None:
        """The entry an id stands for once merges are followed; None if unknown."""
        entity = self.entities.get(entity_id)
        for _ in range(MAX_MERGE_DEPTH):
            if entity is None or entity.merged_into is None:
                return entity
            entity = self.entities.get(entity.merged_into)
        return entity

    def roots(self, ids: list[str], kind: str | None = None) -> list[Entity]:
        found: dict[str, Entity] = {}
        for entity_id in ids:
            root = self.root(entity_id)
            if root is not None and (kind is None or root.kind == kind):
                found.setdefault(root.id, root)
        return list(found.values())

    def by_name(self, kind: str, name: str) -> list[Entity]:
        return self.roots(self.by_key.get((kind, names.key(name)), []), kind)

    def group(self, root: Entity) -> list[Entity]:
        """The entry and every entry merged into it (small: a few per entity)."""
        return [e for e in self.entities.values() if e is root or self.root(e.id) is root]

    def knows(self, root: Entity, name: str) -> bool:
        """Whether the name is a spelling of this entity (its own or a merged entry's)."""
        wanted = names.key(name)
        return any(
            self.root(i) is root for kind in KINDS for i in self.by_key.get((kind, wanted), [])
        )

    def prominence(self, entity: Entity) -> int:
        return len(self.context.get(entity.id, ()))

    def forget_context(self) -> None:
        """Before the context is learnt again from the briefings as they are: what a
        run noted on the way (drafts' first guesses, names since merged) would make
        it differ from what the next run learns from the same files."""
        self.context.clear()

    def note_together(self, ids: set[str]) -> None:
        """Entities named in one briefing: each one's context."""
        for entity_id in ids:
            self.context[entity_id].update(ids - {entity_id})


def _append(ids: list[str], entity_id: str) -> None:
    if entity_id not in ids:
        ids.append(entity_id)


def is_live(entity: Entity) -> bool:
    return entity.status != EntityStatus.not_an_entity
