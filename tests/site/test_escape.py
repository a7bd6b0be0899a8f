"""Article text through Markdown: it must come out as the same text, and inert."""

from __future__ import annotations

import html

import markdown
import pytest

from generator.site.escape import md_text, safe_url

EXTENSIONS = [
    "admonition",
    "attr_list",
    "md_in_html",
    "toc",
    "tables",
    "footnotes",
    "abbr",
    "def_list",
]

PAYLOADS = [
    "<script>alert(1)</script>",
    "{{ 7*7 }} and {% raw %}",
    "[x](javascript:alert(1))",
    "![img](http://evil.example/x.png)",
    "<img src=x onerror=alert(1)>",
    "# Not a heading",
    "1986. Not a list",
    "- not a list",
    "> not a quote",
    '!!! note "not an admonition"',
    "| a | b |",
    "Text {: onclick=alert(1) }",
    "*not em* _not em_ **not strong** `not code`",
    "[^1]: not a footnote",
    "*[HTML]: not an abbreviation",
    "&amp; &lt;b&gt; stays literal",
    "<http://autolink.example>",
    "Ukraine\u2019s \u201cquoted\u201d text & co",
]


def rendered_text(value: str) -> str:
    out = markdown.markdown(str(md_text(value)), extensions=EXTENSIONS)
    assert out.startswith("<p>") and out.endswith("</p>"), out
    return html.unescape(out[3:-4])


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_comes_out_as_its_own_text(payload: str) -> None:
    out = markdown.markdown(str(md_text(payload)), extensions=EXTENSIONS)
    assert "<" not in out[3:-4]  # no tag at all inside the paragraph
    assert rendered_text(payload) == payload


def test_whitespace_is_folded() -> None:
    assert rendered_text("a\n\n    b\tc") == "a b c"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,x",
        " javascript:x",
        "vbscript:x",
        "http://a b",
        "//evil.example",
    ],
)
def test_unsafe_urls_are_not_linked(url: str) -> None:
    assert safe_url(url) is None


def test_http_urls_are_linked() -> None:
    assert safe_url("https://example.org/a?b=c") == "https://example.org/a?b=c"
