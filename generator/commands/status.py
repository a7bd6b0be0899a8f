"""`briefing status`: move briefings through the workflow, editing each file in place
(comments kept) while holding its project, as ingest does, so that neither overwrites
the other's edit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from generator import workflow
from generator.config import find_root
from generator.errors import ConfigError, GeneratorError
from generator.lock import project_lock
from generator.models import Briefing, Status
from generator.store.patch import edit_file

Outcome = tuple[Path, GeneratorError | None]


def change_status(
    paths: list[Path], status: Status, reviewer: str | None, on: dt.date | None
) -> Iterator[Outcome]:
    """Each file and what went wrong with it (None: moved); a file that fails does not
    stop the others."""

    def change(briefing: Briefing) -> dict[str, Any]:
        return workflow.move(briefing, status, reviewer, on)

    for root, files in by_project(paths).items():
        try:
            with project_lock(root) if root else nullcontext():
                for path in files:
                    try:
                        edit_file(path, change)
                    except GeneratorError as error:
                        yield path, error
                    else:
                        yield path, None
        except GeneratorError as error:  # the project is locked by another run: said once
            yield root or files[0], error


def by_project(paths: list[Path]) -> dict[Path | None, list[Path]]:
    """Briefing files by the project holding them (None: outside any project, where no
    briefing run writes, so there is no lock to take), in the order given."""
    projects: dict[Path | None, list[Path]] = {}
    for path in paths:
        try:
            root: Path | None = find_root(path.parent)
        except ConfigError:
            root = None
        projects.setdefault(root, []).append(path)
    return projects


def briefing_paths(names: list[str], briefings_dir: Path | None) -> list[Path]:
    """Files named by path, or by id in the project's briefings folder (with -C)."""
    paths = []
    for name in names:
        path = Path(name)
        if briefings_dir is not None and not path.exists():
            by_id = briefings_dir / (name if name.endswith(".yaml") else f"{name}.yaml")
            path = by_id if by_id.exists() else briefings_dir / name
        paths.append(path)
    return paths
