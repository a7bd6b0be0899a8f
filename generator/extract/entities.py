"""Named-entity mentions of an article, with the small model's labels corrected.

Every later extractor (people, places, organisations, quotes) reads this one list,
so a correction made here (Vladivostok is a place, the DPRK a country, "Tories" a
party) holds everywhere. A mention records the paragraph and tokens it covers, which
is how quotes find their speaker and dates what they refer to.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer, headline_case
from generator.extract.document import ParsedArticle
from generator.extract.first_names import is_given_name
from generator.extract.lexicon import (
    COMPANY_CUES,
    COMPANY_NOUNS,
    COMPANY_VERBS,
    CREDIT_WORDS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    ORG_CUES,
    PERSON_TITLES,
    PLACE_NAME_LINKS,
    SLOGAN_VERBS,
)
from generator.extract.mention import Kind, Mention
from generator.extract.org_patterns import framed_organizations
from generator.extract.org_shapes import (
    brand_word,
    clock_zone,
    joined_known_bodies,
    named_after_the,
    names_a_person,
    sentence_initial_noun,
    with_ampersand,
    with_number_word,
    with_numeral,
    with_station_name,
    without_leading_role,
)
from generator.extract.organizations_data import is_known_organization
from generator.extract.person_cues import (
    has_postnominal,
    name_words,
    nicknamed_names,
    occupied_names,
    without_occupation,
    without_postnominals,
)
from generator.extract.place_frames import framed_places
from generator.extract.place_readings import one_reading_of_known_places
from generator.extract.sport_results import CLUB_TOWN, result_sides
from generator.extract.works import names_a_product, titles_a_work, work_in_context

# Prepositions after which a capitalised name is a place: "travel to Vladivostok".
LOCATIVE_PREPOSITIONS = frozenset(
    ("in", "to", "from", "at", "near", "via", "outside", "inside", "into", "towards", "across")
)
# Nouns whose "of" names a place: "the port of Rotterdam", "the city of Sochi".
PLACE_NOUNS = frozenset(
    (
        "port",
        "city",
        "town",
        "village",
        "capital",
        "province",
        "region",
        "state",
        "island",
        "islands",
        "suburb",
        "suburbs",
        "outskirts",
        "streets",
        "centre",
        "center",
        "mayor",
        "residents",
        "people",
        "county",
        "district",
        "harbour",
        "harbor",
        "coast",
    )
)
# Lower-case words that begin surnames: "Mr de Vabres".
NAME_PARTICLES = frozenset(("de", "van", "von", "da", "di", "du", "le", "la", "del", "bin", "al"))
# A city the model tagged as a person is trusted to be a place only if it is this big,
# or if a locative preposition precedes it.
_MIN_POPULATION_WITHOUT_PREPOSITION = 1_000_000


def _trim(span: Span) -> tuple[Span, str | None]:
    """Drop a leading article or honorific and a trailing possessive from a span."""
    start, end, title = span.start, span.end, None
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].lower_ in {"the", "a", "an"}):
        if span.label_ == "ORG" and _the_of_a_name(doc[start]) and end - start > 1:
            break  # "run by The Official UK Charts Company": the capital makes it the name's
        start += 1
    while start < end and doc[start].lower_ in HONORIFICS:
        title = doc[start].lower_.rstrip(".")
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].text in {"'s", "\u2019s", "'", "\u2019"}
    ):
        end -= 1
    while end > start and not doc[end - 1].text[:1].isalpha():
        if span.label_ == "ORG" and _numbered_name(doc, start, end):
            break  # "BBC Radio 4", "Channel 4"
        end -= 1
    # "Mike Nichols' Closer": a possessive inside a person's name ends it.
    if span.label_ == "PERSON":
        for i in range(start + 1, end):
            if doc[i].tag_ == "POS" or doc[i].text in {"'", "\u2019", "'s", "\u2019s"}:
                end = i
                break
    return doc[start:end], title


def _org_shape(span: Span) -> tuple[str, Span] | None:
    """What the words of a name the model calls an organisation say it is: None for
    no name ("at 1800 GMT", "Households will"), a person for a given name and a
    surname ("Ewan McGregor"), else the organisation without a role glued to it."""
    span = with_station_name(with_ampersand(with_number_word(without_leading_role(span))))
    if clock_zone(span) or sentence_initial_noun(span):
        return None
    if names_a_person(span) and not (titles_a_work(span) or work_in_context(span)):
        return "PERSON", span
    return "ORG", span


def _the_of_a_name(token: Token) -> bool:
    """A capital "The" inside a sentence is the first word of a name ("The Guardian",
    "The Cloud"); at a sentence's start the capital says nothing."""
    return token.text == "The" and not token.is_sent_start


