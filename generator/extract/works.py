"""Titles of works (films, series, albums, books, songs): neither organisations nor
people, though the model tags them as either.

A name is a title when a noun for a work comes before it ("action movie National
Treasure", "the album Hopes and Fears"), when what follows it is said of a work
("Alexander, starring Colin Farrell"; "Closer, directed by Mike Nichols"), when it is
followed by a possessive and a capitalised number ("Ocean's Twelve"), or when it is
the whole of a quotation ("'Desperate Housewives'").
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Span

from generator.extract.lexicon import PRODUCT_NOUNS, WORK_NOUNS

# Words after a title that speak of a work: "starring", "directed by", "sung by".
_WORK_FOLLOWERS = frozenset(("starring", "featuring", "co-starring"))
_WORK_PARTICIPLES = frozenset(
    ("directed", "produced", "written", "sung", "performed", "narrated", "co-written")
)
_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019")
# Plural nouns for what a maker or a band puts out: "Sony products", "other Beatles songs",
# "the Beatles numbers". The name before one is whose they are (a singular noun names one
# of them instead: "the New Forms album", "its RipGuard technology").
MAKER_PLURALS = frozenset(("products", "songs", "numbers", "hits", "records", "recordings"))
# Things made whose owner's name is a maker's and whose own name is a product's:
# "Canon's EOS 300D digital camera".
MADE_THINGS = frozenset(
    (
        "camera",
        "cameras",
        "laptop",
        "laptops",
        "console",
        "consoles",
        "handset",
        "handsets",
        "phone",
        "phones",
        "computer",
        "computers",
        "printer",
        "printers",
        "car",
        "cars",
        "chip",
        "chips",
        "software",
        "browser",
    )
)
# Plural nouns for works whose "including X, Y and Z" lists titles: "21 games will be
# available, including Ridge Racer and Vampire Chronicle".
_WORK_PLURALS = frozenset(
    ("games", "films", "movies", "albums", "songs", "singles", "titles", "books", "novels")
)
# Nouns for one work that a title stands in apposition to: "another football title,
# LMA Manager 2005".
_WORK_APPOSITIVES = frozenset(("title", "game", "film", "movie", "album", "single", "novel"))
# Performers named after the show they play in: "Huggy Bear actor Antonio Fargas".
# Not "star": "Chelsea star", "Three Degrees star" name clubs and bands.
_PERFORMERS = frozenset(("actor", "actress", "actors"))


def titles_a_work(span: Span) -> bool:
    return (
        _after_work_noun(span)
        or _listed_as_works(span)
        or _in_apposition_to_a_work(span)
        or _before_performer(span)
        or _before_work_words(span)
        or _numbered_sequel(span)
        or (_whole_quotation(span))
    )


def _after_work_noun(span: Span) -> bool:
    doc = span.doc
    start = span.start - 1
    if start >= 0 and doc[start].lower_ == "the":
        start -= 1
    return start >= 0 and doc[start].is_lower and doc[start].lower_ in WORK_NOUNS


def _listed_as_works(span: Span) -> bool:
    """ "21 games will be available for the PSP, including Need for Speed, Ridge Racer
    and Vampire Chronicle": a list after "including" names instances of the plural
    noun before it, titles when that noun is one for works."""
    lister = next(
        (t for t in span.root.ancestors if t.lower_ in {"including", "like"} or t.pos_ == "VERB"),
        None,
    )
    if lister is None or (lister.pos_ == "VERB" and lister.lower_ != "including"):
        return False
    before = [t for t in span.doc[span.sent.start : lister.i] if t.tag_ == "NNS"]
    return bool(before) and before[-1].lower_ in _WORK_PLURALS


def _in_apposition_to_a_work(span: Span) -> bool:
    """ "another football title, LMA Manager 2005": a name set beside a noun for a work
    is that work's title."""
    root = span.root
    while root.head.i != root.i and root.head.i >= span.end and root.dep_ == "compound":
        root = root.head
    return root.dep_ == "appos" and root.head.is_lower and root.head.lower_ in _WORK_APPOSITIVES


