"""Ingest's resolution stage: every briefing's entities tied to the project's entity
registry, in the main process, after extraction.

New drafts are resolved before they are written. Then, once the run's drafts are in,
draft entries that were a bare surname are merged into the person named in full since,
and every briefing the registry now disagrees with (an editor renamed, merged, split,
removed or re-kinded an entry, or the run merged one) is brought in line: its
generator-made items follow the registry; items a person edited stay theirs. Only
those briefings are read again, so a run costs a few dict lookups per name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import store
from generator.errors import GeneratorError
from generator.files import write_if_changed
from generator.identity import EntityStatus
from generator.models import Briefing, Problem, Stamp
from generator.resolve import FIELDS, Index, Resolver, consolidate, resolve_briefing
from generator.store.merge import reconcile

if TYPE_CHECKING:
    from generator.commands.run_table import RunTable

ENTITY_FIELDS = (*FIELDS, "quotes")
MAX_ROUNDS = 6  # of merges found and briefings brought in line, in one run


@dataclass(frozen=True, slots=True)
class Ref:
    """One item of a briefing as the scan found it: enough to tell if it is stale."""

    field: str
    name: str
    id: str | None
    country: str | None = None


def refs_of(data: dict[str, Any]) -> list[Ref]:
    """The entity items of a briefing's raw values (from the ingest scan)."""
    found: list[Ref] = []
    for field in FIELDS:
        for item in data.get(field) or []:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                found.append(Ref(field, item["name"], item.get("id"), item.get("country")))
    return found


class Identities:
    """The registry for one ingest run."""

    def __init__(self, root: Path) -> None:
        self.path = store.registry_path(root)
        self.root = root
        self.index = Index(store.load_registry(self.path))
        self.resolver = Resolver(self.index)

    def learn(self, refs: Iterable[list[Ref]]) -> None:
        """From the briefings there are: what entities appear together (their context),
        and the names an editor's rename left behind, before any new article asks."""
        for items in refs:
            roots = set()
            for ref in items:
                root = self.index.root(ref.id) if ref.id else None
                if root is not None:
                    roots.add(root.id)
                    self.resolver.keep_old_name(root, ref.name)
            self.index.note_together(roots)

    def resolve(self, draft: Briefing) -> Briefing:
        return resolve_briefing(self.resolver, draft)

    def stale(self, refs: list[Ref]) -> bool:
        """Whether the registry now says something else than the briefing's items."""
        for ref in refs:
            root = self.index.root(ref.id) if ref.id else None
            if (
                root is None
                or root.id != ref.id
                or root.status == EntityStatus.not_an_entity
                or root.name != ref.name
                or FIELDS[ref.field] != root.kind
                or (root.country and ref.field == "places" and root.country != ref.country)
            ):
                return True
        return False

    def refresh(self, path: Path) -> tuple[str | None, list[Problem]]:
        """The briefing at `path` in line with the registry: its new text (None if it
        is already) and any conflicts."""
        existing = store.load(path)
        base = existing.generator.fields if existing.generator else {}

        def unedited(field: str, item: Any) -> bool:
            digests = base.get(field)
            value = item.model_dump(mode="json")
            return isinstance(digests, list) and store.digest(value) in digests

        fresh = resolve_briefing(self.resolver, existing, unedited)
        if all(getattr(fresh, f) == getattr(existing, f) for f in ENTITY_FIELDS):
            return None, []
        outcome = reconcile(path, existing, _restamped(fresh, existing, unedited))
        return outcome.text, outcome.problems

    def finish(self, folder: Path, table: RunTable, written: list[str]) -> list[Problem]:
        """After the run's drafts: merge bare-surname drafts, bring stale briefings in
        line, write the registry (if it changed) and its schema.

        The next run starts from the files alone: it learns the context from the
        briefings as they are and brings in line every stale one. So each round here
        does the same (context learnt again from every briefing's items in `table`,
        merges, every stale briefing refreshed), and rounds go on until one changes
        nothing: no briefing, no entry. The next run then finds nothing to change. A
        bare surname decided by context otherwise flips on the second run, once context
        noted on the way (a draft's first guess, a briefing read before the ones after
        it) is gone. The items are streamed from the table, never all held at once."""
        problems: list[Problem] = []
        known = set(written)
        for _ in range(MAX_ROUNDS):
            self.index.forget_context()
            self.learn(refs for _, refs in table.briefings())
            revision = self.index.revision
            consolidate(self.resolver)
            rewritten = 0
            for path in [p for p, refs in table.briefings() if self.stale(refs)]:
                found, wrote = self._bring_in_line(path, table)
                problems.extend(found)
                rewritten += wrote
                if wrote and path.stem not in known:
                    known.add(path.stem)
                    written.append(path.stem)
            if not rewritten and self.index.revision == revision:
                break
        if self.index.changed or not self.path.exists():
            store.save_registry(self.path, self.index.registry())
        store.write_registry_schema(self.root)
        return list(dict.fromkeys(problems))  # a conflict met again next round: once

    def _bring_in_line(self, path: Path, table: RunTable) -> tuple[list[Problem], bool]:
        """The briefing's conflicts, and whether it was rewritten."""
        try:
            text, found = self.refresh(path)
        except GeneratorError as err:
            return [Problem(path, f"{err.message}; not brought in line with the registry")], False
        if text is None or not write_if_changed(path, text.encode("utf-8")):
            return found, False
        table.put_items(path, refs_of(store.values(path)))
        return found, True


def _restamped(fresh: Briefing, existing: Briefing, unedited: Any) -> Briefing:
    """The generator's stamp for the refreshed items: what the registry made of the
    generator's items is the generator's; a person's items stay out of it, so that
    their edits are still theirs on the next re-ingest."""
    assert existing.generator is not None
    fields = dict(existing.generator.fields)
    for field in ENTITY_FIELDS:
        items = getattr(fresh, field)
        mine = {store.digest(i.model_dump(mode="json")) for i in getattr(existing, field)}
        base = set(fields.get(field) or [])
        fields[field] = [
            d
            for d in (store.digest(i.model_dump(mode="json")) for i in items)
            if d in base or d not in mine
        ]
    stamp = Stamp(version=existing.generator.version, fields=fields)
    return fresh.model_copy(update={"generator": stamp})
