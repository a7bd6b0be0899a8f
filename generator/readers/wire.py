"""What agencies and aggregators send around a story that is not the story.

Wire copy arrives with credits ("By JOSH BOAK, Associated Press", "By X | PA"),
contributor lines ("Associated Press writers ... contributed to this report",
"(Reporting by ...; Editing by ...)"), source and copyright lines ("SOURCE: News
agencies"), photo captions (on their own line, or glued to the next sentence without a
full stop: "... in Manchester on FridayThe former footballer ...") and tails of links
("Read more: ...", a "More:" heading and its list). Left in the body they become people,
headline words and key points. The reader removes them and keeps what is metadata
(the byline's names and agency) on the `Article`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.models import Block

# Names in a byline: "Jane Doe", "JOSH BOAK", "Anne-Marie O'Neil", "Ludwig van Beethoven".
_NAME = r"[A-Z][\w.'\u2019-]+(?:\s+(?:[A-Z][\w.'\u2019-]+|de|van|von|da|di|al|bin|el)){0,4}"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}"
_BYLINE = re.compile(
    rf"^By:?\s+(?P<names>{_NAMES}?)"
    rf"(?:\s*(?P<sep>[,|/\u2013\u2014]|\s-\s)\s*(?P<agency>[A-Z][\w.&'\u2019 -]{{1,40}}))?$"
)
# What makes the words after a comma in a byline an outlet rather than another name.
_OUTLET_WORDS = re.compile(
    r"\b(?:Press|News|Newswire|Reuters|AFP|AP|Agence|Agency|Bloomberg|Times|Post|Journal|"
    r"Herald|Telegraph|Guardian|Reporter|Wire|Service|CNN|BBC|NBC|CBS|ABC|Xinhua|Kyodo|"
    r"dpa|UPI|EFE|ANSA|PA|Al Jazeera|Media|Network|Daily|Tribune|Gazette)\b"
)
# Job titles an agency adds after its name: "Associated Press Writer".
_AGENCY_TITLE = re.compile(
    r"\s+(?:Staff\s+)?(?:Writer|Correspondent|Reporter|Editor|Staff)s?$", re.IGNORECASE
)

# Whole paragraphs that are credits, sources, captions or pointers elsewhere.
_CREDIT_LINES = [
    # "Associated Press writers X and Y contributed to this report."
    re.compile(
        r"\bcontributed(?: reporting)?(?: to)? (?:this|the) (?:report|story|article)\.?\)?$",
        re.IGNORECASE,
    ),
    # Reuters: "(Reporting by X in London; Editing by Y)"
    re.compile(
        r"^\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Produced|Research)"
        r" by\b",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:SOURCES?|Sources?)\s*:\s*\S.{0,80}$"),
    re.compile(r"^(?:Copyright|\u00a9|\(c\))\s.{0,300}(?:rights reserved|Press|Reuters|AFP)", re.I),
    re.compile(r"^(?:Read more|READ MORE|RELATED|Related|See also|Also read)\s*:"),
    re.compile(r"^(?:Read more|READ MORE|Click here)\b"),
    re.compile(r"^(?:Scroll down for video|Watch the video|Sign up for)\b", re.IGNORECASE),
    re.compile(r"^Follow\s.{1,60}\bon (?:Twitter|X|Instagram|Facebook|Threads|Bluesky)\b"),
    # "\u2014 The Associated Press", "(AP)", "Reuters" alone on the last line
    re.compile(
        r"^[\u2013\u2014-]?\s*\(?(?:The )?(?:Associated Press|AP|Reuters|AFP|"
        r"Agence France-Presse|Bloomberg|PA|Press Association|CNN|dpa|UPI)\)?\.?$"
    ),
]
_PHOTO_AGENCIES = "REUTERS|Reuters|AFP|EPA|AP|PA|Getty Images|GETTY IMAGES|XINHUA|Xinhua|AAP"
# Photo captions and credits: "Photo: ...", "Image copyright Getty Images",
# "... (AP Photo/Evan Vucci)", "REUTERS/Kevin Lamarque".
_CAPTION_LINES = [
    re.compile(r"^(?:Photo|Photograph|Picture|Pictured|Image|Caption|Video)\s*:", re.I),
    re.compile(r"^(?:Image copyright|Image caption|Media caption|Getty Images)\b"),
    re.compile(r"\([^()]*\b(?:Photo|Images|Pictures)\s*/\s*[^()]{2,60}\)$"),
    re.compile(rf"(?:^|\s)\(?(?:{_PHOTO_AGENCIES})\s*/\s*[A-Z][^()/]{{2,40}}\)?\.?$"),
]
# A heading (or lone paragraph) after which a page lists links to other stories.
_TAIL_MARKERS = re.compile(
    r"^(?:More|Read more|More on this story|Related|Related stories|Related coverage|"
    r"See also|Also read|Recommended|You may also like|Most read)\s*:?$",
    re.IGNORECASE,
)
MAX_TAIL_ITEM_WORDS = 16
MAX_CREDIT_WORDS = 60
# Words that open a sentence, for telling a caption glued to the next sentence
# ("... on FridayThe former footballer") from a name written in camel case
# ("YouTube", "McDonald", "PlayStation").
_OPENERS = (
    "The|A|An|He|She|It|They|We|I|His|Her|Their|Its|In|On|At|After|When|While|This|"
    "That|These|Those|But|And|Police|Officials|Mr|Mrs|Ms|Dr|Some|Many|More|Two|Three"
)
_GLUED = re.compile(rf"(?<=[a-z0-9])(?=(?:{_OPENERS})\s)")


@dataclass(frozen=True, slots=True)
class Byline:
    """A byline line's names and the outlet it credits, if any."""

    names: str
    agency: str | None = None


