"""The entity registry in a real git repository, with the real extractor: ingest,
an editor merges two people, renames one and marks one "not an entity" in
entities.yaml and commits; re-ingest with new articles keeps all three decisions,
and the built site has one dossier for the merged person under the new name and
none for the removed one."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator import store
from generator.cli import app
from generator.config import Project
from generator.models import Briefing

LONDON = """Leaders meet in London over the budget

Prime Minister Tony Blair met Chancellor Gordon Brown in London on Monday to discuss the budget.

Bill Clinton, the former US president, joined them for lunch at Downing Street.

Ann Lee, a Treasury official, took notes at the meeting.
"""
DUBLIN = """Clinton speaks on peace in Dublin

William Blythe, the former US president, spoke in Dublin on Tuesday about peace.

Gordon Brown, the Chancellor, welcomed the speech in a statement.

Ann Lee, a Treasury official, said the speech had been well received.
"""
PARIS = """Former president visits Paris

William Blythe, the former US president, arrived in Paris on Friday for talks.

Gordon Brown, the Chancellor, will join him there next week.

Ann Lee, a Treasury official, is planning the visit.
"""


def git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True)
    return done.stdout


def cli(project: Project, *args: str) -> str:
    result = CliRunner().invoke(app, [*args, "-C", str(project.root)])
    assert result.exit_code == 0, result.output
    return result.output


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in\n{text}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def briefings(project: Project) -> list[Briefing]:
    return [store.load(p) for p in sorted(project.briefings_dir.glob("*.yaml"))]


def people(project: Project) -> set[tuple[str, str | None]]:
    return {(p.name, p.id) for b in briefings(project) for p in b.people}


@pytest.fixture
def repo(project_factory: Callable[..., Project]) -> Project:
    project = project_factory({"london.txt": LONDON, "dublin.txt": DUBLIN})
    git(project.root, "init", "-q", "-b", "main")
    git(project.root, "config", "user.email", "desk@example.org")
    git(project.root, "config", "user.name", "Desk")
    cli(project, "ingest")
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", "ingest")
    return project


def test_ingest_proposes_draft_entries_and_briefings_carry_their_ids(repo: Project) -> None:
    registry = store.load_registry(store.registry_path(repo.root))
    by_name = {e.name: e for e in registry.entities}
    assert {"Bill Clinton", "William Blythe", "Gordon Brown", "Ann Lee"} <= set(by_name)
    assert all(e.status == "draft" for e in registry.entities)
    assert ("Gordon Brown", by_name["Gordon Brown"].id) in people(repo)
    assert (repo.root / store.REGISTRY_SCHEMA_FILE).exists()
    assert "0 errors, 0 warnings" in cli(repo, "validate")


def test_editors_decisions_survive_reingest_and_reach_the_site(repo: Project) -> None:
    registry_file = store.registry_path(repo.root)
    by_name = {e.name: e for e in store.load_registry(registry_file).entities}
    clinton, william = by_name["Bill Clinton"].id, by_name["William Blythe"].id
    brown, lee = by_name["Gordon Brown"].id, by_name["Ann Lee"].id
    edit(registry_file, f"- id: {william}\n", f"- id: {william}\n  merged_into: {clinton}\n")
    edit(registry_file, "name: Gordon Brown\n", "name: James Gordon Brown  # the desk's style\n")
    edit(registry_file, "name: Ann Lee\n  status: draft", "name: Ann Lee\n  status: not-an-entity")
    assert "0 errors" in cli(repo, "validate")
    git(repo.root, "commit", "-q", "-am", "registry: merge Clinton, rename Brown, drop Lee")

    (repo.articles_dir / "paris.txt").write_text(PARIS, encoding="utf-8")
    cli(repo, "ingest")
    cli(repo, "ingest")  # a second run changes nothing more

    names = people(repo)
    assert ("Bill Clinton", clinton) in names
    assert ("James Gordon Brown", brown) in names
    assert not any(n in {"William Blythe", "Gordon Brown", "Ann Lee"} for n, _ in names)
    assert not any(i in {william, lee} for _, i in names)
    assert all(q.speaker != "Ann Lee" for b in briefings(repo) for q in b.quotes)
    assert len(briefings(repo)) == 3
    text = registry_file.read_text(encoding="utf-8")
    assert f"merged_into: {clinton}" in text and "status: not-an-entity" in text
    assert "name: James Gordon Brown  # the desk's style" in text  # the comment is kept
    renamed = next(e for e in store.load_registry(registry_file).entities if e.id == brown)
    assert "Gordon Brown" in renamed.aliases  # the old name still finds him
    git(repo.root, "add", "-A")
    git(repo.root, "commit", "-q", "-m", "re-ingest")
    assert git(repo.root, "status", "--porcelain") == ""

    cli(repo, "build", "--preview")
    site = repo.root / "site-preview" / "people"
    pages = {p.parent.name for p in site.glob("*/index.html")}
    assert clinton in pages and brown in pages
    assert william not in pages and lee not in pages
    brown_page = (site / brown / "index.html").read_text(encoding="utf-8")
    assert "James Gordon Brown" in brown_page
    clinton_page = (site / clinton / "index.html").read_text(encoding="utf-8")
    assert "named in 3 briefings" in clinton_page
