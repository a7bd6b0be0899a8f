"""No script in the site: the payload corpus, through every reader and every field,
comes out of the built site as visible text and as nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from bs4 import BeautifulSoup

from generator import store
from generator.models import Briefing
from generator.readers import READERS
from tests.security import hostile
from tests.security.conftest import HostileSite
from tests.security.sitecheck import FORBIDDEN_ELEMENTS, check_page, page_text, url_scheme


def test_corpus_has_every_family_and_enough_payloads() -> None:
    families = hostile.payload_families()
    assert len(hostile.payloads()) >= 100
    assert len(set(hostile.payloads())) == len(hostile.payloads()), "duplicate payloads"
    for family in ("script", "event_handler", "svg_mathml", "attribute_breaking", "url"):
        assert len(families[family]) >= 10, family
    for family in ("markdown", "raw_html_block", "jinja", "markdown_blocks"):
        assert len(families[family]) >= 5, family


def test_every_reader_has_a_builder() -> None:
    missing = sorted(set(READERS) - set(hostile.BUILDERS))
    assert not missing, f"readers nobody attacks yet: {missing}; add a builder in hostile.py"


def test_every_article_was_read(hostile_site: HostileSite) -> None:
    errors = [str(p) for p in hostile_site.report.problems if p.severity == "error"]
    assert not errors
    sources = {b.source.path for b in _briefings(hostile_site)}
    for name in hostile.articles():
        assert f"articles/{name}" in sources, name


def test_no_page_has_live_markup(hostile_site: HostileSite) -> None:
    site = hostile_site.site
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > len(hostile.briefings())
    problems = [p for page in pages for p in check_page(page, site, hostile_site.baseline)]
    assert not problems, "\n".join(problems[:40])


def test_feeds_carry_no_live_markup(hostile_site: HostileSite) -> None:
    """A feed reader renders an entry's HTML content: it must be as inert as a page,
    and its links plain http(s) or relative."""
    feeds = [p for p in hostile_site.site.rglob("*.xml") if not p.name.startswith("sitemap")]
    for feed in feeds:
        root = ElementTree.parse(feed).getroot()
        for element in root.iter():
            for name in ("href", "src", "uri"):
                value = element.get(name) or (element.text if element.tag.endswith(name) else "")
                assert url_scheme(value or "") in (None, "http", "https", "urn", "tag"), value
            if element.get("type") in ("html", "xhtml") and element.text:
                soup = BeautifulSoup(element.text, "lxml")
                for tag in soup.find_all(True):
                    assert tag.name not in FORBIDDEN_ELEMENTS | {"script", "svg", "math", "img"}
                    assert not any(a.lower().startswith("on") for a in tag.attrs), tag
                    for a in ("href", "src"):
                        assert url_scheme(str(tag.get(a) or "")) in (None, "http", "https"), tag


def test_text_reader_keeps_payloads_literally(hostile_site: HostileSite) -> None:
    by_source = {b.source.path: b for b in _briefings(hostile_site)}
    for k, chunk in hostile.chunks(hostile.payloads()):
        briefing = by_source[f"articles/txt/hostile-{k:03d}.txt"]
        blocks = {p for s in briefing.sections for p in s.paragraphs}
        blocks |= {s.heading for s in briefing.sections if s.heading}
        for payload in chunk:
            for line in payload.split("\n"):
                if line.strip():
                    assert hostile.folded(line) in blocks, (briefing.id, line)
        assert hostile.folded(hostile.one_line(chunk, 150)) in briefing.title


def test_every_shown_field_reads_as_its_own_text(hostile_site: HostileSite) -> None:
    """Literal round trip: what a briefing says is what its page shows, as text."""
    checked = events = 0
    for briefing in _briefings(hostile_site):
        text = page_text(page_of(hostile_site.site, briefing.id))
        for name, value in shown_fields(briefing):
            assert hostile.folded(value) in text, (briefing.id, name, value)
            checked += 1
        # The event of a briefing that reports it alone has the briefing's id: its
        # page lists the briefing by its title, which reads as its own text there too.
        for event in event_pages_of(hostile_site.site, briefing.id):
            assert hostile.folded(briefing.title) in page_text(event), (event, briefing.title)
            events += 1
    assert checked > 1000
    assert events > 0, "no event page checked"


def test_templates_do_not_run(hostile_site: HostileSite) -> None:
    """Jinja syntax in article text is text: each payload shows, nothing evaluated."""
    texts = [page_text(page) for page in hostile_site.site.rglob("*.html")]
    for payload in hostile.payload_families()["jinja"]:
        assert any(hostile.folded(payload) in text for text in texts), payload
    assert not any("looplooploop" in text or "<class 'object'>" in text for text in texts)


def shown_fields(b: Briefing) -> Iterator[tuple[str, str]]:
    """The fields the briefing page shows, with their values."""
    yield "title", b.title
    if b.dateline:
        yield "dateline", b.dateline
    if b.summary:
        yield "summary", b.summary
    for section in b.sections:
        if section.heading:
            yield "sections.heading", section.heading
        for paragraph in section.paragraphs:
            yield "sections.paragraphs", paragraph
    for point in b.key_points:
        yield "key_points.text", point.text
    for quote in b.quotes:
        yield "quotes.text", quote.text
        if quote.speaker:
            yield "quotes.speaker", quote.speaker
        if quote.role:
            yield "quotes.role", quote.role
    for person in b.people:
        yield "people.name", person.name
        if person.role:
            yield "people.role", person.role
    for org in b.organizations:
        yield "organizations.name", org.name
    for place in b.places:
        yield "places.name", place.name
    if b.source.byline:
        yield "source.byline", b.source.byline
    if b.source.outlet:
        yield "source.outlet", b.source.outlet


def page_of(site: Path, briefing_id: str) -> Path:
    """The briefing's own page, under briefings/ (its event's page may share its name)."""
    return _one_page(site / "briefings", briefing_id)


def event_pages_of(site: Path, briefing_id: str) -> list[Path]:
    """Every other page named after the briefing: only the page of its event, if any."""
    found = [*site.rglob(f"{briefing_id}/index.html"), *site.rglob(f"{briefing_id}.html")]
    others = [p for p in found if p != page_of(site, briefing_id)]
    assert all(p.relative_to(site).parts[0] == "events" for p in others), others
    return others


def _one_page(folder: Path, briefing_id: str) -> Path:
    found = [
        p for p in (folder / briefing_id / "index.html", folder / f"{briefing_id}.html")
        if p.is_file()
    ]  # fmt: skip
    assert len(found) == 1, (briefing_id, found)
    return found[0]


def _briefings(hostile_site: HostileSite) -> list[Briefing]:
    return [store.load(p) for p in sorted(hostile_site.project.briefings_dir.glob("*.yaml"))]
