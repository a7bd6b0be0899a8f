"""Direct quotes and who said them, by our own walk over the dependency parse.

Where the quotes are is `quote_marks.py`'s job. A quote gets a speaker only where the
language says who it is, because a wrong speaker is worse than none: the subject of the
speech verb the quote hangs on in the parse (else the one nearest the quote in its
sentence), before or after it ("X said: ...", "..., said X", "a witness, Susan Clarke,
said"), "according to X", a name and a colon ("Smith: ..."), a common noun subject
("an official from Seoul's unification ministry") giving no name but a role, unless it
is a definite description ("the defender said") of the one person named just before
whom it fits, or a title written before the name ("Shadow spokesman for sport Hugh
Robertson said"). "He" and
"she" are the person speaking last, if nobody else was named since, else the one person
of that gender named in the same or the previous sentence; "it" is the organisation
speaking last, else the one organisation that is a subject there; two candidates, or
none, leave the speaker empty with the reason (`speaker_reason`). A quote standing alone
as its sentence continues the previous quote when only that quote's tag stands between
them ('"...," said Cragg. "So I kept on the pace."'), else the last speaker when nobody
else was named since (and the last speaker is in this or the previous paragraph). The
nearest name is never a default.

Quotes of one or two words count only as the object of a speech verb ("emphasized the
'growing possibility'"); otherwise they are scare quotes, and a longer quote in a
sentence with no speech verb is a label, not speech.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from generator.extract.document import ParsedArticle
from generator.extract.entities import Mention
from generator.extract.lexicon import (
    HONORIFICS,
    LABELLING_VERBS,
    ORG_ANAPHORS,
    PERSON_NOUNS,
    PERSON_TITLES,
    PRONOUNS,
    SPEECH_VERBS,
)
from generator.extract.organizations_data import canonical_organization
from generator.extract.people import People, PersonCluster, join_tokens
from generator.extract.quote_marks import QuoteSpan, find_quote_spans
from generator.extract.speaker_cues import (
    RELATION_NOUNS,
    could_be,
    epithet_noun,
    is_passive,
    is_plural,
    names_no_office,
    passive_agent,
)
from generator.models import Quote

__all__ = ["QuoteSpan", "find_quote_spans", "find_quotes", "mark_unlisted_speakers"]

MIN_SPEECH_WORDS = 3  # shorter quotes are scare quotes unless a speech verb's object
MAX_ROLE_WORDS = 10
MAX_TAG_WORDS = 16  # "said London race director David Bedford, who ..."
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_INDEFINITE = {"a", "an", "another", "one", "some", "any"}
_MARKS = {'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"}
_LIST_DASHES = {"-", "\u2013", "\u2014", "*", "\u2022"}  # a list item's mark
_PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
_NOT_PERSON_ENTITIES = {"ORG", "GPE", "NORP", "LOC", "FAC"}  # "Birmingham have confirmed"
NO_VERB = "no speech verb with a subject"
NO_SUBJECT = "the speech verb has no subject"
NO_AGENT = "a passive speech verb that does not say by whom"


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    role: str | None
    is_person: bool = False
    unsure: str | None = None


@dataclass(frozen=True, slots=True)
class Unattributed:
    """No speaker, and why."""

    reason: str


Found = Speaker | Unattributed


def find_quotes(
    parsed: ParsedArticle, mentions: list[Mention], people: People, spans: list[QuoteSpan]
) -> list[Quote]:
    """`spans`: the article's quotation spans (`find_quote_spans`), found once for
    quotes and dates."""
    finder = _SpeakerFinder(parsed, mentions, people, spans)
    found: list[tuple[QuoteSpan, Found]] = []
    said: Token | None = None  # the speech verb of the last quote kept
    for k, qs in enumerate(spans):
        doc = parsed.paragraphs[qs.para].doc
        quoted = doc.char_span(qs.start, qs.end, alignment_mode="expand")
        if quoted is None or not len(quoted):
            continue
        verb, speaker = finder.attribute(qs, quoted)
        if not _is_speech(quoted, verb, speaker, finder.frame_words(qs, quoted)):
            continue
        lost = speaker == Unattributed(NO_VERB) or speaker == Unattributed(NO_SUBJECT)
        if lost:
            before = spans[k - 1] if k else None
            speaker = _going_on(finder, found, qs, quoted, said, before) or speaker
        if isinstance(speaker, Speaker):
            finder.spoke(qs.para, quoted.start, speaker)
        elif verb is not None and not lost:
            # someone the text does not let us name has the floor ("..., he said" with
            # no "he" to be found): the quotes after it do not go on with the last one
            finder.spoke(qs.para, quoted.start, Speaker(None, None))
        found.append((qs, speaker))
        said = verb
    # A quote the corpus left unclosed may be attributed by the part that follows it.
    # A role ("said the American") gives way to the name the same quote ends with.
    order = {(s.para, s.start): k for k, s in enumerate(spans)}
    for i in range(len(found) - 1):
        following = found[i + 1]
        current = found[i][1]
        unnamed = isinstance(current, Unattributed) or current.name is None
        adjacent = _place(order, following[0]) == _place(order, found[i][0]) + 1
        if unnamed and adjacent and following[0].continues and isinstance(following[1], Speaker):
            found[i] = (found[i][0], following[1])
    return [_quote(parsed, qs, speaker) for qs, speaker in found]


def _going_on(
    finder: _SpeakerFinder,
    found: list[tuple[QuoteSpan, Found]],
    qs: QuoteSpan,
    quoted: Span,
    said: Token | None,
    before: QuoteSpan | None,
) -> Speaker | None:
    """Who a quote with no speech verb of its own continues: the previous quote's
    speaker when the corpus left it open or only its tag stands between them, a
    named person before a role ('said the American. "He played ..."' after Agassi
    was named); else the person speaking last (`continuing_speaker`). The quote it
    continues is the span right `before` it: if that one was dropped (a list item's
    quote with no cue), the one kept before it is not continued."""
    previous = found[-1] if found else None
    spoke = next((f[0] for f in reversed(found) if isinstance(f[1], Speaker)), None)
    if _opens_a_list_item(finder.parsed, spoke, qs):
        return None
    carried: Speaker | None = None
    if (
        previous is not None
        and isinstance(previous[1], Speaker)
        and (
            (qs.continues and previous[0] == before)
            or _only_its_tag_between(finder.parsed, previous[0], qs, said)
        )
    ):
        carried = previous[1]
    if carried is not None and carried.name is not None:
        return carried
    return finder.continuing_speaker(qs.para, quoted.start) or carried


def _opens_a_list_item(parsed: ParsedArticle, previous: QuoteSpan | None, qs: QuoteSpan) -> bool:
    """Whether words after a list mark stand between the last quote given a speaker and
    this one:
    an item of a list of reactions ("- Newcastle boss Graeme Souness '...'") whose name
    we could not read is its own voice, not the last item's."""
    text = parsed.paragraphs[qs.para].text
    start = previous.end if previous is not None and previous.para == qs.para else 0
    lead = text[start : qs.start]
    for dash in _LIST_DASHES:
        at = lead.find(f"{dash} ")
        if at >= 0 and not lead[:at].strip(" \"'\u201c\u201d\u2018\u2019\n"):
            return any(ch.isalpha() for ch in lead[at:])
    return False


