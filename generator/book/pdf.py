"""A briefing or a briefing book as PDF, through WeasyPrint.

Each briefing goes through the site's own path: the `briefing.md.j2` template (so
article text is escaped for Markdown by the same `finalize`), then the `markdown`
package with the extensions mkdocs.yml lists. A briefing therefore reads the same
on paper as on the site, and article text can no more become HTML here than there.
The book around the briefings (cover, contents, print CSS) is an HTML template in
`templates/pdf/`, overridable per project like every other template.

WeasyPrint is given a URL fetcher that refuses every URL: nothing downloads, and
no file outside the book is read, whatever a template or a briefing says. Fonts
come from fontconfig (the Debian DejaVu and Liberation packages) and are embedded
as subsets. Output is deterministic: the dates in the metadata come from the
briefings, the PDF identifier is a hash of the content, and subset font names are
hashes too.
"""

from __future__ import annotations

import contextlib
import logging
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from types import ModuleType

import jinja2
import lxml.html
import markdown
from markupsafe import Markup
from mkdocs.utils.meta import get_data

from generator.book.select import Book
from generator.config import Project
from generator.errors import BuildError
from generator.files import write_atomic
from generator.logcollect import WarningCollector
from generator.models import Briefing
from generator.site.render import BUILTIN_TEMPLATES, environment

# What WeasyPrint needs from Debian when `import weasyprint` fails with OSError.
SYSTEM_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"
BOOK_TEMPLATE = "pdf/book.html.j2"
ARTICLE_TEMPLATE = "partials/article.md.j2"
# What a page of a briefing nobody has approved says, in the marking, on paper.
DRAFT_MARKING = "DRAFT - not reviewed"
WEB_LINK = re.compile(r"^https?://", re.IGNORECASE)


@dataclass(slots=True)
class PdfReport:
    pages: int
    size: int
    warnings: list[str] = field(default_factory=list)


def write_book(project: Project, book: Book, output: Path) -> PdfReport:
    """Render the book and write it atomically; the output folder is checked first,
    so a typo in `-o` fails in a moment rather than after the whole render."""
    check_writable(output)
    data, pages, warnings = print_pdf(book_html(project, book))
    try:
        write_atomic(output, data)
    except OSError as err:
        raise BuildError(output, f"cannot write: {err.strerror or err}") from None
    return PdfReport(pages=pages, size=len(data), warnings=warnings)


def check_writable(output: Path) -> None:
    if output.is_dir():
        raise BuildError(output, "cannot write: it is a folder")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=output.parent):
            pass
    except OSError as err:
        raise BuildError(output, f"cannot write: {err.strerror or err}") from None


# ---------------------------------------------------------------- HTML


def anchor_of(briefing: Briefing) -> str:
    """The id a briefing's <article> carries in the book: the contents link to it."""
    return f"b-{briefing.id}"


def book_html(project: Project, book: Book) -> str:
    """The whole book as one HTML document, for WeasyPrint: each briefing as a reader
    needs it (no article unless `book.with_articles`, which appends them all); in a
    book by event, under their event's title."""
    try:
        env = environment(project)
        template = env.get_template("briefing.md.j2")
        article = env.get_template(ARTICLE_TEMPLATE)
        site = {"name": project.site_name}
        entries: list[dict[str, object]] = []
        for briefing in book.briefings:
            anchor = anchor_of(briefing)
            page = f"briefings/{briefing.id}.md"
            text = template.render(page=page, site=site, b=briefing, paper=True, article=False)
            entry: dict[str, object] = {
                "b": briefing,
                "anchor": anchor,
                "html": to_html(project, text, anchor),
            }
            if book.with_articles:
                body = article.render(page=page, site=site, b=briefing)
                entry["article"] = to_html(project, body, f"a-{briefing.id}")
            entries.append(entry)
        by_id = {entry["anchor"]: entry for entry in entries}
        chapters = [
            {"chapter": c, "entries": [by_id[anchor_of(b)] for b in c.briefings]}
            for c in book.chapters
        ]
        return (
            html_environment(project)
            .get_template(BOOK_TEMPLATE)
            .render(book=book, entries=entries, chapters=chapters, draft_marking=DRAFT_MARKING)
        )
    except jinja2.TemplateError as err:
        where = getattr(err, "filename", None) or getattr(err, "name", None) or "templates"
        line = getattr(err, "lineno", None)
        where = f"{where}:{line}" if line else where
        raise BuildError(where, f"template error: {err}") from None