def _before_work_words(span: Span) -> bool:
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text in {",", "("}:
        i += 1
    if i >= len(doc):
        return False
    if doc[i].lower_ in _WORK_FOLLOWERS:
        return True
    return doc[i].lower_ in _WORK_PARTICIPLES and i + 1 < len(doc) and doc[i + 1].lower_ == "by"


def _numbered_sequel(span: Span) -> bool:
    doc = span.doc
    end = span.end
    return (
        end + 1 < len(doc)
        and doc[end].tag_ == "POS"
        and doc[end + 1].like_num
        and doc[end + 1].is_title
    )


def _whole_quotation(span: Span) -> bool:
    doc = span.doc
    first = span.start - 1
    if first >= 0 and doc[first].lower_ == "the":
        first -= 1
    return (
        first >= 0
        and span.end < len(doc)
        and doc[first].text in _MARKS
        and doc[span.end].text[:1] in _MARKS
    )


def _before_performer(span: Span) -> bool:
    """ "Huggy Bear actor Antonio Fargas": a name before "actor" and a person's name is
    the show or part that actor is known for, not an employer."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or not doc[i].is_lower or doc[i].lower_ not in _PERFORMERS:
        return False
    return doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "B"


def names_a_product(span: Span) -> bool:
    """ "its new RipGuard technology", "USB storage devices", "the New Forms album": a
    name modifying a noun for a product or work names that product, not its maker.
    One such use marks the name everywhere in the article."""
    if _owned_version(span):
        return True
    token = span.root
    for _ in range(3):
        numbered = token.dep_ == "nmod" and token.i + 1 < len(token.doc) and token.nbor().like_num
        coded = token.dep_ == "nmod" and any(ch.isdigit() for ch in token.text)  # "EOS 300D"
        if (token.dep_ != "compound" and not numbered and not coded) or token.head == token:
            return False
        token = token.head
        if token.is_lower and token.lower_ in MAKER_PLURALS:
            return False  # "Sony products": the maker's, not one product's name
        if token.lower_ in _BROADCASTS and span.text.isupper():
            return False  # "he told the CBS programme": the broadcaster's
        if token.is_lower and token.lower_ in PRODUCT_NOUNS | MADE_THINGS:
            return True
        if token.is_lower:
            return False
        if token.like_num and token.head.lower_ in PRODUCT_NOUNS:
            return True  # "the FTSE 100 index"
    return False


# What a broadcaster puts out: an acronym before one is the broadcaster ("the CBS
# programme"), a title-case name its title ("the Panorama programme").
_BROADCASTS = frozenset(("programme", "programmes", "program", "show", "documentary"))
_CHANNEL_WORDS = frozenset(("Radio", "Channel", "TV", "Television"))


def _owned_version(span: Span) -> bool:
    """ "Microsoft's Media Player 10 took the award": a name owned by another and
    numbered after it is a version of the owner's product."""
    doc = span.doc
    number = span[-1] if len(span) > 1 and span[-1].like_num else None
    if number is None and span.end < len(doc):
        number = doc[span.end]
    if number is None or doc[number.i - 1].text in _CHANNEL_WORDS:
        return False  # "the BBC's Radio 4": a station, not a version
    if number.i + 1 < len(doc) and doc[number.i + 1].text in {"-", "/", "\u2013"}:
        return False  # "beat Russia's Elena Bovina 1-6 6-1": a score
    if span.start > 1 and doc[span.start - 2].ent_type_ in {"GPE", "NORP", "LOC", "PERSON"}:
        return False  # a country's or a person's, not a maker's
    return (
        span.start > 1
        and doc[span.start - 1].tag_ == "POS"
        and number is not None
        and number.text.isdigit()
        and len(number.text) <= 2
    )


