"""`briefing build --engine`: MkDocs, ProperDocs and Zensical build the same site.

Each engine really builds the repository's project (its mkdocs.yml) with the
reviewed seed; the sites must have the same pages, the same links between them,
the same feed, and a search index in which the seed's text leads to its page."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from generator.commands.build import build
from generator.errors import BuildError
from generator.models import Briefing
from generator.site.engine import ENGINES, build_site
from tests.conftest import SEED, make_project
from tests.sitekit import reviewed_seed

SEARCH_INDEX = {  # each engine's own search index, and the list of documents in it
    "mkdocs": ("search/search_index.json", "docs"),
    "properdocs": ("search/search_index.json", "docs"),
    "zensical": ("search.json", "items"),
}


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Briefing, Path]]:
    built = {}
    for engine in ENGINES:
        project = make_project(tmp_path_factory.mktemp(engine), {SEED.name: SEED.read_bytes()})
        seed = reviewed_seed(project)
        report = build(project, engine=engine)
        assert not report.failed and not report.warnings, (engine, report.warnings)
        built[engine] = (seed, report.site)
    return built


class Hrefs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hrefs += [v for k, v in attrs if tag == "a" and k == "href" and v]


def page_urls(site: Path) -> set[str]:
    """A page's URL as a reader sees it: `people/` for people/index.html."""
    urls = set()
    for path in site.rglob("*.html"):
        url = path.relative_to(site).as_posix()
        urls.add(url.removesuffix("index.html"))
    return urls


def links_between_pages(site: Path) -> set[tuple[str, str]]:
    """(page, page it links to) for every link from one page of the site to another."""
    pages = page_urls(site)
    links = set()
    for url in pages:
        parser = Hrefs()
        parser.feed(
            (site / (url + "index.html" if url.endswith("/") or not url else url)).read_text()
        )
        for href in parser.hrefs:
            target = urlsplit(urljoin("http://site/" + url, href))
            path = target.path.removeprefix("/")
            if target.netloc == "site" and path in pages and path != url:
                links.add((url, path))
    return links


def test_every_engine_builds_the_same_pages(sites: dict[str, tuple[Briefing, Path]]) -> None:
    seed, mkdocs_site = sites["mkdocs"]
    expected = page_urls(mkdocs_site)
    assert f"briefings/{seed.id}/" in expected and "people/" in expected
    for engine in ENGINES:
        assert page_urls(sites[engine][1]) == expected, engine


def test_every_engine_links_the_pages_alike(sites: dict[str, tuple[Briefing, Path]]) -> None:
    seed, mkdocs_site = sites["mkdocs"]
    expected = links_between_pages(mkdocs_site)
    # home (the daily brief) -> the seed's event -> the seed
    events = {to for page, to in expected if page == "" and to.startswith("events/")}
    assert len([e for e in events if (e, f"briefings/{seed.id}/") in expected]) == 1
    for engine in ENGINES:
        assert links_between_pages(sites[engine][1]) == expected, engine


def test_every_engine_publishes_our_feed(sites: dict[str, tuple[Briefing, Path]]) -> None:
    seed, mkdocs_site = sites["mkdocs"]
    feed = (mkdocs_site / "feed.xml").read_bytes()
    assert f"briefings/{seed.id}/".encode() in feed
    for engine in ENGINES:
        assert (sites[engine][1] / "feed.xml").read_bytes() == feed, engine


@pytest.mark.parametrize("engine", ENGINES)
def test_the_engines_search_finds_the_seed(
    sites: dict[str, tuple[Briefing, Path]], engine: str
) -> None:
    seed, site = sites[engine]
    file, key = SEARCH_INDEX[engine]
    documents = json.loads((site / file).read_text())[key]
    found = {d["location"].split("#")[0] for d in documents if "Vladivostok" in d["text"]}
    assert f"briefings/{seed.id}/" in found
    titles = {d["location"]: d["title"] for d in documents}
    assert titles[f"briefings/{seed.id}/"] == seed.title


def test_an_unknown_engine_is_refused_by_name(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    with pytest.raises(BuildError, match="unknown engine 'hugo': choose one of mkdocs"):
        build_site(project, engine="hugo", prerendered=True)


def test_an_engine_without_plugins_needs_the_markdown_rendered(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p")
    with pytest.raises(BuildError, match="zensical builds only Markdown rendered already"):
        build_site(project, engine="zensical")


@pytest.mark.parametrize("engine", ["properdocs", "zensical"])
def test_a_failed_engine_build_is_one_message(tmp_path: Path, engine: str) -> None:
    project = make_project(tmp_path / "p")
    config = project.config_file
    config.write_text(config.read_text().replace("name: material", "name: no-such-theme"))
    with pytest.raises(BuildError, match=f"{engine} build failed: .*no-such-theme"):
        build_site(project, engine=engine, prerendered=True)