def read_byline(line: str) -> Byline | None:
    """ "By JOSH BOAK, Associated Press" -> names "Josh Boak", agency "Associated Press";
    "By Helen Ward | Press Association"; "By Jane Doe and Michael Reyes"."""
    match = _BYLINE.match(line.strip())
    if match is None:
        return None
    names, agency = match["names"].strip(" ,"), match["agency"]
    if agency and match["sep"] == "," and not _OUTLET_WORDS.search(agency):
        names, agency = f"{names}, {agency}", None  # "By X, Y": two people
    if agency:
        agency = _AGENCY_TITLE.sub("", agency.strip()) or None
    return Byline(_display_names(names), agency)


def _display_names(names: str) -> str:
    """'JOSH BOAK' -> 'Josh Boak' (agencies set bylines in capitals); mixed case is kept."""
    words = names.split()
    if any(w.isupper() and len(w) > 1 for w in words if w not in {"AND"}):
        return " ".join(w.lower() if w in {"AND"} else w.capitalize() for w in words)
    return names


def is_credit(text: str) -> bool:
    """A contributor, reporting, source, copyright, follow-us or read-more line."""
    if len(text.split()) > MAX_CREDIT_WORDS:
        return False
    return any(pattern.search(text) for pattern in _CREDIT_LINES)


def is_caption(text: str) -> bool:
    """A photo caption or credit standing as its own paragraph."""
    return len(text.split()) <= MAX_CREDIT_WORDS and any(p.search(text) for p in _CAPTION_LINES)


def strip_boilerplate(blocks: list[Block]) -> list[Block]:
    """The blocks without credits, captions and link tails; a caption glued to the
    start of a paragraph is cut from it."""
    kept: list[Block] = []
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if _TAIL_MARKERS.match(text) and _only_links(blocks[i + 1 :]):
            break
        if _TAIL_MARKERS.match(text) or is_credit(text) or is_caption(text):
            continue
        if block.kind == "paragraph":
            text = without_glued_caption(text)
        kept.append(Block(block.kind, text) if text != block.text else block)
    return kept


def _only_links(blocks: list[Block]) -> bool:
    """What follows a "More:" marker is a list of headlines: short lines without a full
    stop (or nothing)."""
    return all(
        len(b.text.split()) <= MAX_TAIL_ITEM_WORDS and not b.text.rstrip().endswith(".")
        for b in blocks
    )


def without_glued_caption(paragraph: str) -> str:
    """ "Supporters wave flags outside the court on FridayThe former footballer was
    cleared ..." -> "The former footballer was cleared ...": a caption without a full
    stop, run into the sentence it stood above. Only at the head of a paragraph (where
    captions sit) and only before a word that opens sentences, so "YouTube" and
    "McDonald" stay whole."""
    match = _GLUED.search(paragraph)
    if match is None:
        return paragraph
    head = paragraph[: match.start()]
    if re.search(r"[.!?\"\u201d]", head) or len(head.split()) > MAX_TAIL_ITEM_WORDS * 2:
        return paragraph
    return paragraph[match.start() :]
