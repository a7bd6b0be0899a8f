"""Events reached from elsewhere, in chromium, on the session's `stories_server` (the
test stories ingested, approved and built by `briefing build`): the daily brief's
region groups, a dossier's events, and Pagefind's search finding an event."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_the_home_page_groups_the_days_events_by_region(page: Page, stories_server: str) -> None:
    page.goto(stories_server, wait_until="networkidle")
    groups = page.locator("article h2.brief-region")
    expect(groups).to_have_count(2)
    assert groups.all_inner_texts() == ["Africa", "Latin America and the Caribbean"]
    chile = page.locator("article h2.brief-region:has-text('Latin America') + h3 a")
    expect(chile).to_contain_text("Chile")  # the quake, under its region
    summit = page.locator("article h2.brief-region:has-text('Africa') + h3")
    expect(summit).to_contain_text("Geneva")  # Egypt, Ethiopia, Sudan outweigh Geneva
    expect(summit.locator("xpath=following-sibling::p[1]")).to_contain_text("2 sources")


def test_a_dossier_lists_its_events_linked(page: Page, stories_server: str) -> None:
    page.goto(stories_server + "people/", wait_until="networkidle")
    page.get_by_role("link", name="Gabriel Boric").first.click()
    events = page.locator("article h2#events + ul > li")
    expect(events).to_have_count(1)
    expect(events.first).to_contain_text("5 March 2024")
    expect(events.first).to_contain_text("2 sources")  # three reports, one a copy
    events.first.locator("a").click()
    expect(page).to_have_url(re.compile(r"/events/chile-"))
    expect(page.locator("article h1")).to_contain_text("Chile")


def result_paths(page: Page) -> list[str]:
    links = page.locator("#briefing-search .bs-results a")
    return [urlsplit(h).path for h in links.evaluate_all("l => l.map(a => a.href)")]


def test_search_finds_an_event_by_a_word_of_its_title(page: Page, stories_server: str) -> None:
    page.goto(stories_server + "search/")
    page.wait_for_selector("select[data-filter=kind]")
    page.select_option("select[name=sort]", "")  # best match
    page.fill("input[name=q]", "Hokkaido")
    page.wait_for_function("document.querySelectorAll('.bs-results li').length == 2")
    assert sorted(p.split("/")[1] for p in result_paths(page)) == ["briefings", "events"]
    page.select_option("select[data-filter=kind]", "event")  # events only
    page.wait_for_function("document.querySelectorAll('.bs-results li').length == 1")
    (path,) = result_paths(page)
    assert path.startswith("/events/strong-earthquake-shakes-hokkaido")
    link = page.locator(".bs-results li a").first
    expect(link).to_have_text("Strong earthquake shakes Hokkaido")
    link.click()
    expect(page.locator("article h1")).to_have_text("Strong earthquake shakes Hokkaido")


def test_a_person_filter_narrows_events_to_that_persons_stories(
    page: Page, stories_server: str
) -> None:
    page.goto(stories_server + "search/")
    page.wait_for_selector("select[data-filter=kind]")
    page.select_option("select[data-filter=kind]", "event")
    page.fill("[data-filter=person]", "Abiy Ahmed")
    page.wait_for_function("document.querySelectorAll('.bs-results li').length == 1")
    expect(page.locator(".bs-results li a")).to_contain_text("Geneva")
    page.fill("[data-filter=person]", "")
    page.fill("[data-filter=country]", "Chile")
    page.wait_for_function(
        "[...document.querySelectorAll('.bs-results li a')].map(a => a.textContent)"
        ".join('|').includes('Chile') && document.querySelectorAll('.bs-results li').length == 1"
    )
