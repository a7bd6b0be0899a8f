"""A project of the test stories, ingested (events made) and approved with their days."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from generator import store
from generator.commands.ingest import ingest
from generator.config import Project
from generator.models import Status
from tests.conftest import checkout_env, make_project
from tests.events import stories


def approved_stories(root: Path) -> Project:
    project = make_project(root, dict(stories.ARTICLES))
    report = ingest(project, [project.articles_dir])
    assert not report.failed, report.problems
    for path in sorted(project.briefings_dir.glob("*.yaml")):
        briefing = store.load(path)
        day = stories.DAYS[Path(briefing.source.path).stem.split("-")[0]]
        editorial = briefing.editorial.model_copy(
            update={"reviewers": ["Desk editor"], "approved": dt.date(2024, 3, 6)}
        )
        store.save(
            briefing.model_copy(
                update={
                    "status": Status.approved,
                    "editorial": editorial,
                    "published": dt.date.fromisoformat(day),
                }
            ),
            project.briefings_dir,
        )
    return project


def pdf(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`briefing pdf -C root ARGS` as a user runs it, with this checkout's code."""
    return subprocess.run(
        [sys.executable, "-m", "generator", "pdf", "-C", str(root), *args],
        capture_output=True,
        text=True,
        env=checkout_env(),
    )
