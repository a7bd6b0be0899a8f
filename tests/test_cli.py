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
