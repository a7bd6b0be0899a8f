"""Briefings to Markdown pages on disk, through Jinja templates.

The built-in templates are defaults; a project's `templates/` folder overrides any
of them file by file. Every `{{ value }}` is escaped for Markdown by the
environment's `finalize`, so article text can never become HTML, a link, Markdown
syntax or a template, whatever a template author writes. The Markdown goes to a
folder that MkDocs (or ProperDocs, or Zensical) builds; only changed files are
rewritten, so `mkdocs serve` reloads just what changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import jinja2

from generator import workflow
from generator.config import Project
from generator.errors import BuildError, GeneratorError
from generator.files import write_if_changed
from generator.models import Briefing, Problem
from generator.site import render_cache
from generator.site.catalog import briefing_path, build_catalog, country_name
from generator.site.escape import md_finalize, md_text
from generator.site.events import event_lookup, event_site_pages, event_views, events_naming
from generator.site.feed import FEED_FILE, atom_feed
from generator.site.feeds import dossier_feeds
from generator.site.file_digests import FileDigests
from generator.site.helpers import (
    anchor,
    article_text,
    dossier,
    external_link,
    format_date,
    href,
    name_link,
    original_link,
    person_dossier,
    places_by_country,
    reading_time,
    speaker_dossier,
    yaml_string,
)
from generator.site.pages import month_name, site_pages
from generator.site.parse_cache import ParseCache
from generator.store.event_sync import load_events
from generator.store.events import event_files, events_dir

BUILTIN_TEMPLATES = Path(str(resources.files("generator") / "templates"))
MARKER = ".generated-by-briefing"
SEARCH_PAGE = "search.md"  # Pagefind's search with filters (assets/search.js)


@dataclass(slots=True)
class RenderReport:
    pages: int = 0
    changed: int = 0
    removed: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


def environment(project: Project) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(project.templates_dir), str(BUILTIN_TEMPLATES)]),
        finalize=md_finalize,
        autoescape=False,  # Markdown, not HTML: md_finalize does the escaping
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = md_text
    env.filters["link"] = external_link
    env.filters["date"] = format_date
    env.filters["yaml_string"] = yaml_string
    env.globals["href"] = href
    env.globals["dossier"] = dossier
    env.globals["person_dossier"] = person_dossier
    env.globals["speaker_dossier"] = speaker_dossier
    env.globals["anchor"] = anchor
    env.globals["article_text"] = article_text
    env.globals["name_link"] = name_link
    env.globals["briefing_path"] = briefing_path
    env.globals["country_name"] = country_name
    env.globals["month_name"] = month_name
    env.globals["original_link"] = original_link
    env.globals["reading_time"] = reading_time
    env.globals["places_by_country"] = places_by_country
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": True}
    return env


def load_briefings(
    project: Project, digests: dict[str, str] | None = None, table: FileDigests | None = None
) -> tuple[list[Briefing], list[Problem]]:
    """Every valid briefing (through the parse cache) and the problems of the others;
    `digests` receives each briefing's file digest by id; `table`, when given, gives
    the digests of files whose stat has not changed, without reading them."""
    briefings: list[Briefing] = []
    problems: list[Problem] = []
    ids: set[str] = set()
    cache = ParseCache(project.root)
    for path in briefing_files(project):
        try:
            briefing, digest = cache.load(path, table.digest(path) if table else None)
        except OSError as err:
            problems.append(Problem(path, f"cannot read: {err.strerror or err}"))
            continue
        except GeneratorError as err:
            problems.append(
                Problem(
                    path,
                    err.message,
                    line=getattr(err, "line", None),
                    column=getattr(err, "column", None),
                    field=getattr(err, "field", None),
                )
            )
            continue
        if briefing.id in ids:
            problems.append(Problem(path, f"duplicate id {briefing.id!r}; skipped", field="id"))
            continue
        ids.add(briefing.id)
        briefings.append(briefing)
        if digests is not None:
            digests[briefing.id] = digest
    cache.save()
    return briefings, problems


def briefing_files(project: Project) -> list[Path]:
    return sorted(project.briefings_dir.glob("*.yaml"))


def source_files(project: Project) -> list[Path]:
    """What the pages are made from: the briefing files, then the event files."""
    return [*briefing_files(project), *event_files(events_dir(project.briefings_dir))]


def pages(project: Project, briefings: list[Briefing]) -> dict[str, str]:
    """Every page of the site: path under the docs folder -> Markdown."""
    env, site = environment(project), {"name": project.site_name}
    # issue 15: event pages and the home page as the daily brief, from events/
    views = event_views(load_events(events_dir(project.briefings_dir)), briefings)
    lookup = event_lookup(views)
    env.globals["event_of"] = lookup.get
    out = site_pages(
        env, build_catalog(briefings), site, lambda entry: events_naming(entry.briefings, lookup)
    )
    if views:
        out |= event_site_pages(env, [v.event for v in views], briefings, site)
    out[SEARCH_PAGE] = env.get_template("search.md.j2").render(page=SEARCH_PAGE)
    return out


def feed(project: Project, briefings: list[Briefing]) -> bytes:
    def url(briefing_id: str) -> str:
        page = f"briefings/{briefing_id}"
        return f"{page}/" if project.directory_urls else f"{page}.html"

    ids = {b.id: url(b.id) for b in briefings}
    return atom_feed(briefings, project.site_name, project.site_url, ids)


def page_urls(project: Project, briefings: list[Briefing]) -> dict[str, str]:
    """Briefing id -> its page's URL relative to the site root."""
    suffix = "/" if project.directory_urls else ".html"
    return {b.id: f"briefings/{b.id}{suffix}" for b in briefings}


