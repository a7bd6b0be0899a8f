"""`briefing new`: a scaffolded project builds, and passes its own pre-commit hook,
run by pre-commit itself (a local `system` hook: pre-commit needs no network for it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
import yaml
from typer.testing import CliRunner

from generator.cli import app
from tests.conftest import REPO

VENV_BIN = Path(sys.executable).parent


def cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def run(
    cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, check=False)


def hook_env(tmp_path: Path) -> dict[str, str]:
    """The `briefing` on PATH runs this checkout's code; pre-commit's cache is private."""
    return {
        **os.environ,
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(REPO),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache"),
    }


@pytest.fixture
def scaffolded(tmp_path: Path) -> Path:
    root = tmp_path / "harbour-desk"
    cli("new", str(root))
    return root


def test_new_writes_the_project_files(scaffolded: Path) -> None:
    for name in (
        "mkdocs.yml",
        ".gitignore",
        ".pre-commit-config.yaml",
        ".github/workflows/briefings.yml",
        "rendered/.gitignore",
        "articles/harbour-bridge.txt",
        "requirements.txt",
    ):
        assert (scaffolded / name).is_file(), name
    assert (scaffolded / "briefings").is_dir()
    config = yaml.load((scaffolded / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)
    assert config["site_name"] == "Harbour Desk"


def test_new_refuses_a_folder_in_use(scaffolded: Path) -> None:
    result = CliRunner().invoke(app, ["new", str(scaffolded)])
    assert result.exit_code == 1
    assert "exists and is not empty" in result.output


def test_the_workflow_validates_pull_requests_and_builds_main(scaffolded: Path) -> None:
    workflow = yaml.safe_load((scaffolded / ".github/workflows/briefings.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as a boolean
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]
    steps = {job: [s.get("run") for s in spec["steps"]] for job, spec in workflow["jobs"].items()}
    assert "briefing validate --format github" in steps["validate"]
    assert "briefing build" in steps["build"]


def test_a_scaffolded_project_builds_and_passes_its_own_hook(
    scaffolded: Path, tmp_path: Path
) -> None:
    cli("build", "-C", str(scaffolded))
    assert (scaffolded / "site" / "index.html").is_file()
    run(scaffolded, "git", "init", "-q")
    env = hook_env(tmp_path)
    run(scaffolded, "git", "add", "-A")
    assert run(scaffolded, "git", "ls-files", "site", "rendered").stdout == "rendered/.gitignore\n"

    hook = run(scaffolded, sys.executable, "-m", "pre_commit", "run", "--all-files", env=env)
    assert hook.returncode == 0, hook.stdout + hook.stderr
    assert "validate briefings" in hook.stdout and "Passed" in hook.stdout

    [briefing] = (scaffolded / "briefings").glob("*.yaml")
    briefing.write_text(briefing.read_text().replace("status: draft", "status: published"))
    run(scaffolded, "git", "add", "-A")
    hook = run(scaffolded, sys.executable, "-m", "pre_commit", "run", "--all-files", env=env)
    assert hook.returncode == 1
    assert f"briefings/{briefing.name}:4:1: error: status: published without a reviewer" in (
        hook.stdout
    )


def test_our_published_hook_runs_the_same_command(scaffolded: Path) -> None:
    """Other repositories use .pre-commit-hooks.yaml; it must be the scaffold's hook."""
    [published] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    [local] = yaml.safe_load((scaffolded / ".pre-commit-config.yaml").read_text())["repos"]
    assert published["id"] == local["hooks"][0]["id"] == "briefing-validate"
    assert published["entry"] == local["hooks"][0]["entry"] == "briefing validate"


def test_new_writes_this_repositorys_configuration(scaffolded: Path) -> None:
    """One source of truth: the scaffold's mkdocs.yml is this repository's, but for
    the site's name."""
    ours = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    theirs = (scaffolded / "mkdocs.yml").read_text(encoding="utf-8")
    assert theirs.replace('site_name: "Harbour Desk"', "site_name: Daily Brief", 1) == ours


def site_shape(site: Path) -> tuple[list[tuple[str, str]], list[str], set[str]]:
    """The home page's navigation (text, link), the stylesheets and scripts it loads,
    and every file under assets/."""
    page = lxml.html.parse(str(site / "index.html")).getroot()
    nav = [  # the site's pages, not the home page's own table of contents
        (" ".join(a.text_content().split()), a.get("href"))
        for a in page.xpath(
            "//nav[contains(@class, 'md-nav--primary')]//a[contains(@class, 'md-nav__link')]"
        )
        if not a.get("href", "").startswith("#")
    ]
    loads = [e.get("href") for e in page.xpath("//link[@rel='stylesheet']")]
    loads += [e.get("src") for e in page.xpath("//script[@src]")]
    assets = {str(p.relative_to(site)) for p in (site / "assets").rglob("*") if p.is_file()}
    return nav, loads, assets


def test_a_new_project_builds_the_navigation_and_assets_of_this_one(
    scaffolded: Path, tmp_path: Path
) -> None:
    ours = tmp_path / "ours"
    ours.mkdir()
    for name in ("mkdocs.yml", "articles", "briefings", "templates"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, ours / name)
        else:
            shutil.copy(source, ours / name)
    cli("build", "-C", str(ours))
    cli("build", "-C", str(scaffolded))
    our_nav, our_loads, our_assets = site_shape(ours / "site")
    nav, loads, assets = site_shape(scaffolded / "site")
    assert [text for text, _ in our_nav] == [text for text, _ in nav]
    assert len(nav) >= 7, nav  # Home, Archive, People, ... not just Home
    assert our_loads == loads
    assert our_assets == assets
    assert "assets/print.css" in assets and "assets/vendor/iframe-worker-1.0.4.js" in assets
