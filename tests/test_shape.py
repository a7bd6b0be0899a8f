"""The checks that hold the code's shape: types, layers, no private names across
modules, lint, and a README that tells the truth about modules and commands."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main
from mypy import api as mypy_api

from generator.cli import app
from tests.conftest import REPO

PACKAGE = REPO / "generator"
README = (REPO / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent
# Commands that do not work on a project: `new` makes one, `schema` prints the schema.
WITHOUT_PROJECT = {"new", "schema"}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "scaffold" not in p.parts)


def test_mypy_passes_on_the_package() -> None:
    stdout, stderr, status = mypy_api.run(["--config-file", str(REPO / "pyproject.toml")])
    assert status == 0, stdout + stderr


def test_the_import_contracts_are_kept() -> None:
    """pyproject's [tool.importlinter]: readers -> extract -> store -> site/book ->
    commands -> cli, nothing upward, extract never imports readers, the kernel no stage."""
    result = subprocess.run(
        [BIN / "lint-imports", "--config", REPO / "pyproject.toml"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    for args in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run(
            [BIN / "ruff", *args], cwd=REPO, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


def private_imports(path: Path) -> list[str]:
    """`from generator.x import _y` and `x._y` where x is a generator module imported
    by name: another module's private name, which its owner may change at will."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found, modules_here = [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator"):
            for alias in node.names:
                if alias.name.startswith("_"):
                    found.append(
                        f"{path.name}:{node.lineno}: from {node.module} import {alias.name}"
                    )
                elif _is_module(node.module or "", alias.name):
                    modules_here.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("generator.") and alias.asname:
                    modules_here.add(alias.asname)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules_here
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
        ):
            found.append(f"{path.name}:{node.lineno}: {node.value.id}.{node.attr}")
    return found


def _is_module(package: str, name: str) -> bool:
    folder = PACKAGE.joinpath(*package.split(".")[1:], name)
    return folder.with_suffix(".py").exists() or (folder / "__init__.py").exists()


def test_no_module_uses_another_modules_private_names() -> None:
    found = [hit for path in modules() for hit in private_imports(path)]
    assert not found, "\n".join(found)


def test_private_name_finder_finds_both_forms(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from generator.store.read import _child\nfrom generator import store\nstore._x\n"
    )
    assert [hit.split(": ", 1)[1] for hit in private_imports(sample)] == [
        "from generator.store.read import _child",
        "store._x",
    ]


def named_in_readme(path: Path) -> bool:
    """`generator/x.py`, `x.py` in the kernel table, or `x.py` on its package's row."""
    relative = path.relative_to(PACKAGE)
    if f"`{relative}`" in README or f"`{path.relative_to(REPO)}`" in README:
        return True
    package = f"`{relative.parent}/" if relative.parent != Path(".") else None
    return package is not None and any(
        package in line and f"`{path.name}`" in line for line in README.splitlines()
    )


def test_every_module_is_in_the_readme() -> None:
    missing = [
        str(path.relative_to(REPO))
        for path in modules()
        if path.name not in {"__init__.py", "__main__.py"} and not named_in_readme(path)
    ]
    assert not missing, f"modules the README's tables do not name: {missing}"


def test_every_package_is_in_the_pipeline_table() -> None:
    packages = sorted(p.parent.name for p in PACKAGE.glob("*/__init__.py"))
    assert packages, "no packages found"
    for package in packages:
        assert re.search(rf"^\| `generator/{package}/` \|", README, re.M), package


def commands() -> dict[str, Any]:
    """The CLI's commands as typer builds them (its own click-like objects)."""
    return dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_and_option_is_in_the_readme(name: str) -> None:
    assert f"`briefing {name}" in README, f"briefing {name} is not in the README"
    command = commands()[name]
    for parameter in command.params:
        if parameter.param_type_name == "option":
            flags = [f for f in parameter.opts if f.startswith("--") and f != "--help"]
            assert any(flag in README for flag in flags), f"briefing {name} {flags}"


@pytest.mark.parametrize("name", sorted(set(commands()) - WITHOUT_PROJECT))
def test_every_project_command_takes_dash_c(name: str) -> None:
    options = [o for p in commands()[name].params for o in getattr(p, "opts", [])]
    assert "-C" in options, f"briefing {name} does not take -C"
