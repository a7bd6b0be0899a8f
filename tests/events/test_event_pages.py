"""Event pages and the daily brief, rendered from a real ingest of the test stories."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from generator.commands.build import build
from generator.events.model import Event
from generator.models import Briefing, Place, Source
from generator.site.events import days_of, event_views
from generator.site.render import load_briefings, pages
from generator.store.event_sync import load_events
from generator.store.events import dump_event, events_dir
from tests.events.sitekit import approved_stories


def test_event_pages_home_and_briefing_links(tmp_path: Path) -> None:
    project = approved_stories(tmp_path / "project")
    briefings, problems = load_briefings(project)
    assert not problems
    by_source = {Path(b.source.path).name: b for b in briefings}
    chile = next(
        e
        for e in load_events(events_dir(project.briefings_dir))
        if by_source["chile-1.txt"].id in e.briefings
    )
    site = pages(project, briefings)

    page = site[f"events/{chile.id}.md"]
    assert "2 sources" in page  # three reports, one of them a copy
    for member in chile.briefings:  # every report listed and linked
        assert f"(../briefings/{member}.md)" in page
    assert "[Reuters](../briefings/" in page and "[AP](../briefings/" in page
    assert "## Where the sources differ" in page
    toll = page.split("## Where the sources differ")[1].split("##")[0]
    reuters = {by_source["chile-1.txt"].id, by_source["chile-copy.txt"].id}
    assert any(f"2 ([Reuters](../briefings/{i}.md))" in toll for i in reuters)  # once: a copy
    assert f"5 ([AP](../briefings/{by_source['chile-2.txt'].id}.md))" in toll
    assert "copy of [Reuters]" in page

    home = site["index.md"]
    assert "5 March 2024" in home.replace("&#53;", "5")
    assert f"(events/{chile.id}.md)" in home
    assert "Strong earthquake shakes Hokkaido" not in home  # an earlier day
    assert "(days/2024-03-04.md)" in home
    assert "Strong earthquake shakes Hokkaido" in site["days/2024-03-04.md"]

    briefing_page = site[f"briefings/{by_source['chile-2.txt'].id}.md"]
    assert f"Part of the story: [{chile.title}](../events/{chile.id}.md)" in briefing_page


def test_event_text_is_escaped(tmp_path: Path) -> None:
    project = approved_stories(tmp_path / "project")
    briefings, _ = load_briefings(project)
    folder = events_dir(project.briefings_dir)
    event = load_events(folder)[0]
    evil = "<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(1))"
    hostile = event.model_copy(update={"title": evil, "summary": evil})
    (folder / f"{event.id}.yaml").write_text(dump_event(hostile))
    site = pages(project, briefings)
    for page in (site[f"events/{event.id}.md"], site["index.md"]):
        text = page.split("\n---\n", 1)[1]  # the body; the front matter is a quoted string
        assert "&#60;script&#62;" in text or page is site["index.md"]
        assert "<script>" not in text
        assert "](javascript:" not in text
        assert "{{ 7*7 }}" not in text or "49" not in text


def test_dossiers_list_their_events_and_the_brief_groups_by_region(tmp_path: Path) -> None:
    project = approved_stories(tmp_path / "project")
    briefings, _ = load_briefings(project)
    events = {e.title: e for e in load_events(events_dir(project.briefings_dir))}
    chile = next(e for t, e in events.items() if "Chile" in t)
    summit = next(e for t, e in events.items() if "Geneva" in t)
    site = pages(project, briefings)

    boric = site["people/gabriel-boric.md"]
    listed = boric.split("## Events")[1].split("\n## ")[0]
    assert f"[{chile.title}](../events/{chile.id}.md)" in listed
    assert "2 sources" in listed and "March 2024" in listed  # a copy is no second source
    assert listed.count("](../events/") == 1
    chile_page = site["countries/cl.md"]  # a country's dossier too
    assert f"(../events/{chile.id}.md)" in chile_page.split("## Events")[1]

    home = site["index.md"]
    groups = [line for line in home.splitlines() if line.startswith("## ")]
    assert groups[:2] == [
        "## Africa {: .brief-group .brief-region }",  # Egypt, Ethiopia, Sudan over Geneva
        "## Latin America and the Caribbean {: .brief-group .brief-region }",
    ]
    africa = home.split("## Africa")[1].split("\n## ")[0]
    assert f"(events/{summit.id}.md)" in africa and chile.id not in africa
    earlier = site["days/2024-03-04.md"]
    assert "## Asia {: .brief-group .brief-region }" in earlier  # Hokkaido
    assert "## Europe {: .brief-group .brief-region }" in earlier  # the London derby


def test_the_offline_copy_searches_event_pages(tmp_path: Path) -> None:
    """Material's own search (the --offline copy's) indexes the event pages."""
    project = approved_stories(tmp_path / "project")
    report = build(project, offline=True)
    assert not report.failed, report.warnings
    index = json.loads((report.site / "search" / "search_index.json").read_text())
    titles = {d["title"] for d in index["docs"] if d["location"].startswith("events/")}
    assert "Strong earthquake shakes Hokkaido" in titles
    assert not (report.site / "pagefind").exists()  # file:// has Material's search only


def test_a_story_placed_nowhere_is_grouped_by_its_topic() -> None:
    source = Source(path="a.txt", sha256="0" * 64, format="text", words=3)
    day = dt.date(2024, 3, 5)
    placed = Briefing(
        id="placed", title="Vote in Paris", source=source, published=day, tags=["elections"]
    ).model_copy(update={"places": [Place(name="Paris", country="FR", kind="city")]})
    nowhere = Briefing(
        id="nowhere", title="Rates held", source=source, published=day, tags=["interest-rates"]
    )
    events = [Event(id=b.id, title=b.title, briefings=[b.id]) for b in (placed, nowhere)]
    (latest,) = days_of(event_views(events, [placed, nowhere]))
    assert {h: [v.event.id for v in vs] for h, vs in latest.groups.items()} == {
        "Europe": ["placed"],  # its place's region, not its tag
        "Interest rates": ["nowhere"],
    }


def test_a_story_one_report_tells_is_listed_as_its_briefing_only(tmp_path: Path) -> None:
    """An event of one briefing carries that briefing's headline: neither the dossiers
    nor the briefing's own page list it beside the briefing (the title twice)."""
    project = approved_stories(tmp_path / "project")
    briefings, _ = load_briefings(project)
    events = load_events(events_dir(project.briefings_dir))
    alone = [e for e in events if len(e.briefings) == 1]
    assert alone, "the test stories must have a story told once"
    site = pages(project, briefings)
    sections = [
        p.split("## Events")[1].split("\n## ")[0] for p in site.values() if "## Events" in p
    ]
    assert sections, "some dossier lists a story several sources tell"
    for event in alone:
        (member,) = event.briefings
        assert "Part of the story" not in site[f"briefings/{member}.md"]
        assert not any(f"(../events/{event.id}.md)" in section for section in sections)
    told_twice = [e for e in events if len(e.briefings) > 1]
    for event in told_twice:  # the stories several reports tell keep their links
        assert "Part of the story" in site[f"briefings/{event.briefings[0]}.md"]
