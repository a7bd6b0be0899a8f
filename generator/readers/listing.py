"""Pages that list stories rather than tell one: home pages, section fronts, tag pages.

Read as an article, such a page becomes one briefing that merges six stories. What
gives it away is its structure: several headlines, each a link to another page, each
with a short teaser of its own ("cards"), and the cards hold most of the page's text.
An article with a "related stories" box has the headline links too, but its own text
outweighs them. What kind of listing it is comes from its address (the canonical URL
or og:url): the site's root is its home page, /tag/ or /topic/ a tag page, anything
else a section front.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml.html import HtmlElement

from generator.models import Block

MIN_STORIES = 4
MIN_HEADLINE_WORDS = 3
MAX_CARD_WORDS = 80  # a headline and a teaser; a longer "card" is the article itself
CARD_SHARE = 0.5  # the share of the page's text that its cards hold, at least
_HEADINGS = ["h1", "h2", "h3", "h4", "h5"]
_TAG_PATHS = ("/tag/", "/tags/", "/topic/", "/topics/", "/subject/", "/category/")
_URL_XPATH = "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"


def listing_kind(tree: HtmlElement, blocks: list[Block]) -> str | None:
    """'a home page', 'a section front', 'a tag page' (or 'a page of stories' without an
    address) when the page lists stories; None when it may be one article. `blocks`:
    what the article extraction found, which on a listing is mostly the teasers. A page
    that says it is an article (og:type) is taken at its word."""
    if _og_type(tree) == "article":
        return None
    cards = [c for c in _cards(tree) if len(c.text_content().split()) <= MAX_CARD_WORDS]
    if len(cards) < MIN_STORIES:
        return None
    card_text = "\n".join(" ".join(card.text_content().split()) for card in cards)
    total = sum(len(b.text) for b in blocks)
    in_cards = sum(len(b.text) for b in blocks if b.text[:80] in card_text)
    if not total or in_cards < CARD_SHARE * total:
        return None
    return f"{_kind(tree)} listing {len(cards)} stories, each a link and a short teaser"


def _og_type(tree: HtmlElement) -> str | None:
    found = tree.xpath("//meta[@property='og:type']/@content")
    return str(found[0]).strip().lower() if found else None


def _cards(tree: HtmlElement) -> list[HtmlElement]:
    """For each headline that links elsewhere, the largest element around it that holds
    no other such headline: the story's card."""
    links = [
        heading
        for heading in tree.iter(*_HEADINGS)
        if (anchor := next(heading.iter("a"), None)) is not None
        and anchor.get("href")
        and len(anchor.text_content().split()) >= MIN_HEADLINE_WORDS
    ]
    headings = set(links)
    cards: dict[HtmlElement, None] = {}
    for heading in links:
        card = heading
        parent = card.getparent()
        while parent is not None and not any(
            h in headings and h is not heading for h in parent.iter(*_HEADINGS)
        ):
            card, parent = parent, parent.getparent()
        cards[card] = None
    return list(cards)


def _kind(tree: HtmlElement) -> str:
    urls = [str(u) for u in tree.xpath(_URL_XPATH)]
    if not urls:
        return "a page of stories"
    path = urlsplit(urls[0]).path or "/"
    if path.strip("/") == "" or path.rstrip("/").endswith(("/index.html", "/index")):
        return "a home page"
    if any(part in path for part in _TAG_PATHS):
        return "a tag page"
    return "a section front"
