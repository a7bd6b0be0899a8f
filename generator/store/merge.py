"""Re-ingest as a three-way merge: what the generator wrote last time (the base), what
the file holds now (yours) and what the generator makes now (theirs).

The base is not stored as values: the `generator:` stamp holds a digest of each
machine-made field (one per item for lists), which is all a three-way merge needs to
tell who changed what. A field the person did not change takes the generator's new
value; a field the generator did not change keeps the person's; where both changed
it, the person's value stays and the conflict is reported. Lists merge item by item.
Where both changed different parts of one item (the person the speaker, the
generator the paragraph number), the base item is found among the mixtures of the two
versions by its digest, and each side's change is kept.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import store
from generator.models import Briefing, Problem
from generator.store.patch import Slot, set_field

# The field that identifies an item of each generated list across runs.
ITEM_KEYS = {
    "key_points": "text",
    "sections": "heading",
    "people": "name",
    "organizations": "name",
    "places": "name",
    "quotes": "text",
    "attributions": "claim",
    "dates": "text",
}
MAX_MIXED_FIELDS = 8  # 2**8 candidate bases at most per item
PEOPLES_FIELDS = ("schema", "id", "status", "editorial")


@dataclass(frozen=True, slots=True)
class Conflict:
    """The person and the generator both changed `field`; `yours` was kept."""

    field: str
    yours: Any
    theirs: Any
    index: int | None = None  # the item's position in the file, for list fields


@dataclass(slots=True)
class Outcome:
    text: str | None  # the briefing to write; None: leave the file as it is
    problems: list[Problem] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(slots=True)
class Merged:
    """The merged machine-made fields, and for lists where each item comes from."""

    values: dict[str, Any] = field(default_factory=dict)
    plans: dict[str, list[Slot]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)


def reconcile(
    path: Path,
    existing: Briefing,
    fresh: Briefing,
    overwrite: Collection[str] = (),
    original: str | None = None,
) -> Outcome:
    """The new text of the briefing at `path` (loaded as `existing`, from the text
    `original` when the caller has read it) given the generator's stamped `fresh`
    draft; fields in `overwrite` take the generator's value."""
    base = existing.generator.fields if existing.generator else {}
    mine, theirs = store.plain(existing), store.plain(fresh)
    merged = merge(base, mine, theirs, overwrite)
    original = store.read_text(path) if original is None else original
    if original == store.dump(existing):
        # A file exactly as the generator writes it has no comments or layout to keep:
        # writing the merged values is the same as patching them in, and much faster.
        kept = {name: mine[name] for name in PEOPLES_FIELDS}
        text = store.dump(Briefing.model_validate({**theirs, **merged.values, **kept}))
    else:
        text = _patched(path, original, mine, theirs, merged)
    problems = [_problem(path, c, original) for c in merged.conflicts]
    return Outcome(None if text == original else text, problems, merged.conflicts)


def _patched(
    path: Path, original: str, mine: dict[str, Any], theirs: dict[str, Any], merged: Merged
) -> str:
    tree = store.roundtrip_tree(path, original)
    order = list(theirs)
    for name, value in merged.values.items():
        set_field(tree, name, mine[name], value, order, merged.plans.get(name))
    set_field(tree, "generator", mine["generator"], theirs["generator"], order)
    text = store.dump_tree(tree)
    store.check_text(path, text)
    return text


def merge(
    base: dict[str, str | list[str]],
    mine: dict[str, Any],
    theirs: dict[str, Any],
    overwrite: Collection[str] = (),
) -> Merged:
    """Field by field, over the machine-made fields (plain values, as `store.plain`)."""
    merged = Merged()
    for name in store.MACHINE_FIELDS:
        digests = base.get(name)
        if name in overwrite:
            merged.values[name] = theirs[name]
        elif isinstance(mine[name], list):
            plan, conflicts = merge_items(name, _as_list(digests), mine[name], theirs[name])
            merged.values[name] = [slot.value for slot in plan]
            merged.plans[name] = plan
            merged.conflicts.extend(conflicts)
        else:
            value, clean = merge_value(
                digests if isinstance(digests, str) else None, mine[name], theirs[name]
            )
            merged.values[name] = value
            if not clean:
                merged.conflicts.append(Conflict(name, mine[name], theirs[name]))
    return merged


def _as_list(digests: str | list[str] | None) -> list[str]:
    return digests if isinstance(digests, list) else []


