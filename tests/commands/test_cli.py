"""The `briefing` command as a user runs it: a real process, exit codes, messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.config import Project
from tests.conftest import SEED, checkout_env


def briefing(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env=checkout_env(),
    )


def test_every_command_has_help(tmp_path: Path) -> None:
    top = briefing("--help", cwd=tmp_path)
    assert top.returncode == 0
    for command in ("ingest", "render", "build", "serve", "schema"):
        assert command in top.stdout
        result = briefing(command, "--help", cwd=tmp_path)
        assert result.returncode == 0 and "Usage" in result.stdout, command


def test_build_from_a_project_folder(seed_project: Project) -> None:
    result = briefing("build", cwd=seed_project.root)
    assert result.returncode == 0, result.stderr
    assert "1 written" in result.stdout
    assert (seed_project.site_dir / "index.html").is_file()
    again = briefing("build", cwd=seed_project.root)
    assert again.returncode == 0 and "0 written, 1 unchanged" in again.stdout


def test_a_bad_file_fails_the_run_after_the_rest(project_factory) -> None:
    project = project_factory(
        {"a.txt": SEED.read_bytes(), "b.txt": b"", "c.txt": "Title\n\nBody.\n"}
    )
    result = briefing("ingest", cwd=project.root)
    assert result.returncode == 1
    assert "articles/b.txt: error: empty file" in result.stderr
    assert "2 written" in result.stdout


def test_outside_a_project_says_so(tmp_path: Path) -> None:
    result = briefing("render", cwd=tmp_path)
    assert result.returncode == 1
    assert "no mkdocs.yml" in result.stderr


def test_project_option_and_schema(seed_project: Project, tmp_path: Path) -> None:
    result = briefing("ingest", "-C", str(seed_project.root), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "schema.json"
    assert briefing("schema", "-o", str(out), cwd=tmp_path).returncode == 0
    assert '"title": "Briefing"' in out.read_text()


def test_build_reports_each_broken_briefing_once(project_factory) -> None:
    """Ingest's scan, ingest's merge, render and the MkDocs plugin all read the
    briefings: a broken one is still reported once, with its line and its problem."""
    project = project_factory({SEED.name: SEED.read_bytes(), "c.txt": "Council\n\nIt met.\n"})
    assert briefing("ingest", cwd=project.root).returncode == 0
    folder = project.briefings_dir
    [seed, council] = sorted(folder.glob("*.yaml"), key=lambda p: "council" in p.name)
    seed.write_text(seed.read_text().replace("title: North", "title: [North", 1))
    council.write_text(council.read_text().replace("words: 2", "words: many"))
    (project.articles_dir / "c.txt").write_text("Council\n\nIt met again.\n")  # a merge
    (folder / "list.yaml").write_text("- just\n- a list\n")
    result = briefing("build", cwd=project.root)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    expected = {
        seed: ": error: YAML syntax error: did not find expected",
        council: f":{line_of(council, 'words: many')}:3: error: source.words: Input should be",
        folder / "list.yaml": ":1: error: the file is a YAML list, not a mapping of fields",
    }
    for path, problem in expected.items():
        hits = [line for line in lines if path.name in line]
        assert len(hits) == 1, f"{path.name} reported {len(hits)} times:\n{result.stderr}"
        assert hits[0].startswith(str(path)) and problem in hits[0], hits[0]
    assert (project.site_dir / "index.html").is_file()


def line_of(path: Path, fragment: str) -> int:
    [number] = [n for n, line in enumerate(path.read_text().splitlines(), 1) if fragment in line]
    return number
