"""Dossiers with time and shape, A-Z lists that fold rare names, the world map and
the per-tag and per-country feeds."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import xml.etree.ElementTree as ET

from generator.config import Project
from generator.models import Briefing, Person, Place, Quote, Section, Source, Status
from generator.site.azlist import az_list, threshold
from generator.site.catalog import build_catalog
from generator.site.feed import ATOM
from generator.site.feeds import announce_feeds, dossier_feeds
from generator.site.render import pages, render
from generator.site.worldmap import outlines, relative_map_links, shade

SHA = "0" * 64


def briefing(id: str, day: dt.date, **fields: object) -> Briefing:
    base: dict[str, object] = {
        "id": id,
        "title": f"Title of {id}",
        "summary": f"Bottom line of {id}.",
        "status": Status.published,
        "published": day,
        "source": Source(path=f"articles/{id}.txt", sha256=SHA, format="text", words=300),
        "sections": [Section(paragraphs=["One paragraph."])],
    }
    return Briefing.model_validate(base | fields)


def corpus() -> list[Briefing]:
    kim, putin, lavrov = (
        Person(name=n) for n in ("Kim Jong Un", "Vladimir Putin", "Sergei Lavrov")
    )
    moscow = Place(name="Moscow", country="RU")
    return [
        briefing(
            "a",
            dt.date(2024, 3, 5),
            people=[kim, putin],
            places=[moscow],
            tags=["arms"],
            quotes=[Quote(text="Old words", speaker="Vladimir Putin")],
        ),
        briefing("b", dt.date(2024, 3, 9), people=[putin, lavrov], places=[moscow]),
        briefing(
            "c",
            dt.date(2024, 5, 1),
            people=[putin, kim],
            tags=["arms"],
            quotes=[Quote(text="New words", speaker="Vladimir Putin")],
        ),
    ]


def test_a_person_dossier_has_a_timeline_companions_and_quotes_newest_first(
    seed_project: Project,
) -> None:
    page = pages(seed_project, corpus())["people/vladimir-putin.md"]
    assert "## Timeline" in page
    may, march = page.index("[May 2024](#m-2024-05)"), page.index("[March 2024](#m-2024-03)")
    assert may < march
    assert 'briefing-timeline__bar--10"></span> 2\n' in page  # March: 2, the most
    assert 'briefing-timeline__bar--5"></span> 1\n' in page
    assert "**People:** [Kim Jong Un](kim-jong-un.md) · [Sergei Lavrov](sergei-lavrov.md)" in page
    assert "**Places:** [Moscow](../places/moscow-ru.md)" in page
    assert page.index("New words") < page.index("Old words")
    assert "### May 2024 {: #m-2024-05 }" in page


def test_a_person_without_a_registry_id_links_no_missing_dossier(seed_project: Project) -> None:
    """In a briefing resolved against the registry, a person left without an id gets
    no dossier: their name, in the list and under their quote, is plain escaped
    text, and every person link on every page goes to a page that is built."""
    resolved = briefing(
        "r",
        dt.date(2024, 6, 1),
        people=[Person(name="Vladimir Putin", id="putin-1"), Person(name="<b>Kim</b>")],
        quotes=[
            Quote(text="Known words", speaker="Vladimir Putin"),
            Quote(text="Unknown words", speaker="<b>Kim</b>"),
        ],
    )
    site = pages(seed_project, [resolved])
    page = site["briefings/r.md"]
    assert "[Vladimir Putin](../people/putin-1.md)" in page
    assert "people/b-kim-b" not in page and "people/kim" not in page
    assert "<b>Kim</b>" not in page
    escaped = "&#60;b&#62;Kim&#60;/b&#62;"
    assert f"- {escaped}\n" in page  # the people list: plain text
    assert f"— {escaped}\n" in page  # under its quote: plain text
    assert not [p for p in site if p.startswith("people/") and "kim" in p]
    for path, text in site.items():
        for target in re.findall(r"\]\(((?:\.\./)*people/[^)#]+)\)", text):
            built = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert built in site, f"{path} links {target}, which is not built"


def test_the_a_to_z_list_puts_the_most_named_first_and_folds_names_named_once(
    seed_project: Project,
) -> None:
    page = pages(seed_project, corpus())["people.md"]
    top = page.index("## Most named")
    assert page.index("[Vladimir Putin]", top) < page.index("[Kim Jong Un]", top)
    assert "[S](#letter-s)" in page
    folded = page.index("<details", page.index("## S {: #letter-s }"))
    assert page.index("[Sergei Lavrov]", top) > folded  # named once: folded away
    assert "1 named in one briefing</summary>" in page.replace("&#49;", "1")


def test_the_fold_rises_to_keep_the_list_short() -> None:
    assert threshold([1] * 5000) == 2
    assert threshold([5] * 10 + [3] * 500 + [1] * 3000, shown=400) == 4
    az = az_list(build_catalog(corpus()).sorted_entries("person"), shown=1)
    assert az.threshold == 3  # Putin in 3, Kim in 2: one name shown
    assert [e.name for letter in az.letters for e in letter.shown] == ["Vladimir Putin"]


def test_the_countries_page_has_a_map_linking_shaded_countries(seed_project: Project) -> None:
    page = pages(seed_project, corpus())["countries.md"]
    assert '<svg class="briefing-map"' in page
    link = 'xlink:href="countries/ru.md" data-country="ru">'
    assert link + "<title>Russian Federation: 2 briefings" in page
    assert page.count("<a class=") == 1
    assert len(outlines().countries) > 170
    assert shade(1, 100) < shade(50, 100) <= shade(100, 100) == 5
    html = '<a class="briefing-map__country briefing-map__country--5" xlink:href="countries/ru.md">'
    rewritten = relative_map_links(html, "countries.md", {"countries/ru.md": "ru/"}.get)
    assert 'xlink:href="ru/"' in rewritten


def test_tags_and_countries_have_feeds_with_the_bottom_line(seed_project: Project) -> None:
    urls = {b.id: f"briefings/{b.id}/" for b in corpus()}
    feeds = dossier_feeds(corpus(), "Daily Brief", None, urls)
    assert set(feeds) >= {"tags/arms.xml", "countries/ru.xml"}
    root = ET.fromstring(feeds["tags/arms.xml"])
    assert root.findtext(f"{{{ATOM}}}title") == "Daily Brief: arms"
    entries = root.findall(f"{{{ATOM}}}entry")
    assert [e.findtext(f"{{{ATOM}}}summary") for e in entries] == [
        "Bottom line of c.",
        "Bottom line of a.",
    ]
    assert entries[0].find(f"{{{ATOM}}}link").get("href") == "../briefings/c/"
    for b in corpus():
        from generator import store

        store.save(b, seed_project.briefings_dir)
    render(seed_project)
    assert (seed_project.docs_dir / "countries" / "ru.xml").is_file()


def test_every_page_announces_the_feed_relative_to_itself() -> None:
    html = "<html><head><title>x</title></head><body></body></html>"
    page = announce_feeds(html, "tags/arms/")
    link = '<link rel="alternate" type="application/atom+xml" title="Atom feed"'
    assert link + ' href="../../feed.xml"></head>' in page
    assert 'href="feed.xml"' in announce_feeds(html, "index.html")


def test_the_offline_copy_links_the_map_and_announces_the_feeds(seed_project: Project) -> None:
    from generator import store
    from generator.site.engine import build_site

    for b in corpus():
        store.save(b, seed_project.briefings_dir)
    build_site(seed_project, offline=True)
    site = seed_project.site_dir
    countries = (site / "countries.html").read_text(encoding="utf-8")
    assert 'xlink:href="countries/ru.html" data-country="ru"' in countries
    assert 'type="application/atom+xml" title="Atom feed" href="feed.xml"' in countries
    tag = (site / "tags" / "arms.html").read_text(encoding="utf-8")
    assert 'title="Atom feed" href="../feed.xml"' in tag
    assert '<a href="arms.xml">Atom feed</a>' in tag
    assert (site / "tags" / "arms.xml").is_file()