# Nouns after a title for the people and parts of a work: "Ray star Jamie Foxx".
_WORK_PARTS = frozenset(
    ("star", "stars", "co-star", "soundtrack", "sequel", "prequel", "premiere", "trailer")
)
# Words that place a paragraph among films and shows; "star" alone is also a footballer.
_SCREEN_WORDS = frozenset(
    ("film", "films", "movie", "movies", "cinema", "oscar", "oscars", "hollywood")
)
# Awards given to works, not to the people in them: "the best film award".
_WORK_CATEGORIES = frozenset(("film", "picture", "animated", "foreign", "documentary"))
# What a work does at awards and the box office: "tipped to win", "opened at the top".
_WORK_VERBS = frozenset(
    ("tipped", "nominated", "shortlisted", "opened", "topped", "grossed", "took", "won", "wins")
)
# Nouns whose "in X" names a work: "his performance in Closer".
_ROLE_NOUNS = frozenset(("performance", "role", "roles", "cameo", "appearance"))


def work_in_context(span: Span) -> bool:
    """A name the sentence around it says is a work's, for names the model calls
    organisations: "Ray star Jamie Foxx" among films, "the best director category for
    Vera Drake", "his performance in Closer", "The Aviator ... to win the best film
    award", "Robots has opened at the top of the box office"."""
    return _before_work_part(span) or _after_work_frame(span) or _awarded_as_work(span)


def _before_work_part(span: Span) -> bool:
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in _WORK_PARTS:
        return False
    sent = span.sent
    return any(t.lower_ in _SCREEN_WORDS for t in doc[max(0, sent.start - 60) : sent.end])


def _after_work_frame(span: Span) -> bool:
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_ not in {"for", "in"}:
        return False
    before = doc[span.sent.start : i]
    if doc[i].lower_ == "in":
        return any(t.lower_ in _ROLE_NOUNS for t in before[-4:])
    return any(t.lower_ == "best" for t in before) and any(
        t.lower_ in {"category", "award", "prize", "nomination"} for t in before[-4:]
    )


def _awarded_as_work(span: Span) -> bool:
    """The subject or object of a sentence that speaks of a best-film award or the box
    office: a person wins "best actor", only a work wins "best film"."""
    root = span.root
    if root.dep_ not in {"nsubj", "nsubjpass", "dobj"} or root.head.lower_ not in _WORK_VERBS:
        return False
    words = [t.lower_ for t in span.sent]
    pairs = set(itertools.pairwise(words))
    return any(("best", c) in pairs for c in _WORK_CATEGORIES) or ("box", "office") in pairs


def title_key(name: str) -> str:
    """ "The Aviator" and "Aviator" are one title."""
    words = name.split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "The" else words)


def titles_after_work_nouns(docs: list[Doc]) -> set[str]:
    """ "Animated movie Robots has opened": the capitalised words after a noun for a
    work are its title wherever the article names it again, tagged or not."""
    found: set[str] = set()
    for doc in docs:
        for token in doc:
            if not (token.is_lower and token.lower_ in WORK_NOUNS):
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if end > token.i + 1 and not all(t.is_stop for t in doc[token.i + 1 : end]):
                found.add(title_key(doc[token.i + 1 : end].text))
    return found


def titles_before_work_parts(docs: list[Doc]) -> set[str]:
    """ "Ray star Jamie Foxx", in a paragraph about films: the capitalised words before
    a noun for a work's star or sequel are its title (a footballer is a "star" too, so
    only where the paragraph speaks of the screen)."""
    found: set[str] = set()
    for doc in docs:
        if not any(t.lower_ in _SCREEN_WORDS for t in doc):
            continue
        for token in doc:
            if not (token.is_lower and token.lower_ in _WORK_PARTS):
                continue
            start = token.i
            while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha:
                start -= 1
            if start < token.i and not all(t.is_stop for t in doc[start : token.i]):
                found.add(title_key(doc[start : token.i].text))
    return found
