"""`briefing pdf` from the command line: selection options, output and its errors."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

import generator.book.pdf
from generator.cli import app
from generator.config import Project
from generator.lock import project_lock
from generator.models import Status
from tests.conftest import BBC, checkout_env
from tests.pdf_fixtures import DAY, briefing_from, save_all

runner = CliRunner()


@pytest.fixture
def project(project_factory: Callable[..., Project]) -> Project:
    project = project_factory()
    save_all(
        project,
        [
            briefing_from(
                project,
                BBC / "politics" / "001.txt",
                status=Status.approved,
                published=DAY,
                tags=["uk-politics"],
            ),
            briefing_from(
                project,
                BBC / "business" / "001.txt",
                status=Status.published,
                published=DAY + dt.timedelta(days=2),
                tags=["economy"],
            ),
            briefing_from(project, BBC / "tech" / "001.txt", status=Status.draft, published=DAY),
        ],
    )
    return project


def pdf(project: Project, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["pdf", "-C", str(project.root), *args])
    return result.exit_code, result.stdout, result.stderr


def titles(path: object) -> list[str]:
    return [item.title for item in PdfReader(path).outline if not isinstance(item, list)]


def test_book_by_date_range_tag_and_status(project: Project) -> None:
    out = project.root / "out" / "book.pdf"
    code, stdout, _ = pdf(project, "--from", "2023-09-05", "--to", "2023-09-06", "-o", str(out))
    assert code == 0
    assert titles(out) == ["Contents", "Labour plans maternity pay rise"]
    assert stdout.startswith("pdf: 1 briefing, ")
    code, _, _ = pdf(project, "--tag", "economy", "--tag", "uk-politics", "-o", str(out))
    assert code == 0
    assert titles(out) == [
        "Contents",
        "Ad sales boost Time Warner profit",
        "Labour plans maternity pay rise",
    ]
    code, _, _ = pdf(project, "--date", "2023-09-05", "--status", "draft", "-o", str(out))
    assert code == 0
    assert titles(out) == ["Contents", "Ink helps drive democracy in Asia"]


def test_one_id_with_a_marking_from_the_command_line(project: Project) -> None:
    draft = next(p.stem for p in project.briefings_dir.glob("*.yaml") if "ink" in p.stem)
    out = project.root / "one.pdf"
    code, _, _ = pdf(project, draft, "--marking", "DRAFT - NOT FOR USE", "-o", str(out))
    assert code == 0
    pages = PdfReader(out).pages
    assert pages[0].extract_text().startswith("Ink helps drive democracy in Asia")
    assert all("DRAFT - NOT FOR USE" in p.extract_text() for p in pages)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--tag", "nothing-here"],
            "error: no briefing matches the selection "
            "(status approved or published; tag nothing-here)\n",
        ),
        (["no-such-id"], "error: no briefing with id 'no-such-id'\n"),
        (
            ["--date", "2023-09-05", "--from", "2023-09-01"],
            "error: use --date, or --from and --to, not both\n",
        ),
        (
            ["--from", "2023-09-06", "--to", "2023-09-01"],
            "error: --from 2023-09-06 is after --to 2023-09-01\n",
        ),
    ],
)
def test_selection_errors_are_one_line(project: Project, args: list[str], message: str) -> None:
    code, stdout, stderr = pdf(project, *args, "-o", str(project.root / "x.pdf"))
    assert (code, stdout, stderr) == (1, "", message)
    assert not (project.root / "x.pdf").exists()


def test_unwritable_output_is_a_one_line_error(project: Project) -> None:
    (project.root / "a-file").write_text("not a folder")
    for target in (project.root / "a-file" / "book.pdf", project.briefings_dir):
        code, _, stderr = pdf(project, "-o", str(target))
        assert code == 1
        assert stderr.startswith(f"error: {target}: cannot write: ")
        assert stderr.count("\n") == 1


def test_missing_system_library_names_the_debian_packages(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pango(name: str) -> object:
        raise OSError("cannot load library 'libpango-1.0-0': error 0x7e\nAdditionally, ...")

    monkeypatch.setattr(generator.book.pdf, "import_module", no_pango)
    code, _, stderr = pdf(project, "-o", str(project.root / "x.pdf"))
    assert code == 1
    assert stderr == (
        "error: WeasyPrint cannot load its system libraries (cannot load library "
        "'libpango-1.0-0': error 0x7e); install the Debian packages libpango-1.0-0 "
        "libpangoft2-1.0-0 libharfbuzz-subset0 (scripts/setup does)\n"
    )


def test_a_broken_briefing_is_reported_and_fails_the_run_after_the_book(project: Project) -> None:
    (project.briefings_dir / "broken.yaml").write_text("id: [unclosed\n")
    out = project.root / "book.pdf"
    code, _, stderr = pdf(project, "-o", str(out))
    assert code == 1
    assert "broken.yaml" in stderr
    assert len(titles(out)) == 3  # the others were printed


def test_no_book_is_read_while_another_run_holds_the_project(project: Project) -> None:
    """An ingest half-way through a run has merged some briefings and not yet the
    others: a book read then would mix the two. pdf refuses, as render and build do."""
    out = project.root / "book.pdf"
    with project_lock(project.root):  # this process is the other run, say an ingest
        refused = subprocess.run(
            [sys.executable, "-m", "generator", "pdf", "-C", str(project.root), "-o", str(out)],
            capture_output=True,
            text=True,
            timeout=300,
            env=checkout_env(),
        )
    assert refused.returncode == 1
    assert "another briefing run" in refused.stderr and "wait for it to finish" in refused.stderr
    assert not out.exists()
    code, _, _ = pdf(project, "-o", str(out))
    assert code == 0 and len(titles(out)) == 3