def merge_value(
    base: str | None, mine: Any, theirs: Any, key: str | None = None
) -> tuple[Any, bool]:
    """The merged value and whether it merged cleanly (False: a conflict, mine kept)."""
    if mine == theirs or store.digest(mine) == base:
        return theirs, True
    if store.digest(theirs) == base:
        return mine, True
    if isinstance(mine, dict) and isinstance(theirs, dict) and base is not None:
        mixed = merge_parts(base, mine, theirs, key)
        if mixed is not None:
            return mixed, True
    return mine, False


def merge_parts(
    base: str | set[str], mine: dict[str, Any], theirs: dict[str, Any], key: str | None = None
) -> dict[str, Any] | None:
    """Both changed one mapping: find the base among the mixtures of the two versions
    (each differing part taken from one side) by its digest, then keep each side's
    changes. None when no mixture is the base (both changed the same part), or when
    the base found says the person re-identified an item the generator replaced."""
    bases = {base} if isinstance(base, str) else base
    parts = list(dict.fromkeys([*theirs, *mine]))
    differing = [p for p in parts if mine.get(p) != theirs.get(p)]
    if not differing or len(differing) > MAX_MIXED_FIELDS:
        return None
    for picks in itertools.product((False, True), repeat=len(differing)):
        candidate = dict(mine)
        candidate.update(
            {p: theirs.get(p) for p, pick in zip(differing, picks, strict=True) if pick}
        )
        if store.digest(candidate) not in bases:
            continue
        if key is not None and candidate.get(key) != theirs.get(key):
            return None
        return {p: mine.get(p) if mine.get(p) != candidate.get(p) else theirs.get(p) for p in parts}
    return None


def merge_items(
    name: str, base: list[str], mine: list[Any], theirs: list[Any]
) -> tuple[list[Slot], list[Conflict]]:
    """Item by item: the person's items (edited or added) stay where they put them,
    untouched items follow the generator (updated, or removed when it no longer makes
    them), and the generator's new items go after their neighbours in its order."""
    in_base = set(base)
    key = ITEM_KEYS.get(name)
    theirs_digests = [store.digest(v) for v in theirs]
    pairs = _identical(mine, theirs_digests)
    unmatched = [j for j in range(len(theirs)) if j not in pairs.values()]
    entries: list[tuple[int | None, Slot]] = []
    conflicts: list[Conflict] = []
    for i, item in enumerate(mine):
        j = pairs.get(i)
        if j is None:
            j = next((j for j in unmatched if _key(item, key) == _key(theirs[j], key)), None)
            if j is not None:
                unmatched.remove(j)
        if i in pairs or j is None or theirs_digests[j] in in_base:
            if store.digest(item) in in_base and j is None:
                continue  # untouched, and the generator no longer makes it
            entries.append((j, Slot(i, item)))
        elif store.digest(item) in in_base:
            entries.append((j, Slot(i, theirs[j])))  # untouched: the generator's update
        else:
            mixed = merge_parts(in_base, item, theirs[j], key) if isinstance(item, dict) else None
            if mixed is None:
                conflicts.append(Conflict(name, item, theirs[j], index=i))
            entries.append((j, Slot(i, item if mixed is None else mixed)))
    for j in unmatched:
        if theirs_digests[j] not in in_base:  # else the person deleted or re-keyed it
            entries.insert(_after(entries, j), (j, Slot(None, theirs[j])))
    return [slot for _, slot in entries], conflicts


def _identical(mine: list[Any], theirs_digests: list[str]) -> dict[int, int]:
    """Items the file and the generator agree on: my index -> their index."""
    free: dict[str, list[int]] = {}
    for j, d in enumerate(theirs_digests):
        free.setdefault(d, []).append(j)
    pairs: dict[int, int] = {}
    for i, item in enumerate(mine):
        if free.get(d := store.digest(item)):
            pairs[i] = free[d].pop(0)
    return pairs


def _key(item: Any, key: str | None) -> Any:
    return item.get(key) if isinstance(item, dict) and key else item


def _after(entries: list[tuple[int | None, Slot]], j: int) -> int:
    """Where the generator's new item j goes: after the last item that precedes it in
    the generator's order."""
    position = 0
    for index, (anchor, _) in enumerate(entries):
        if anchor is not None and anchor < j:
            position = index + 1
    return position


def _problem(path: Path, conflict: Conflict, text: str) -> Problem:
    where = conflict.field if conflict.index is None else f"{conflict.field}[{conflict.index}]"
    loc: tuple[Any, ...] = (
        (conflict.field,) if conflict.index is None else (conflict.field, conflict.index)
    )
    return Problem(
        path,
        f"conflict: you and the generator both changed it; kept yours: {_show(conflict.yours)}; "
        f"the generator's: {_show(conflict.theirs)} (take it with --overwrite {conflict.field})",
        severity="warning",
        line=store.locate(text, loc)[0],
        field=where,
    )


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)
