"""The analyst's morning in chromium: a briefing page that answers first, related
briefings, a dossier's timeline, the countries map, the A-Z lists at a few hundred
briefings; no console error, no request to another host. Screenshots of each new
kind of page go to test-artifacts/.

The site: three linked briefings written as an editor would (outlet, link, people,
places), plus 300 with names drawn from a fixed pool, Zipf-like, so the people list
holds hundreds of names, most named once, as a real corpus's does. The full BBC
corpus is measured by benchmarks/lists.py."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from generator import store
from generator.models import Briefing, KeyPoint, Person, Place, Section, Source, Status
from generator.site.engine import build_site
from tests.browser.conftest import QuietHandler
from tests.conftest import make_project

pytestmark = pytest.mark.browser

SHA = "0" * 64
FIRST = [
    "Anna",
    "Boris",
    "Chen",
    "Dara",
    "Emil",
    "Fatima",
    "Goran",
    "Hana",
    "Ivan",
    "Jun",
    "Kofi",
    "Lena",
    "Marta",
    "Nils",
    "Omar",
    "Pia",
    "Rafael",
    "Sara",
    "Tomas",
    "Yuki",
]
LAST = [
    "Abbot",
    "Berg",
    "Costa",
    "Dahl",
    "Evans",
    "Fischer",
    "Garcia",
    "Holm",
    "Ito",
    "Jansen",
    "Kowalski",
    "Lind",
    "Moreau",
    "Novak",
    "Olsen",
    "Park",
    "Quinn",
    "Rossi",
    "Silva",
    "Tanaka",
    "Ueda",
    "Vargas",
    "Weber",
    "Xu",
    "Young",
    "Zeller",
]
COUNTRIES = ["FR", "DE", "UA", "JP", "BR", "KE", "IN", "US"]


def made(id: str, day: dt.date, **fields: object) -> Briefing:
    base: dict[str, object] = {
        "id": id,
        "title": f"Briefing {id}",
        "status": Status.published,
        "published": day,
        "summary": f"The bottom line of {id}.",
        "source": Source(path=f"articles/{id}.txt", sha256=SHA, format="html", words=900),
        "sections": [Section(paragraphs=[f"The article of {id}."])],
    }
    return Briefing.model_validate(base | fields)


def editors_briefings() -> list[Briefing]:
    kim, putin = (
        Person(name="Kim Jong Un", role="North Korean leader"),
        Person(name="Vladimir Putin"),
    )
    vladivostok = Place(name="Vladivostok", country="RU")
    source = Source(
        path="articles/000_f8178e955944c9a2.html",
        sha256=SHA,
        format="html",
        words=900,
        outlet="Korea Herald",
        byline="Jane Doe",
        url="https://www.koreaherald.com/a",
    )
    return [
        made(
            "kim-to-visit-russia",
            dt.date(2023, 9, 5),
            title="Kim to visit Russia",
            source=source,
            people=[kim, putin],
            places=[vladivostok],
            key_points=[KeyPoint(text="Kim may travel by armoured train.")],
        ),
        made(
            "summit-in-vladivostok",
            dt.date(2023, 9, 13),
            title="Summit in Vladivostok",
            people=[kim, putin],
            places=[vladivostok],
        ),
        made("kim-returns", dt.date(2023, 10, 2), title="Kim returns home", people=[kim]),
    ]


def crowd() -> list[Briefing]:
    names = [f"{first} {last}" for last in LAST for first in FIRST]  # 520 names
    out = []
    for n in range(300):
        picks = {names[(n * 7 + k * k * 31) % len(names)] for k in range(4)}
        picks.add(names[n % 12])  # a dozen names in many briefings
        place = Place(name=f"Town {n % 40}", country=COUNTRIES[n % len(COUNTRIES)])
        out.append(
            made(
                f"crowd-{n:03d}",
                dt.date(2024, 1, 1) + dt.timedelta(days=n),
                people=[Person(name=p) for p in sorted(picks)],
                places=[place],
            )
        )
    return out


@pytest.fixture(scope="module")
def morning(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = make_project(tmp_path_factory.mktemp("morning") / "project")
    for briefing in editors_briefings() + crowd():
        store.save(briefing, project.briefings_dir)
    build_site(project)
    handler = functools.partial(QuietHandler, directory=str(project.site_dir))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    thread.join()


def watch(page: Page) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("request", lambda request: requests.append(request.url))
    page.on(
        "response",
        lambda response: (
            errors.append(f"{response.status} {response.url}") if response.status >= 400 else None
        ),
    )
    return errors, requests


def clean(errors: list[str], requests: list[str], server: str) -> None:
    assert errors == []
    hosts = {urlsplit(u).netloc for u in requests if not u.startswith(("data:", "blob:"))}
    assert hosts == {urlsplit(server).netloc}, requests


def test_a_briefing_page_answers_first(page: Page, morning: str, artifacts: Path) -> None:
    errors, requests = watch(page)
    page.goto(morning + "briefings/kim-to-visit-russia/", wait_until="networkidle")
    original = page.locator("article a", has_text="Korea Herald").first
    expect(original).to_have_attribute("href", "https://www.koreaherald.com/a")
    bottom = page.locator(".admonition.abstract").first
    assert original.bounding_box()["y"] < bottom.bounding_box()["y"]
    expect(page.locator(".briefing-source-line")).to_contain_text("by Jane Doe")
    expect(page.locator(".briefing-source-line")).to_contain_text("min read")
    related = page.locator(".briefing-related a", has_text="Summit in Vladivostok")
    expect(related).to_be_visible()
    page.screenshot(path=str(artifacts / "briefing-page.png"), full_page=True)
    related.click()
    expect(page.locator("h1").first).to_have_text("Summit in Vladivostok")
    expect(page.locator(".briefing-who a", has_text="Kim Jong Un")).to_be_visible()  # shared
    assert page.locator("link[rel=alternate][type='application/atom+xml']").count() >= 1
    clean(errors, requests, morning)


def test_a_person_dossier_shows_a_timeline(page: Page, morning: str, artifacts: Path) -> None:
    errors, requests = watch(page)
    page.goto(morning + "people/kim-jong-un/", wait_until="networkidle")
    months = page.locator(".briefing-timeline li")
    expect(months).to_have_count(2)  # October and September 2023
    expect(months.first).to_contain_text("October 2023")
    widths = [
        months.nth(i).locator(".briefing-timeline__bar").bounding_box()["width"] for i in range(2)
    ]
    assert widths[1] > widths[0] > 0  # September: two briefings, October: one
    expect(page.locator("#named-with + p a", has_text="Vladimir Putin")).to_be_visible()
    page.screenshot(path=str(artifacts / "person-dossier.png"), full_page=True)
    clean(errors, requests, morning)


def test_the_countries_map_shades_and_links_countries(
    page: Page, morning: str, artifacts: Path
) -> None:
    errors, requests = watch(page)
    page.goto(morning + "countries/", wait_until="networkidle")
    russia = page.locator("svg.briefing-map a[data-country=ru]")
    expect(russia).to_have_count(1)
    fill = russia.evaluate("a => getComputedStyle(a.querySelector('path')).fill")
    blank = page.locator("svg.briefing-map g.briefing-map__country path").first
    assert fill != blank.evaluate("p => getComputedStyle(p).fill")
    page.screenshot(path=str(artifacts / "countries-map.png"), full_page=True)
    russia.locator("path").first.click(force=True)
    expect(page.locator("h1").first).to_have_text("Russian Federation")
    clean(errors, requests, morning)


def test_the_people_list_stays_short_with_rare_names_folded(
    page: Page, morning: str, artifacts: Path
) -> None:
    errors, requests = watch(page)
    page.goto(morning + "people/", wait_until="networkidle")
    folded = page.locator("details.briefing-folded")
    assert folded.count() > 5
    assert all(not d.evaluate("d => d.open") for d in folded.all())
    height = page.evaluate("document.documentElement.scrollHeight")
    assert height < 3000, height
    page.screenshot(path=str(artifacts / "people-list.png"), full_page=True)
    page.locator(".briefing-letters a", has_text="Y").click()
    expect(page.locator("#letter-y")).to_be_in_viewport()
    clean(errors, requests, morning)