def to_html(project: Project, text: str, anchor: str) -> Markup:
    """A rendered briefing page (Markdown with front matter) to HTML, as MkDocs would
    convert it, then made fit for a book of many briefings (see `bind`)."""
    body, _meta = get_data(text)
    converter = markdown.Markdown(
        extensions=list(project.markdown_extensions), extension_configs=project.markdown_configs
    )
    return bind(converter.convert(body), anchor)


def bind(html: str, anchor: str) -> Markup:
    """One briefing's HTML as a part of the book. Ids get the briefing's anchor as a
    prefix (every briefing has a 'Key points' and a first paragraph, and ids must be
    unique in the book), and so do links within the briefing. Links to other pages of
    the site (dossiers, tags) lead nowhere on paper: they become plain text. Links
    to the web stay, and print their address.

    The HTML came from our own template with every value escaped for Markdown, so it
    holds no markup from article text; lxml re-serialises it, escaping text again."""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    root.set("class", "briefing-body")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        if element.get("id"):
            element.set("id", f"{anchor}-{element.get('id')}")
        if element.tag != "a" or element.get("href") is None:
            continue
        target = element.get("href", "")
        if target.startswith("#"):
            element.set("href", f"#{anchor}-{target[1:]}")
        elif not WEB_LINK.match(target):
            element.drop_tag()
    return Markup(lxml.html.tostring(root, encoding="unicode"))


def html_environment(project: Project) -> jinja2.Environment:
    """HTML templates, autoescaped: book titles and markings come from settings and
    briefings, and are text."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(project.templates_dir), str(BUILTIN_TEMPLATES)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["css_string"] = css_string
    return env


def css_string(value: object) -> Markup:
    """A CSS string literal that no value can break out of, even inside <style>:
    everything but ASCII letters, digits and spaces becomes a hex escape."""
    chars = (
        ch if (ch.isascii() and ch.isalnum()) or ch == " " else f"\\{ord(ch):x} "
        for ch in str(value)
    )
    return Markup('"' + "".join(chars) + '"')


# ---------------------------------------------------------------- PDF


def weasyprint() -> ModuleType:
    """WeasyPrint, or a clear error naming the Debian packages when its system
    libraries (pango, harfbuzz) cannot be loaded."""
    try:
        return import_module("weasyprint")
    except OSError as err:
        first = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise BuildError(
            None,
            f"WeasyPrint cannot load its system libraries ({first}); "
            f"install the Debian packages {SYSTEM_PACKAGES} (scripts/setup does)",
        ) from None


def print_pdf(html: str) -> tuple[bytes, int, list[str]]:
    """HTML to PDF bytes, the page count and WeasyPrint's warnings."""
    wp = weasyprint()
    with _collect_warnings() as warnings:
        fetcher = wp.URLFetcher(allowed_protocols=())  # refuse every URL
        document = wp.HTML(string=html, url_fetcher=fetcher).render()
        data = document.write_pdf(pdf_identifier=True)
    return data, len(document.pages), warnings


@contextlib.contextmanager
def _collect_warnings() -> Iterator[list[str]]:
    """WeasyPrint's warnings (bad CSS in a project template, a refused URL) are
    returned to the caller instead of going to the root logger."""
    logger = logging.getLogger("weasyprint")
    collector = WarningCollector()
    propagate = logger.propagate
    logger.addHandler(collector)
    logger.propagate = False
    try:
        yield collector.messages
    finally:
        logger.removeHandler(collector)
        logger.propagate = propagate