def _institution_name(span: Span) -> Span:
    """ "the British Library": the model tags "British" a nationality and "Library" a
    person; the capitalised words before the institution's noun are its name's."""
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
        if doc[start - 1].is_sent_start and doc[start - 1].lower_ == "the":
            break
        start -= 1
    return doc[start : span.end]


def _so_called(span: Span) -> bool:
    """ "so-called X" presents X as a term, however it is capitalised."""
    doc, i = span.doc, span.start
    return (i > 0 and doc[i - 1].lower_ == "so-called") or (
        i > 2 and doc[i - 1].lower_ == "called" and doc[i - 3].lower_ == "so"
    )


def _split_at_honorific(ent: Span) -> list[Span]:
    """ "relief deal with Tanzania Mr Brown said": the model ran a place into a name;
    an honorific inside a span starts a person's name, and what comes before it is
    kept as a place when it is one."""
    for token in ent[1:]:
        if token.lower_.rstrip(".") in HONORIFICS and token.i + 1 < ent.end:
            person = Span(ent.doc, token.i, ent.end, label="PERSON")
            before = ent.doc[ent.start : token.i]
            if gazetteer.lookup(before.text):
                return [Span(ent.doc, before.start, before.end, label="GPE"), person]
            return [person]
    return [ent]


def _split_at_commas(ent: Span) -> list[Span]:
    """ "Sony, Microsoft": the model ran coordinated organisations into one; a comma
    between capitalised words inside one splits it ("Palm Beach, Florida" is split as
    well, into the place and its state)."""
    if ent.label_ not in {"ORG", "GPE", "LOC"} or len(ent) < 3:
        return [ent]
    cuts = [
        t.i
        for t in ent[1:-1]
        if t.text == "," and ent.doc[t.i - 1].text[:1].isupper() and t.nbor().text[:1].isupper()
    ]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    starts = [bounds[0]] + [c + 1 for c in cuts]
    return [Span(ent.doc, a, b, label=ent.label_) for a, b in zip(starts, bounds[1:], strict=True)]


def _whole_name(span: Span) -> Span:
    """The model sometimes tags only the surname of a name set off by commas ("the
    climate commissioner, Anders Holm,": "Holm"): capitalised words glued to it by the
    parse are the rest of the name when a comma, bracket or dash comes before them,
    which is where an appositive name begins. (Not at a sentence start: "Flanker Jason
    White" opens a sentence with a role the model tags as a proper noun.)"""
    doc = span.doc
    start = span.start
    while (
        start > 0
        and (prev := doc[start - 1]).pos_ == "PROPN"
        and prev.dep_ == "compound"
        and span.start <= prev.head.i < span.end
        and prev.text[:1].isupper()
        and not prev.ent_type_
        and prev.lower_ not in HONORIFICS
        and prev.lower_ not in PERSON_TITLES
    ):
        start -= 1
    if start == span.start:
        return span
    if start > 0 and doc[start - 1].text in {",", "(", "\u2014", "\u2013", "-"}:
        return doc[start : span.end]
    return span


