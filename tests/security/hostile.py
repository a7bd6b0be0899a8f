"""The hostile corpus and the files it is fed through: one article builder per reader
format, and briefing YAML written by hand for the fields extraction fills in.

A reader takes part as soon as its suffix is registered in `generator.readers.READERS`:
the builders below already know the formats that are being written (HTML, Markdown,
feeds), and `test_every_reader_has_a_builder` fails when a reader arrives for a
suffix nobody attacks yet.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import yaml

from generator.readers import READERS

DATA = Path(__file__).resolve().parent.parent / "data" / "xss_payloads.json"
CHUNK = 6  # payloads per article: enough pages to cover every field, few enough to load


def payload_families() -> dict[str, list[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return {family: items for family, items in data.items() if not family.startswith("_")}


def payloads() -> list[str]:
    return [p for items in payload_families().values() for p in items]


def url_payloads() -> list[str]:
    return payload_families()["url"]


def folded(text: str) -> str:
    """What survives whitespace folding, the one change every reader and page makes."""
    return " ".join(text.split())


def chunks(items: list[str], size: int = CHUNK) -> Iterator[tuple[int, list[str]]]:
    for start in range(0, len(items), size):
        yield start // size, items[start : start + size]


def one_line(items: list[str], limit: int) -> str:
    """Single-line payloads joined into a title no longer than `limit`."""
    out = ""
    for item in items:
        if "\n" in item:
            continue
        candidate = f"{out} | {item}" if out else item
        if len(candidate) > limit:
            break
        out = candidate
    return out


FILLER = (
    "The minister told reporters on Tuesday that the talks would resume next week in "
    "Geneva, after two days of negotiations ended without an agreement on the text."
)


# ---------------------------------------------------------------- article builders
# Each returns {file name: bytes} for chunk k; `text` payloads are written so the
# reader sees them as text (escaped in markup formats); raw markup is added too.


def text_article(k: int, items: list[str]) -> dict[str, bytes]:
    title = f"Hostile {k} {one_line(items, 150)} #{k}"
    body = [title, "", f"Lede for hostile article {k}. {FILLER}", ""]
    for item in items:
        body += [item, ""]
    return {f"hostile-{k:03d}.txt": "\n".join(body).encode("utf-8")}


def html_article(k: int, items: list[str]) -> dict[str, bytes]:
    e = html.escape
    title = f"Hostile {k} {one_line(items, 150)} #{k}"
    url = url_payloads()[k % len(url_payloads())]
    paragraphs = "\n".join(f"<p>{e(item)}</p>" for item in items)
    raw = "\n".join(f"<div>{item}</div>" for item in items)
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(title)}</title>
<meta name="author" content="{e(items[0])}">
<meta property="og:url" content="{e(url)}">
<link rel="canonical" href="{e(url)}">
<meta name="description" content="{e(" ".join(items))}">
<meta property="article:published_time" content="2024-05-0{k % 9 + 1}">
</head><body><article>
<h1>{e(title)}</h1>
<p class="byline">By {e(items[-1])}</p>
<p>Lede for hostile article {k}. {FILLER}</p>
<p>{FILLER}</p>
{paragraphs}
<h2>{e(items[0])}</h2>
<p>{FILLER}</p>
{raw}
<p>{FILLER}</p>
</article></body></html>
"""
    return {f"hostile-{k:03d}.html": page.encode("utf-8")}


def markdown_article(k: int, items: list[str]) -> dict[str, bytes]:
    meta = {
        "title": f"Hostile {k} {one_line(items, 150)} #{k}",
        "author": items[0],
        "url": url_payloads()[k % len(url_payloads())],
        "outlet": items[-1],
        "description": " ".join(items),
        "tags": [*items[:2], "hostile"],
    }
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=True)
    body = "\n\n".join([f"Lede for hostile article {k}. {FILLER}", *items, FILLER])
    return {f"hostile-{k:03d}.md": f"---\n{front}---\n\n{body}\n".encode()}


