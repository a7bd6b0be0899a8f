"""Quotes and speakers, each rule with real sentences of the BBC corpus."""

from __future__ import annotations

from generator.extract.quote_marks import find_quote_spans
from tests.extract_helpers import briefing_of


def _texts(paragraphs: list[str]) -> list[str]:
    return [p[s.start : s.end] for s in find_quote_spans(paragraphs) for p in [paragraphs[s.para]]]


def test_multi_paragraph_quote_continues_without_a_closing_mark() -> None:
    # entertainment/383: the quote opens in one paragraph and goes on in the next.
    paragraphs = [
        '"Through your work and your campaigns, you have shown us how the artist occupies '
        'an essential place in our contemporary society," Mr de Vabres said. "Through your '
        "dreams which you show us, through the links that you weave, you question the world",
        '"And I want robots to treat humans as human beings," she added.',
    ]
    spans = find_quote_spans(paragraphs)
    assert [s.continues for s in spans] == [False, False, True]


def test_an_opening_mark_inside_an_open_quote_starts_a_continuation() -> None:
    # politics/001: the corpus merged two paragraphs of one quote.
    text = (
        'Ms Hewitt said: "We have already taken it up to 26 weeks. "We are going to extend '
        'the pay to nine months by 2007."'
    )
    spans = find_quote_spans([text])
    assert [text[s.start : s.end] for s in spans] == [
        "We have already taken it up to 26 weeks. ",
        "We are going to extend the pay to nine months by 2007.",
    ]
    assert spans[1].continues


def test_curly_and_straight_marks() -> None:
    assert _texts(['He said \u201cwe will win\u201d and "they will lose" today.']) == [
        "we will win",
        "they will lose",
    ]


def test_speaker_after_the_quote() -> None:
    b = briefing_of(
        "\"Attacking a spammer's website is like poking a grizzly bear sleeping in your back "
        'garden with a pointy stick," said Graham Cluley, senior technology consultant for Sophos.'
    )
    (quote,) = b.quotes
    assert quote.speaker == "Graham Cluley"
    assert quote.role == "senior technology consultant for Sophos"


def test_speaker_before_the_quote_with_a_colon() -> None:
    b = briefing_of(
        "Her coach Aston Moore told the Times: \"We're not looking at any sooner than 2006, "
        'not as a triple jumper."'
    )
    assert [q.speaker for q in b.quotes] == ["Aston Moore"]


def test_he_added_is_the_person_speaking_not_the_last_named() -> None:
    # sport/008: "Hansen" is named last, but Moore is the one speaking.
    b = briefing_of(
        "Her coach Aston Moore spoke to reporters. Moore said he is confident Hansen can make "
        "it back to top-level competition. \"It's been a frustrating time for her, but it has "
        'not fazed her determination," he added.'
    )
    assert [q.speaker for q in b.quotes] == ["Aston Moore"]


def test_a_quote_alone_in_its_paragraph_continues_the_last_speaker() -> None:
    # politics/357
    b = briefing_of(
        "Mr Raynsford said nearly all central government departments had an interest. "
        '"Obviously we had some pretty frank discussions about this," he told BBC Radio 4.\n\n'
        '"This is a response to the concerns that have been voiced by local government about '
        'the pressures they face."'
    )
    assert [q.speaker for q in b.quotes] == ["Raynsford", "Raynsford"]


def test_unnamed_speaker_keeps_the_role() -> None:
    b = briefing_of(
        "Furthermore, an official from Seoul\u2019s unification ministry emphasized the "
        "\u201cgrowing possibility\u201d of an arms deal between Pyongyang and Moscow."
    )
    (quote,) = b.quotes
    assert quote.speaker is None
    assert quote.role == "official from Seoul\u2019s unification ministry"


def test_quoted_as_saying_names_the_one_quoted() -> None:
    # business/417
    b = briefing_of(
        "\"The chief executive would be abandoning his duty if he didn't talk to rivals, but a "
        "deal doesn't seem likely,\" Reuters quoted one trader as saying."
    )
    (quote,) = b.quotes
    assert quote.speaker is None and quote.role == "one trader"


def test_scare_quotes_are_not_speech() -> None:
    # politics/357 and business/091
    b = briefing_of(
        'He insisted the changes were "very modest" and designed to tackle the problem of '
        'workers retiring "very early". Standard & Poor\'s has classed Russian bonds as '
        '"investment grade", up from their former "speculative" rating.'
    )
    assert b.quotes == []


def test_a_label_in_quotes_is_not_speech() -> None:
    # tech/374: a plan's name, with no verb of saying.
    b = briefing_of(
        'It also plans to develop a "worldwide entertainment concept" with the brand, '
        "although details are not yet known."
    )
    assert b.quotes == []


def test_a_partial_quote_in_reported_speech_is_speech() -> None:
    # entertainment/237
    b = briefing_of(
        "Knight and drum 'n' bass star Roni Size have released No More. Size said gun use "
        'was "nothing to be glamorised".'
    )
    assert [(q.text, q.speaker) for q in b.quotes] == [("nothing to be glamorised", "Roni Size")]


def test_a_word_inside_the_quote_is_never_its_speaker() -> None:
    # sport/342: the parser hangs the quote's "Dawson" on "said" as a second subject
    b = briefing_of(
        "Former England skipper Jeremy Guscott told BBC Radio Five Live his choice would be "
        "Matt Dawson.\n\n"
        '"The obvious choice is Dawson" said Guscott. "Especially given that Harry Ellis did '
        'not have his best game at scrum-half on Saturday."'
    )
    speakers = {q.text[:20]: q.speaker for q in b.quotes}
    assert speakers["The obvious choice i"] == "Jeremy Guscott"


def test_the_title_with_the_names_the_person_just_named() -> None:
    # politics/392: "Mr Brown ... the chancellor said"
    b = briefing_of(
        "The days of Britain having to apologise for its colonial past are over, Gordon Brown "
        "has said.\n\n"
        "On top of the relief deal with Tanzania Mr Brown said the UK would make similar "
        'offers to 70 poorer nations. "We make this offer unilaterally but we are now asking '
        'other countries to join us," the chancellor said.'
    )
    [quote] = b.quotes
    assert quote.speaker == "Gordon Brown"


def test_the_title_goes_to_the_person_holding_it_not_a_shadow() -> None:
    # politics/175: the chancellor is not the shadow chancellor
    b = briefing_of(
        "Chancellor Gordon Brown set out his plans on Monday.\n\n"
        "Shadow chancellor Oliver Letwin attacked them.\n\n"
        '"This is clear and fundamental," the chancellor said.'
    )
    [quote] = b.quotes
    assert quote.speaker == "Gordon Brown"


def test_a_statement_of_an_organisation_speaks_for_it() -> None:
    # sport/147: "said an SFA statement"
    b = briefing_of(
        "The Scottish Football Association (SFA) is awaiting the referee's report.\n\n"
        '"We don\'t know how many red cards he was shown," said an SFA statement.'
    )
    [quote] = b.quotes
    assert quote.speaker in {"SFA", "Scottish Football Association"}


def test_a_critics_words_after_labelling_are_a_quote_a_single_word_is_not() -> None:
    # entertainment/074 and 185
    b = briefing_of(
        "US critics were less complimentary about the project, with the Los Angeles Times "
        'labelling it a "dispiriting vanity project".\n\n'
        'One critic labelled the film "idiotic".'
    )
    texts = [q.text for q in b.quotes]
    assert "dispiriting vanity project" in texts and "idiotic" not in texts
    [quote] = b.quotes
    assert quote.speaker == "Los Angeles Times"
