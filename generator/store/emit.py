"""Writing a briefing: the layout people review in git.

Briefings are written by a small emitter of our own: the layout (prose folded at word
boundaries, short items on one line, nothing else ever wrapped) is what makes diffs
readable, and no YAML library lets one choose it per value. Scalars other than folded
prose are quoted by libyaml, so quoting is always right; `roundtrip_yaml()` (ruamel, for
merges that keep comments) reads and rewrites this layout unchanged.
"""

from __future__ import annotations

import functools
import io
import re
import textwrap
from enum import Enum
from typing import Any

import yaml
from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import FoldedScalarString

from generator.models import Briefing

SCHEMA_FILE = "briefing.schema.json"
HEADER = f"# yaml-language-server: $schema={SCHEMA_FILE}\n"
WRAP = 78  # the column prose is folded at; a value ending before column 86 stays on one line
# Lists whose short items read best on one line each: `- {name: X, role: Y}`.
FLOW_ITEMS = frozenset({"people", "organizations", "places", "dates"})
FLOW_MAX = 96


def roundtrip_yaml() -> YAML:
    """ruamel set up to write the same layout as `dump`, for merges that keep comments."""
    rt = YAML(typ="rt")
    rt.width = 2**30  # never wrap; prose is folded by `fold`
    rt.indent(mapping=2, sequence=2, offset=0)
    rt.allow_unicode = True
    rt.preserve_quotes = True
    rt.representer.add_representer(type(None), _represent_null)
    # One value in two fields (an undated article's ingest day is `published` and
    # `source.ingested`) is written twice: briefings refuse YAML aliases.
    rt.representer.ignore_aliases = lambda _data: True
    return rt


def _represent_null(representer: Any, _: None) -> Any:
    """`published: null` tells an editor there is a value to fill in; blank does not."""
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def dump(briefing: Briefing) -> str:
    return dump_values(plain(briefing), HEADER)


def dump_values(data: dict[str, Any], header: str) -> str:
    """Any reviewed file (an event, say) in the briefing layout, under its own header."""
    lines = [header.rstrip("\n")]
    _mapping(data, 0, lines, flow_keys=FLOW_ITEMS)
    return "\n".join(lines) + "\n"


def dump_tree(tree: CommentedMap) -> str:
    """A round-tripped briefing back to text, with its comments and the header it has."""
    out = io.StringIO()
    roundtrip_yaml().dump(tree, out)
    return out.getvalue()


def plain(briefing: Briefing) -> dict[str, Any]:
    """The briefing as plain Python values in field order (dates stay dates)."""
    return plain_values(briefing)


def plain_values(model: BaseModel) -> dict[str, Any]:
    """Any reviewed file's model (a briefing, an event) as the values `dump_values`
    writes: field order kept, enums as their values, dates left dates."""
    values: dict[str, Any] = _unenum(model.model_dump(mode="python", by_alias=True))
    return values


