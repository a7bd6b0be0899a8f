"""A real `mkdocs build --strict` of a temp project, through the briefing plugin."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import generator.site.mkdocs_plugin
import generator.site.render
from generator.cli import app
from generator.commands.ingest import ingest
from generator.config import Project
from generator.errors import BuildError
from generator.models import Briefing
from generator.site.engine import build_site, preview_dir
from generator.site.render import RenderReport, render
from tests.conftest import SEED, checkout_env

HOSTILE = (
    "Hostile headline <script>alert('t')</script>\n\n"
    "A paragraph with <script>alert(1)</script> and {{ 7*7 }} and [x](javascript:alert(1)) "
    "and <img src=x onerror=alert(2)>.\n\n"
    "# Not a heading {: onclick=alert(3) }\n"
)


def build(project: Project) -> Path:
    """A preview: these fresh briefings are drafts, which the public site leaves out."""
    report = ingest(project, [project.articles_dir])
    assert not report.failed, report.problems
    build_site(project, strict=True, preview=True)
    return preview_dir(project)


def page_of(site: Path, needle: str) -> str:
    for page in (site / "briefings").glob("*/index.html"):
        text = page.read_text()
        if needle in text:
            return text
    raise AssertionError(f"no briefing page contains {needle!r}")


def test_seed_site_builds_strict_with_search(project_factory) -> None:
    project = project_factory({SEED.name: SEED.read_bytes(), "evil.txt": HOSTILE})
    site = build(project)
    assert (site / "index.html").is_file()
    page = page_of(site, "Possible Armament Exchange")
    headings = re.findall(r"<h3[^>]*>(.*?)</h3>", page)
    assert headings[:5] == [
        "Possible Armament Exchange",
        "Growing Possibility of an Arms Deal",
        "Diplomatic Significance and Geopolitical Implications",
        "Impact of Sanctions",
        "US Sanctions and Ukraine\u2019s Counteroffensive",
    ]
    assert "Seoul" in page
    index = json.loads((site / "search" / "search_index.json").read_text())
    assert any("Vladivostok" in doc["text"] for doc in index["docs"])


def test_hostile_text_is_shown_as_text(project_factory) -> None:
    project = project_factory({"evil.txt": HOSTILE})
    site = build(project)
    page = page_of(site, "Hostile headline")
    body = page[page.index("<article") : page.index("</article>")]
    assert not re.search(r"<(script|img|iframe)\b", body)
    assert not re.search(r"\son\w+\s*=", body)  # no live event handler attribute
    assert 'href="javascript' not in page
    assert "{{ 7*7 }}" in _text(body) and "49" not in _text(body)
    assert "<script>alert(1)</script>" in _text(body)
    assert "[x](javascript:alert(1))" in _text(body)
    assert "# Not a heading {: onclick=alert(3) }" in _text(body)
    home = (site / "index.html").read_text()
    assert "<script>alert('t')" not in home


def _text(html_text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", html_text))


def test_no_request_to_other_hosts(project_factory) -> None:
    site = build(project_factory({SEED.name: SEED.read_bytes()}))
    for page in site.rglob("*.html"):
        text = page.read_text()
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text
        external = re.findall(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="(https?:)?//', text)
        assert not external, (page, external)


def test_rerender_writes_only_what_changed(seed_project: Project) -> None:
    ingest(seed_project, [seed_project.articles_dir])
    first = render(seed_project)
    assert first.changed == first.pages
    again = render(seed_project)
    assert again.changed == 0 and again.removed == 0


def test_docs_dir_with_foreign_files_is_not_taken_over(seed_project: Project) -> None:
    (seed_project.docs_dir / "handwritten.md").write_text("# Mine\n")
    with pytest.raises(BuildError, match="not made by briefing"):
        render(seed_project)
    assert (seed_project.docs_dir / "handwritten.md").read_text() == "# Mine\n"


def test_briefing_build_renders_once_and_mkdocs_build_still_renders(
    seed_project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`briefing build` renders to report broken briefings by name, then builds through
    the plugin, which does not render again; a plain `mkdocs build` has only the
    plugin to render: it asks render each time, and the render cache skips the pages
    when nothing changed since the last render."""
    renders: list[int] = []
    real_pages = generator.site.render.pages

    def counted(project: Project, briefings: list[Briefing]) -> dict[str, str]:
        renders.append(len(briefings))
        return real_pages(project, briefings)

    reports: list[RenderReport] = []
    real_render = generator.site.mkdocs_plugin.render

    def asked(project: Project, preview: bool = False) -> RenderReport:
        reports.append(real_render(project, preview=preview))
        return reports[-1]

    monkeypatch.setattr(generator.site.render, "pages", counted)
    monkeypatch.setattr(generator.site.mkdocs_plugin, "render", asked)
    result = CliRunner().invoke(app, ["build", "--preview", "-C", str(seed_project.root)])
    assert result.exit_code == 0, result.output
    assert renders == [1]  # the seed's draft, shown in the preview
    assert reports == []  # the plugin was told the Markdown is rendered
    [path] = seed_project.briefings_dir.glob("*.yaml")
    page = preview_dir(seed_project) / "briefings" / path.stem / "index.html"
    assert page.is_file()

    build_site(seed_project, preview=True)  # not rendered first: the plugin renders
    [report] = reports  # the plugin asked render, which found nothing changed
    assert renders == [1]
    assert report.pages > 0 and report.changed == 0 and report.removed == 0

    path.write_text(path.read_text().replace("title: North", "title: Edited - North"))
    build_site(seed_project, preview=True)  # a changed briefing: the plugin renders it
    assert renders == [1, 1]
    assert len(reports) == 2 and reports[1].changed > 0
    assert "Edited - North" in page.read_text(encoding="utf-8")
    shutil.rmtree(seed_project.docs_dir)
    seed_project.docs_dir.mkdir()  # MkDocs checks it exists before the plugin renders
    shutil.rmtree(seed_project.site_dir, ignore_errors=True)
    mkdocs = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q"],
        cwd=seed_project.root,
        capture_output=True,
        text=True,
        timeout=300,
        env=checkout_env(),
    )
    assert mkdocs.returncode == 0, mkdocs.stderr
    assert (seed_project.docs_dir / "index.md").is_file()
    assert (seed_project.site_dir / "index.html").is_file()
