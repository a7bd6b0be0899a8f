"""`briefing validate`: each lint on a broken file, with the line and column it reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator import store
from generator.cli import app
from generator.models import (
    Briefing,
    Editorial,
    Organization,
    Person,
    Problem,
    Quote,
    Section,
    Source,
    Status,
)
from generator.store.validation import diagnose, github_annotation, validate_files

PARAGRAPH = "“The cracks are serious,” said Ann Lee, the council’s chief engineer, on Monday."


def good(**fields: object) -> Briefing:
    values: dict[str, object] = {
        "id": "bridge-abc123",
        "title": "Bridge closed",
        "source": Source(path="articles/bridge.txt", sha256="a" * 64, format="text", words=12),
        "sections": [Section(paragraphs=[PARAGRAPH])],
        "people": [Person(name="Ann Lee")],
        "quotes": [Quote(text="The cracks are serious", speaker="Ann Lee", section=1, paragraph=1)],
    }
    values.update(fields)
    return store.stamp(Briefing(**values), "1")


def written(folder: Path, briefing: Briefing | None = None) -> Path:
    return store.save(briefing or good(), folder)


def broken(folder: Path, old: str, new: str, briefing: Briefing | None = None) -> Path:
    path = written(folder, briefing)
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def line_of(path: Path, fragment: str) -> int:
    [number] = [n for n, line in enumerate(path.read_text().splitlines(), 1) if fragment in line]
    return number


def test_a_good_briefing_has_no_problems(tmp_path: Path) -> None:
    assert validate_files([written(tmp_path)]) == []


def test_unknown_field_is_named_with_a_suggestion(tmp_path: Path) -> None:
    path = broken(tmp_path, "summary: ''", "sumary: ''")
    [problem] = diagnose(path, {})
    assert problem.message == "unknown field 'sumary' (did you mean 'summary'?)"
    assert (problem.line, problem.column) == (line_of(path, "sumary:"), 1)
    assert problem.field == "sumary"


def test_every_schema_error_is_reported(tmp_path: Path) -> None:
    path = broken(tmp_path, "status: draft", "status: finished\nconfidence: high")
    problems = diagnose(path, {})
    assert [(p.field, p.line) for p in problems] == [
        ("status", line_of(path, "status: finished")),
        ("confidence", line_of(path, "confidence: high")),
    ]


def test_a_quote_not_in_the_article(tmp_path: Path) -> None:
    path = broken(tmp_path, "text: The cracks are serious", "text: The cracks are minor")
    [problem] = diagnose(path, {})
    assert (problem.severity, problem.field) == ("error", "quotes[0].text")
    assert problem.message == "quote not found in the article's text"
    assert (problem.line, problem.column) == (line_of(path, "text: The cracks are minor"), 3)


def test_quotes_match_whatever_the_quotation_marks_and_case(tmp_path: Path) -> None:
    quote = Quote(text="the council's chief engineer", speaker="Ann Lee")
    assert validate_files([written(tmp_path, good(quotes=[quote]))]) == []


def test_a_speaker_not_among_the_people(tmp_path: Path) -> None:
    path = broken(tmp_path, "speaker: Ann Lee", "speaker: Anne Lee")
    [problem] = diagnose(path, {})
    assert (problem.severity, problem.field) == ("warning", "quotes[0].speaker")
    assert problem.line == line_of(path, "speaker: Anne Lee")


def test_a_duplicate_id(tmp_path: Path) -> None:
    first = written(tmp_path)
    second = tmp_path / "copy.yaml"
    second.write_text(first.read_text())
    problems = diagnose(second, {"bridge-abc123": first})
    assert [(p.severity, p.line) for p in problems] == [("error", 3), ("warning", 3)]
    assert problems[0].message == f"duplicate id 'bridge-abc123', also in {first}"


def test_a_duplicate_of_a_file_not_passed_is_found(tmp_path: Path) -> None:
    """pre-commit passes only changed files; the unchanged original still counts."""
    first = written(tmp_path)
    second = tmp_path / "copy.yaml"
    second.write_text(first.read_text())
    messages = [p.message for p in validate_files([second])]
    assert f"duplicate id 'bridge-abc123', also in {first}" in messages


def test_published_without_reviewer_fails(tmp_path: Path) -> None:
    path = broken(tmp_path, "status: draft", "status: published")
    problems = diagnose(path, {})
    assert [(p.severity, p.field, p.line) for p in problems] == [
        ("error", "status", 4),
        ("warning", "editorial.approved", line_of(path, "  approved: null")),
    ]
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:4:1: error: status: published without a reviewer" in result.output


def test_published_with_reviewer_and_date_passes(tmp_path: Path) -> None:
    editorial = Editorial(reviewers=["Sam Okoro"], approved="2024-05-06")
    path = written(tmp_path, good(status=Status.published, editorial=editorial))
    assert CliRunner().invoke(app, ["validate", str(path)]).exit_code == 0


def test_yaml_syntax_error_has_its_position(tmp_path: Path) -> None:
    path = broken(tmp_path, "title: Bridge closed", "title: [Bridge closed")
    [problem] = diagnose(path, {})
    assert problem.message.startswith("YAML syntax error")
    assert problem.line is not None and problem.line >= line_of(path, "title: [Bridge")


def test_warnings_fail_only_with_strict(tmp_path: Path) -> None:
    path = broken(tmp_path, "speaker: Ann Lee", "speaker: Anne Lee")
    assert CliRunner().invoke(app, ["validate", str(tmp_path)]).exit_code == 0
    assert CliRunner().invoke(app, ["validate", "--strict", str(path)]).exit_code == 1


def test_github_format_prints_annotations(tmp_path: Path) -> None:
    path = broken(tmp_path, "summary: ''", "sumary: ''")
    result = CliRunner().invoke(app, ["validate", "--format", "github", str(path)])
    assert result.exit_code == 1
    line = line_of(path, "sumary:")
    assert (
        f"::error file={path},line={line},col=1,title=sumary::"
        "unknown field 'sumary' (did you mean 'summary'?)"
    ) in result.output


@pytest.mark.parametrize(
    ("message", "expected"),
    [("50% done\nnext", "50%25 done%0Anext"), ("a: b, c", "a: b, c")],
)
def test_github_annotation_escapes(message: str, expected: str) -> None:
    annotation = github_annotation(Problem("a,b:c.yaml", message, "warning", 2, 3, "x"))
    assert annotation == f"::warning file=a%2Cb%3Ac.yaml,line=2,col=3,title=x::{expected}"


def test_unsure_entries_are_warnings_a_reviewer_clears_by_deleting_the_marker(
    tmp_path: Path,
) -> None:
    quotes = [
        Quote(text="The cracks are serious", speaker="Ann Lee", section=1, paragraph=1),
        Quote(
            text="The cracks are serious",
            section=1,
            paragraph=1,
            speaker_reason="several candidates for 'she': Ann Lee or Mary Bell",
        ),
    ]
    people = [Person(name="Ann Lee", unsure="one word the model called a person")]
    path = written(tmp_path, good(people=people, quotes=quotes))
    problems = diagnose(path, {})
    assert [(p.severity, p.field, p.line) for p in problems] == [
        ("warning", "people[0].unsure", line_of(path, "unsure: one word")),
        ("warning", "quotes[1].speaker_reason", line_of(path, "speaker_reason:")),
    ]
    assert "several candidates for 'she'" in problems[1].message
    strict = ["validate", "--strict", str(path)]
    assert CliRunner().invoke(app, strict).exit_code == 1
    # The reviewer checks both, names the speaker and deletes the markers.
    text = path.read_text(encoding="utf-8")
    text = text.replace(", unsure: one word the model called a person", "")
    lines = [line for line in text.splitlines(keepends=True) if "speaker_reason" not in line]
    path.write_text("".join(lines).replace("speaker: null", "speaker: Ann Lee"), encoding="utf-8")
    assert diagnose(path, {}) == []
    assert CliRunner().invoke(app, strict).exit_code == 0


def test_a_sure_entry_writes_no_marker(tmp_path: Path) -> None:
    text = written(tmp_path).read_text(encoding="utf-8")
    assert "unsure" not in text and "speaker_reason" not in text


def test_an_organisation_may_be_the_speaker(tmp_path: Path) -> None:
    quote = Quote(text="The cracks are serious", speaker="Network Rail", section=1, paragraph=1)
    briefing = good(organizations=[Organization(name="Network Rail")], quotes=[quote])
    assert diagnose(written(tmp_path, briefing), {}) == []