def _unenum(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _unenum(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unenum(v) for v in value]
    return value


def _mapping(
    data: dict[str, Any],
    indent: int,
    lines: list[str],
    flow_keys: frozenset[str] | set[str] = frozenset(),
    first: str | None = None,
) -> None:
    """Write `key: value` lines; `first` is the prefix of the first line (a list dash)."""
    for key, value in data.items():
        pad = first if first is not None else " " * indent
        first = None
        head = f"{pad}{_plain_or_quoted(key)}:"
        if isinstance(value, dict) and value:
            lines.append(head)
            _mapping(value, indent + 2, lines)
        elif isinstance(value, list) and value:
            if fits_flow(value) and len(head) + len(flow_style(value)) < WRAP + 8:
                lines.append(f"{head} {flow_style(value)}")
            else:
                lines.append(head)
                _sequence(value, indent, lines, flow=key in flow_keys)
        else:
            lines.append(f"{head} {_scalar(value, indent + 2)}".rstrip(" "))


def _sequence(items: list[Any], indent: int, lines: list[str], flow: bool) -> None:
    pad = " " * indent
    for item in items:
        if isinstance(item, dict) and item:
            if flow and len(flow_style(item)) <= FLOW_MAX:
                lines.append(f"{pad}- {flow_style(item)}")
            else:
                _mapping(item, indent + 2, lines, first=f"{pad}- ")
        elif isinstance(item, list) and item:
            lines.append(f"{pad}- {flow_style(item)}")
        else:
            lines.append(f"{pad}- {_scalar(item, indent + 2)}")


def fits_flow(values: list[Any]) -> bool:
    """Short lists of short strings (tags, reviewers) read best on one line."""
    short = all(isinstance(v, str) and len(v) < 40 for v in values)
    return short and len(flow_style(values)) <= FLOW_MAX


def flow_style(value: Any) -> str:
    return yaml.dump(
        value,
        Dumper=_Dumper,
        default_flow_style=True,
        allow_unicode=True,
        sort_keys=False,
        width=2**30,
    ).strip()


def _scalar(value: Any, indent: int) -> str:
    if isinstance(value, str) and len(value) + indent > WRAP + 8 and _foldable(value):
        body = "\n".join(" " * indent + line for line in fold_lines(value, WRAP - indent))
        return f">-\n{body}"
    if isinstance(value, list | dict):  # empty
        return "[]" if isinstance(value, list) else "{}"
    return _plain_or_quoted(value)


def _plain_or_quoted(value: Any) -> str:
    """One scalar as libyaml writes it: plain when that reads back the same, else
    quoted. Keys go through here too: the stamp's field names come from the file."""
    try:
        return _cached_scalar(value)
    except TypeError:  # unhashable
        return _libyaml_scalar(value)


@functools.lru_cache(maxsize=8192, typed=True)  # typed: True, 1 and 1.0 differ
def _cached_scalar(value: Any) -> str:
    """Field names, roles, countries and tags repeat across briefings; libyaml is
    asked about each once (a call costs ~40 us, a briefing has ~200 scalars)."""
    return _libyaml_scalar(value)


def _libyaml_scalar(value: Any) -> str:
    text = yaml.dump(value, Dumper=_Dumper, allow_unicode=True, width=2**30)
    return text.removesuffix("\n").removesuffix("\n...").strip("\n ")  # not NBSP: it is text


def fold_lines(text: str, width: int) -> list[str]:
    """Prose cut at single spaces into lines of at most `width` (longer words stay whole)."""
    width = max(width, 30)
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def fold(text: str, indent: int) -> str:
    """A ruamel folded scalar laid out exactly as `dump` lays it out at `indent`, for
    merges that insert new prose into a round-tripped tree."""
    if len(text) + indent <= WRAP + 8 or not _foldable(text):
        return text
    folded = FoldedScalarString(text)
    positions, pos = [], 0
    for line in fold_lines(text, WRAP - indent)[:-1]:
        pos += len(line)
        positions.append(pos)
        pos += 1
    folded.fold_pos = positions
    return folded


def _foldable(text: str) -> bool:
    """Folding is lossless only for single-spaced printable text without edge spaces."""
    return text.isprintable() and text == text.strip() and "  " not in text


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """libyaml's safe dumper, quoting also the strings that YAML 1.2 reads as numbers.

    PyYAML resolves plain scalars by YAML 1.1 and writes '08', '0o17' or '1e3'
    unquoted, as strings; ruamel (which merges read) follows YAML 1.2 and reads them
    as numbers, so the briefing no longer validated. Declaring the 1.2 forms here
    makes libyaml quote them."""


_Dumper.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(r"^(?:[-+]?[0-9_]+|0o[0-7_]+|0x[0-9a-fA-F_]+)$"),
    list("-+0123456789"),
)
_Dumper.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:\.[0-9_]+|[0-9_]+(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$"),
    list("-+.0123456789"),
)