def _place(order: dict[tuple[int, int], int], span: QuoteSpan) -> int:
    return order[(span.para, span.start)]


def _only_its_tag_between(
    parsed: ParsedArticle, before: QuoteSpan, quote: QuoteSpan, said: Token | None
) -> bool:
    """'"I didn't want to sit back," said Cragg. "So I kept on the pace."': between two
    quotes of a paragraph, only the first one's speaker tag, one sentence with its
    speech verb; the second quote is the same speaker going on."""
    if said is None or before.para != quote.para or said.lower_ == "according":
        return False
    if not before.end <= said.idx < quote.start:
        return False
    between = parsed.paragraphs[quote.para].text[before.end : quote.start]
    words = between.strip(" \"'\u201c\u201d\u2018\u2019,.:").split()
    return (
        len(words) <= MAX_TAG_WORDS
        and not any(ch in between for ch in "!?;")
        and (between.count(".") <= 1)
    )


def mark_unlisted_speakers(quotes: list[Quote], listed: set[str]) -> list[Quote]:
    """A speaker the briefing does not list among its people or organisations (a body
    named in passing, a surname the people filter dropped) is marked for the reviewer
    rather than left for `validate` to report as an error of the file."""
    return [
        q.model_copy(update={"unsure": f"{q.speaker} is not among the people or organisations"})
        if q.speaker and q.speaker not in listed and q.unsure is None
        else q
        for q in quotes
    ]


def _quote(parsed: ParsedArticle, qs: QuoteSpan, found: Found) -> Quote:
    para = parsed.paragraphs[qs.para]
    text = para.text[qs.start : qs.end].strip().rstrip(",").strip()
    if isinstance(found, Unattributed):
        return Quote(
            text=text,
            speaker=None,
            role=None,
            section=para.section,
            paragraph=para.paragraph,
            speaker_reason=found.reason,
            unsure=None,
        )
    return Quote(
        text=text,
        speaker=found.name,
        role=found.role,
        section=para.section,
        paragraph=para.paragraph,
        speaker_reason=None,
        unsure=found.unsure,
    )


def _is_speech(quoted: Span, verb: Token | None, speaker: Found, frame: int) -> bool:
    words = [t for t in quoted if not t.is_punct]
    if len(words) < MIN_SPEECH_WORDS:
        return (
            verb is not None
            and verb.lower_ != "according"
            and verb.lower_ not in LABELLING_VERBS
            and _is_object_of(quoted, verb)
        )
    # A partial quote inside a sentence with no speech verb (nor a "Name:" cue) is a
    # label or a title.
    return not (verb is None and isinstance(speaker, Unattributed) and frame >= MIN_SPEECH_WORDS)


def _is_object_of(quoted: Span, verb: Token) -> bool:
    token = quoted.root
    while token.head != token:
        if token.head == verb:
            return token.dep_ in {"dobj", "attr", "oprd"}
        token = token.head
    return False


