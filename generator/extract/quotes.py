"""Direct quotes and who said them, by our own walk over the dependency parse.

Finding the quotes is done on characters, across paragraphs: straight marks are told
apart as opening or closing by what surrounds them; a paragraph that ends inside a
quote and a next one that opens with a mark is the BBC's multi-paragraph quote; an
opening mark while a quote is open means the corpus merged two paragraphs.

The speaker is the subject of the speech verb nearest the quote in its sentence,
before or after it ("X said: ...", "..., said X", "according to X"); "he" and "she"
after a quote are the person speaking last, else the last person named; a common
noun subject ("an official from Seoul's unification ministry") gives no name but a
role. A quote standing alone as its sentence continues the last speaker. Quotes of
one or two words count only as the object of a speech verb ("emphasized the 'growing
possibility'"); otherwise they are scare quotes, and a longer quote in a sentence
with no speech verb is a label, not speech.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract.document import ParsedArticle
from generator.extract.entities import Mention
from generator.extract.lexicon import (
    LABELLING_VERBS,
    ORG_ANAPHORS,
    PERSON_TITLES,
    PRONOUNS,
    SPEECH_VERBS,
)
from generator.extract.organizations_data import canonical_organization
from generator.extract.people import People, join_tokens
from generator.models import Quote

MIN_SPEECH_WORDS = 3  # shorter quotes are scare quotes unless a speech verb's object
MAX_ROLE_WORDS = 10
_OPENING_CONTEXT = set(" \t\n([{\u2014\u2013-/")
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@dataclass(slots=True)
class QuoteSpan:
    para: int
    start: int  # character offsets of the quoted words in the paragraph
    end: int
    continues: bool  # opened while the previous quote was still open


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    role: str | None
    is_person: bool = False


def find_quote_spans(texts: list[str]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    carried = False  # the previous paragraph ended inside a quote
    for para, text in enumerate(texts):
        open_at: int | None = None
        continues = False
        for i, ch in enumerate(text):
            kind = _mark_kind(text, i, open_at is not None) if ch in '"\u201c\u201d' else None
            if kind == "open":
                if open_at is not None:
                    spans.append(QuoteSpan(para, open_at, i, continues))
                    continues = True
                else:
                    continues = carried and not text[:i].strip()
                open_at = i + 1
            elif kind == "close" and open_at is not None:
                spans.append(QuoteSpan(para, open_at, i, continues))
                open_at, continues = None, False
        carried = open_at is not None
        if open_at is not None:
            spans.append(QuoteSpan(para, open_at, len(text), continues))
    return [s for s in spans if texts[s.para][s.start : s.end].strip(" ,.")]


def _mark_kind(text: str, i: int, is_open: bool) -> str:
    ch = text[i]
    if ch == "\u201c":
        return "open"
    if ch == "\u201d":
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _OPENING_CONTEXT and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if is_open else "open"


def find_quotes(
    parsed: ParsedArticle, mentions: list[Mention], people: People, spans: list[QuoteSpan]
) -> list[Quote]:
    """`spans`: the article's quotation spans (`find_quote_spans`), found once for
    quotes and dates."""
    finder = _SpeakerFinder(parsed, mentions, people, spans)
    found: list[tuple[QuoteSpan, Speaker | None]] = []
    for qs in spans:
        doc = parsed.paragraphs[qs.para].doc
        quoted = doc.char_span(qs.start, qs.end, alignment_mode="expand")
        if quoted is None or not len(quoted):
            continue
        verb, speaker = finder.attribute(qs, quoted)
        if not _is_speech(quoted, verb, speaker, finder.frame_words(qs, quoted)):
            continue
        if speaker is None:
            speaker = found[-1][1] if qs.continues and found else None
            speaker = speaker or finder.last_speaker_before(qs.para, quoted.start)
        if speaker is not None:
            finder.spoke(qs.para, quoted.start, speaker)
        found.append((qs, speaker))
    # A quote the corpus left unclosed may be attributed by the part that follows it.
    for i in range(len(found) - 1):
        if found[i][1] is None and found[i + 1][0].continues and found[i + 1][1] is not None:
            found[i] = (found[i][0], found[i + 1][1])
    quotes = []
    for qs, speaker in found:
        para = parsed.paragraphs[qs.para]
        text = para.text[qs.start : qs.end].strip().rstrip(",").strip()
        quotes.append(
            Quote(
                text=text,
                speaker=speaker.name if speaker else None,
                role=speaker.role if speaker else None,
                section=para.section,
                paragraph=para.paragraph,
            )
        )
    return quotes


def _is_speech(quoted: Span, verb: Token | None, speaker: Speaker | None, frame: int) -> bool:
    words = [t for t in quoted if not t.is_punct]
    if len(words) < MIN_SPEECH_WORDS:
        return (
            verb is not None
            and verb.lower_ != "according"
            and verb.lower_ not in LABELLING_VERBS
            and _is_object_of(quoted, verb)
        )
    # A partial quote inside a sentence with no speech verb is a label or a title.
    return not (verb is None and frame >= MIN_SPEECH_WORDS)


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

    def _quoted(self, para: int, token: Token) -> bool:
        return any(a <= token.idx < b for a, b in self.inside.get(para, []))

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
            and t.text not in '"\u201c\u201d'
        ]

    def frame_words(self, qs: QuoteSpan, quoted: Span) -> int:
        return sum(1 for t in self._frame(qs, quoted) if t.is_alpha)

    def attribute(self, qs: QuoteSpan, quoted: Span) -> tuple[Token | None, Speaker | None]:
        frame = self._frame(qs, quoted)
        verbs = [
            t
            for t in frame
            if (t.lower_ in SPEECH_VERBS and t.pos_ in {"VERB", "AUX"})
            or (t.lower_ == "according" and any(c.lower_ == "to" for c in t.children))
        ]
        if not verbs:
            return None, None
        verb = min(verbs, key=lambda t: min(abs(t.i - quoted.start), abs(t.i - quoted.end)))
        return verb, self._speaker_of(qs.para, verb)

    def _speaker_of(self, para: int, verb: Token) -> Speaker | None:
        if verb.lower_ == "according":
            to = next(c for c in verb.children if c.lower_ == "to")
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            return self._resolve(para, obj) if obj is not None else None
        # "Reuters quoted one trader as saying": the one quoted is the speaker.
        if verb.lower_.startswith("quot"):
            as_saying = any(
                c.lower_ == "as" and any(g.lower_ in SPEECH_VERBS for g in c.children)
                for c in verb.children
            )
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if as_saying and obj is not None:
                return self._resolve(para, obj)
        subject = _subject(verb, lambda t: self._quoted(para, t))
        if subject is None:
            return None
        return self._resolve(para, subject)

    def _resolve(self, para: int, head: Token) -> Speaker | None:
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
            person = self.people.in_span(para, doc[head.left_edge.i : head.right_edge.i + 1])
        if person is None and head.pos_ == "PROPN" and head.ent_type_ in {"", "PERSON", "ORG"}:
            # A surname the model did not tag this time: "Sivabaek added: ...".
            person = next((c for c in self.people.clusters if head.text in c.words), None)
        if person is not None:
            return Speaker(person.name, person.role, is_person=True)
        if head.lower_ in PRONOUNS:
            return self._pronoun(para, head)
        org = self._org_at(para, head)
        if org is not None:
            return Speaker(org, None)
        if head.lower_ == "statement":
            # "said an SFA statement": the body whose statement it is
            owner = next((c for c in head.children if c.dep_ in {"compound", "poss"}), None)
            org = self._org_at(para, owner) if owner is not None else None
            if org is not None:
                return Speaker(org, None)
        titled = self._definite_title(para, head)
        if titled is not None:
            return titled
        if head.lower_ in ORG_ANAPHORS and any(c.lower_ == "the" for c in head.children):
            # "the firm said": the organisation the article is about, i.e. named most.
            before = [
                canonical_organization(m.text)
                for m in self.orgs
                if (m.para, m.start) < (para, head.i)
            ]
            if before:
                return Speaker(max(before, key=lambda n: (before.count(n), -before.index(n))), None)
        if head.pos_ in {"NOUN", "PROPN"}:
            role = _noun_phrase(head)
            return Speaker(None, role) if role else None
        return None

    def _definite_title(self, para: int, head: Token) -> Speaker | None:
        """ "the chancellor said", "said the director behind JFK": a title with "the"
        names someone already introduced: the person whose role holds that title, or
        else the person named last, in this paragraph, if the article gave them no role."""
        if head.lower_ not in PERSON_TITLES or not any(
            c.lower_ == "the" and c.dep_ == "det" for c in head.children
        ):
            return None
        before = self.people.mentions_before(para, head.i)
        for _, cluster in before:
            if _holds_title(cluster.role, head.lower_):
                return Speaker(cluster.name, cluster.role, is_person=True)
        # No one has that role: the person just named, if the article gave them none
        # ("Mr Brown ... the chancellor said").
        for mention, cluster in before:
            if self._quoted(mention.para, mention.span(self.parsed)[0]):
                continue
            if mention.para == para and cluster.role is None:
                return Speaker(cluster.name, cluster.role, is_person=True)
            return None
        return None

    def _org_at(self, para: int, head: Token) -> str | None:
        for m in self.orgs:
            if m.para == para and m.start <= head.i < m.end:
                return canonical_organization(m.text)
        return None

    def _pronoun(self, para: int, pronoun: Token) -> Speaker | None:
        gender = PRONOUNS[pronoun.lower_]
        # "..., he added": the person speaking goes on speaking.
        last = self.last_speaker_before(para, pronoun.i)
        if last is not None and last.is_person and self._gender_fits(last.name, gender):
            return last
        for mention, cluster in self.people.mentions_before(para, pronoun.i):
            span = mention.span(self.parsed)
            if self._quoted(mention.para, span[0]):
                continue
            if cluster.gender in (None, gender):
                return Speaker(cluster.name, cluster.role, is_person=True)
        return None

    def _gender_fits(self, name: str | None, gender: str) -> bool:
        cluster = next((c for c in self.people.clusters if c.name == name), None)
        return cluster is None or cluster.gender in (None, gender)

    def spoke(self, para: int, token: int, speaker: Speaker) -> None:
        self.events.append((para, token, speaker))

    def last_speaker_before(self, para: int, token: int) -> Speaker | None:
        """Who spoke last before a position: a quote's speaker or the subject of a
        speech verb in reported speech ("She said new mothers were ...")."""
        best: tuple[tuple[int, int], Speaker] | None = None
        for e_para, e_tok, speaker in self.events:
            if (e_para, e_tok) < (para, token) and (best is None or (e_para, e_tok) > best[0]):
                best = ((e_para, e_tok), speaker)
        for p in self.parsed.paragraphs[max(0, para - 1) : para + 1]:
            for t in p.tokens:
                if (p.index, t.i) >= (para, token) or (best and (p.index, t.i) <= best[0]):
                    continue
                if t.lower_ in SPEECH_VERBS and t.pos_ == "VERB" and not self._quoted(p.index, t):
                    subject = _subject(t, functools.partial(self._quoted, p.index))
                    if subject is None or subject.lower_ in PRONOUNS:
                        continue
                    resolved = self._resolve(p.index, subject)
                    if resolved is not None and resolved.is_person:
                        best = ((p.index, t.i), resolved)
        return best[1] if best else None


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
        if subject is not None:
            return subject
        head = token.head
        if token.lower_ == "saying" and head.lower_ == "as" and head.head != head:
            return next((c for c in head.head.children if c.dep_ == "dobj"), None)
        if head == token or token.dep_ not in {"conj", "xcomp", "advcl", "ccomp", "pcomp"}:
            return None
        token = head
    return None


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
