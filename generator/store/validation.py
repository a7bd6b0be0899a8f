"""`briefing validate`: what a reviewer's pull request check reports, each problem at
its file, line and column, with the field it concerns.

Schema errors (every one, not only the first), and lints that the schema cannot
express: a quote whose words are not in the article, a speaker who is not among the
people, a duplicate id, a workflow rule broken (published without a reviewer), and
the entries the extractor marked as unsure (warnings a reviewer clears by deleting
the marker). Files
are read with PyYAML's C loader; positions are looked up only when something is wrong,
so checking a whole repository stays fast.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from generator import workflow
from generator.errors import InvalidBriefing
from generator.models import Briefing, Problem
from generator.store.read import (
    Loc,
    describe,
    field_name,
    locate,
    not_a_mapping,
    parse,
    read_text,
)

_ID_LINE = re.compile(r"^id:\s*['\"]?([^'\"\s#]+)", re.MULTILINE)


class _Unsure(Protocol):
    @property
    def unsure(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Lint:
    loc: Loc
    message: str
    severity: str = "error"


def briefing_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return files


def validate_files(files: list[Path], entity_ids: set[str] | None = None) -> list[Problem]:
    """`entity_ids`: the ids of the project's entity registry, if it has one."""
    problems: list[Problem] = []
    ids = _sibling_ids(files)
    for path in files:
        problems.extend(diagnose(path, ids, entity_ids))
    return problems


def _sibling_ids(files: list[Path]) -> dict[str, Path]:
    """Ids of the other briefings beside the files checked: a pre-commit hook passes
    only the changed files, and a duplicate of an unchanged one must still show."""
    checked = {p.resolve() for p in files}
    ids: dict[str, Path] = {}
    for folder in sorted({p.parent for p in files}):
        for other in sorted(folder.glob("*.yaml")):
            if other.resolve() in checked:
                continue
            try:
                if match := _ID_LINE.search(other.read_text(encoding="utf-8", errors="replace")):
                    ids.setdefault(match[1], other)
            except OSError:
                continue
    return ids


def diagnose(
    path: Path, ids: dict[str, Path] | None = None, entity_ids: set[str] | None = None
) -> list[Problem]:
    """Every problem of one briefing file, at its line and column; `ids` (id -> file,
    the briefings beside it) grows with its id, to report duplicates."""
    try:
        text = read_text(path)
        data = parse(path, text)
    except InvalidBriefing as err:
        return [Problem(path, err.message, line=err.line, column=err.column, field=err.field)]
    if not isinstance(data, dict):
        return [Problem(path, not_a_mapping(data), line=1, column=1)]
    try:
        briefing = Briefing.model_validate(data)
    except ValidationError as err:
        return [_schema_problem(path, text, error) for error in err.errors()]
    lints = lint(briefing) + _identity(path, briefing, {} if ids is None else ids)
    if entity_ids is not None:
        lints += unknown_entities(briefing, entity_ids)
    return [_at(path, text, item.loc, item.message, item.severity) for item in lints]


def _schema_problem(path: Path, text: str, error: Any) -> Problem:
    return _at(path, text, tuple(error["loc"]), describe(error), "error")


def _at(path: Path, text: str, loc: Loc, message: str, severity: str) -> Problem:
    line, column = locate(text, loc)
    return Problem(path, message, severity, line, column, field_name(loc))  # type: ignore[arg-type]


def lint(briefing: Briefing) -> list[Lint]:
    """What the schema cannot say is wrong with a valid briefing."""
    found: list[Lint] = []
    article = _normal(" ".join(_article_text(briefing)))
    # speakers are people or organisations ("said an SFA statement")
    people = {person.name for person in briefing.people}
    people |= {org.name for org in briefing.organizations}
    for i, quote in enumerate(briefing.quotes):
        if _normal(quote.text) not in article:
            found.append(Lint(("quotes", i, "text"), "quote not found in the article's text"))
        if quote.speaker and quote.speaker not in people and not quote.unsure:
            message = f"speaker {quote.speaker!r} is not among the people or organisations"
            found.append(Lint(("quotes", i, "speaker"), message, "warning"))
    found.extend(unsure_entries(briefing))
    for field, message, severity in workflow.rule_breaches(briefing):
        found.append(Lint(tuple(field.split(".")), message, severity))
    return found


def unsure_entries(briefing: Briefing) -> list[Lint]:
    """What the extractor was unsure of, for a reviewer to check: people, organisations,
    places and speakers marked `unsure`, and quotes left without a speaker (with
    `speaker_reason`). Warnings: a reviewer clears one by deleting the marker."""
    found: list[Lint] = []
    entries: list[tuple[str, Sequence[_Unsure]]] = [
        ("people", briefing.people),
        ("organizations", briefing.organizations),
        ("places", briefing.places),
        ("quotes", briefing.quotes),
    ]
    for field, items in entries:
        for i, item in enumerate(items):
            if item.unsure:
                message = f"unsure: {item.unsure} (delete `unsure` once checked)"
                found.append(Lint((field, i, "unsure"), message, "warning"))
    for i, quote in enumerate(briefing.quotes):
        if quote.speaker_reason:
            message = (
                f"no speaker: {quote.speaker_reason} (name the speaker, or leave it empty,"
                " and delete `speaker_reason` once checked)"
            )
            found.append(Lint(("quotes", i, "speaker_reason"), message, "warning"))
    return found


def _identity(path: Path, briefing: Briefing, ids: dict[str, Path]) -> list[Lint]:
    found: list[Lint] = []
    other = ids.setdefault(briefing.id, path)
    if other != path:
        found.append(Lint(("id",), f"duplicate id {briefing.id!r}, also in {other}"))
    if path.stem != briefing.id:
        found.append(Lint(("id",), f"the file should be named {briefing.id}.yaml", "warning"))
    return found


def unknown_entities(briefing: Briefing, entity_ids: set[str]) -> list[Lint]:
    """Items carrying an id the registry does not have: a warning, since the next
    ingest resolves them again by name."""
    found: list[Lint] = []
    for field in ("people", "organizations", "places"):
        for i, item in enumerate(getattr(briefing, field)):
            if item.id is not None and item.id not in entity_ids:
                message = f"unknown entity id {item.id!r} (not in the registry)"
                found.append(Lint((field, i, "id"), message, "warning"))
    return found


def _article_text(briefing: Briefing) -> list[str]:
    return [
        part
        for section in briefing.sections
        for part in [section.heading or "", *section.paragraphs]
    ]


_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-"})


def _normal(text: str) -> str:
    """Quotes are checked against the article ignoring case, spacing and the kind of
    quotation marks and dashes, which editors and extractors write differently."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS).casefold()
    return " ".join(text.split())


def github_annotation(problem: Problem) -> str:
    """One GitHub Actions workflow command, shown on the pull request's diff."""
    level = {"error": "error", "warning": "warning", "info": "notice"}[problem.severity]
    props = [f"file={_escape_property(str(problem.path))}"]
    if problem.line is not None:
        props.append(f"line={problem.line}")
        if problem.column is not None:
            props.append(f"col={problem.column}")
    if problem.field:
        props.append(f"title={_escape_property(problem.field)}")
    return f"::{level} {','.join(props)}::{_escape_data(problem.message)}"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
