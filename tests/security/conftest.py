"""Sites built once per session for the hostile suites: one from the payload corpus
through every reader and hand-written briefings, one benign for the baseline."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from generator import store
from generator.commands.build import search_index
from generator.commands.ingest import IngestReport, ingest
from generator.config import Project
from generator.models import Status
from generator.site.engine import build_site
from tests.conftest import SEED, make_project
from tests.security import hostile
from tests.security.sitecheck import Baseline


@dataclass(frozen=True)
class HostileSite:
    project: Project
    report: IngestReport
    baseline: Baseline

    @property
    def site(self) -> Path:
        return self.project.site_dir


@pytest.fixture(scope="session")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Baseline:
    project = make_project(tmp_path_factory.mktemp("benign"), {SEED.name: SEED.read_bytes()})
    ingest(project, [project.articles_dir])
    approve_all(project)
    build_site(project)
    return Baseline.of(project.site_dir)


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory, baseline: Baseline) -> HostileSite:
    project = make_project(tmp_path_factory.mktemp("hostile"), hostile.articles())
    hostile.write_briefings(project.briefings_dir)
    report = ingest(project, [project.articles_dir])
    approve_all(project)
    build_site(project)
    # as `build` does: the search page loads Pagefind's index, which is attacked too
    assert search_index(project, project.site_dir, preview=False) == []
    return HostileSite(project, report, baseline)


def approve_all(project: Project) -> None:
    """The public site shows approved briefings only; these must all be on it."""
    for path in project.briefings_dir.glob("*.yaml"):
        briefing = store.load(path)
        if briefing.status not in (Status.approved, Status.published):
            store.save(briefing.model_copy(update={"status": Status.approved}), path.parent)
