"""A briefing page that answers first: source line above the bottom line, grouped
who-and-where, related briefings from an inverted index."""

from __future__ import annotations

import datetime as dt

from generator.config import Project
from generator.models import Briefing, Organization, Person, Place, Section, Source
from generator.site.catalog import build_catalog
from generator.site.relations import COMMON, related_briefings
from generator.site.render import pages

SHA = "0" * 64


def briefing(id: str, **fields: object) -> Briefing:
    base: dict[str, object] = {
        "id": id,
        "title": f"Title of {id}",
        "summary": f"Bottom line of {id}.",
        "published": dt.date(2024, 3, 1),
        "source": Source(path=f"articles/{id}.txt", sha256=SHA, format="text", words=700),
        "sections": [Section(paragraphs=["One paragraph."])],
    }
    return Briefing.model_validate(base | fields)


def test_the_source_line_comes_first_with_the_outlet_as_link_text(seed_project: Project) -> None:
    b = briefing(
        "a",
        source=Source(
            path="articles/000_f8178e955944c9a2.txt",
            sha256=SHA,
            format="html",
            words=700,
            outlet="Reuters",
            byline="Jane Doe",
            url="https://www.reuters.com/world/a",
        ),
    )
    page = pages(seed_project, [b])["briefings/a.md"]
    line = (
        "[Reuters](<https://www.reuters.com/world/a>) · by Jane Doe · &#49; March 2024 · &#51; min"
    )
    assert line in page
    assert page.index(line) < page.index("Bottom line") < page.index("## The article")
    assert "[articles/000" not in page  # the local file never is the link text


def test_without_an_outlet_the_link_text_is_the_host_and_a_bad_url_is_no_link(
    seed_project: Project,
) -> None:
    src = {"path": "articles/a.txt", "sha256": SHA, "format": "html", "words": 10}
    hosted = briefing("a", source=Source(**src, url="https://example.org/x"))
    page = pages(seed_project, [hosted])["briefings/a.md"]
    assert "[example.org](<https://example.org/x>) · " in page
    hostile = briefing("b", source=Source(**src, outlet="Evil", url="javascript:alert(1)"))
    page = pages(seed_project, [hostile])["briefings/b.md"]
    assert "Evil · &#49; March 2024" in page and "javascript" not in page.split("---")[2]


def test_places_are_grouped_by_country(seed_project: Project) -> None:
    b = briefing(
        "a",
        places=[
            Place(name="Lyon", country="FR"),
            Place(name="Bonn", country="DE"),
            Place(name="Paris", country="FR"),
            Place(name="France", country="FR", kind="country"),
            Place(name="Atlantis"),
        ],
    )
    page = pages(seed_project, [b])["briefings/a.md"]
    assert "- [France](../countries/fr.md): [Lyon](../places/lyon-fr.md), [Paris](" in page
    assert "- Elsewhere: [Atlantis](../places/atlantis.md)\n" in page
    assert page.index("countries/fr.md") < page.index("countries/de.md") < page.index("Elsewhere")


def test_related_briefings_share_names_the_rarest_weighing_most(seed_project: Project) -> None:
    kim, putin = Person(name="Kim Jong Un"), Person(name="Vladimir Putin")
    un = Organization(name="United Nations")
    a = briefing("a", people=[kim, putin], organizations=[un])
    b = briefing("b", people=[kim], published=dt.date(2024, 2, 1))
    c = briefing("c", organizations=[un], people=[Person(name="Someone Else")])
    d = briefing("d", people=[Person(name="Nobody Shared")])
    e = briefing("e", organizations=[un])
    related = related_briefings(build_catalog([a, b, c, d, e]))
    assert [r.briefing.id for r in related["a"]] == ["b", "c", "e"]  # Kim: 2 briefings, UN: 3
    assert [s.name for s in related["a"][0].shared] == ["Kim Jong Un"]
    assert related["d"] == []
    page = pages(seed_project, [a, b, c, d, e])["briefings/a.md"]
    assert "## Related briefings" in page
    assert (
        "- [Title of b](b.md) · &#49; February 2024 · "
        "shares [Kim Jong Un](../people/kim-jong-un.md)\n" in page
    )
    assert "## Related briefings" not in pages(seed_project, [d])["briefings/d.md"]


def test_a_name_in_too_many_briefings_does_not_relate_them() -> None:
    """The index skips names more common than COMMON: the work stays linear."""
    common = [Place(name="London", country="GB")]
    many = [briefing(f"b{i}", places=common) for i in range(COMMON + 1)]
    assert all(r == [] for r in related_briefings(build_catalog(many)).values())
    few = many[:COMMON]
    assert all(len(r) == 5 for r in related_briefings(build_catalog(few)).values())
