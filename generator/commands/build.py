"""`briefing render` and `briefing build`: the site from the briefings, under the
project lock, so a build never reads a briefing an ingest is writing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator import workflow
from generator.commands.ingest import IngestReport, Progress, ingest
from generator.config import Project
from generator.lock import project_lock
from generator.models import Problem
from generator.site import search_cache
from generator.site.engine import DEFAULT_ENGINE, build_site, preview_dir
from generator.site.events import event_views
from generator.site.render import RenderReport, load_briefings, render
from generator.site.search import BUNDLE_DIR, SearchUnavailable, site_records, write_index
from generator.store.event_sync import load_events
from generator.store.events import events_dir


@dataclass(slots=True)
class BuildReport:
    ingested: IngestReport
    rendered: RenderReport
    site: Path
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.ingested.failed or self.rendered.failed

    @property
    def render_problems(self) -> list[Problem]:
        """Render's problems that ingest has not reported: render reads every briefing
        ingest read before it, and a broken file is one problem, said once."""
        broken = {str(p.path) for p in self.ingested.problems if p.severity == "error"}
        return [p for p in self.rendered.problems if str(p.path) not in broken]


def render_project(project: Project) -> RenderReport:
    with project_lock(project.root):
        return render(project)


def build(
    project: Project,
    preview: bool = False,
    offline: bool = False,
    on_total: Progress | None = None,
    on_advance: Progress | None = None,
    engine: str = DEFAULT_ENGINE,
) -> BuildReport:
    """Ingest what is new in articles/, render, and build the site (approved and
    published briefings only, unless `preview`) with `engine`."""
    with project_lock(project.root):
        ingested = ingest(project, [project.articles_dir], on_total, on_advance)
        # Rendered here, once, so that a broken briefing is reported by name and the
        # site is still built from the others (not strict then: the run has failed
        # already); the plugin builds from this Markdown without rendering it again.
        rendered = render(project, preview=preview)
        warnings = build_site(
            project,
            strict=not rendered.failed,
            preview=preview,
            offline=offline,
            prerendered=True,
            engine=engine,
        )
        site = preview_dir(project) if preview else project.site_dir
        if not offline:  # a copy for file:// searches with the engine's own index
            warnings += search_index(project, site, preview)
    return BuildReport(ingested, rendered, site, warnings)


def search_index(project: Project, site: Path, preview: bool) -> list[str]:
    """Pagefind's index of the briefings and events the site shows; a warning, not a failure,
    where Pagefind cannot run (the engine's own search still works)."""
    briefings = workflow.visible(load_briefings(project)[0], preview)
    views = event_views(load_events(events_dir(project.briefings_dir)), briefings)
    records = list(site_records(briefings, views, project.directory_urls))
    key = search_cache.records_key(records)
    if search_cache.restore(project.root, key, site / BUNDLE_DIR):
        return []  # the same records as the last build: its bundle, not a new index
    try:
        write_index(site, records)
    except SearchUnavailable as err:
        return [str(err)]
    search_cache.keep(project.root, key, site / BUNDLE_DIR)
    return []
