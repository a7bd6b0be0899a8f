"""What the model tags as an organisation that the shape of the words says is not one,
or not all of one.

- a person: "Ewan McGregor", a given name and a surname with no word of a body in them;
- a time zone after a clock time: "at 1800 GMT";
- a common noun capitalised only because it opens a sentence: "Households will feel it",
  "Budget airline Wizz Air";
- a role glued to the front of a name at a sentence's start: "Owner Northern Steel";
- a party's name the model cut in two: "Liberal" + "Democrat" in "the Liberal Democrat
  leader", which the organisation table knows whole (or only "Democrat" tagged).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract import gazetteer
from generator.extract.first_names import is_given_name
from generator.extract.lexicon import (
    AFFILIATED_ROLES,
    CLUB_SUFFIXES,
    COMPANY_VERBS,
    INSTITUTIONS,
    ORG_CUES,
    ORG_GROUP_NOUNS,
    PERSON_TITLES,
    SPEECH_VERBS,
)
from generator.extract.organizations_data import is_known_organization

# Words that make a name a body's, whatever its first word: "John Lewis Partnership".
_BODY_WORDS = (
    ORG_CUES
    | INSTITUTIONS
    | {w.lower() for w in CLUB_SUFFIXES}
    | frozenset(
        [
            "inc",
            "ltd",
            "plc",
            "corp",
            "co",
            "llc",
            "sa",
            "ag",
            "nv",
            "gmbh",
            "holdings",
            "partners",
            "partnership",
            "capital",
            "securities",
            "music",
            "records",
            "entertainment",
            "media",
            "pictures",
            "studios",
            "bros",
            "brothers",
            "airways",
            "air",
            "airlines",
            "motors",
            "foods",
            "energy",
            "oil",
            "steel",
            "insurance",
            "financial",
            "trust",
            "fund",
            "association",
            "society",
            "federation",
            "party",
            "international",
            "industries",
            "systems",
            "communications",
            "telecom",
            "software",
            "technologies",
            "sons",
            "daughters",
            "associates",
            "news",
            "school",
            "award",
            "awards",
            "prize",
            "prizes",
            "cup",
            "festival",
            "games",
            "championship",
            "lecture",
            "centre",
            "center",
            "service",
            "services",
            "laboratories",
        ]
    )
)
# What the model tags that is never the end of a firm's name.
_NOT_NAME_TYPES = frozenset(("DATE", "TIME", "MONEY", "PERCENT", "GPE"))
# Relatives named before their name: "sister Yetunde Price".
_KIN = frozenset(
    [
        "sister",
        "sisters",
        "brother",
        "brothers",
        "wife",
        "husband",
        "widow",
        "widower",
        "son",
        "daughter",
        "mother",
        "father",
        "cousin",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "grandson",
        "granddaughter",
        "grandmother",
        "grandfather",
        "stepsister",
        "stepbrother",
        "stepson",
        "stepdaughter",
        "fiancee",
        "fiance",
        "girlfriend",
        "boyfriend",
    ]
)
# Lower-case words of a name: "Bank of England", "Marks and Spencer".
_NAME_LINKS = frozenset(("of", "and", "&", "de", "van", "von", "der", "la", "le"))


def brand_word(text: str) -> bool:
    """ "ITV1", "1Xtra", "4Cast": letters and digits run together with a capital letter
    are a name (a station's, a firm's), not a figure; figures with units are written in
    lower case ("10m", "5bn", "1990s", "4km")."""
    return (
        text.isalnum()
        and any(ch.isdigit() for ch in text)
        and any(ch.isupper() for ch in text)
        and not text.isdigit()
    )


def names_a_person(span: Span) -> bool:
    """ "Ewan McGregor", "Armando Falcon": two or three capitalised words, the first a
    given name (not an office: "King Crimson"), none a word of a body's name or an
    event's, not owned by another name, not listed with a body, and not doing what a
    company does ("Ford made"), read as a person's."""
    words = list(span)
    if not 2 <= len(words) <= 3 or words[0].like_num:
        return False
    if not all(w.text[:1].isupper() and w.is_alpha and w.pos_ == "PROPN" for w in words):
        return False  # "Bet Direct": a verb and an adjective, not a name
    if _after_kin_noun(span):
        return True  # "the murder of sister Yetunde Price": kin are people, whatever the name
    if any(w.lower_ in _BODY_WORDS or w.lower_ in _NAME_LINKS for w in words):
        return False
    if is_known_organization(span.text) or not is_given_name(words[0].text):
        return False
    if words[0].lower_ in PERSON_TITLES or _listed_with_a_body(span) or _owned(span):
        return False
    if gazetteer.country_of_demonym(words[0].text) or gazetteer.lookup(words[0].text):
        return False  # "German Aerospace Centre", "Sheffield Central"
    root = span.root
    return not (root.dep_ in {"nsubj", "nsubjpass"} and root.head.lower_ in COMPANY_VERBS)