class _SpeakerFinder:
    def __init__(
        self,
        parsed: ParsedArticle,
        mentions: list[Mention],
        people: People,
        spans: list[QuoteSpan],
    ) -> None:
        self.parsed, self.people = parsed, people
        self.orgs = [m for m in mentions if m.kind == "org"]
        self.inside: dict[int, list[tuple[int, int]]] = {}
        for s in spans:
            self.inside.setdefault(s.para, []).append((s.start, s.end))
        self.events: list[tuple[int, int, Speaker]] = []  # who spoke where, in order
        self.quote_start = (0, 0)  # the quote being attributed: (paragraph, token)
        # each paragraph's sentence ends, and the number of the paragraph's first sentence
        self.sentence_ends = [[s.end for s in p.sents] for p in parsed.paragraphs]
        self.first_sentence = list(accumulate((len(e) for e in self.sentence_ends), initial=0))
        self.sentences = [s for p in parsed.paragraphs for s in p.sents]

    def _quoted(self, para: int, token: Token) -> bool:
        return any(a <= token.idx < b for a, b in self.inside.get(para, []))

    def _quoted_in(self, para: int) -> Callable[[Token], bool]:
        return lambda token: self._quoted(para, token)

    def _sentence_no(self, para: int, token: int) -> int:
        """The sentence's number in the article, counting from 0."""
        return self.first_sentence[para] + bisect_right(self.sentence_ends[para], token)

    def _frame(self, qs: QuoteSpan, quoted: Span) -> list[Token]:
        doc = quoted.doc
        sents = [
            s
            for s in self.parsed.paragraphs[qs.para].sents
            if s.start < quoted.end and s.end > quoted.start
        ]
        tokens = [t for s in sents for t in s]
        last = sents[-1] if sents else None
        if last is not None and last.end < len(doc):
            nxt = doc[last.end].sent
            if len(nxt) <= 8 and any(t.lower_ in SPEECH_VERBS for t in nxt):
                tokens.extend(nxt)
        # The frame stops at the neighbouring quotes: two quotes with nothing between
        # them are two paragraphs the corpus merged, and a speaker tag after the second
        # belongs to the second only.
        others = [(a, b) for a, b in self.inside.get(qs.para, []) if (a, b) != (qs.start, qs.end)]
        low = max((b for a, b in others if b <= qs.start), default=-1)
        high = min((a for a, b in others if a >= qs.end), default=len(doc.text) + 1)
        return [
            t
            for t in tokens
            if low <= t.idx < high
            and not self._quoted(qs.para, t)
            and t.text not in "\"'\u201c\u201d\u2018\u2019"
        ]

    def frame_words(self, qs: QuoteSpan, quoted: Span) -> int:
        return sum(1 for t in self._frame(qs, quoted) if t.is_alpha)

    def attribute(self, qs: QuoteSpan, quoted: Span) -> tuple[Token | None, Found]:
        frame = self._frame(qs, quoted)
        verbs = [
            t
            for t in frame
            if (t.lower_ in SPEECH_VERBS and t.pos_ in {"VERB", "AUX"})
            or (t.lower_ == "according" and any(c.lower_ == "to" for c in t.children))
        ]
        if not verbs:
            return None, self._colon_cue(qs.para, quoted) or Unattributed(NO_VERB)
        verb = _governing(quoted, verbs) or min(
            verbs, key=lambda t: min(abs(t.i - quoted.start), abs(t.i - quoted.end))
        )
        self.quote_start = (qs.para, quoted.start)
        return verb, self._speaker_of(qs.para, verb)

    def _colon_cue(self, para: int, quoted: Span) -> Speaker | None:
        """ "Mr Smith: 'We will win'": a name, then a colon, then the quote; in a list
        of reactions the colon may be left out (" - Bolton boss Sam Allardyce '...'")."""
        doc = quoted.doc
        i = quoted.start - 1
        while i >= 0 and doc[i].text in "\"'\u201c\u2018":
            i -= 1
        colon = i >= 1 and doc[i].text == ":"
        name = i - 1 if colon else i
        person = self.people.at(para, name) if name >= 0 else None
        if person is None:
            return None
        mention_start = next(
            (m.start for m in person.mentions if m.para == para and m.start <= name < m.end),
            name,
        )
        # The name (after a title, or at the head of a phrase describing them: "-
        # Manchester City boss Kevin Keegan: ...") must open the sentence.
        # A quote that closes before it in the same sentence (two list items the model
        # read as one sentence) ends what leads up to the name.
        closed = max((e for _, e in self.inside.get(para, []) if e <= doc[name].idx), default=-1)
        before = [t for t in doc[doc[name].sent.start : mention_start] if t.idx >= closed]
        before = [t for t in before if not self._quoted(para, t) and t.text not in _MARKS]
        if not _one_phrase(before + list(doc[mention_start : name + 1])):
            return None
        if not colon and not any(t.text in _LIST_DASHES for t in before):
            return None
        return Speaker(person.name, person.role, is_person=True)

    def _speaker_of(self, para: int, verb: Token) -> Found:
        if verb.lower_ == "according":
            to = next(c for c in verb.children if c.lower_ == "to")
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            return self._resolve(para, obj) if obj is not None else Unattributed(NO_SUBJECT)
        # "Reuters quoted one trader as saying": the one quoted is the speaker.
        if verb.lower_.startswith("quot"):
            as_saying = any(
                c.lower_ == "as" and any(g.lower_ in SPEECH_VERBS for g in c.children)
                for c in verb.children
            )
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if as_saying and obj is not None:
                return self._resolve(para, obj)
        if _told_passively(verb):
            # "was called '...' by the judge": the agent speaks, never the subject
            agent = passive_agent(verb)
            return self._resolve(para, agent) if agent is not None else Unattributed(NO_AGENT)
        subject = self._subject_of(para, verb)
        if subject is None or (subject.lower_ == "it" and subject.head != verb):
            # none, or the "it" of a clause the participle hangs on ("said it was
            # wrong ..., adding they would ..."): the parse lost the subject
            return Unattributed(NO_SUBJECT)
        return self._resolve(para, subject)

    def _subject_of(self, para: int, verb: Token) -> Token | None:
        """The verb's subject; where the parse gave it none of its own, a person named
        right before it ("... at Twickenham and Kirwan says ...", which the model
        parses as a list of places)."""
        subject = _subject(verb, self._quoted_in(para))
        if subject is not None and subject.head == verb:
            if subject.pos_ == "NOUN":
                return (
                    self._named_after_role(para, verb, subject)
                    or self._title_before_name(para, subject)
                    or subject
                )
            return subject
        before = verb.i - 1
        if subject is None:
            # "a witness, Susan Clarke, said": the name closing an apposition the
            # model hung elsewhere, the verb left with no subject at all
            while before > 0 and verb.doc[before].text == ",":
                before -= 1
        if before >= 0 and self.people.at(para, before) is not None:
            return verb.doc[before]
        if subject is None and verb.dep_ == "ROOT":
            return _relative_opening(verb) or subject
        return subject

    def _named_after_role(self, para: int, verb: Token, role: Token) -> Token | None:
        """ "The new chairman of the Bar Council, Guy Mansfield QC warned", "director of
        the Victims of Crime Trust, Norman Brennan, accused": the name the role is
        given in apposition, which the model hung elsewhere (a second subject, or the
        organisation's phrase), right before the verb after a comma."""
        for other in verb.children:
            if (
                other.dep_ in _SUBJECT_DEPS
                and other.i > role.i
                and other.pos_ == "PROPN"
                and self._named(para, other) is not None
            ):
                return other
        doc = verb.doc
        before = verb.i - 1
        while before > role.i and doc[before].text == ",":
            before -= 1
        person = self.people.at(para, before) if before > role.i else None
        if person is None:
            return None
        start = next(
            (m.start for m in person.mentions if m.para == para and m.start <= before < m.end),
            before,
        )
        return doc[before] if start - 1 > role.i and doc[start - 1].text == "," else None

    def _title_before_name(self, para: int, title: Token) -> Token | None:
        """ "Shadow spokesman for sport Hugh Robertson said", which the model parses as a
        spokesman for someone: a singular noun with no determiner cannot be a subject of
        its own in English, so it is a title written before the name that ends the
        phrase. A relation ("wife of footballer John Smith") is someone else."""
        if title.tag_ != "NN" or title.lower_ in RELATION_NOUNS:
            return None
        if any(c.dep_ in {"det", "poss", "nummod", "predet", "cc", "conj"} for c in title.children):
            return None
        last = title.right_edge
        while last.i > title.i and last.is_punct:
            last = last.doc[last.i - 1]
        person = self.people.at(para, last.i)
        if person is None or last.i == title.i:
            return None
        mention = next(
            (m for m in person.mentions if m.para == para and m.start <= last.i < m.end), None
        )
        if mention is None or mention.start <= title.left_edge.i or mention.end - 1 != last.i:
            return None
        return last

    def _named(self, para: int, head: Token) -> PersonCluster | None:
        if _a_description(head, self.people.at(para, head.i)):
            return None  # "the 25-year-old Dubliner" describes someone, it is no name
        doc = head.doc
        person = self.people.at(para, head.i) or next(
            (
                self.people.at(para, c.i)
                for c in head.children
                if c.dep_ in {"appos", "compound"} and self.people.at(para, c.i)
            ),
            None,
        )
        if person is None and head.pos_ == "PROPN":
            # the name's own phrase: not a quote nor a clause hanging on it ("the
            # Association, which said 'owners like Tom'"), unless the clause says who
            # it is ("The Game, whose real name is Jayceon Taylor, told ...")
            for t in doc[head.left_edge.i : head.right_edge.i + 1]:
                if self._quoted(para, t) or any(
                    a.dep_ in {"relcl", "acl"} and a.i > head.i and a.lemma_ != "be"
                    for a in t.ancestors
                ):
                    continue
                person = person or self.people.at(para, t.i)
        if person is None and head.pos_ == "PROPN":
            # A surname the model did not tag this time: "Sivabaek added: ...", or a
            # hyphenated one it split (and took for a title): "Akufo-Addo told ...".
            phrase = doc[head.left_edge.i : head.i + 1].text
            written = {phrase} if "-" in phrase else set()
            # a surname the model took for a nationality or a date ("Beckham", "May")
            # too, but not for a place: "Washington said" may be the government
            if head.ent_type_ not in _PLACE_ENTITIES or _after_honorific(head):
                written.add(head.text)
            known = [c for c in self.people.clusters if written & set(c.words)]
            person = known[0] if len(known) == 1 else None
        return person

    def _resolve(self, para: int, head: Token) -> Found:
        if head.lower_ in {"who", "that", "which"} and head.head.dep_ == "relcl":
            head = head.head.head  # "Jack Straw, who argues ...": the one "who" is
        person = self._named(para, head)
        if person is not None:
            return Speaker(person.name, person.role, is_person=True)
        if head.lower_ in PRONOUNS:
            return self._pronoun(para, head)
        if head.lower_ == "it":
            return self._it(para, head)
        org = self._org_at(para, head)
        if org is not None:
            return Speaker(org, None)
        if head.lower_ == "statement":
            # "said an SFA statement": the body whose statement it is
            owner = next((c for c in head.children if c.dep_ in {"compound", "poss"}), None)
            org = self._org_at(para, owner) if owner is not None else None
            if org is not None:
                return Speaker(org, None)
        titled = self._definite_title(para, head) or self._renamed(para, head)
        if titled is not None:
            return titled
        if head.lower_ in ORG_ANAPHORS and any(c.lower_ == "the" for c in head.children):
            anaphor = self._org_anaphor(para, head)
            if anaphor is not None:
                return anaphor
        if head.pos_ in {"NOUN", "PROPN"}:
            role = _noun_phrase(head)
            return Speaker(None, role) if role else Unattributed(f"subject {head.text!r}")
        return Unattributed(f"subject {head.text!r} names nobody")

    def _someone_else(
        self, para: int, token: Token, cluster: PersonCluster, gender: str | None = None
    ) -> bool:
        """Whether a word brings in a person other than `cluster`: a person noun with
        an indefinite determiner ("a neighbour", "one of his students") or a bare one
        as a subject ("witnesses said"; "the actress and singer" is someone named), or
        the subject of a speech verb who is not them ("Prassana Rambathla says"). For
        "he" or "she" (`gender`), plural nouns ("some fans") bring in no one."""
        if gender is not None and is_plural(token):
            return False
        if token.lower_ in PERSON_NOUNS and token.pos_ == "NOUN":
            if any(c.lower_ in _INDEFINITE for c in token.children):
                return True  # "a neighbour", "one of his students"
            head = token.head if token.dep_ == "conj" else token
            definite = any(c.dep_ in {"det", "poss"} for c in head.children)
            return head.dep_ in _SUBJECT_DEPS and not definite  # "witnesses said"
        subject = self._reported_speaker(para, token)
        if subject is None or subject.lower_ in PRONOUNS:
            return False
        named = self._named(para, subject)
        if named is not None and not could_be(named, gender):
            return False  # "Brady told The Sun" is not who "he" is
        if named is None and gender is not None:
            # "Birmingham have confirmed", "fans say": a body or a crowd is not "he"
            return not (
                is_plural(subject)
                or subject.ent_type_ in _NOT_PERSON_ENTITIES
                or self._org_at(para, subject) is not None
            )
        return named is not cluster

    def _org_anaphor(self, para: int, head: Token) -> Speaker | None:
        """ "the firm said": the organisation last the subject of a sentence in this or
        the previous paragraph, of its main clause ("Macrovision says its new RipGuard
        technology ... said the firm": Macrovision, not the technology it tells of),
        else the one the article is about, i.e. named most."""
        before = [m for m in self.orgs if (m.para, m.start) < (para, head.i)]
        if not before:
            return None
        names = [canonical_organization(m.text) for m in before]
        subjects = [
            canonical_organization(m.text)
            for m in before
            if m.para >= para - 1
            and m.span(self.parsed).root.dep_ in _SUBJECT_DEPS
            and _main_verb(m.span(self.parsed).root.head)
            and not self._quoted(m.para, m.span(self.parsed)[0])
        ]
        if subjects:
            best, why = subjects[-1], "the organisation last the subject of a sentence"
        else:
            best = max(names, key=lambda n: (names.count(n), -names.index(n)))
            why = "the organisation named most"
        unsure = None
        if len(set(names)) > 1:
            unsure = f"'the {head.lower_}' taken as {best}, {why}"
        return Speaker(best, None, unsure=unsure)

    def _definite_title(self, para: int, head: Token) -> Speaker | None:
        """ "the chancellor said", "said the director behind JFK": a title with "the"
        names someone already introduced with that role. Anyone else named nearby is
        not a default: "the lawyer said" after the accused is named is not the accused."""
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in head.children):
            return None
        if head.lower_ not in PERSON_TITLES:
            return self._role_holder(para, head)
        for _, holder in self.people.mentions_before(para, head.i):
            if _holds_title(holder.role, head.lower_):
                return Speaker(holder.name, holder.role, is_person=True)
        # No one has that role: the person speaking, if the article gave them no role
        # ("Mr Brown said ... the chancellor said"); a guess, so marked. Someone merely
        # named is not a default: "the judge said" after the accused is named.
        last = self.continuing_speaker(para, head.i)
        if last is None:
            return None
        cluster = next((c for c in self.people.clusters if c.name == last.name), None)
        if cluster is None or cluster.role is not None:
            return None
        unsure = f"'the {head.lower_}' taken as {cluster.name}, who spoke last"
        return Speaker(cluster.name, None, is_person=True, unsure=unsure)

    def _role_holder(self, para: int, head: Token) -> Speaker | None:
        """ "the goalkeeper said", "the midfielder added": the one person named so far
        whose role is that noun ("goalkeeper Nicky Weaver", "Real Madrid midfielder
        David Beckham"), if no one whose role is unknown was named after them (who
        may hold it too); none, or two, name nobody."""
        if head.pos_ != "NOUN" or is_plural(head):
            return None
        before = self.people.mentions_before(para, head.i)
        holders = _distinct([c for _, c in before if _role_noun(c.role) == head.lower_])
        if len(holders) != 1:
            return None
        (holder,) = holders
        since = self._last_mention(holder)
        if any(c.role is None for m, c in before if (m.para, m.start) > since):
            return None
        return Speaker(holder.name, holder.role, is_person=True)

    def _renamed(self, para: int, head: Token) -> Speaker | None:
        """ "the defender said", "said the MP for Sittingbourne": a definite description
        names again the one person named just before that it can fit (whose role is not
        known, or is that noun; anyone, for an age or a nationality), counting back over
        sentences whose subject is "he" or "she" to the one naming them. Someone unnamed
        brought in since ("a lawyer told the jury"), or two who fit, name nobody; a
        newcomer ("the lawyer", "the economist") is never someone named before."""
        noun = epithet_noun(head)
        if noun is None:
            return None
        window = self._back_over_pronouns(self._sentence_no(para, head.i) - 1)
        if self._role_subject(para, head.i, window) is not None or self._brought_in(
            para, head.i, window
        ):
            return None
        named = [c for c, _ in self._named_since(para, head.i, window)]
        anyone = names_no_office(head)
        fits = _distinct(
            [c for c in named if anyone or c.role is None or _holds_title(c.role, noun)]
        )
        if len(fits) != 1:
            return None
        (person,) = fits
        unsure = f"'the {noun}' taken as {person.name}, the one person named just before it fits"
        return Speaker(person.name, person.role, is_person=True, unsure=unsure)

    def _brought_in(self, para: int, token: int, window: int) -> bool:
        """Whether someone unnamed comes in from sentence `window` on, before a position:
        a person noun with an indefinite determiner ("an unnamed executive at Euronext"),
        whom a later "the executive" names again."""
        for p in self.parsed.paragraphs[max(0, para - 1) : para + 1]:
            for t in p.tokens:
                if (p.index, t.i) >= (para, token) or self._quoted(p.index, t):
                    continue
                if t.lower_ not in PERSON_NOUNS or self._sentence_no(p.index, t.i) < window:
                    continue
                if any(c.lower_ in _INDEFINITE for c in t.children):
                    return True
        return False

    def _back_over_pronouns(self, number: int) -> int:
        """The sentence a run of sentences whose subject is "he" or "she" goes back to,
        ending at sentence `number` ("Richard Dunne is ready ... He was once threatened
        ..."), at most two sentences back."""
        for _ in range(2):
            if number <= 0 or number >= len(self.sentences):
                break
            subject = _main_subject(self.sentences[number])
            if subject is None or subject.lower_ not in PRONOUNS:
                break
            number -= 1
        return max(number, 0)

    def _org_at(self, para: int, head: Token) -> str | None:
        for m in self.orgs:
            if m.para == para and m.start <= head.i < m.end:
                return canonical_organization(m.text)
        if head.text[:1].isupper() and head.dep_ in _SUBJECT_DEPS:
            # a subject naming, in full, an organisation the article names elsewhere
            # ("Labour say ..." opening a sentence, where the model saw no name), with
            # or without what the sentence says of it ("B&B - which has a 22% share of
            # the market - said")
            known = {canonical_organization(m.text) for m in self.orgs}
            doc = head.doc
            for phrase in (list(head.subtree), list(doc[head.left_edge.i : head.i + 1])):
                name = canonical_organization(join_tokens(phrase))
                if name in known:
                    return name
        return None

    def _pronoun(self, para: int, pronoun: Token) -> Found:
        """ "..., he added": the person speaking goes on speaking, unless someone else
        of that gender was named since; otherwise the one person of that gender named
        in this or the previous sentence (by a surname the model did not tag, too), or
        a person named by a common noun there ("a defence lawyer ... he said") who has
        no name to give; else the only person the article has named so far, when no
        one unnamed has come in since."""
        gender = PRONOUNS[pronoun.lower_]
        last = self.continuing_speaker(para, pronoun.i, gender)
        if last is not None:
            return last
        # the sentence before the quote's, not one inside a quote of several sentences
        window = min(self._sentence_no(*self.quote_start), self._sentence_no(para, pronoun.i)) - 1
        near = [
            (c, t) for c, t in self._named_since(para, pronoun.i, window) if could_be(c, gender)
        ]
        named = _distinct([c for c, _ in near])
        role = self._role_subject(para, pronoun.i, window)
        if role is not None and (not named or role[0] > self._last_mention(named[0])):
            return Speaker(None, role[1])
        if len(named) > 1:
            # Of several, the one who was speaking (the subject of a speech verb), else
            # the one the sentence is about (a subject, not an object or an owner).
            subjects = [(c, t) for c, t in near if t.dep_ in _SUBJECT_DEPS]
            spoke = [c for c, t in subjects if t.head.lower_ in SPEECH_VERBS]
            named = _distinct(spoke or [c for c, _ in subjects] or named)
        if len(named) == 1:
            return Speaker(named[0].name, named[0].role, is_person=True)
        if not named:
            return self._only_person(para, pronoun, gender, window) or Unattributed(
                f"no one '{pronoun.lower_}' can refer to nearby"
            )
        names = " or ".join(c.name for c in named[:2])
        return Unattributed(f"several candidates for '{pronoun.lower_}': {names}")

    def _named_since(self, para: int, token: int, window: int) -> list[tuple[PersonCluster, Token]]:
        """The people named outside quotes from sentence `window` on, before a position,
        most recent first, each with the word naming them: a mention, or a surname the
        model did not tag this time ("Mourinho is relishing ... He said:")."""
        found: list[tuple[tuple[int, int], PersonCluster, Token]] = []
        for mention, cluster in self.people.mentions_before(para, token):
            if self._sentence_no(mention.para, mention.start) < window:
                break
            span = mention.span(self.parsed)
            if not self._quoted(mention.para, span[0]) and not _a_description(span.root, cluster):
                found.append(((mention.para, mention.start), cluster, span.root))
        surnames: dict[str, list[PersonCluster]] = {}
        for c in self.people.clusters:
            surnames.setdefault(c.words[-1], []).append(c)
        for p in self.parsed.paragraphs[max(0, para - 1) : para + 1]:
            for t in p.tokens:
                if (p.index, t.i) >= (para, token) or t.pos_ != "PROPN":
                    continue
                owners = surnames.get(t.text, [])
                if len(owners) != 1 or self.people.at(p.index, t.i) is not None:
                    continue
                if self._sentence_no(p.index, t.i) >= window and not self._quoted(p.index, t):
                    found.append(((p.index, t.i), owners[0], t))
        found.sort(key=lambda f: f[0], reverse=True)
        return [(c, t) for _, c, t in found]

    def _only_person(self, para: int, pronoun: Token, gender: str, window: int) -> Speaker | None:
        """ "Ken Bates has completed his takeover. The 73-year-old former Chelsea
        chairman sealed the deal ... He said:": the one person named so far that the
        pronoun can be (the others' given names say another gender: "Karen Brady" is
        not "he"), if no one unnamed ("a neighbour") came in since the sentence before;
        marked unsure."""
        named = {
            c.name: c
            for m, c in self.people.mentions_before(para, pronoun.i)
            if not self._quoted(m.para, m.span(self.parsed)[0])
        }
        fitting = [c for c in named.values() if could_be(c, gender)]
        if len(fitting) != 1:
            return None
        (cluster,) = fitting
        for p in self.parsed.paragraphs[max(0, para - 1) : para + 1]:
            for t in p.tokens:
                if (p.index, t.i) >= (para, pronoun.i) or self._quoted(p.index, t):
                    continue
                if self._someone_else(p.index, t, cluster, gender):
                    return None
        why = "the only person" if len(named) == 1 else f"the only person who can be '{pronoun}'"
        unsure = f"'{pronoun.lower_}' taken as {cluster.name}, {why} named before"
        return Speaker(cluster.name, cluster.role, is_person=True, unsure=unsure)

    def _it(self, para: int, pronoun: Token) -> Found:
        """ "The British Chambers of Commerce welcomed the proposal. '...,' it said":
        "it" is the organisation speaking last, if no one was named since, else the one
        organisation that is a subject in this sentence or the one before."""
        last = self.continuing_speaker(para, pronoun.i)
        if last is not None and not last.is_person:
            return last
        window = min(self._sentence_no(*self.quote_start), self._sentence_no(para, pronoun.i)) - 1
        subjects: list[str] = []
        for m in self.orgs:
            if (m.para, m.start) >= (para, pronoun.i) or self._quoted(
                m.para, m.span(self.parsed)[0]
            ):
                continue
            if self._sentence_no(m.para, m.start) < window:
                continue
            name = canonical_organization(m.text)
            if m.span(self.parsed).root.dep_ in _SUBJECT_DEPS and name not in subjects:
                subjects.append(name)
        if len(subjects) == 1:
            return Speaker(subjects[0], None)
        if not subjects:
            return Unattributed("no organisation 'it' can refer to nearby")
        return Unattributed(f"several candidates for 'it': {' or '.join(subjects[:2])}")

    def _last_mention(self, cluster: PersonCluster) -> tuple[int, int]:
        return max((m.para, m.start) for m in cluster.mentions)

    def _role_subject(
        self, para: int, token: int, window: int
    ) -> tuple[tuple[int, int], str] | None:
        """The latest common-noun subject naming a person ("the witness told the court")
        at or after sentence `window` (and in this or the previous paragraph), before
        a position."""
        best: tuple[tuple[int, int], str] | None = None
        for p in self.parsed.paragraphs[max(0, para - 1) : para + 1]:
            for t in p.tokens:
                if (p.index, t.i) >= (para, token) or t.dep_ not in _SUBJECT_DEPS:
                    continue
                if t.pos_ != "NOUN" or t.lower_ not in PERSON_NOUNS:
                    continue
                if t.lower_ in PERSON_TITLES and any(c.lower_ == "the" for c in t.children):
                    continue  # "the England coach added": an office of someone named
                if self._sentence_no(p.index, t.i) < window or self._quoted(p.index, t):
                    continue
                if self.people.in_span(p.index, t.doc[t.left_edge.i : t.right_edge.i + 1]):
                    continue  # "the lawyer, John Smith," is a named person
                role = _noun_phrase(t)
                if role:
                    best = ((p.index, t.i), role)
        return best

    def spoke(self, para: int, token: int, speaker: Speaker) -> None:
        self.events.append((para, token, speaker))

    def continuing_speaker(
        self, para: int, token: int, gender: str | None = None
    ) -> Speaker | None:
        """The person who spoke last before a position (a quote's speaker or the
        subject of a speech verb in reported speech: "She said new mothers were ..."),
        if that was in this or the previous paragraph and no other person (of that
        gender) has been named since."""
        last = self.last_speaker_before(para, token)
        if last is None:
            return None
        if not last[1].is_person:
            return None if gender else self._organization_goes_on(para, token, last)
        (e_para, e_tok), speaker = last
        if e_para < para - 1 or (gender and not self._gender_fits(speaker.name, gender)):
            return None
        role = self._role_subject(para, token, self._sentence_no(e_para, e_tok) + 1)
        if role is not None:
            return None  # "a lawyer told the jury" since: someone else has the floor
        said = self.parsed.paragraphs[e_para].doc[e_tok]
        for mention, cluster in self.people.mentions_before(para, token):
            if (mention.para, mention.start) <= (e_para, e_tok):
                break
            first = mention.span(self.parsed)[0]
            if cluster.name == speaker.name or self._quoted(mention.para, first):
                continue
            if mention.para == e_para and said in first.ancestors:
                continue  # named in what the speaker said: "Moore said Hansen may ..."
            if not _takes_the_floor(mention.span(self.parsed)):
                continue  # "she patched things up with Brigitte Nielsen": an object
            if could_be(cluster, gender):
                return None
        return speaker

    def _organization_goes_on(
        self, para: int, token: int, last: tuple[tuple[int, int], Speaker]
    ) -> Speaker | None:
        """An organisation that spoke last (a quote of its own) goes on speaking in
        this or the next paragraph if, outside quotes, no other name and no other
        speaker comes since."""
        (e_para, e_tok), speaker = last
        if e_para < para - 1 or speaker.name is None:
            return None
        for p in (e_para, para) if e_para != para else (para,):
            lo = e_tok if p == e_para else 0
            hi = token if p == para else len(self.parsed.paragraphs[p].doc)
            for i in range(lo + 1, hi):
                t = self.parsed.paragraphs[p].doc[i]
                if self._quoted(p, t):
                    continue
                if self.people.at(p, i) is not None:
                    return None
                if self._org_at(p, t) == speaker.name:
                    continue
                if t.pos_ == "PROPN":
                    return None  # a name, even one the model did not tag
                subject = self._reported_speaker(p, t)
                if subject is not None and subject.lower_ != "it":
                    return None  # someone else speaks: "But Age Concern said ..."
        return speaker

    def _gender_fits(self, name: str | None, gender: str) -> bool:
        cluster = next((c for c in self.people.clusters if c.name == name), None)
        return cluster is None or could_be(cluster, gender)

    def last_speaker_before(self, para: int, token: int) -> tuple[tuple[int, int], Speaker] | None:
        """Who spoke last before a position, and where."""
        best: tuple[tuple[int, int], Speaker] | None = None
        for e_para, e_tok, speaker in self.events:
            if (e_para, e_tok) < (para, token) and (best is None or (e_para, e_tok) > best[0]):
                best = ((e_para, e_tok), speaker)
        for p in self.parsed.paragraphs[max(0, para - 1) : para + 1]:
            for t in p.tokens:
                if (p.index, t.i) >= (para, token) or (best and (p.index, t.i) <= best[0]):
                    continue
                if self._quoted(p.index, t) or _told_of(t):
                    continue  # "was announced by X" tells of X, who need not speak on
                subject = self._reported_speaker(p.index, t)
                if subject is None:
                    continue
                if subject.lower_ in PRONOUNS:
                    # "She said the goal was ...": the one speaking goes on
                    if best is not None and self._gender_fits(
                        best[1].name, PRONOUNS[subject.lower_]
                    ):
                        best = ((p.index, t.i), best[1])
                    continue
                named = self._named(p.index, subject)
                if named is not None:
                    best = ((p.index, t.i), Speaker(named.name, named.role, is_person=True))
        return best

    def _reported_speaker(self, para: int, token: Token) -> Token | None:
        """Who a speech verb, or "according to", outside quotes gives the floor to."""
        if token.lower_ == "according":
            return _according_to_object(token)
        if token.lower_ in SPEECH_VERBS and token.pos_ == "VERB":
            if _told_of(token):
                return passive_agent(token)
            return _according_to(token) or self._subject_of(para, token)
        return None


