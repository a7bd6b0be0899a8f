"""Reading a briefing: values fast (PyYAML's C loader) or with its comments (ruamel),
always validated against the model, every problem placed at its file, line and column.

One locator (`locate`) serves both the loader's first error and `briefing validate`'s
full report, so the two never disagree about where a field is.
"""

from __future__ import annotations

import difflib
import functools
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from generator.errors import InvalidBriefing
from generator.models import Briefing
from generator.store.emit import roundtrip_yaml

MAX_BRIEFING_BYTES = 5 * 1024 * 1024
FAST_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Loc = tuple[str | int, ...]


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


def parse(path: Path, text: str) -> Any:
    """The YAML values of a briefing's text, aliases and syntax errors refused with
    their place: the one way every reader of briefing files gets at the values."""
    try:
        refuse_aliases(path, text)
        return yaml.load(text, Loader=FAST_LOADER)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise InvalidBriefing(
            path,
            f"YAML syntax error: {getattr(err, 'problem', None) or err}",
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None


def values(path: Path) -> Any:
    """A briefing file's YAML values, unvalidated (a quick scan of many files)."""
    return parse(path, read_text(path))


def load(path: Path) -> Briefing:
    """Read and validate a briefing quickly (PyYAML's C loader, values only)."""
    text = read_text(path)
    return check(path, parse(path, text), text)


def load_roundtrip(path: Path) -> tuple[Briefing, CommentedMap]:
    """Read a briefing keeping its comments and layout, for merging into it."""
    text = read_text(path)
    try:
        refuse_aliases(path, text)
        tree = roundtrip_yaml().load(text)
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
    return check(path, tree, text), tree


def check_text(path: Path, text: str) -> Briefing:
    """A briefing's new text (after a merge or a status change) validated before it
    is written."""
    return check(path, parse(path, text), text)


def check(path: Path, data: Any, text: str) -> Briefing:
    if not isinstance(data, dict):
        raise InvalidBriefing(path, not_a_mapping(data), line=1)
    try:
        return Briefing.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        line, column = locate(text, tuple(first["loc"]))
        more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
        raise InvalidBriefing(
            path,
            f"{describe(first)}{more}",
            line=line,
            column=column,
            field=field_name(first["loc"]),
        ) from None


def describe(error: Any) -> str:
    """A schema error as a reviewer reads it: a typo names the field it was meant to
    be ("unknown field 'reviewer' (did you mean 'reviewers'?)"), not pydantic's words."""
    loc = tuple(error["loc"])
    if error["type"] == "extra_forbidden":
        name = str(loc[-1])
        close = difflib.get_close_matches(name, sorted(_field_names()), n=1)
        return f"unknown field {name!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
    if error["type"] == "missing":
        return f"missing field {loc[-1]!r}"
    return str(error["msg"])


@functools.cache
def _field_names() -> frozenset[str]:
    schema = Briefing.model_json_schema(by_alias=True)
    names = set(schema["properties"])
    for definition in schema.get("$defs", {}).values():
        names.update(definition.get("properties", {}))
    return frozenset(names)


def field_name(loc: Loc) -> str:
    """`people[2].role`, as a reviewer would write the path to a field."""
    return ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in loc).replace(".[", "[")


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


def locate(text: str, loc: Loc) -> tuple[int | None, int | None]:
    """1-based line and column of the field at `loc` (of its key, for mapping fields),
    or of the deepest part of it that exists."""
    try:
        node = yaml.compose(text, Loader=FAST_LOADER)
    except yaml.YAMLError:
        return None, None
    if node is None:  # an empty document
        return 1, 1
    found: tuple[int | None, int | None] = (1, 1)
    for part in loc:
        step = _child(node, part)
        if step is None:
            break
        node, mark = step
        found = (mark.line + 1, mark.column + 1)
    return found


def _child(node: yaml.Node, part: str | int) -> tuple[yaml.Node, Any] | None:
    """The node under `node` at `part`, and the mark to report (a mapping key's)."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == str(part):
                return value, key.start_mark
    elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        return node.value[part], node.value[part].start_mark
    return None


def refuse_aliases(path: Path, text: str) -> None:
    """Anchors and aliases have no use in a briefing and make YAML bombs possible."""
    if "&" not in text and "*" not in text:
        return
    for event in yaml.parse(text, Loader=FAST_LOADER):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            raise InvalidBriefing(
                path,
                "YAML aliases (*name) are not allowed in a briefing",
                line=mark.line + 1 if mark else None,
                column=mark.column + 1 if mark else None,
            )
