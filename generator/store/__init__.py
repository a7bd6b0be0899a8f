"""Briefing YAML on disk: the source of truth that people edit and review in git.

Writing is deterministic (same briefing, byte-identical file: model field order,
block style, long text folded at word boundaries so that a one-word correction is
a one-line diff) and atomic. Reading validates against the model and names the
file, line and field of anything wrong. ruamel.yaml is used because it round-trips
editors' comments, which re-ingest must keep; PyYAML's C loader reads briefings
fast when only their values are needed (rendering thousands of pages).
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import re
import textwrap
from enum import Enum
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.scalarstring import FoldedScalarString

from generator.errors import InvalidBriefing
from generator.files import write_atomic, write_if_changed
from generator.models import Briefing, Stamp

SCHEMA_FILE = "briefing.schema.json"
HEADER = f"# yaml-language-server: $schema={SCHEMA_FILE}\n"
WRAP = 78  # the column prose is folded at; a value ending before column 86 stays on one line
MAX_BRIEFING_BYTES = 5 * 1024 * 1024

# Fields the generator makes; everything else (status, editorial) belongs to people.
MACHINE_FIELDS = (
    "title",
    "dateline",
    "published",
    "source",
    "summary",
    "key_points",
    "sections",
    "people",
    "organizations",
    "places",
    "quotes",
    "attributions",
    "dates",
    "tags",
)
# Lists whose short items read best on one line each: `- {name: X, role: Y}`.
_FLOW_ITEMS = {"people", "organizations", "places", "dates"}
_FLOW_MAX = 96


def _yaml() -> YAML:
    """ruamel set up to write the same layout as `dump`, for merges that keep comments."""
    rt = YAML(typ="rt")
    rt.width = 2**30  # never wrap; prose is folded by `fold`
    rt.indent(mapping=2, sequence=2, offset=0)
    rt.allow_unicode = True
    rt.preserve_quotes = True
    rt.representer.add_representer(type(None), _represent_null)
    return rt


def _represent_null(representer: Any, _: None) -> Any:
    """`published: null` tells an editor there is a value to fill in; blank does not."""
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


# ---------------------------------------------------------------- writing
#
# Briefings are written by a small emitter of our own: the layout (prose folded at
# word boundaries, short items on one line, nothing else ever wrapped) is what makes
# diffs readable, and no YAML library lets one choose it per value. Scalars other
# than folded prose are quoted by libyaml, so quoting is always right; `_yaml()`
# (ruamel, for merges that keep comments) reads and rewrites this layout unchanged.


def dump(briefing: Briefing) -> str:
    lines = [HEADER.rstrip("\n")]
    _mapping(plain(briefing), 0, lines, flow_keys=_FLOW_ITEMS)
    return "\n".join(lines) + "\n"


def dump_tree(tree: CommentedMap) -> str:
    """A round-tripped briefing back to text, with its comments and the header it has."""
    out = io.StringIO()
    _yaml().dump(tree, out)
    return out.getvalue()


def plain(briefing: Briefing) -> dict[str, Any]:
    """The briefing as plain Python values in field order (dates stay dates)."""
    return _unenum(briefing.model_dump(mode="python", by_alias=True))


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
            if _flow_strings(value) and len(head) + len(_flow(value)) < WRAP + 8:
                lines.append(f"{head} {_flow(value)}")
            else:
                lines.append(head)
                _sequence(value, indent, lines, flow=key in flow_keys)
        else:
            lines.append(f"{head} {_scalar(value, indent + 2)}".rstrip(" "))


def _sequence(items: list[Any], indent: int, lines: list[str], flow: bool) -> None:
    pad = " " * indent
    for item in items:
        if isinstance(item, dict) and item:
            if flow and len(_flow(item)) <= _FLOW_MAX:
                lines.append(f"{pad}- {_flow(item)}")
            else:
                _mapping(item, indent + 2, lines, first=f"{pad}- ")
        elif isinstance(item, list) and item:
            lines.append(f"{pad}- {_flow(item)}")
        else:
            lines.append(f"{pad}- {_scalar(item, indent + 2)}")


def _flow_strings(values: list[Any]) -> bool:
    """Short lists of short strings (tags, reviewers) read best on one line."""
    short = all(isinstance(v, str) and len(v) < 40 for v in values)
    return short and len(_flow(values)) <= _FLOW_MAX


def _flow(value: Any) -> str:
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


def digest(value: Any) -> str:
    canonical = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def stamp(briefing: Briefing, version: str) -> Briefing:
    """Record what the generator wrote, field by field (item by item for lists)."""
    values = briefing.model_dump(mode="json", by_alias=True)
    fields: dict[str, str | list[str]] = {}
    for name in MACHINE_FIELDS:
        value = values[name]
        fields[name] = [digest(v) for v in value] if isinstance(value, list) else digest(value)
    return briefing.model_copy(update={"generator": Stamp(version=version, fields=fields)})


def edited_fields(briefing: Briefing) -> list[str]:
    """Machine-made fields a person has changed since the generator wrote them."""
    if briefing.generator is None:
        return list(MACHINE_FIELDS)
    current = stamp(briefing, briefing.generator.version).generator
    assert current is not None
    return [
        name
        for name in MACHINE_FIELDS
        if current.fields.get(name) != briefing.generator.fields.get(name)
    ]


def save(briefing: Briefing, folder: Path, text: str | None = None) -> Path:
    """`text`: the briefing's `dump`, when it was made already (in an ingest worker)."""
    path = folder / f"{briefing.id}.yaml"
    write_atomic(path, (dump(briefing) if text is None else text).encode("utf-8"))
    return path