def _after_kin_noun(span: Span) -> bool:
    """ "sister Yetunde Price", "his widow Maria Lopez": a noun for a relative right
    before a name says whose name it is."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].is_lower and doc[span.start - 1].lower_ in _KIN


def _owned(span: Span) -> bool:
    """ "Altria's Philip Morris", "Slade's Merry Christmas Everybody": a name owned by
    another is its unit or its work, not a person."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].tag_ == "POS"


def _listed_with_a_body(span: Span) -> bool:
    """ "Bet Direct and Paddy Power": a name in a list with an organisation is one."""
    doc = span.doc
    before = span.start - 2 >= 0 and doc[span.start - 1].lower_ in {"and", ","}
    after = span.end + 1 < len(doc) and doc[span.end].lower_ in {"and", ","}
    return (before and doc[span.start - 2].ent_type_ == "ORG") or (
        after and doc[span.end + 1].ent_type_ == "ORG"
    )


def clock_zone(span: Span) -> bool:
    """ "at 1800 GMT": a short capitalised word right after a clock time is its zone."""
    if len(span) != 1 or not span[0].is_upper or not span[0].is_alpha or len(span[0]) > 4:
        return False
    if span.start == 0 or (span.start > 1 and span.doc[span.start - 2].lower_ == "in"):
        return False  # "In 2002 S&N and United agreed": a year
    before = span.doc[span.start - 1]
    return before.like_num and (
        ":" in before.text or (before.text.isdigit() and len(before.text) == 4)
    )


def sentence_initial_noun(span: Span) -> bool:
    """ "Households will feel this", "Budget airline Wizz Air": one word opening a
    sentence that the parse reads as a common noun (a plural, or a noun modifying a
    noun for a company) is no name."""
    if len(span) != 1:
        return False
    token = span[0]
    if not token.is_sent_start and not _after_opening_mark(span):
        return False
    if gazetteer.lookup(token.text):
        return False  # "Wales regained control": a side, read as a place elsewhere
    if token.tag_ == "NNS":  # "Moyes said:": a speaker is named, whatever the tag
        return token.pos_ == "NOUN" and not (
            token.dep_ == "nsubj" and token.head.lower_ in SPEECH_VERBS
        )
    return token.pos_ == "NOUN" and token.dep_ == "compound" and token.head.lower_ in ORG_CUES


def _after_opening_mark(span: Span) -> bool:
    doc = span.doc
    return span.start > 0 and bool(
        doc[span.start - 1].is_quote and doc[span.start - 1].is_sent_start
    )


def without_leading_role(span: Span) -> Span:
    """ "Owner Northern Steel confirmed": a role opening a sentence is capitalised only
    by its place; the name is what follows it."""
    first = span[0]
    if len(span) < 2 or not first.is_sent_start:
        return span
    if first.lower_ in AFFILIATED_ROLES | PERSON_TITLES | ORG_CUES | ORG_GROUP_NOUNS:
        return span[1:]  # "Bookmakers Ladbrokes says": a noun for the kind of body
    if first.lower_ in {"neither", "either", "both"}:
        return span[1:]  # "Neither Downing Street nor ...": a conjunction, not the name's
    return span