def _governing(quoted: Span, verbs: list[Token]) -> Token | None:
    """The speech verb the quote hangs on in the parse, nearest first up the tree:
    in 'Labour say a vote could "let the Tories in", while the Tories say ...' the
    quote is what Labour say, though the second "say" is nearer to it. A passive verb
    does not count: the subject of "details will not be revealed" said nothing."""
    candidates = {t.i for t in verbs if not any(c.dep_ == "auxpass" for c in t.children)}
    for ancestor in quoted.root.ancestors:
        if ancestor.i in candidates:
            return ancestor
    return None


def _a_description(head: Token, person: PersonCluster | None) -> bool:
    """A one-word "name" the article writes with "the" or "a" ("the 25-year-old
    Dubliner"): a description of someone, not their name."""
    if person is None or len(person.words) != 1:
        return False
    return any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in head.children)


def _main_subject(sentence: Span) -> Token | None:
    return next((c for c in sentence.root.children if c.dep_ in _SUBJECT_DEPS), None)


def _one_phrase(tokens: list[Token]) -> bool:
    """Whether the words up to a name are one phrase with it, a title or a description
    ("- Manchester City boss Kevin Keegan", "Manchester United boss Sir Alex
    Ferguson"), with nothing else: punctuation aside, one of them is the head of all."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    ids = {t.i for t in words}
    return sum(1 for t in words if t.head.i not in ids or t.head == t) == 1


def _after_honorific(head: Token) -> bool:
    """ "Prof Gellhorn said": a word after a title is a name, whatever the model
    tagged it (here a work of art)."""
    return any(
        c.dep_ == "compound" and c.i < head.i and c.lower_ in HONORIFICS for c in head.children
    )


def _told_of(verb: Token) -> bool:
    """ "was called ... by the judge": a passive speech verb outside a quote, whose
    subject does not take the floor; but "Dr Fox was asked if ...": the one asked
    has the floor to answer."""
    return _told_passively(verb) and not verb.lower_.startswith("ask")


def _told_passively(verb: Token) -> bool:
    """A passive speech verb whose subject is spoken of, not speaking ("was called",
    "was told"); "was quoted as saying", "is reported as saying" keep their subject
    as the speaker."""
    if not is_passive(verb) or verb.lower_.startswith(("quot", "cit")):
        return False
    return not any(
        c.lower_ == "as" and any(g.lower_ in SPEECH_VERBS for g in c.children)
        for c in verb.children
    )


def _relative_opening(verb: Token) -> Token | None:
    """ "Size, whose New Forms album won the prize, said ...": the name opening the
    sentence before a relative clause, which the model took for the clause's subject
    and left the main verb without one."""
    sent = verb.sent
    first = sent[0]
    if first.pos_ != "PROPN" or first.i + 2 >= verb.i:
        return None
    name_end = first.i
    while name_end + 1 < verb.i and verb.doc[name_end + 1].pos_ == "PROPN":
        name_end += 1
    comma, relative = verb.doc[name_end + 1], verb.doc[name_end + 2]
    if comma.text == "," and relative.lower_ in {"who", "whose"}:
        return verb.doc[name_end]
    return None


def _distinct(clusters: list[PersonCluster]) -> list[PersonCluster]:
    """Each person once, in order (clusters are mutable, so compared by identity)."""
    seen: list[PersonCluster] = []
    for c in clusters:
        if not any(c is s for s in seen):
            seen.append(c)
    return seen


def _takes_the_floor(name: Span) -> bool:
    """Whether a person named after someone spoke becomes who the text is about: as
    the subject of a sentence, or as the topic opening it ("For Richard Tateson, ...");
    a name in an object, a possessive or a reported clause does not."""
    root = name.root
    if root.dep_ == "conj" and root.head.dep_ in _SUBJECT_DEPS:
        root = root.head
    if root.dep_ in _SUBJECT_DEPS and _main_verb(root.head):
        return True  # not the subject of a clause someone else reports: "He conceded X ..."
    if name.start == root.sent.start:
        return True  # "Size, whose album won ..., said": a name opening a sentence
    # "For Richard Tateson, who ...": the topic the sentence opens with
    return root.dep_ == "pobj" and root.head.i == root.sent.start


def _main_verb(verb: Token) -> bool:
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _according_to(verb: Token) -> Token | None:
    """ "According to Mandaric, Redknapp vowed ...": the one who tells of it is the
    one speaking, not the one whose words are told."""
    for token in verb.sent:
        if token.lower_ == "according" and token.i < verb.i:
            found = _according_to_object(token)
            if found is not None:
                return found
    return None


def _according_to_object(according: Token) -> Token | None:
    to = next((c for c in according.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _role_noun(role: str | None) -> str | None:
    """The noun a role is: "Real Madrid midfielder" -> "midfielder", "editor of gadget
    magazine Stuff" -> "editor"; None for a role someone no longer or not yet holds
    ("former coach", "shadow chancellor")."""
    words = (role or "").lower().replace(",", " ").split()
    for i, word in enumerate(words):
        if word in {"of", "at", "for", "in", "with", "and"}:
            words = words[:i]
            break
    if not words or {"shadow", "former", "ex", "deputy", "vice", "assistant"} & set(words):
        return None
    return words[-1]


def _holds_title(role: str | None, title: str) -> bool:
    """ "chancellor" is held by "Chancellor of the Exchequer" or "UK chancellor", not by
    "shadow chancellor" or "former chancellor"."""
    words = (role or "").lower().replace(",", " ").split()
    if title not in words:
        return False
    before = words[: words.index(title)]
    return not {"shadow", "former", "ex", "deputy", "vice", "assistant"} & set(before)


def _subject(verb: Token, quoted: Callable[[Token], bool] = lambda t: False) -> Token | None:
    """The subject of a speech verb, climbing out of participles and conjuncts
    ("..., saying:", "and added") and through "quoted X as saying". A word inside
    the quote is never the subject: the parser sometimes hangs the quote's own
    subject on the verb ('"The obvious choice is Dawson" said Guscott')."""
    token = verb
    for _ in range(4):
        subject = next(
            (c for c in token.children if c.dep_ in _SUBJECT_DEPS and not quoted(c)), None
        )
        if subject is not None and token is not verb and _reported_patient(token, subject):
            token = token.head  # "He said more emphasis should be put ..., saying that"
            continue
        if subject is not None:
            return subject
        head = token.head
        if token.lower_ == "saying" and head.lower_ == "as" and head.head != head:
            return next((c for c in head.head.children if c.dep_ == "dobj"), None)
        if head == token or token.dep_ not in {"conj", "xcomp", "advcl", "ccomp", "pcomp"}:
            return None
        token = head
    return None


def _reported_patient(clause: Token, subject: Token) -> bool:
    """Whether a participle of speech ("saying") the model hung on a passive clause of
    reported speech ("He said more emphasis should be put on sport, saying ...") met
    that clause's subject: a thing undergoing the verb cannot be the one saying, so the
    participle belongs to the speech verb reporting the clause."""
    return (
        subject.dep_ == "nsubjpass"
        and subject.pos_ == "NOUN"
        and subject.lower_ not in PERSON_NOUNS
        and clause.dep_ == "ccomp"
        and clause.head.lower_ in SPEECH_VERBS
    )


def _noun_phrase(head: Token) -> str | None:
    doc: Doc = head.doc
    tokens = [doc[i] for i in range(head.left_edge.i, head.right_edge.i + 1)]
    tokens = [
        t
        for t in tokens
        if t.dep_ != "relcl" and not any(a.dep_ == "relcl" for a in t.ancestors if a.i >= head.i)
    ]
    while tokens and (tokens[0].dep_ in {"det", "predet"} or tokens[0].is_punct):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens or len(tokens) > MAX_ROLE_WORDS:
        return head.text.lower() if head.pos_ == "NOUN" else None
    return join_tokens(tokens)
