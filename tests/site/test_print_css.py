"""The site's print stylesheet, checked in Debian's chromium with print media, as
a reader who presses Ctrl+P would get it."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, Page
from pypdf import PdfReader

from generator.config import Project
from generator.models import Status
from generator.site.engine import build_site
from generator.site.render import BUILTIN_TEMPLATES
from tests.conftest import SEED
from tests.pdf_fixtures import DAY, SEED_QUOTES, briefing_from, save_all

pytestmark = pytest.mark.browser
URL = "https://example.org/news/kim-putin"
# A collapsed block, as a project template may add one (md_in_html renders it).
DETAILS = (
    '\n<details markdown="1">\n<summary>Reviewer notes</summary>\n\n'
    "Hidden until opened.\n\n</details>\n"
)


@pytest.fixture(scope="module")
def page(chromium: Browser) -> Iterator[Page]:
    """A tab of the session's chromium (tests/conftest.py): Playwright's sync API
    cannot start a second instance while the browser tests' one runs."""
    tab = chromium.new_page()
    yield tab
    tab.close()


@pytest.fixture
def printed(project_factory: Callable[..., Project], page: Page) -> Page:
    project = project_factory()
    seed = project.articles_dir / SEED.name
    seed.write_bytes(SEED.read_bytes())
    briefing = briefing_from(
        project,
        seed,
        status=Status.approved,
        published=DAY,
        quotes=SEED_QUOTES,
        key_points=[{"text": "A key point."}, {"text": "Another."}],
    )
    briefing = briefing.model_copy(
        update={"source": briefing.source.model_copy(update={"url": URL})}
    )
    save_all(project, [briefing])
    template = (BUILTIN_TEMPLATES / "briefing.md.j2").read_text(encoding="utf-8")
    (project.templates_dir / "briefing.md.j2").write_text(template + DETAILS, encoding="utf-8")
    build_site(project)
    html = project.site_dir / "briefings" / briefing.id / "index.html"
    page.goto(html.as_uri())
    page.emulate_media(media="print")
    return page


def style(page: Page, selector: str, prop: str, pseudo: str | None = None) -> str:
    return page.eval_on_selector(
        selector,
        f"(e, p) => getComputedStyle(e, {pseudo!r}).getPropertyValue(p)"
        if pseudo
        else "(e, p) => getComputedStyle(e).getPropertyValue(p)",
        prop,
    )


def test_print_shows_the_content_only(printed: Page) -> None:
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search"):
        if printed.query_selector(chrome):
            assert style(printed, chrome, "display") == "none", chrome
    assert printed.is_visible("article h1")
    text = PdfReader(io.BytesIO(printed.pdf())).pages[0].extract_text()
    assert "Daily Brief" not in text.split("\n")[0]  # no header bar above the title
    assert "Search" not in text
    assert "North Korean leader" in text


def test_print_keeps_headings_with_their_text_and_quotes_and_lists_whole(
    printed: Page,
) -> None:
    assert style(printed, "article h2", "break-after") == "avoid"
    assert style(printed, "article blockquote", "break-inside") == "avoid"
    assert style(printed, "article ul", "break-inside") == "avoid"
    assert float(style(printed, "article p", "font-size").removesuffix("px")) >= 14  # 11pt


def test_print_shows_where_external_links_go(printed: Page) -> None:
    after = style(printed, f'a[href="{URL}"]', "content", "::after")
    assert URL in after
    # The outlet link is in the source line under the title, so on the first page.
    text = PdfReader(io.BytesIO(printed.pdf())).pages[0].extract_text()
    assert URL in text.replace("\n", "")


def test_print_opens_collapsed_blocks(printed: Page) -> None:
    assert printed.eval_on_selector("details", "d => d.open") is False
    assert printed.is_visible("details >> text=Hidden until opened.")
    printed.emulate_media(media="screen")
    assert not printed.is_visible("details >> text=Hidden until opened.")
