"""Editing a round-tripped briefing in place, so what a person wrote around the values
survives: comments, the order of their list items, flow or block style.

Re-dumping a briefing from the model would lose all of that; instead each changed
value is written into the ruamel tree at the node it replaces, and nodes that did not
change are left alone (ruamel attaches a comment to the node before it, so an
untouched node keeps its comments). New nodes get the generator's own layout.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.compat import ordereddict

from generator import store
from generator.files import write_if_changed
from generator.models import Briefing
from generator.store.emit import FLOW_ITEMS, FLOW_MAX, fits_flow, flow_style, fold

Container = CommentedMap | CommentedSeq
TOP = 0  # the column of a top-level field's key


@dataclass(frozen=True, slots=True)
class Slot:
    """One item of a rebuilt list: the current item it comes from (None: a new one)
    and the value it must have."""

    source: int | None
    value: Any


def edit_file(path: Path, change: Callable[[Briefing], dict[str, Any]]) -> bool:
    """Apply `change` (the briefing -> its new top-level values) to the file in place,
    keeping its comments; False when nothing changed."""
    briefing, tree = store.load_roundtrip(path)
    values = store.plain(briefing)
    for key, new in change(briefing).items():
        set_field(tree, key, values[key], new, list(values))
    text = store.dump_tree(tree)
    store.check_text(path, text)
    return write_if_changed(path, text.encode("utf-8"))


def set_field(
    tree: CommentedMap,
    key: str,
    old: Any,
    new: Any,
    order: Sequence[str],
    plan: list[Slot] | None = None,
) -> None:
    """Give a top-level field its merged value. `order` is the model's field order,
    for a field the person deleted; `plan` says which current item each item of a
    merged list comes from."""
    if old == new:
        return  # a field the person deleted stays deleted while it holds the default
    if key not in tree:
        before = set(order[: order.index(key)]) if key in order else set(tree)
        position = sum(1 for k in tree if k in before)
        tree.insert(position, key, _node(new, TOP, key in FLOW_ITEMS))
    elif plan is not None and isinstance(tree[key], CommentedSeq):
        rebuild(tree[key], old, plan, TOP, key in FLOW_ITEMS)
    else:
        update(tree, key, old, new, TOP)


def update(parent: Container, key: Any, old: Any, new: Any, indent: int) -> None:
    """Make `parent[key]` (present) equal `new`; `old` is its value as plain data.

    `indent` is the column of `key` (of the dash, in a list), so that new prose is
    folded as `store.dump` folds it there."""
    if old == new:
        return
    node = parent[key]
    if isinstance(node, CommentedMap) and isinstance(new, dict) and isinstance(old, dict):
        _update_map(node, old, new, indent + 2)
    elif isinstance(node, CommentedSeq) and isinstance(new, list) and isinstance(old, list):
        rebuild(node, old, aligned(old, new), indent, flow=False)
    else:  # a folded block scalar cannot stand inside {...}
        _assign(parent, key, new if _in_flow(parent) else _node(new, indent))


def _assign(parent: Container, key: Any, value: Any) -> None:
    """Set a value without ruamel's habit of giving a new plain string the style of
    the one it replaces (a short line would become a one-line `>-` block)."""
    if isinstance(parent, CommentedMap):
        ordereddict.__setitem__(parent, key, value)
    else:
        list.__setitem__(parent, key, value)


def aligned(old: list[Any], new: list[Any]) -> list[Slot]:
    """For lists whose items have no identity of their own (a section's paragraphs):
    items that did not change keep their node, so a paragraph inserted in the middle
    is one inserted item, not every later item rewritten."""
    matcher = SequenceMatcher(None, [_hashable(v) for v in old], [_hashable(v) for v in new])
    plan: list[Slot] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k, value in enumerate(new[j1:j2]):
            source = i1 + k if tag in ("equal", "replace") and i1 + k < i2 else None
            plan.append(Slot(source, value))
    return plan


def _hashable(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _update_map(node: CommentedMap, old: dict[str, Any], new: dict[str, Any], indent: int) -> None:
    for key in [k for k in node if k not in new]:
        del node[key]
    for position, (key, value) in enumerate(new.items()):
        if key in node:
            update(node, key, old.get(key), value, indent)
        elif old.get(key) != value:  # a default the person left out stays out
            node.insert(min(position, len(node)), key, _node(value, indent))
    _restyle(node, new)


def rebuild(node: CommentedSeq, old: list[Any], plan: list[Slot], indent: int, flow: bool) -> None:
    """Give `node` the items of `plan`, reusing (and updating in place) the current
    items it names, so that their comments move with them."""
    was_empty = not node
    items: list[Any] = []
    comments: dict[int, Any] = {}
    for index, slot in enumerate(plan):
        if slot.source is None:
            items.append(_node(slot.value, indent, flow))
            continue
        holder = CommentedSeq([node[slot.source]])
        if node.fa.flow_style():
            holder.fa.set_flow_style()
        update(holder, 0, old[slot.source], slot.value, indent)
        items.append(holder[0])
        if slot.source in node.ca.items:
            comments[index] = node.ca.items[slot.source]
    node.clear()
    node.extend(items)
    node.ca.items.clear()
    node.ca.items.update(comments)
    _restyle(node, [slot.value for slot in plan], was_empty)


def _node(value: Any, indent: int, flow: bool = False) -> Any:
    """A new value as ruamel nodes in the layout `store.dump` writes: `indent` is the
    column of its key (or list dash); `flow` puts short mappings of a list on one line."""
    if isinstance(value, dict):
        node = CommentedMap((k, _node(v, indent + 2)) for k, v in value.items())
        if flow and value and len(flow_style(value)) <= FLOW_MAX:
            node.fa.set_flow_style()
        return node
    if isinstance(value, list):
        seq = CommentedSeq(_node(v, indent, flow) for v in value)
        if not value or fits_flow(value):
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, str):
        return fold(value, indent + 2)
    return value


def _in_flow(node: Container) -> bool:
    return bool(node.fa.flow_style())


def _restyle(node: Container, value: Any, was_empty: bool = False) -> None:
    """A `[...]` or `{...}` grown too long for one line becomes a block; a list that
    was empty (`[]`) takes the style the generator would give its new items."""
    if not value or not (was_empty or _in_flow(node)):
        return
    if _node(value, TOP, flow=True).fa.flow_style():
        node.fa.set_flow_style()
    else:
        node.fa.set_block_style()