def render(project: Project, preview: bool = False) -> RenderReport:
    """`preview`: every briefing, drafts too; else only the public ones."""
    report = RenderReport()
    table = FileDigests(project.root)
    inputs = render_cache.inputs(project, preview, BUILTIN_TEMPLATES)
    done = _unchanged_sources(project, preview, table, inputs)  # nothing read nor loaded
    if done is None:
        digests: dict[str, str] = {}
        briefings, report.problems = load_briefings(project, digests, table)
        briefings = workflow.visible(briefings, preview)
        visible = [digests[b.id] for b in briefings]
        stamp, everything = _stamps(project, inputs, table, visible, not report.problems)
        done = render_cache.unchanged(project, preview, stamp)
        if done is not None:  # nothing visible changed: remember the sources' stamp too
            render_cache.record(project, preview, stamp, done, everything)
    if done is not None:
        report.pages = len(done)  # nothing changed since the last render
        _copy_assets(project.docs_dir)
        return report
    render_cache.forget(project, preview)  # until this render has finished
    docs = project.docs_dir
    files = _produce(project, briefings)
    _claim(docs)
    for rel, data in files.items():
        if write_if_changed(docs / rel, data, durable=False):
            report.changed += 1
    report.pages = len(files)
    report.removed = _remove_stale(docs, set(files))
    _copy_assets(docs)
    render_cache.record(project, preview, stamp, files, everything)
    return report


def _produce(project: Project, briefings: list[Briefing]) -> dict[str, bytes]:
    """Every file the render writes under docs_dir, by its path there."""
    try:
        produced = pages(project, briefings)
    except jinja2.TemplateError as err:
        where = getattr(err, "filename", None) or getattr(err, "name", None) or "templates"
        line = getattr(err, "lineno", None)
        raise BuildError(f"{where}:{line}" if line else where, f"template error: {err}") from None
    files = {rel: text.encode("utf-8") for rel, text in produced.items()}
    files[FEED_FILE] = feed(project, briefings)
    files |= dossier_feeds(
        briefings, project.site_name, project.site_url, page_urls(project, briefings)
    )
    return files


def _unchanged_sources(
    project: Project, preview: bool, table: FileDigests, inputs: str
) -> list[str] | None:
    """The last render's files when no source file's stat has changed since it."""
    sources = source_files(project)
    known = table.known(sources)
    if known is None:
        return None
    stamp = render_cache.fingerprint(inputs, _named(sources, known))
    return render_cache.unchanged(project, preview, stamp, "sources")


def _stamps(
    project: Project, inputs: str, table: FileDigests, visible: list[str], clean: bool
) -> tuple[str, str | None]:
    """The stamp of what a render shows (the `visible` briefings' digests, the event
    files), and that of every source file, or None unless the sources are `clean`."""
    briefings = briefing_files(project)
    events = event_files(events_dir(project.briefings_dir))
    named = _named([*briefings, *events], [table.digest(p) for p in (*briefings, *events)])
    table.save()
    stamp = render_cache.fingerprint(inputs, [*visible, *named[len(briefings) :]])
    return stamp, render_cache.fingerprint(inputs, named) if clean else None


def _named(paths: list[Path], digests: list[str]) -> list[str]:
    pairs = zip(paths, digests, strict=True)
    return [f"{path.parent.name}/{path.name} {digest}" for path, digest in pairs]


def _claim(docs: Path) -> None:
    """Refuse to manage a folder that holds files we did not write: it may be
    someone's hand-written docs, and stale pages are deleted from it."""
    docs.mkdir(parents=True, exist_ok=True)
    marker = docs / MARKER
    if not marker.exists():
        if any(not p.name.startswith(".") for p in docs.iterdir()):
            raise BuildError(
                docs,
                f"docs_dir is not empty and was not made by briefing (no {MARKER}); "
                "point docs_dir at a folder of its own",
            )
        marker.write_text(
            "Generated by `briefing render`: every file here is rebuilt from briefings/.\n"
        )


def _remove_stale(docs: Path, produced: set[str]) -> int:
    removed = 0
    for path in [*docs.rglob("*.md"), *docs.rglob("*.xml")]:
        rel = path.relative_to(docs).as_posix()
        if rel not in produced:
            path.unlink()
            removed += 1
    return removed


def _copy_assets(docs: Path) -> None:
    source = BUILTIN_TEMPLATES / "assets"
    for path in source.rglob("*"):
        if path.is_file():
            target = docs / "assets" / path.relative_to(source)
            write_if_changed(target, path.read_bytes(), durable=False)  # never half-copied
