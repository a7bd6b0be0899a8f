"""The status workflow: its moves, what the public and preview builds show, and the
repository's own sample briefing, approved, in its public site."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator import store
from generator.cli import app
from generator.config import Project, load_project
from generator.errors import WorkflowError
from generator.lock import project_lock
from generator.models import Briefing, Editorial, Source, Status
from generator.workflow import move, rule_breaches, visible
from tests.conftest import REPO, SEED, checkout_env

DAY = dt.date(2024, 5, 6)


def briefing(status: Status, reviewers: tuple[str, ...] = ()) -> Briefing:
    return Briefing(
        id=f"b-{status}",
        title="A title",
        status=status,
        source=Source(path="a.txt", sha256="0" * 64, format="text", words=3),
        editorial=Editorial(reviewers=list(reviewers)),
    )


def test_public_builds_show_approved_and_published_only() -> None:
    everything = [briefing(status) for status in Status]
    assert [b.status for b in visible(everything)] == [Status.approved, Status.published]
    assert visible(everything, preview=True) == everything


def test_approving_records_the_reviewer_and_the_date() -> None:
    values = move(briefing(Status.review), Status.approved, reviewer="Sam Okoro", on=DAY)
    assert values["status"] == "approved"
    assert values["editorial"]["reviewers"] == ["Sam Okoro"]
    assert values["editorial"]["approved"] == DAY


@pytest.mark.parametrize(
    ("start", "to", "reviewer", "message"),
    [
        (Status.draft, Status.approved, "Sam", "cannot go from draft to approved"),
        (Status.review, Status.approved, None, "approving needs a reviewer"),
        (Status.published, Status.draft, "Sam", "cannot go from published to draft"),
    ],
)
def test_moves_the_workflow_refuses(
    start: Status, to: Status, reviewer: str | None, message: str
) -> None:
    with pytest.raises(WorkflowError, match=message):
        move(briefing(start), to, reviewer=reviewer, on=DAY)


def test_publishing_needs_a_reviewer() -> None:
    with pytest.raises(WorkflowError, match="published without a reviewer"):
        move(briefing(Status.approved), Status.published)
    assert move(briefing(Status.approved, ("Sam",)), Status.published)["status"] == "published"
    assert ("status", "published without a reviewer", "error") in rule_breaches(
        briefing(Status.published)
    )


def test_back_to_review_clears_the_approval_date() -> None:
    approved = briefing(Status.approved, ("Sam",))
    approved.editorial.approved = DAY
    assert move(approved, Status.review)["editorial"]["approved"] is None


def cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_status_command_edits_the_file_and_keeps_comments(
    seed_project: Project,
) -> None:
    cli("ingest", "-C", str(seed_project.root))
    [path] = seed_project.briefings_dir.glob("*.yaml")
    path.write_text(path.read_text().replace("status: draft", "status: draft  # Sam to review"))
    cli("status", "review", str(path))
    cli("status", "approved", str(path), "--reviewer", "Sam Okoro", "--date", "2024-05-06")
    text = path.read_text()
    assert re.search(r"\nstatus: approved +# Sam to review\n", text)
    assert "  reviewers: [Sam Okoro]\n  approved: 2024-05-06\n" in text
    assert store.load(path).editorial.approved == DAY


def test_status_refuses_while_another_run_holds_the_project(seed_project: Project) -> None:
    """As `briefing ingest` merging the same file in another terminal: status would
    write the briefing under it, and one of the two edits would be lost."""
    cli("ingest", "-C", str(seed_project.root))
    [path] = seed_project.briefings_dir.glob("*.yaml")
    before = path.read_bytes()
    command = [sys.executable, "-m", "generator", "status", "review", str(path)]
    with project_lock(seed_project.root):  # this process is the other run
        refused = subprocess.run(
            command, capture_output=True, text=True, timeout=300, env=checkout_env()
        )
    assert refused.returncode == 1, refused.stdout
    assert "another briefing run" in refused.stderr and "wait for it to finish" in refused.stderr
    assert path.read_bytes() == before
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, env=checkout_env())
    assert done.returncode == 0, done.stderr
    assert store.load(path).status == Status.review


def page(site: Path, briefing_id: str) -> Path:
    return site / "briefings" / briefing_id / "index.html"


def test_drafts_are_absent_from_the_public_build_and_bannered_in_the_preview(
    project_factory: Callable[..., Project],
) -> None:
    text = SEED.read_text(encoding="utf-8")
    project = project_factory({"approved.txt": text, "draft.txt": text + "\nOne more line.\n"})
    cli("ingest", "-C", str(project.root))
    ids = {store.load(p).source.path: p for p in project.briefings_dir.glob("*.yaml")}
    approved, draft = ids["articles/approved.txt"], ids["articles/draft.txt"]
    cli("status", "review", str(approved))
    cli("status", "approved", str(approved), "-r", "Sam Okoro")

    cli("build", "-C", str(project.root))
    assert page(project.site_dir, approved.stem).is_file()
    assert not page(project.site_dir, draft.stem).exists()
    assert "Draft: not in the public site" not in page(project.site_dir, approved.stem).read_text()

    output = cli("build", "--preview", "-C", str(project.root))
    preview = project.root / "site-preview"
    assert "preview site written to" in output
    assert "Draft: not in the public site" in page(preview, draft.stem).read_text()
    assert "not in the public site" not in page(preview, approved.stem).read_text()
    assert not page(project.site_dir, draft.stem).exists()  # the public site is untouched


def test_the_repositorys_sample_briefing_is_in_its_public_site(tmp_path: Path) -> None:
    """What the README's first command builds: the seed article's page."""
    root = tmp_path / "repo"
    for name in ("articles", "briefings"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    cli("build", "-C", str(root))
    [seed] = [p for p in (root / "briefings").glob("*.yaml") if "kim-jong-un" in p.stem]
    assert store.load(seed).status == Status.approved
    assert page(load_project(root).site_dir, seed.stem).is_file()
    assert seed.read_bytes() == (REPO / "briefings" / seed.name).read_bytes()