def feed_article(k: int, items: list[str]) -> dict[str, bytes]:
    """An RSS feed of two entries, each carrying half of the chunk in every field."""
    x = xml_escape
    url = url_payloads()[k % len(url_payloads())]
    entries = []
    for i, half in enumerate((items[: len(items) // 2], items[len(items) // 2 :])):
        line = one_line(half, 150)
        description = f"<p>Lede for hostile entry {k}.{i}. {FILLER}</p>"
        description += "".join(f"<p>{html.escape(item)}</p>" for item in half)
        description += "".join(f"<div>{item}</div>" for item in half)
        entries.append(
            f"""<item>
<title>{x(f"Hostile {k}.{i} {line} #{k}")}</title>
<link>{x(url)}</link>
<guid isPermaLink="false">{x(f"{line}-{k}-{i}")}</guid>
<author>{x(line)}</author>
<category>{x(half[0])}</category>
<pubDate>Tue, 0{k % 9 + 1} May 2024 10:00:00 GMT</pubDate>
<description>{x(description)}</description>
</item>"""
        )
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>{x(items[0])}</title>
<link>{x(url)}</link>
<description>{x(" ".join(items))}</description>
{"".join(entries)}
</channel></rss>
"""
    return {f"hostile-{k:03d}.xml": feed.encode("utf-8")}


Builder = Callable[[int, list[str]], dict[str, bytes]]

BUILDERS: dict[str, Builder] = {
    ".txt": text_article,
    ".text": text_article,
    ".html": html_article,
    ".htm": html_article,
    ".md": markdown_article,
    ".markdown": markdown_article,
    ".xml": feed_article,
    ".rss": feed_article,
    ".atom": feed_article,
}


def active_builders() -> dict[str, Builder]:
    """One builder per reader function registered now (a reader with two suffixes
    is attacked once)."""
    chosen: dict[str, Builder] = {}
    seen: set[int] = set()
    for suffix, builder in BUILDERS.items():  # the first suffix listed is the usual one
        reader = READERS.get(suffix)
        if reader is not None and id(reader) not in seen:
            seen.add(id(reader))
            chosen[suffix] = builder
    return chosen


def articles() -> dict[str, bytes]:
    """Every payload through every reader, in a folder per suffix."""
    out: dict[str, bytes] = {}
    items = payloads()
    for suffix, builder in active_builders().items():
        for k, chunk in chunks(items):
            for name, data in builder(k, chunk).items():
                stem = name.rsplit(".", 1)[0]
                out[f"{suffix.lstrip('.')}/{stem}{suffix}"] = data
    return out


# ---------------------------------------------------------------- briefings by hand


def briefing(k: int, items: list[str]) -> dict[str, Any]:
    """A briefing whose every free-text field holds the chunk's payloads, as if an
    extractor (or an editor) had copied them out of an article."""
    joined = " ".join(items)
    return {
        "schema": 1,
        "id": f"hand-written-hostile-{k:03d}",
        "status": "published",
        "title": f"Hand-written {k} {joined}",
        "dateline": items[0],
        "published": f"2024-06-{k % 28 + 1:02d}",
        "source": {
            "path": f"articles/{items[0]}",
            "sha256": f"{k:064x}",
            "format": "html",
            "entry": items[-1],
            "outlet": items[-1],
            "url": url_payloads()[k % len(url_payloads())],
            "byline": items[0],
            "language": "en",
            "words": 100,
        },
        "summary": joined,
        "key_points": [{"text": item, "section": 1, "paragraph": 1} for item in items],
        "sections": [
            {"heading": None, "paragraphs": [f"Lede of hand-written briefing {k}.", *items]},
            *({"heading": item, "paragraphs": [item]} for item in items),
        ],
        "people": [{"name": item, "role": item} for item in items],
        "organizations": [{"name": item, "as_written": item} for item in items],
        "places": [
            {"name": item, "country": "GB", "kind": "city", "as_written": item} for item in items
        ],
        "quotes": [
            {"text": item, "speaker": item, "role": item, "section": 1, "paragraph": 2}
            for item in items
        ],
        "attributions": [{"source": item, "claim": item, "section": 1} for item in items],
        "dates": [{"text": item, "date": "2024-06", "refers_to": item} for item in items],
        "tags": ["hostile", f"chunk-{k}"],
        "editorial": {
            "why_it_matters": joined,
            "assessment": joined,
            "confidence": "low",
            "reviewers": list(items),
            "approved": "2024-06-30",
        },
    }


def briefings() -> dict[str, dict[str, Any]]:
    """Hand-written briefings: enough of them that every URL payload is a source URL."""
    items = payloads()
    count = max(len(list(chunks(items))), len(url_payloads()))
    out = {}
    for k in range(count):
        start = (k * CHUNK) % len(items)
        chunk = (items + items)[start : start + CHUNK]
        data = briefing(k, chunk)
        data["source"]["url"] = url_payloads()[k % len(url_payloads())]
        out[f"{data['id']}.yaml"] = data
    return out


def write_briefings(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in briefings().items():
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=2**20)
        (folder / name).write_text(text, encoding="utf-8")
