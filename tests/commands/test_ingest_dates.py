"""Ingest settings and dates: an article that gives no date is listed by the day it was first
ingested (marked as such, stable on re-ingest, on the home page and in the archive under
that day); the number of key points comes from mkdocs.yml."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

import pytest

from generator import store
from generator.commands.ingest import ingest
from generator.config import Project, load_project
from generator.site.render import render
from tests.conftest import SEED

UNDATED = "Storm closes harbour\n\nA storm closed the harbour at Dover on Monday.\n"
DATED = "---\ntitle: Council backs bridge\ndate: 2026-03-04\n---\n\nThe council agreed.\n"
EPOCH_NOV_20 = "1795132800"  # 2026-11-20 00:00 UTC
EPOCH_NOV_22 = "1795305600"


def only(project: Project, name: str) -> store.Briefing:
    [briefing] = [
        b for p in project.briefings_dir.glob("*.yaml") if (b := store.load(p)).source.path == name
    ]
    return briefing


def test_an_undated_article_gets_its_first_ingest_date(
    project_factory: Callable[..., Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = project_factory({"storm.txt": UNDATED, "bridge.md": DATED})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_NOV_20)
    assert not ingest(project, [project.articles_dir]).failed
    storm = only(project, "articles/storm.txt")
    assert storm.published == dt.date(2026, 11, 20) == storm.source.ingested
    bridge = only(project, "articles/bridge.md")
    assert bridge.published == dt.date(2026, 3, 4) and bridge.source.ingested is None

    # Two days later the article changes: it keeps the day it was first ingested.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_NOV_22)
    (project.articles_dir / "storm.txt").write_text(UNDATED + "\nFerries resumed.\n")
    assert not ingest(project, [project.articles_dir]).failed
    storm = only(project, "articles/storm.txt")
    assert storm.published == dt.date(2026, 11, 20) == storm.source.ingested
    assert "Ferries resumed." in storm.sections[0].paragraphs


def test_a_dated_article_is_written_the_same_whatever_the_day(
    project_factory: Callable[..., Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = []
    for epoch in (EPOCH_NOV_20, EPOCH_NOV_22):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        project = project_factory({"bridge.md": DATED}, name=f"p{epoch}")
        ingest(project, [project.articles_dir])
        [path] = project.briefings_dir.glob("*.yaml")
        texts.append(path.read_bytes())
    assert texts[0] == texts[1]


def test_the_undated_article_is_on_the_home_page_under_its_ingest_day(
    project_factory: Callable[..., Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = project_factory({"storm.txt": UNDATED, "bridge.md": DATED})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_NOV_20)
    ingest(project, [project.articles_dir])
    render(project, preview=True)
    docs = project.docs_dir
    storm = only(project, "articles/storm.txt")
    # The home page is the daily brief of the newest day: the undated article's ingest day.
    home = html.unescape((docs / "index.md").read_text(encoding="utf-8"))
    today = home[: home.index("## Earlier")]
    assert "The daily brief for 20 November 2026" in today
    assert "Storm closes harbour](events/" in today
    assert "Council backs bridge" not in home  # an earlier day: on its own page
    assert "](days/2026-03-04.md)" in home[home.index("## Earlier") :]
    assert "Council backs bridge" in (docs / "days" / "2026-03-04.md").read_text(encoding="utf-8")
    page = html.unescape((docs / "briefings" / f"{storm.id}.md").read_text(encoding="utf-8"))
    assert "20 November 2026 (first ingested)" in page
    month = html.unescape((docs / "archive" / "2026-11.md").read_text(encoding="utf-8"))
    assert "Storm closes harbour" in month and "20 November 2026 (first ingested)" in month
    assert not (project.docs_dir / "archive" / "undated.md").exists()


def test_the_number_of_key_points_comes_from_mkdocs_yml(
    project_factory: Callable[..., Project],
) -> None:
    project = project_factory({"seed.txt": SEED.read_bytes()})
    config = project.config_file.read_text(encoding="utf-8")
    project.config_file.write_text(config.replace("key_points: 3", "key_points: 2"))
    ingest(load_project(project.root), [project.articles_dir])
    assert len(only(project, "articles/seed.txt").key_points) == 2


def test_a_briefing_written_before_ingest_dates_takes_one_without_a_conflict(
    project_factory: Callable[..., Project], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A briefing stamped by an older generator has no `source.ingested` and no date:
    re-ingest dates it, with no field taken for a person's edit, and writes valid YAML
    (the one day in two fields is written twice, not as a YAML alias)."""
    project = project_factory({"storm.txt": UNDATED})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH_NOV_20)
    ingest(project, [project.articles_dir])
    [path] = project.briefings_dir.glob("*.yaml")
    current = store.load(path)
    undated_source = current.source.model_copy(update={"ingested": None})
    older = current.model_copy(update={"published": None, "source": undated_source})
    stamped = store.stamp(older, "7")
    assert stamped.generator is not None
    # the digest an older generator took, of a source without the key
    source = older.source.model_dump(mode="json")
    stamped.generator.fields["source"] = store.digest(
        {k: v for k, v in source.items() if k != "ingested"}
    )
    text = store.dump(stamped).replace("\n  ingested: null", "")
    assert "ingested" not in text  # as an older generator wrote it
    path.write_text(text, encoding="utf-8")

    report = ingest(project, [project.articles_dir])
    assert not report.problems, report.problems  # no conflict, no error
    again = store.load(path)
    assert again.published == dt.date(2026, 11, 20) == again.source.ingested
    assert "*id" not in path.read_text(encoding="utf-8")
