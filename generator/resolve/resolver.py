"""Which registry entry each person, organisation and place of a briefing is.

A mention is looked up by its key (case, accents, punctuation aside); a person also
by loose key (middle initials and titles aside: "George Bush" is "George W Bush"),
and a bare surname by the people of that surname. Where several entries fit, the one
whose context (the entities it appears with across the corpus) shares most with this
briefing wins: Gordon Brown appears with Tony Blair and the Treasury, Dan Brown with
novels and Hollywood. Where nothing tells, a bare surname stays its own draft rather
than a guess. A name the registry does not know becomes a draft entry.

An entry's id written in a briefing is kept unless the editor moved the name to
another entry (a split); a name the entry does not list is learnt as an alias (an
editor's rename keeps the old spelling). Entries marked "not an entity" remove their
mentions; merged entries stand for the entry they were merged into.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.identity import Entity, EntityKind, EntityStatus
from generator.resolve import names
from generator.resolve.index import Index, is_live

# A bare surname with no context is given to the most prominent of its people only
# when that one appears with this many times more entities than the next.
DOMINANCE = 4


@dataclass(frozen=True, slots=True)
class Mention:
    """One name of a briefing to resolve."""

    kind: EntityKind
    name: str
    country: str | None = None
    hint: str | None = None  # the id the briefing carries already


REMOVED = "removed"
Outcome = Entity | str | None  # an entity, REMOVED, or None (undecided)


class Resolver:
    def __init__(self, index: Index) -> None:
        self.index = index

    def resolve(self, mention: Mention, context: set[str], create: bool = True) -> Outcome:
        """The entity a mention names, REMOVED when it is not one, or None when it is
        ambiguous and `create` is False (decided later, with more context)."""
        if mention.hint and (found := self._by_hint(mention)) is not None:
            return found
        name = mention.name
        if mention.kind == "person":
            cleaned = names.person_name(name)
            if cleaned is None:
                return REMOVED
            name = cleaned
        candidates = self._candidates(mention.kind, name, mention.country)
        if candidates and not any(is_live(c) for c in candidates):
            return REMOVED
        live = [c for c in candidates if is_live(c)]
        chosen = self.choose(live, context, bare=_is_bare(mention.kind, name))
        if chosen is not None:
            self._learn_spelling(chosen, name)
            return chosen
        if live and not create:
            return None
        return self.index.new_entity(mention.kind, name, mention.country)

    def _by_hint(self, mention: Mention) -> Outcome:
        assert mention.hint is not None
        root = self.index.root(mention.hint)
        if root is None:
            return None  # an id the registry no longer has: resolve by name
        if self.index.knows(root, mention.name):
            return root if is_live(root) else REMOVED
        others = [e for e in self.index.by_name(root.kind, mention.name) if e is not root]
        if len(others) == 1:  # the editor gave this name to another entry: a split
            return others[0] if is_live(others[0]) else REMOVED
        if not is_live(root):
            return REMOVED
        self.index.add_alias(root, mention.name)  # renamed by an editor: keep the old name
        return root

    def keep_old_name(self, root: Entity, name: str) -> None:
        """A briefing names this entity by a name it no longer lists (an editor renamed
        it): the name stays an alias, unless another entry claims it (a split)."""
        if self.index.knows(root, name) or self.index.by_name(root.kind, name):
            return
        if root.kind == "person" and names.is_bare(name):
            return
        self.index.add_alias(root, name)

    def _candidates(self, kind: str, name: str, country: str | None) -> list[Entity]:
        index = self.index
        found = index.by_name(kind, name)
        if kind == "place":
            return _same_place(found, country)
        if found or kind != "person":
            return found
        found = index.roots(index.by_loose.get(names.loose_key(name), []), "person")
        if found or not names.is_bare(name):
            return found
        return index.roots(index.by_surname.get(names.surname(name), []), "person")

    def choose(self, live: list[Entity], context: set[str], bare: bool) -> Entity | None:
        if len(live) == 1:
            return live[0]
        if not live:
            return None
        scored = sorted(
            live,
            key=lambda e: (-self._overlap(e, context), -self.index.prominence(e), e.id),
        )
        best, second = scored[0], scored[1]
        if self._overlap(best, context) > self._overlap(second, context):
            return best
        if not bare:
            return best  # homonyms with no context: the most prominent, deterministically
        if self.index.prominence(best) >= DOMINANCE * max(1, self.index.prominence(second)):
            return best
        return None

    def _overlap(self, entity: Entity, context: set[str]) -> int:
        return len(self.index.context.get(entity.id, set()) & context)

    def _learn_spelling(self, entity: Entity, name: str) -> None:
        """A new full spelling of a draft entry becomes an alias; a bare surname never
        does (it would name every person of that surname)."""
        if entity.status == EntityStatus.draft and not _is_bare(entity.kind, name):
            self.index.add_alias(entity, name)


def _is_bare(kind: str, name: str) -> bool:
    return kind == "person" and names.is_bare(name)


def _same_place(found: list[Entity], country: str | None) -> list[Entity]:
    """A place's country tells places of one name apart (Georgia, US and GE). An
    editor's confirmed entry wins over the extractor's country: the editor corrected it."""
    if country is None:
        return found
    same = [e for e in found if e.country in (country, None)]
    return same or [e for e in found if e.status == EntityStatus.confirmed]


def consolidate(resolver: Resolver) -> list[Entity]:
    """Draft entries that are a bare surname, merged into the person of that surname
    when one was named in full since (the run met "Blair" before "Tony Blair"), by the
    same rule as a mention: context first, a dominant person second. Returns the
    entries merged."""
    index = resolver.index
    merged: list[Entity] = []
    for entity in list(index.entities.values()):
        if (
            entity.kind != "person"
            or entity.status != EntityStatus.draft
            or entity.merged_into is not None
            or not names.is_bare(entity.name)
        ):
            continue
        people = index.roots(index.by_surname.get(names.surname(entity.name), []), "person")
        live = [p for p in people if is_live(p) and p is not entity]
        chosen = resolver.choose(live, index.context.get(entity.id, set()), bare=True)
        if chosen is not None:
            index.merge(entity, chosen)
            merged.append(entity)
    return merged
