"""The site's pages as Markdown: what each page shows, where it links, what it escapes."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable

import pytest

from generator import store
from generator.config import Project
from generator.models import Briefing, Locator, Person, Place, Quote, Section, Source, Status
from generator.site.catalog import build_catalog, name_slug, place_slug
from generator.site.feed import ATOM, atom_feed
from generator.site.helpers import anchor, relative
from generator.site.render import pages, render
from tests.sitekit import reviewed_seed

SHA = "0" * 64


def briefing(id: str, **fields: object) -> Briefing:
    base: dict[str, object] = {
        "id": id,
        "title": f"Title of {id}",
        "source": Source(path=f"articles/{id}.txt", sha256=SHA, format="text", words=3),
        "sections": [Section(paragraphs=["One paragraph."])],
    }
    return Briefing.model_validate(base | fields)


@pytest.fixture
def seed_pages(seed_project: Project) -> tuple[Briefing, dict[str, str]]:
    seed = reviewed_seed(seed_project)
    return seed, pages(seed_project, [seed])


def test_briefing_page_shows_every_part(seed_pages: tuple[Briefing, dict[str, str]]) -> None:
    seed, site = seed_pages
    page = site[f"briefings/{seed.id}.md"]
    for part in (
        "# North Korean leader Kim Jong Un",
        "Seoul · &#53; September 2023",
        "briefing-status--published",
        '!!! abstract "Bottom line"',
        "## Key points",
        "## Why it matters",
        "Arms from Pyongyang could prolong the war in Ukraine.",
        "(confidence: moderate)",
        "## Quotes",
        "White House National Security Council spokeswoman",
        "- <span data-search-exclude>[Kim Jong Un](../people/kim-jong-un.md)</span>"
        "<span data-search-exclude>, North Korean leader</span>\n",
        "- [Russian Federation](../countries/ru.md): "
        "<span data-search-exclude>[Vladivostok](../places/vladivostok-ru.md)</span>\n",
        "&#50; min read",
        "[arms-trade](../tags/arms-trade.md)",
        "February 2022 (&#50;022-02): invasion",
        "### Possible Armament Exchange {: #s2 }",
        "Source: articles/000&#95;f8178e955944c9a2.txt",
    ):
        assert part in page, part
    headings = [line for line in page.splitlines() if line.startswith("### ")]
    assert len(headings) == 5


def test_key_points_and_quotes_link_to_their_paragraph(
    seed_pages: tuple[Briefing, dict[str, str]],
) -> None:
    seed, site = seed_pages
    page = site[f"briefings/{seed.id}.md"]
    assert "armoured train. [¶](#s2 " in page
    assert "actively advancing” [¶](#s1-p1 " in page
    assert "{: #s3-p1 }" in page  # the target exists


def test_a_locator_outside_the_article_gives_no_link() -> None:
    b = briefing("x", sections=[Section(heading="H", paragraphs=["a", "b"])])
    assert anchor(b, Locator(section=1, paragraph=2)) == "s1-p2"
    assert anchor(b, Locator(section=1)) == "s1"
    assert anchor(b, Locator(section=1, paragraph=3)) is None
    assert anchor(b, Locator(section=2)) is None
    assert anchor(b, Locator()) is None
    lede = briefing("y")
    assert anchor(lede, Locator(section=1)) == "s1-p1"  # the lede has no heading to aim at


def test_dossier_lists_every_briefing_newest_first_with_the_persons_quotes(
    project_factory: Callable[..., Project],
) -> None:
    kim = Person(name="Kim Jong Un", role="leader")
    old = briefing("old", published=dt.date(2023, 1, 2), people=[kim])
    new = briefing(
        "new",
        published=dt.date(2024, 5, 6),
        people=[Person(name="Kim Jong-un")],  # another spelling, the same dossier
        quotes=[Quote(text="We will see", speaker="Kim Jong Un", role="leader")],
    )
    other = briefing("other", published=dt.date(2024, 1, 1))
    site = pages(project_factory(), [old, other, new])
    dossier = site["people/kim-jong-un.md"]
    assert dossier.index("Title of new") < dossier.index("Title of old")
    assert "Title of other" not in dossier
    assert "“We will see”" in dossier
    assert "named in 2 briefings" in dossier


def test_home_archive_tags_countries_and_indexes(
    project_factory: Callable[..., Project],
) -> None:
    briefings = [
        briefing(
            f"b{i}",
            published=dt.date(2024, 1, 1) + dt.timedelta(days=4 * i),
            summary=f"Bottom line {i}.",
            tags=["energy"],
            places=[Place(name="Kyiv", country="UA")],
        )
        for i in range(25)
    ] + [briefing("undated")]
    site = pages(project_factory(), briefings)
    home = site["index.md"]
    assert "The latest 20 of 26 briefings" in home
    assert home.index("Title of b24") < home.index("Title of b23")
    assert "Bottom line 24." in home and "Title of b0]" not in home
    archive = site["archive.md"]
    assert "[March 2024](archive/2024-03.md) · 8" in archive
    assert "[Briefings without a date](archive/undated.md) · 1" in archive
    assert site["archive/2024-01.md"].count("- [Title of") == 8
    assert "[April 2024](archive/2024-04.md) · 2" in archive
    assert site["tags/energy.md"].count("- [Title of") == 25
    assert "[Kyiv](../places/kyiv-ua.md)" in site["countries/ua.md"]
    count = '&nbsp;<span class="briefing-count">25</span>'
    assert f"[Ukraine](countries/ua.md){count}" in site["countries.md"]
    assert "## K {: #letter-k }\n\n" in site["places.md"]
    assert f"[Kyiv](places/kyiv-ua.md){count}" in site["places.md"]


def test_names_from_articles_cannot_become_markup_or_paths(
    project_factory: Callable[..., Project],
) -> None:
    evil = "<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(1))"
    b = briefing(
        "evil",
        title=evil,
        people=[Person(name=evil, role=evil)],
        places=[Place(name="../../etc/passwd")],
        quotes=[Quote(text=evil, speaker=evil)],
    )
    site = pages(project_factory(), [b])
    assert all(path.count("..") == 0 for path in site)
    for text in site.values():
        assert "<script>" not in text and "{{" not in text
        body = text.split("\n---\n", 1)[1]  # the title in the front matter is text anyway
        assert "](javascript" not in body
    assert f"people/{name_slug(evil)}.md" in site
    assert place_slug("../../etc/passwd", None) == "etc-passwd"
    assert name_slug("김정은").startswith("n-")  # no Latin letters: still a safe, stable name


def test_relative_links_between_pages() -> None:
    assert relative("people/kim.md", "") == "people/kim.md"
    assert relative("people/kim.md", "briefings") == "../people/kim.md"
    assert relative("people/kim.md", "people") == "kim.md"
    assert relative("archive.md", "archive") == "../archive.md"


def test_feed_holds_approved_and_published_briefings_escaped(
    project_factory: Callable[..., Project],
) -> None:
    briefings = [
        briefing("draft", status=Status.draft, published=dt.date(2024, 3, 1)),
        briefing("pub", status=Status.published, published=dt.date(2024, 2, 1)),
        briefing("ok", status=Status.approved, published=dt.date(2024, 1, 1)),
        briefing(
            "odd",
            status=Status.published,
            title="Fish & <chips> \x0b]]>",
            summary="“Quoted” & more",
        ),
    ]
    xml = atom_feed(
        briefings, "Desk", "https://example.org/brief", {b.id: f"b/{b.id}/" for b in briefings}
    )
    root = ET.fromstring(xml)
    entries = root.findall(f"{{{ATOM}}}entry")
    titles = [e.findtext(f"{{{ATOM}}}title") for e in entries]
    assert titles == ["Title of pub", "Title of ok", "Fish & <chips> ]]>"]
    link = entries[0].find(f"{{{ATOM}}}link")
    assert link is not None and link.get("href") == "https://example.org/brief/b/pub/"
    assert root.findtext(f"{{{ATOM}}}updated") == "2024-02-01T00:00:00Z"
    assert xml == atom_feed(
        briefings, "Desk", "https://example.org/brief", {b.id: f"b/{b.id}/" for b in briefings}
    )


def test_render_writes_the_feed_and_removes_stale_pages(seed_project: Project) -> None:
    seed = reviewed_seed(seed_project)
    render(seed_project)
    docs = seed_project.docs_dir
    assert (docs / "feed.xml").read_bytes().count(b"<entry>") == 1
    assert (docs / "people" / "kim-jong-un.md").is_file()
    without_kim = seed.model_copy(update={"people": seed.people[1:]})
    store.save(without_kim, seed_project.briefings_dir)
    report = render(seed_project)
    assert not (docs / "people" / "kim-jong-un.md").exists()
    assert report.removed == 1


def test_a_project_template_overrides_the_built_in_one(seed_project: Project) -> None:
    seed = reviewed_seed(seed_project)
    (seed_project.templates_dir / "briefing.md.j2").write_text(
        "---\ntitle: {{ b.title|tojson }}\n---\n\n# Desk copy: {{ b.title }}\n\n"
        '{% include "partials/briefing-body.md.j2" %}\n',
        encoding="utf-8",
    )
    site = pages(seed_project, [seed])
    page = site[f"briefings/{seed.id}.md"]
    assert page.startswith('---\ntitle: "North Korean')
    assert "# Desk copy: North Korean leader" in page
    assert '!!! abstract "Bottom line"' in page  # the built-in partial still serves the body
    assert "# Daily Brief" in site["index.md"]  # templates not overridden stay built in


def test_catalog_counts_each_briefing_once_per_name() -> None:
    kim = Person(name="Kim Jong Un")
    b = briefing("x", people=[kim, kim], quotes=[Quote(text="Hi there", speaker="Kim Jong Un")])
    catalog = build_catalog([b])
    entry = catalog.entries["person"]["kim-jong-un"]
    assert len(entry.briefings) == 1
    assert [q.text for _, q in entry.quotes] == ["Hi there"]


def test_the_preview_banner_lists_what_the_extractor_was_unsure_of(
    project_factory: Callable[..., Project],
) -> None:
    b = briefing(
        "unsure",
        people=[Person(name="Sting", unsure="a one-word name"), Person(name="Ann Lee")],
        quotes=[
            Quote(text="We will win", section=1, paragraph=1, speaker_reason="several <b>x</b>")
        ],
    )
    page = pages(project_factory(), [b])["briefings/unsure.md"]
    assert "To check: what the extractor was unsure of" in page
    assert "Person Sting: a one-word name" in page
    assert "Quote in paragraph 1, no speaker: several" in page
    assert "<b>" not in page  # escaped like any article text
    assert "Ann Lee:" not in page
    approved = b.model_copy(update={"status": Status.approved})
    assert "To check" not in pages(project_factory(), [approved])["briefings/unsure.md"]
