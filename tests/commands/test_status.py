"""`briefing status` from the command line: by id with -C, and a typo named as
`briefing validate` names it."""

from __future__ import annotations

from typer.testing import CliRunner

from generator import store
from generator.cli import app
from generator.config import Project
from generator.models import Status


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_status_with_dash_c_takes_ids(seed_project: Project) -> None:
    assert run("ingest", "-C", str(seed_project.root))[0] == 0
    [path] = seed_project.briefings_dir.glob("*.yaml")
    code, output = run("status", "review", path.stem, "-C", str(seed_project.root))
    assert code == 0, output
    assert store.load(path).status == Status.review


def test_status_names_a_mistyped_field_and_suggests_the_right_one(
    seed_project: Project,
) -> None:
    assert run("ingest", "-C", str(seed_project.root))[0] == 0
    [path] = seed_project.briefings_dir.glob("*.yaml")
    path.write_text(path.read_text().replace("  reviewers: []", "  reviewer: []"))
    code, output = run("status", "review", str(path))
    assert code == 1
    assert "unknown field 'reviewer' (did you mean 'reviewers'?)" in output, output
    assert "Extra inputs are not permitted" not in output
    assert f"{path}:" in output and "editorial.reviewer" in output
