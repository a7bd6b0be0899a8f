"""The daily brief and an event page in chromium, built from a real ingest of stories
(the session's `stories_server`)."""

from __future__ import annotations

from pathlib import Path
from urllib.request import urlopen

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_home_shows_the_latest_days_events_with_source_counts(
    page: Page, stories_server: str, artifacts: Path
) -> None:
    page.goto(stories_server, wait_until="networkidle")
    expect(page.locator("article")).to_contain_text("The daily brief for 5 March 2024")
    events = page.locator("article h3 a")
    expect(events).to_have_count(2)  # the quake in Chile and the Nile summit; not the 4th
    titles = events.all_inner_texts()
    assert any("Chile" in t or "Earthquake" in t for t in titles)
    counts = page.locator("article p.event-sources")
    expect(counts.first).to_contain_text("2 sources")
    page.screenshot(path=str(artifacts / "daily-brief.png"), full_page=True)
    page.get_by_role("link", name="4 March 2024").click()
    expect(page.locator("article")).to_contain_text("Strong earthquake shakes Hokkaido")


def test_an_event_page_links_every_source(page: Page, stories_server: str) -> None:
    page.goto(stories_server, wait_until="networkidle")
    page.locator("article h3 a").first.click()
    reports = page.locator("article h2:has-text('Reports') + ul > li > a:first-child")
    expect(reports.first).to_be_visible()
    hrefs = reports.evaluate_all("links => links.map(a => a.href)")
    assert len(hrefs) >= 2
    sources = page.locator("article li a[href*='briefings/']")
    for href in sources.evaluate_all("links => links.map(a => a.href)"):
        with urlopen(href) as response:  # every source resolves to a briefing page
            assert response.status == 200
    page.goto(hrefs[0])
    expect(page.locator("p.briefing-event a")).to_be_visible()  # and leads back
