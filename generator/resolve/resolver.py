"""Which registry entry each person, organisation and place of a briefing is.

A mention is looked up by its key (case, accents, punctuation aside); a person also
by loose key (middle initials and titles aside: "George Bush" is "George W Bush"),
and a bare surname by the people of that surname. Where several entries fit, the one
whose context (the entities it appears with across the corpus) shares most with this
briefing wins: Gordon Brown appears with Tony Blair and the Treasury, Dan Brown with
novels and Hollywood. Where nothing tells, a bare surname is given no identity rather
than a guess (it stays in the briefing, with no dossier). A name the registry does not
know becomes a draft entry.

An entry's id written in a briefing is kept unless the editor moved the name to
another entry (a split); a name the entry does not list is learnt as an alias (an
editor's rename keeps the old spelling). Entries marked "not an entity" remove their
mentions; merged entries stand for the entry they were merged into.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.identity import KINDS, Entity, EntityKind, EntityStatus
from generator.resolve import names, org_names
from generator.resolve.given_names import same_given_name
from generator.resolve.index import Index, is_live

# A bare surname with no context is given to the most prominent of its people only
# when that one appears with this many times more entities than the next.
DOMINANCE = 4
# "The Academy" is the one academy the registry knows only when the story names this
# many of the entities it appears with: one may be a country every story names.
MIN_HEAD_OVERLAP = 2


@dataclass(frozen=True, slots=True)
class Mention:
    """One name of a briefing to resolve."""

    kind: EntityKind
    name: str
    country: str | None = None
    hint: str | None = None  # the id the briefing carries already


REMOVED = "removed"
UNSURE = "unsure"  # a bare surname of several people, and nothing tells which
Outcome = Entity | str | None  # an entity, REMOVED, UNSURE, or None (undecided yet)


class Resolver:
    def __init__(self, index: Index) -> None:
        self.index = index

    def resolve(self, mention: Mention, context: set[str], create: bool = True) -> Outcome:
        """The entity a mention names, REMOVED when it is not one, or None when it is
        ambiguous and `create` is False (decided later, with more context)."""
        if mention.hint and (found := self._by_hint(mention)) is not None:
            return found
        if mention.kind != "person":
            return self._resolve_name(mention, mention.name, None, context, create)
        cleaned = names.person_name(mention.name)
        if cleaned is None:
            return REMOVED
        called = names.nickname(mention.name)
        return self._resolve_name(mention, cleaned, called, context, create)

    def _resolve_name(
        self, mention: Mention, name: str, called: str | None, context: set[str], create: bool
    ) -> Outcome:
        """`resolve` once the name is clean; `called` is the name a person goes by
        ("Jerry Ortiz" for 'Luis Gerardo "Jerry" Ortiz'), looked up when the name is not."""
        candidates = self._candidates(mention.kind, name, mention.country)
        if not candidates and called is not None:
            candidates = self._candidates("person", called, None)  # "Jerry Ortiz" met before
        if candidates and not any(is_live(c) for c in candidates):
            return REMOVED
        live = [c for c in candidates if is_live(c)]
        if not live and mention.kind == "organization":
            found, wait = self._organization_by_context(name, context)
            if found is not None or (wait and not create):
                return found
        chosen = self.choose(live, context, bare=_is_bare(mention.kind, name))
        if chosen is not None:
            for spelling in (name, called):
                if spelling is not None:
                    self._learn_spelling(chosen, spelling)
            return chosen
        if live and not create:
            return None
        if live and _is_bare(mention.kind, name):
            return UNSURE  # no identity rather than a guess: no dossier mixes two people
        entity = self.index.new_entity(mention.kind, name, mention.country)
        if called is not None:
            self.index.add_alias(entity, called)  # the name the person goes by
        return entity

    def _organization_by_context(self, name: str, context: set[str]) -> tuple[Outcome, bool]:
        """An organisation's name no entry has, that the briefing's other entities
        may tell: "White" taken for a company in a story about Terry White, "Navy" in
        one about the Indian Navy. The entity, or None and whether to wait for the
        briefing's context (the first pass has none)."""
        if names.is_bare(name):
            if (person := self.person_by_surname(name, context)) is not None:
                return person, False
            if self.index.by_surname.get(names.surname(name)):
                return None, True
        if (organization := self.tail_by_context(name, context)) is not None:
            return organization, False
        by_initials = self._initials_of(name)
        if (organization := self._by_context(by_initials, context)) is not None:
            return organization, False  # "AP" beside the story's Associated Press context
        if (organization := self.head_by_context(name, context)) is not None:
            return organization, False
        wanted = names.key(name)
        tails, heads = self.index.by_tail.get(wanted, []), self.index.by_head.get(wanted, [])
        return None, len(tails) > 1 or len(by_initials) > 1 or bool(heads)

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
        self.keep_old_name(root, mention.name)  # renamed by an editor: keep the old name
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
        found = index.by_name(kind, name) or self._other_kind(kind, name)
        if kind == "place":
            return _same_place(found, country)
        if kind == "organization":
            return (
                found
                or self.as_person(name)
                or self._by_initials(name)
                or self._by_tail(name)
                or self._by_core(name)
                or self._by_other_form(name)
            )
        if found:
            return found
        if len(words := name.split()) > 2 and (
            known := index.by_name("person", " ".join(words[1:]))
        ):
            return known  # "Coroner Gary Hargrove" is Gary Hargrove: a role glued before
        found = index.roots(index.by_loose.get(names.loose_key(name), []), "person")
        if not found and (initial := names.initial_key(name)):
            # "T Bowe" is Tommy Bowe, and "Tommy Bowe" is the T Bowe met before, when
            # one person of that initial and surname is known
            found = [
                e
                for e in index.roots(index.by_initial.get(initial, []), "person")
                if names.is_initialled(name) != all(names.is_initialled(n) for n in e.names)
            ]
            found = found if len(found) == 1 else []
        if not found and not names.is_bare(name):
            found = self._by_given_name(name)
        if found or not names.is_bare(name):
            return found
        return index.roots(index.by_surname.get(names.surname(name), []), "person")

    def _by_given_name(self, name: str) -> list[Entity]:
        """ "Fred LaRue" is the Frederick LaRue met before (and the other way round):
        one person of that surname whose given name is this one or its diminutive."""
        words = names.person_words(name)
        people = self.index.roots(self.index.by_surname.get(words[-1], []), "person")
        found = [
            p
            for p in people
            if any(
                same_given_name(words[0], (spelt := names.person_words(n))[0])
                and len(spelt) > 1
                and spelt[-1] == words[-1]
                for n in p.names
            )
        ]
        return found if len(found) == 1 else []

    def person_by_surname(self, name: str, context: set[str]) -> Entity | None:
        """The one person of that surname the briefing's other entities point to."""
        people = self.index.roots(self.index.by_surname.get(names.surname(name), []), "person")
        scored = sorted((self._overlap(p, context), p.id, p) for p in people if is_live(p))
        if not scored or scored[-1][0] == 0:
            return None
        if len(scored) > 1 and scored[-2][0] == scored[-1][0]:
            return None
        return scored[-1][2]

    def _other_kind(self, kind: str, name: str) -> list[Entity]:
        """The entry of that name under another kind: one the editor re-kinded
        (confirmed), or a person's full name the model also took for an organisation."""
        found = []
        for other in KINDS:
            if other == kind:
                continue
            for entity in self.index.by_name(other, name):
                pair = {kind, other} == {"person", "organization"} and not names.is_bare(name)
                if entity.status == EntityStatus.confirmed or pair:
                    found.append(entity)
        return found

    def without_first_word(self, name: str) -> list[Entity]:
        """ "Coroner Gary Hargrove" is Gary Hargrove: a role glued before a known name."""
        words = name.split()
        return self.index.by_name("person", " ".join(words[1:])) if len(words) > 2 else []

    def as_person(self, name: str) -> list[Entity]:
        """ "American Hasim Rahman" taken for an organisation is the person Hasim
        Rahman: a known person's full name once a nationality is set aside."""
        cleaned = names.person_name(name)
        if cleaned is None or cleaned == name or names.is_bare(cleaned):
            return []
        return self.index.by_name("person", cleaned)

    def tail_by_context(self, name: str, context: set[str]) -> Entity | None:
        """ "Navy" is the Indian Navy in a story whose other entities the Indian
        Navy appears with: of the organisations whose name ends so, the one context
        points to (strictly more than any other)."""
        found = self.index.roots(self.index.by_tail.get(names.key(name), []), "organization")
        return self._by_context(found, context)

    def head_by_context(self, name: str, context: set[str]) -> Entity | None:
        """ "The Academy" is the Academy of Motion Picture Arts and Sciences in a
        story whose other entities that Academy appears with: of the organisations
        named "Academy of ...", the one context points to, even when it is the only
        one (the word alone names any academy): then by `MIN_HEAD_OVERLAP` entities."""
        found = self.index.roots(self.index.by_head.get(names.key(name), []), "organization")
        if len(found) == 1 and is_live(only := found[0]):
            return only if self._overlap(only, context) >= MIN_HEAD_OVERLAP else None
        return self._by_context(found, context)

    def _by_context(self, found: list[Entity], context: set[str]) -> Entity | None:
        """Of several entries a short name may be, the one the context points to
        strictly more than to any other; None when it points nowhere or two ways."""
        scored = sorted((self._overlap(e, context), e.id, e) for e in found if is_live(e))
        if len(scored) < 2 or scored[-1][0] == 0 or scored[-2][0] == scored[-1][0]:
            return None
        return scored[-1][2]

    def _by_tail(self, name: str) -> list[Entity]:
        """ "Saints" is the New Orleans Saints when one organisation ends so."""
        found = self.index.roots(self.index.by_tail.get(names.key(name), []), "organization")
        return found if len(found) == 1 else []

    def _by_core(self, name: str) -> list[Entity]:
        """ "T-Mobile USA" is T-Mobile, and "T-Mobile" the T-Mobile USA met before:
        one organisation named with and without a country or region after it, when
        only one fits."""
        index = self.index
        ids = list(index.by_core.get(names.key(name), []))
        if core := names.org_core(name):
            ids += index.by_key.get(("organization", core), [])
        found = index.roots(ids, "organization")
        return found if len(found) == 1 else []

    def _by_other_form(self, name: str) -> list[Entity]:
        """ "Betty Ford Center" is the Betty Ford Treatment Center met before, and the
        other way round; "Central Elections Commission" the Central Commission for
        Elections: one organisation whose name is this one with its head noun (or the
        word before it) left out, or with the same words in another number or order,
        when only one fits."""
        index = self.index
        ids = list(index.by_shorter.get(names.key(name), []))
        for form in org_names.shorter_forms(name):
            ids += index.by_key.get(("organization", form), [])
        if not ids and (loose := org_names.loose_key(name)):
            ids = index.by_org_loose.get(loose, [])
        found = index.roots(ids, "organization")
        return found if len(found) == 1 else []

    def _by_initials(self, name: str) -> list[Entity]:
        """ "AP" and "Associated Press": one organisation when only one fits, the one
        written in initials and the one spelt out."""
        found = self._initials_of(name)
        return found if len(found) == 1 else []

    def _initials_of(self, name: str) -> list[Entity]:
        """The organisations written in initials that spell this name out, or spelt
        out in words whose initials this name is."""
        initials = names.acronym(name)
        if initials is None:
            return []
        spelt = not name.isupper()
        return [
            e
            for e in self.index.roots(self.index.by_acronym.get(initials, []), "organization")
            if any(n.isupper() == spelt and names.acronym(n) == initials for n in e.names)
        ]

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
    same rule as a mention: context first, a dominant person second; and short names
    of organisations into the one their context points to. Returns the entries merged."""
    index = resolver.index
    merged: list[Entity] = []
    for entity in list(index.entities.values()):
        if entity.status != EntityStatus.draft or entity.merged_into is not None:
            continue
        chosen = _same_person(resolver, entity)
        if chosen is not None and chosen is not entity:
            entity.kind = "person"  # "Weitz" the model took for a company
        elif entity.kind == "organization":
            # "Navy" met before the Indian Navy, in stories the Indian Navy's context fits
            context = index.context.get(entity.id, set())
            chosen = resolver.tail_by_context(entity.name, context) or resolver.head_by_context(
                entity.name, context
            )
        if chosen is not None and chosen is not entity:
            index.merge(entity, chosen)
            merged.append(entity)
    return merged


def _same_person(resolver: Resolver, entity: Entity) -> Entity | None:
    """The person a draft entry is another name of: a bare surname (or a one-word
    "organisation") of the one person its context points to, or a known name with a
    role glued before it."""
    index = resolver.index
    context = index.context.get(entity.id, set())
    if entity.kind == "organization" and names.is_bare(entity.name):
        return resolver.person_by_surname(entity.name, context)
    if entity.kind == "organization":
        found = [e for e in resolver.as_person(entity.name) if e is not entity]
        return found[0] if len(found) == 1 else None
    if entity.kind != "person":
        return None
    if not names.is_bare(entity.name):
        found = [e for e in resolver.without_first_word(entity.name) if e is not entity]
        return found[0] if len(found) == 1 else None
    people = index.roots(index.by_surname.get(names.surname(entity.name), []), "person")
    live = [p for p in people if is_live(p) and p is not entity]
    return resolver.choose(live, context, bare=True)