def with_number_word(span: Span) -> Span:
    """ "Three Degrees star Sheila Ferguson": a number spelled with a capital that the
    parse joins to the name as a compound, or before a plural proper noun, is the name's
    first word (not a count: "three firms")."""
    doc = span.doc
    if span.start == 0:
        return span
    number = doc[span.start - 1]
    spelled = number.like_num and number.is_title and number.is_alpha
    joined = number.dep_ == "compound" and span.start <= number.head.i < span.end
    if spelled and (joined or span[0].tag_ == "NNPS"):  # "Four Tops": a plural name
        return doc[number.i : span.end]
    return span


def joined_known_bodies(ents: list[Span]) -> list[Span]:
    """ "the Liberal Democrat leader": the model tags "Liberal" an organisation and
    "Democrat" a nationality; two names side by side whose words together are a body
    the organisation table knows are that body."""
    out: list[Span] = []
    for ent in (_with_known_opening(e) for e in ents):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == ent.start
            and {prev.label_, ent.label_} <= {"ORG", "NORP", "PERSON"}
            and is_known_organization(f"{prev.text} {ent.text}")
        ):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _with_known_opening(ent: Span) -> Span:
    """ "Liberal Democrat leader Charles Kennedy": the model tags only "Democrat"; a
    capitalised word before it that makes a body the table knows is the name's."""
    doc = ent.doc
    if ent.start == 0 or ent.label_ not in {"ORG", "NORP", "PERSON"}:
        return ent
    prev = doc[ent.start - 1]
    if prev.ent_type_ or not prev.is_title or not prev.is_alpha or prev.is_stop:
        return ent  # "The Tories": an article is not part of the name
    if is_known_organization(f"{prev.text} {ent.text}"):
        return Span(doc, prev.i, ent.end, label="ORG")
    return ent


def with_numeral(span: Span) -> Span:
    """ "his 19 Entertainment company": a small bare number right before a name that a
    frame makes a company's is the first word of the name, not a count (a count of
    firms would be plural: "19 banks")."""
    doc = span.doc
    if span.start == 0 or not span[0].is_title:
        return span
    number = doc[span.start - 1]
    if not (number.text.isdigit() and len(number.text) <= 3):
        return span
    if number.ent_type_ not in {"", "CARDINAL"} or span[-1].tag_ in {"NNS", "NNPS"}:
        return span
    return doc[number.i : span.end]


def with_ampersand(span: Span) -> Span:
    """ "engine maker Pratt & Whitney", "economist Gary Thayer of AG Edwards & Sons": an
    ampersand joins the parts of one firm's name (news prose joins two names with
    "and"), so the capitalised words after it are the name's too."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != "&" or not _name_part(doc[end + 1]):
        return span
    end += 1
    while end < len(doc) and _name_part(doc[end]):
        end += 1
    return doc[span.start : end]


def _name_part(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and token.ent_type_ not in _NOT_NAME_TYPES


def with_station_name(span: Span) -> Span:
    """ "BBC Radio Five Live's Sportsweek programme": the model ends the broadcaster at
    "Radio"; the capitalised words after it, up to a possessive, name the station."""
    doc, end = span.doc, span.end
    if span[-1].text != "Radio":
        return span
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].tag_ != "POS":
        end += 1
    return doc[span.start : end]


def named_after_the(span: Span) -> bool:
    """ "tested by the Tate", "suits worn by the Beatles": one capitalised word right
    after "the" that the model calls a person is a body or a band; a person's name takes
    no article. Only a name that acts (a subject, an owner, an agent after "by"): "at
    the Bernabeu" is a stadium, "in the Premiership" a competition. Not a given name,
    nor a surname the same article gives a person ("the Blairs")."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    word = span[0]
    if not word.is_title or not word.is_alpha or is_given_name(word.text):
        return False
    acts = (
        word.dep_ in {"nsubj", "nsubjpass"}
        or (word.dep_ == "poss" and word.head.pos_ == "NOUN")  # not "the Premiership's top four"
        or (word.dep_ == "pobj" and word.head.lower_ == "by")
    )
    if not acts:
        return False  # "at the Bernabeu", "in the Premiership": a place, a competition
    others = {
        t.text.rstrip("s") for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e
    }
    return word.text.rstrip("s") not in others
