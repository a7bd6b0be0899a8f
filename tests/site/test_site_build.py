"""A real `mkdocs build --strict` of a reviewed seed: pages, search, links, privacy, offline."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator import store
from generator.models import Briefing, Person, Section
from generator.site.engine import build_site
from tests.conftest import SEED, make_project
from tests.sitekit import reviewed_seed

HOSTILE = "<script>alert(1)</script> {{ 7*7 }} ![i](https://tracker.example/i.png)"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Briefing, Path]:
    """The seed, reviewed, plus a hostile name and an embedded image in the text."""
    project = make_project(tmp_path_factory.mktemp("site"), {SEED.name: SEED.read_bytes()})
    seed = reviewed_seed(project)
    hostile = seed.model_copy(
        update={
            "people": [*seed.people, Person(name=HOSTILE, role=HOSTILE)],
            "sections": [
                *seed.sections,
                Section(paragraphs=['<img src="https://tracker.example/p.gif"> ' + HOSTILE]),
            ],
        }
    )
    store.save(hostile, project.briefings_dir)
    build_site(project, strict=True)
    return hostile, project.site_dir


class Links(HTMLParser):
    """Every URL a page points at (href, src) and every id it defines."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[tuple[str, str]] = []  # (tag, url)
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.urls.append((tag, value))
            if name == "id" and value:
                self.ids.add(value)


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def html_pages(site: Path) -> Iterator[Path]:
    yield from sorted(site.rglob("*.html"))


def test_every_kind_of_page_is_built(built: tuple[Briefing, Path]) -> None:
    seed, site = built
    page = (site / "briefings" / seed.id / "index.html").read_text(encoding="utf-8")
    assert "Possible Armament Exchange" in page and "Bottom line" in page
    assert 'href="../../people/kim-jong-un/"' in page
    kim = (site / "people" / "kim-jong-un" / "index.html").read_text(encoding="utf-8")
    assert f'href="../../briefings/{seed.id}/"' in kim
    for folder in ("archive/2023-09", "countries/ru", "places/vladivostok-ru", "tags/russia"):
        assert seed.id in (site / folder / "index.html").read_text(encoding="utf-8"), folder
    assert (site / "feed.xml").read_bytes().count(b"<entry>") == 1


def test_hostile_text_stays_text_and_images_are_not_embedded(
    built: tuple[Briefing, Path],
) -> None:
    seed, site = built
    for path in html_pages(site):
        text = path.read_text(encoding="utf-8")
        assert "<script>alert(1)" not in text, path
        assert "tracker.example" not in " ".join(url for _, url in parse(path).urls), path
    page = (site / "briefings" / seed.id / "index.html").read_text(encoding="utf-8")
    assert "&#60;img src&#61;&#34;https&#58;//tracker.example/p.gif&#34;&#62;" in page
    assert "&#123;&#123; 7&#42;7 &#125;&#125;" in page  # shown, not evaluated


def test_no_page_requests_another_host(built: tuple[Briefing, Path]) -> None:
    _, site = built
    for path in html_pages(site):
        for tag, url in parse(path).urls:
            if tag != "a":  # links may leave the site; nothing may be fetched from elsewhere
                assert not urlsplit(url).netloc and not url.startswith("//"), (path, url)
    css = " ".join(p.read_text(encoding="utf-8") for p in site.rglob("*.css"))
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", css)


def test_every_internal_link_resolves(built: tuple[Briefing, Path]) -> None:
    _, site = built
    # 404.html is served for any missing path, so MkDocs links it from the site root.
    parsed = {path: parse(path) for path in html_pages(site) if path.name != "404.html"}
    checked = 0
    for path, links in parsed.items():
        for _, url in links.urls:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or url.startswith("mailto:"):
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if target.is_dir():
                target = target / "index.html"
            assert target.is_file(), f"{path.relative_to(site)} -> {url}"
            if parts.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                assert unquote(parts.fragment) in ids, f"{path.relative_to(site)} -> {url}"
            checked += 1
    assert checked > 500


def test_search_indexes_briefings_by_text_and_names_only(built: tuple[Briefing, Path]) -> None:
    seed, site = built
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = index["docs"]
    # briefings and (search finds events) the pages of events; no dossier, no list
    assert {d["location"].split("/")[0] for d in docs} == {"briefings", "events"}
    events = [d for d in docs if d["location"].startswith("events/")]
    event_text = " ".join(d["title"] + " " + d["text"] for d in events)
    assert seed.title in event_text  # an event is found by its text, as a briefing is
    assert seed.summary and " ".join(seed.summary.split()[:6]) in event_text
    docs = [d for d in docs if d["location"].startswith("briefings/")]
    text = " ".join(d["title"] + " " + d["text"] for d in docs)
    assert "Vladivostok" in text and seed.title in text
    assert "Adrienne Watson" in text  # names are searchable, through the article...
    names = next(d["text"] for d in docs if d["location"].endswith("#who-and-where"))
    assert "United Kingdom" in names  # ...or, when it spells them otherwise (Britain), here
    assert "Kim Jong Un" not in names and "North Korean leader" not in names
    assert index["config"]["fields"]["title"]["boost"] > index["config"]["fields"]["text"]["boost"]


def test_offline_build_searches_from_the_file_system(tmp_path: Path) -> None:
    project = make_project(tmp_path / "offline", {SEED.name: SEED.read_bytes()})
    reviewed_seed(project)
    build_site(project, strict=True, offline=True)
    assert "BRIEFING_OFFLINE" not in os.environ
    site = project.site_dir
    assert (
        (site / "search" / "search_index.js")
        .read_text(encoding="utf-8")
        .startswith("var __index = ")
    )
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'src="assets/vendor/iframe-worker-1.0.4.js"' in home
    assert "unpkg.com" not in home
    assert 'href="people.html"' in home  # no directory URLs: links work from file://