def _numbered_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a name ends in a number that is part of it: "BBC Radio 4"."""
    last = doc[end - 1]
    return end - start >= 2 and last.like_num and last.text.isdigit() and doc[end - 2].is_title


def _title_before(span: Span) -> str | None:
    if span.start > 0 and (prev := span.doc[span.start - 1]).lower_ in HONORIFICS:
        return prev.lower_.rstrip(".")
    return None


def _clean_text(span: Span) -> str:
    """The span's words with possessive markers inside it removed
    ("The White House's National Security Council" -> "White House National Security Council")."""
    words = [t.text for t in span if t.tag_ != "POS" and t.text not in {"'s", "\u2019s"}]
    text = " ".join(words)
    for glue in ("-", "&", "/"):
        text = text.replace(f" {glue} ", glue) if glue == "-" else text
    return text.replace(" .", ".").strip()


def _is_name_like(span: Span, label: str) -> bool:
    """Proper names start with a capital and carry no digits, except an organisation's
    brand word ("ITV1", "1Xtra")."""
    first = span[0].text
    capitalised = first[:1].isupper() or (
        first.lower() in NAME_PARTICLES and len(span) > 1 and span[1].text[:1].isupper()
    )
    words = list(span[:-1] if _numbered_name(span.doc, span.start, span.end) else span)
    if label == "ORG":
        capitalised = capitalised or brand_word(first)
        words = [t for t in words if not brand_word(t.text)]
    return bool(span.text) and capitalised and not any(ch.isdigit() for t in words for ch in t.text)


def _reading(ent: Span) -> tuple[str, Span, str | None] | None:
    """The label, words and title of an entity once its edges are set right: honorific
    and possessive off, a person's postnominals and occupation off, an institution's
    name whole. None when the words are no name at all."""
    label = ent.label_
    span, title = _trim(ent)
    if label == "ORG" and len(span):
        read = _org_shape(span)
        if read is None:
            return None
        label, span = read
    if label in {"PERSON", "ORG"} and has_postnominal(span):
        label, span = "PERSON", without_postnominals(span)  # "Guy Mansfield QC"
    if label == "PERSON" and len(span) == 1 and span[0].text in INSTITUTION_NOUNS:
        label, span = "ORG", _institution_name(span)  # "the (British) Library"
    if label == "PERSON" and not title:
        span = _whole_name(without_occupation(span))
    demonym = len(span) > 2 and (
        gazetteer.country_of_demonym(span[0].text) or gazetteer.region_of_demonym(span[0].text)
    )
    if label == "PERSON" and demonym:
        span = span[1:]  # "Russian Igor Andreev", "Californian Thomas Slattery"
    return label, span, title


def find_mentions(parsed: ParsedArticle) -> list[Mention]:
    """All person, organisation, place and group mentions, in reading order."""
    raw: list[Mention] = []
    for para in parsed.paragraphs:
        ents = [
            part
            for whole in joined_known_bodies(list(para.doc.ents))
            for piece in _split_at_commas(whole)
            for part in _split_at_honorific(piece)
        ]
        for ent in ents:
            label = ent.label_
            if label not in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}:
                continue
            read = _reading(ent)
            if read is None:
                continue
            label, span, title = read
            if not len(span) or not _is_name_like(span, label):
                continue
            title = title or _title_before(span)
            kind = _kind_of(label, span)
            if kind is None or (kind == "person" and not title and _not_a_name(span)):
                continue
            if kind == "person" and (
                _not_one_person(span) or titles_a_work(span) or names_a_product(span)
            ):
                continue
            if kind in {"person", "org"} and _so_called(span):
                continue  # "so-called Digital Rights Management": a term, not a name
            raw.append(
                Mention(
                    kind, para.index, span.start, span.end, _clean_text(span), title, label=label
                )
            )
        raw = _occupied_people(para.index, para.doc, _cued_organizations(para.index, para.doc, raw))
        raw = _sides_of_results(para.index, para.doc, para.sents, raw)
        raw = _framed_places(para.index, para.doc, raw)
    raw = _confirmed_by_running_text(parsed, raw)
    voted = _vote(_surnames_not_places(parsed, raw))
    return _rescue_places(parsed, one_reading_of_known_places(voted))


def _confirmed_by_running_text(parsed: ParsedArticle, raw: list[Mention]) -> list[Mention]:
    """A headline repeated in the body capitalises every word: its names count only where
    ordinary sentences also write them ("Microsoft Launches" is not an organisation)."""
    untrusted = headline_case.untrusted_paragraphs(parsed)
    if not untrusted:
        return raw
    return [
        m
        for m in raw
        if m.para not in untrusted
        or headline_case.written_in_running_text(parsed, untrusted, m.text)
    ]


def _cued_organizations(para: int, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names right after "firm", "giant", "bank"... and in the frames of org_patterns
    are organisations: they replace any mention the model made of the same words, and
    are found where it made none."""
    person_ents = [e for e in doc.ents if e.label_ == "PERSON"]
    cued: list[Mention] = []
    people: list[Mention] = []
    for token in doc:
        if token.lower_ not in ORG_CUES or token.pos_ != "NOUN" or not token.is_lower:
            continue
        end = token.i + 1
        while end < len(doc) and _name_word(doc[end]):
            end += 1
        if end == token.i + 1:
            continue
        person = next((e for e in person_ents if e.start < end and e.end > token.i + 1), None)
        if (
            person is not None
            and person.start == token.i + 1
            and len(person) <= 2
            and token.lower_ in COMPANY_CUES
            and not (token.i > 0 and doc[token.i - 1].text == "-")
        ):
            person = None  # "training body Skillset", "travel firm Thomas Cook"
        if person is not None:
            # "the public services union Unison Dave Prentis": the model took the union
            # into the name; a one-word body and a two-word name split it.
            if person.start != token.i + 1 or len(person) < 3:
                continue
            end = person.end - 2
            name = doc[end : person.end]
            people.append(Mention("person", para, name.start, name.end, _clean_text(name)))
        span = with_ampersand(doc[token.i + 1 : end])
        cued.append(Mention("org", para, span.start, span.end, _clean_text(span), None, cued=True))
    for span in (with_ampersand(with_numeral(s)) for s in framed_organizations(doc)):
        cued.append(Mention("org", para, span.start, span.end, _clean_text(span), None, cued=True))
    if not cued:
        return mentions
    cued = list({(m.start, m.end): m for m in cued}.values())
    kept = [
        m
        for m in mentions
        if m.para != para
        or _country_inside(m, cued)
        or not any(c.start < m.end and m.start < c.end for c in cued)
    ]
    return sorted([*kept, *cued, *people], key=lambda m: (m.para, m.start))


