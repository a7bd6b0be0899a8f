"""Static checks of a built site: what a browser would run is only the theme's own.

"The theme's own" is measured, not listed: script files must be byte-identical to a
file shipped by mkdocs-material or by the generator's assets, and inline scripts,
forms and style attributes must be ones that a benign build also has (with the
relative base path, which differs by page depth, normalised).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import material
from bs4 import BeautifulSoup, Tag

THEME_FILES = Path(material.__file__).parent / "templates"
GENERATOR_ASSETS = Path(__file__).resolve().parents[2] / "templates" / "assets"

# Elements no Markdown page of ours may contain, anywhere.
FORBIDDEN_ELEMENTS = {
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "isindex",
    "style",
    "template",
    "noscript",
    "portal",
}
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "srcset",
    "background",
    "cite",
    "ping",
    "srcdoc",
    "lowsrc",
    "dynsrc",
}
# What the briefing templates' Markdown can produce inside the page content.
CONTENT_TAGS = {
    "article", "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "ul", "ol", "li", "em",
    "strong", "blockquote", "hr", "div", "span", "br", "code", "table", "thead", "tbody",
    "tr", "th", "td", "dl", "dt", "dd", "small", "time", "abbr", "sup", "sub", "nav",
    "section", "details", "summary", "figure", "figcaption", "cite", "mark",
    "svg", "g", "path", "title",  # the countries page's world map (site/worldmap.py)
}  # fmt: skip
_BASE = re.compile(r'"(?:\.\./)*\.\.?(?=[/"])')
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\ufeff]")


def normalise(script: str) -> str:
    return _BASE.sub('"BASE', script.strip())


def trusted_script_files() -> set[bytes]:
    files = [*THEME_FILES.rglob("*.js"), *GENERATOR_ASSETS.rglob("*.js")]
    return {path.read_bytes() for path in files}


@dataclass
class Baseline:
    """What a build of benign articles contains: the theme's own scripts and forms."""

    inline_scripts: set[str] = field(default_factory=set)
    forms: set[str] = field(default_factory=set)
    styles: set[str] = field(default_factory=set)
    script_files: set[bytes] = field(default_factory=trusted_script_files, repr=False)

    @classmethod
    def of(cls, site: Path) -> Baseline:
        baseline = cls()
        for page in site.rglob("*.html"):
            soup = parse(page)
            for script in soup.find_all("script"):
                if not script.get("src"):
                    baseline.inline_scripts.add(normalise(script.get_text()))
            baseline.forms |= {" ".join(f.get("class") or []) for f in soup.find_all("form")}
            baseline.styles |= {str(t["style"]) for t in soup.find_all(style=True)}
        return baseline


def parse(page: Path) -> BeautifulSoup:
    return BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")


def url_scheme(value: str) -> str | None:
    """The scheme a browser would see: it ignores whitespace and controls inside."""
    match = _SCHEME.match(_INVISIBLE.sub("", value))
    return match[1].lower() if match else None


def check_page(page: Path, site: Path, baseline: Baseline) -> list[str]:
    """Everything on one page that could run, load or restyle something it should not."""
    soup = parse(page)
    where = page.relative_to(site).as_posix()
    problems: list[str] = []
    for tag in soup.find_all(True):
        problems += [f"{where}: {p}" for p in _check_tag(tag, page, site, baseline)]
    content = soup.select_one("article.md-content__inner")
    if content is None:
        problems.append(f"{where}: no article content")
    else:
        for tag in content.find_all(True):
            if tag.name not in CONTENT_TAGS:
                problems.append(f"{where}: <{tag.name}> inside the page content")
            if tag.name == "a" and tag.get("href"):
                href = str(tag["href"])
                if url_scheme(href) not in (None, "http", "https") or href.startswith("//"):
                    problems.append(f"{where}: content link to {href!r}")
    return problems


def _check_tag(tag: Tag, page: Path, site: Path, baseline: Baseline) -> list[str]:
    problems = []
    if tag.name in FORBIDDEN_ELEMENTS:
        problems.append(f"<{tag.name}> element")
    for name, raw in tag.attrs.items():
        value = " ".join(raw) if isinstance(raw, list) else str(raw)
        if name.lower().startswith("on"):
            problems.append(f"event handler {name}= on <{tag.name}>")
        if name.lower() in URL_ATTRIBUTES and url_scheme(value) in {
            "javascript",
            "vbscript",
            "data",
            "livescript",
        }:
            problems.append(f"{name}={value[:60]!r} on <{tag.name}>")
        if name.lower() == "style" and value not in baseline.styles:
            problems.append(f"style attribute {value[:60]!r} on <{tag.name}>")
    if tag.name == "meta" and tag.get("http-equiv"):
        problems.append(f"<meta http-equiv={tag['http-equiv']!r}>")
    if tag.name == "form" and " ".join(tag.get("class") or []) not in baseline.forms:
        problems.append(f"<form class={tag.get('class')!r}>")
    if tag.name == "link":
        href = str(tag.get("href") or "")
        if url_scheme(href) or href.startswith("//"):
            problems.append(f"<link href={href!r}> to another host")
    if tag.name == "script":
        problems += _check_script(tag, page, site, baseline)
    return problems


def _check_script(tag: Tag, page: Path, site: Path, baseline: Baseline) -> list[str]:
    src = tag.get("src")
    if src is None:
        if normalise(tag.get_text()) not in baseline.inline_scripts:
            return [f"inline script not from the theme: {tag.get_text()[:80]!r}"]
        return []
    path = urlsplit(str(src)).path
    target = (site / path.lstrip("/") if path.startswith("/") else page.parent / path).resolve()
    if urlsplit(str(src)).scheme or str(src).startswith("//"):
        return [f"script from another host: {src!r}"]
    if not target.is_relative_to(site.resolve()) or not target.is_file():
        return [f"script file missing: {src!r}"]
    if target.read_bytes() not in baseline.script_files:
        return [f"script file not from the theme: {src!r}"]
    return []


def page_text(page: Path) -> str:
    """The visible text of a page's content, whitespace folded as the reader does."""
    soup = parse(page)
    content = soup.select_one("article.md-content__inner") or soup
    return " ".join(content.get_text(" ").split())