# ---------------------------------------------------------------- reading


def read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BRIEFING_BYTES:
            raise InvalidBriefing(
                path,
                f"too large for a briefing: {size:,} bytes (the limit is {MAX_BRIEFING_BYTES:,})",
            )
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise InvalidBriefing(path, f"not UTF-8: {err.reason} at byte {err.start}") from None
    except OSError as err:
        raise InvalidBriefing(path, f"cannot read: {err.strerror or err}") from None


def load(path: Path) -> Briefing:
    """Read and validate a briefing quickly (PyYAML's C loader, values only)."""
    text = read_text(path)
    try:
        _refuse_aliases(path, text)
        data = yaml.load(text, Loader=_FastLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise InvalidBriefing(
            path,
            f"YAML syntax error: {getattr(err, 'problem', None) or err}",
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    return validate(path, data, text)


def load_roundtrip(path: Path) -> tuple[Briefing, CommentedMap]:
    """Read a briefing keeping its comments and layout, for merging into it."""
    text = read_text(path)
    try:
        _refuse_aliases(path, text)
        tree = _yaml().load(text)
    except yaml.YAMLError as err:
        raise InvalidBriefing(
            path, f"YAML syntax error: {getattr(err, 'problem', None) or err}"
        ) from None
    except YAMLError as err:
        mark = getattr(err, "problem_mark", None) if isinstance(err, MarkedYAMLError) else None
        raise InvalidBriefing(
            path,
            f"YAML syntax error: {getattr(err, 'problem', None) or err}",
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    return validate(path, tree, text), tree


def validate(path: Path, data: Any, text: str) -> Briefing:
    if not isinstance(data, dict):
        raise InvalidBriefing(path, not_a_mapping(data), line=1)
    try:
        return Briefing.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        location = [str(p) for p in first["loc"]]
        line = locate(text, first["loc"])
        more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
        raise InvalidBriefing(
            path, f"{first['msg']}{more}", line=line, field=".".join(location)
        ) from None


def not_a_mapping(data: Any) -> str:
    """Say what a file that is not a mapping of fields is: a list pasted in, or a
    stray line of text, is not found by reading "missing field 'source'"."""
    what = {
        type(None): "empty",
        list: "a YAML list",
        str: "a YAML string",
        bool: "a YAML boolean",
        int: "a YAML number",
        float: "a YAML number",
    }.get(type(data), f"a YAML {type(data).__name__}")
    return f"the file is {what}, not a mapping of fields"


def locate(text: str, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of a field path in a YAML text, via ruamel's position info."""
    try:
        node = _yaml().load(text)
    except YAMLError:
        return None
    line = None
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = node.lc.key(part)[0] + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
        else:
            break
    return line


_ALIAS = re.compile(r"(^|[\s\[{,:-])[&*][^\s,\[\]{}]+")


def _refuse_aliases(path: Path, text: str) -> None:
    """Anchors and aliases have no use in a briefing and make YAML bombs possible."""
    if "&" not in text and "*" not in text:
        return
    for event in yaml.parse(text, Loader=_FastLoader):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            raise InvalidBriefing(
                path,
                "YAML aliases (*name) are not allowed in a briefing",
                line=mark.line + 1,
                column=mark.column + 1,
            )


_FastLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def write_schema(folder: Path) -> Path:
    """The JSON Schema beside the briefings, so editors' YAML plugins complete fields."""
    path = folder / SCHEMA_FILE
    write_if_changed(path, schema_json().encode("utf-8"))
    return path


def schema_json() -> str:
    schema = Briefing.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Briefing"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