def _country_inside(m: Mention, cued: list[Mention]) -> bool:
    """ "Egypt FA spokesman": a country inside a body's name is still named (as the
    US is in "US Federal Reserve"); the body does not swallow it."""
    if m.kind != "place" or not any(c.start <= m.start and m.end <= c.end for c in cued):
        return False
    info = gazetteer.lookup(m.text)
    return info is not None and info.kind == "country"


def _occupied_people(para: int, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names after an occupation ("rapper Nelly") and names with a nickname ("Ahmed
    'Mido' Hossam") are people: they replace any mention the model made of the same
    words, except an organisation a cue noun named."""
    found = [
        Mention("person", para, s.start, s.end, _clean_text(s), surely_person=True)
        for s in occupied_names(doc)
    ] + [
        Mention("person", para, s.start, s.end, text, surely_person=True)
        for s, text in nicknamed_names(doc)
    ]
    return _in_place_of_overlapped(para, mentions, found)


def _sides_of_results(
    para: int, doc: Doc, sents: tuple[Span, ...], mentions: list[Mention]
) -> list[Mention]:
    """ "Leeds beat Arsenal 2-1": the sides of a result are a town standing for its club
    (a place, noted) or a club (an organisation), whatever the model read."""
    full_names = [m.text.split() for m in mentions if m.kind == "person"]
    person_words = {w for words in full_names if len(words) > 1 for w in words}
    found = [
        Mention("place", para, s.start, s.end, _clean_text(s), unsure=CLUB_TOWN, label="GPE")
        if town
        else Mention("org", para, s.start, s.end, _clean_text(s), cued=True)
        for s, town in result_sides(doc, sents)
        if town or s.text not in person_words  # "Roger Federer" ... "Federer lost to"
    ]
    return _in_place_of_overlapped(para, mentions, found)


def _framed_places(para: int, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "the MP for Sittingbourne and Sheppey", "west London": places by the words
    around them (place_frames), in place of the model's people."""
    found = [
        Mention("place", para, s.start, s.end, _clean_text(s), label="GPE")
        for s in framed_places(doc)
    ]
    return _in_place_of_overlapped(para, mentions, found)


def _in_place_of_overlapped(
    para: int, mentions: list[Mention], found: list[Mention]
) -> list[Mention]:
    """`found` replaces the model's mentions it overlaps in `para` (what the words
    around a name say beats the model's span), except those a cue noun named."""
    if not found:
        return mentions
    kept = [
        m
        for m in mentions
        if m.para != para or m.cued or not any(f.start < m.end and m.start < f.end for f in found)
    ]
    return sorted([*kept, *found], key=lambda m: (m.para, m.start))


def _name_word(token: Token) -> bool:
    """A word of a name after a cue noun: capitalised, whatever part of speech the
    model gave it ("record company SonyBMG"), but no date ("the company Monday")."""
    if not token.text[:1].isupper() or token.ent_type_ in {"DATE", "TIME"}:
        return False
    return token.pos_ == "PROPN" or (token.is_alpha and token.ent_type_ not in {"GPE", "NORP"})


def _not_a_name(span: Span) -> bool:
    """A one-word "person" after an article ("the former Beatle") or modifying a common
    noun ("Oscar host") is not someone's name."""
    if len(span) != 1:
        return False
    token = span[0]
    if token.i > 0 and any(t.dep_ == "det" for t in token.head.children if t.i < token.i):
        return token.head == token or token.dep_ in {"compound", "amod"}
    return token.dep_ in {"compound", "amod"} and token.head.pos_ == "NOUN"


def _not_one_person(span: Span) -> bool:
    """What the model calls a person that cannot be one person's name: two names
    joined ("Brown / Blair", "Smith and Jones"), a slogan ("Vote Blair"), the end of a
    place's name ("Braunau am Inn"), a writer's credit ("Reporting by Jane Doe")."""
    doc = span.doc
    if any(t.text in {"/", "&"} or t.lower_ == "and" for t in span):
        return True
    if span[0].lower_ in SLOGAN_VERBS or (len(span) > 1 and span[0].pos_ == "VERB"):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text in {"/", "&"}:
        return True
    if (
        before is not None
        and before.is_lower
        and before.lower_ in PLACE_NAME_LINKS
        and span.start > 1
        and doc[span.start - 2].text[:1].isupper()
    ):
        return True
    if before is not None and before.lower_ == "by":
        # a credit line opens with its credit word: "(Additional reporting by ...)"
        opening = next((t for t in doc[before.sent.start : before.i] if t.is_alpha), None)
        return opening is not None and opening.lower_ in CREDIT_WORDS
    return False


def _vote(mentions: list[Mention]) -> list[Mention]:  # noqa: C901  (one rule a branch, each tested)
    """One kind per name: the model labels "Size" a person in one sentence and an
    organisation in the next. A name and the longer names containing it vote together;
    a title ("Ms Hessel") makes a person; a known place keeps its kind."""

    def words(m: Mention) -> list[str]:
        return name_words(m.text)

    def group_of(m: Mention) -> str:
        w = words(m)
        best = m.text
        for other in mentions:
            o = words(other)
            if len(o) > len(best.split()) and any(
                o[i : i + len(w)] == w for i in range(len(o) - len(w) + 1)
            ):
                best = other.text
        return best

    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        # A known place keeps its kind and casts no vote: "US" must not make "US
        # Federal Reserve" a place.
        if m.kind != "norp" and not (m.kind == "place" and gazetteer.lookup(m.text)):
            groups.setdefault(group_of(m), []).append(m)
    kind_of: dict[str, Kind] = {}
    doubt: dict[str, str] = {}
    for key, members in groups.items():
        if any(m.title or m.surely_person for m in members):
            kind_of[key] = "person"
            continue
        # The full name counts double: the model reads a full name more reliably.
        longest = max(members, key=lambda m: len(words(m)))
        if (
            _given_named(longest)
            and _surname_mentions(longest, members)
            and not any(m.cued and m.text == longest.text for m in members)
        ):
            kind_of[key] = "person"  # "Jozsef Varadi" ... "Varadi said in a statement"
            continue
        if any(m.cued for m in members):
            kind_of[key] = "org"
            continue
        if longest.kind == "person" and _surname_mentions(longest, members):
            kind_of[key] = "person"  # "Harry Redknapp" ... "Redknapp, 57, quit"
            continue
        counts: dict[Kind, int] = {}
        for m in members:
            weight = 2 if len(words(m)) > 1 and m.text == longest.text else 1
            counts[m.kind] = counts.get(m.kind, 0) + weight
        kind_of[key] = max(counts, key=lambda k: (counts[k], k == longest.kind))
        if len(counts) > 1:
            doubt[key] = _doubt(kind_of[key], counts)
    voted = []
    for m in mentions:
        if m.kind == "norp" or (m.kind == "place" and gazetteer.lookup(m.text)):
            voted.append(m)
            continue
        key = group_of(m)
        kind = kind_of.get(key, m.kind)
        voted.append(replace(m, kind=kind, unsure=doubt.get(key)))
    return voted


_KIND_NAMES = {"person": "a person", "org": "an organisation", "place": "a place"}


def _doubt(chosen: Kind, counts: dict[Kind, int]) -> str:
    others = [_KIND_NAMES.get(k, k) for k in counts if k != chosen]
    return f"the model also read the name as {' and '.join(others)}"


def _after_title(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in PERSON_TITLES


def _surnames_not_places(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """ "referee Hugh Dallas" ... "advised Dallas to award": a place's name that is the
    surname of someone the article names in full is that person (the model reads the
    surname alone as the city), unless a preposition of place comes before it ("Jack
    London" ... "in London")."""
    surnames = {
        m.text.split()[-1] for m in mentions if m.kind == "person" and len(m.text.split()) in {2, 3}
    }
    out = []
    for m in mentions:
        if m.kind == "place" and m.text in surnames:
            doc = parsed.paragraphs[m.para].doc
            if m.start == 0 or doc[m.start - 1].lower_ not in LOCATIVE_PREPOSITIONS:
                m = Mention("person", m.para, m.start, m.end, m.text, m.title)
        out.append(m)
    return out


def _given_named(m: Mention) -> bool:
    """A full name the model read as a person's that opens with a given name: a frame
    that makes its surname alone look like a company's does not outweigh it (a cue
    before the full name does: "retailer Laura Ashley")."""
    names = m.text.split()
    return m.kind == "person" and len(names) in {2, 3} and is_given_name(names[0])


def _surname_mentions(full: Mention, members: list[Mention]) -> bool:
    """A first name and surname the model read as a person, mentioned later by the
    surname (or first name) alone, is that person however the model labels those."""
    names = full.text.split()
    return len(names) in {2, 3} and all(m.text in {full.text, names[0], names[-1]} for m in members)


def _kind_of(label: str, span: Span) -> Kind | None:
    text = _clean_text(span)
    info = gazetteer.lookup(text)
    if label == "NORP":
        return "org" if is_known_organization(text) else "norp"
    if label in {"GPE", "LOC"}:
        if len(span) > 1 and not info and _after_title(span):
            return "person"  # "South African president Thabo Mbeki"
        return "place"
    if label == "FAC":
        return None  # buildings, stadiums, roads: not what a briefing lists
    if label == "ORG":
        if info and info.kind == "city" and _acts_as_company(span, info):
            return "org"  # "Toyota recalled ...": a car maker, not the city in Japan
        if info and (info.kind == "country" or info.population >= 100_000 or info.kind == "region"):
            return "place"
        return "org"
    # PERSON
    if info and info.kind == "country":
        return "place"
    if is_known_organization(text) or named_after_the(span):
        return "org"  # "Lib Dem home affairs spokesman": a party the table knows
    if (
        len(span) > 1
        and (found := gazetteer.lookup(span[-1].text))
        and found.kind != "city"
        and not is_given_name(span[0].text)  # "Armando Falcon": Falcon is a Venezuelan state
    ):
        return "org"  # "Lycos Europe": people are not named after countries or regions
    return "person"


def _acts_as_company(span: Span, info: gazetteer.PlaceInfo) -> bool:
    """A city's name doing what firms do: making, selling, recalling, reporting
    profits, or owning shares, sales and factories ("Toyota's profits"). Not for big
    cities, whose names stand for their governments or teams."""
    if info.population >= gazetteer.BIG_CITY:
        return False
    root = span.root
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lower_ in COMPANY_VERBS:
        return True
    if root.dep_ == "poss" or (span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"):
        return root.head.lower_ in COMPANY_NOUNS
    return False


def _coordinated_with_a_place(span: Span) -> bool:
    """ "meets in Madrid and Lievin": a known place coordinated with a place is one."""
    return any(
        other.ent_type_ in {"GPE", "LOC"} and gazetteer.lookup(other.text)
        for other in span.root.conjuncts
    )


def _rescue_places(parsed: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """Turn into places the persons that are known places and no part of anyone's name."""
    name_words = {
        word
        for m in mentions
        if m.kind == "person" and len(m.text.split()) > 1
        for word in m.text.split()
    }
    fixed = []
    for m in mentions:
        if m.kind == "person" and m.title is None and m.text not in name_words:
            info = gazetteer.lookup(m.text)
            span = m.span(parsed)
            before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
            noun = span.doc[span.start - 2].lower_ if span.start > 1 else ""
            if (
                info
                and info.kind != "country"
                and (
                    before in LOCATIVE_PREPOSITIONS
                    or (before == "of" and noun in PLACE_NOUNS)
                    or info.population >= _MIN_POPULATION_WITHOUT_PREPOSITION
                    or _coordinated_with_a_place(span)
                )
            ):
                small = info.population < gazetteer.BIG_CITY
                why = "the model read it as a person" if small else None
                m = Mention("place", m.para, m.start, m.end, m.text, None, unsure=why)
        fixed.append(m)
    return fixed
