"""Speakers by gender, voice and who has the floor (issue 13 item 2), on sentences
written for these tests: a given name says who "he" and "she" can be, the passive
"was called ... by X" makes X the speaker and never the subject, and a quote after
one nobody can be named for does not go back to an earlier speaker."""

from __future__ import annotations

from generator.extract.first_names import given_name_gender
from generator.models import Briefing, Quote
from tests.extract_helpers import briefing_of


def _quote(briefing: Briefing, opening: str) -> Quote:
    return next(q for q in briefing.quotes if q.text.startswith(opening))


def test_he_is_not_the_woman_who_spoke_last() -> None:
    b = briefing_of(
        "Club secretary Helen Marsh said the offer was an insult. "
        '"We will not sell him to anyone," she added. The striker has scored 12 goals '
        'this season. "The fans have been brilliant to me all year," he said.'
    )
    assert _quote(b, "We will not sell him").speaker == "Helen Marsh"
    assert _quote(b, "The fans have been brilliant").speaker != "Helen Marsh"


def test_he_is_the_man_named_after_the_woman_who_spoke() -> None:
    b = briefing_of(
        "Club secretary Helen Marsh said the offer was an insult. "
        '"We will not sell him to anyone," she added.\n\n'
        "Striker Dean Foley has scored 12 goals this season. "
        '"The fans have been brilliant to me all year," he said.'
    )
    assert _quote(b, "The fans have been brilliant").speaker == "Dean Foley"


def test_a_given_name_says_the_gender_only_when_the_list_is_sure() -> None:
    assert [given_name_gender(w) for w in ("Karen", "Robbie", "Kim", "Jan", "Dubliner")] == [
        "f",
        "m",
        None,
        None,
        None,
    ]


def test_he_is_the_only_man_named_before_and_marked_unsure() -> None:
    b = briefing_of(
        "Rovers have offered two million pounds for midfielder Gary Moss.\n\n"
        "Chairwoman Julie Dean told a newspaper the bid was far too low. Some fans have "
        'criticised the club in recent weeks. "I just want to play football every week," '
        "he said."
    )
    quote = _quote(b, "I just want to play football")
    assert quote.speaker == "Gary Moss"
    assert quote.unsure is not None and "'he'" in quote.unsure


def test_he_with_only_women_named_is_left_empty_and_does_not_carry_on() -> None:
    b = briefing_of(
        'Manager Jane Cole said: "We are delighted with the win today."\n\n'
        'The visitors had led at half-time. "It was a hard game for us," he said. '
        '"We fought to the end but it was not enough."'
    )
    assert _quote(b, "We are delighted").speaker == "Jane Cole"
    for opening in ("It was a hard game", "We fought to the end"):
        quote = _quote(b, opening)
        assert quote.speaker is None and quote.speaker_reason


def test_the_passive_speaker_is_the_agent_not_the_subject() -> None:
    b = briefing_of(
        "Carl Webb, 44, was jailed for three years on Monday. Webb was called "
        '"a danger to every business in the town" by the trial judge.'
    )
    quote = _quote(b, "a danger to every business")
    assert quote.speaker != "Carl Webb"
    assert quote.speaker is None and "judge" in (quote.role or "")


def test_a_passive_speech_verb_without_an_agent_names_nobody() -> None:
    b = briefing_of(
        "Carl Webb, 44, was jailed for three years on Monday. In court Webb was described "
        'as "a man who showed no remorse at any stage".'
    )
    quote = _quote(b, "a man who showed no remorse")
    assert quote.speaker is None and quote.speaker_reason


def test_the_judge_is_not_the_accused_named_in_the_paragraph() -> None:
    b = briefing_of(
        "Carl Webb, 44, sold fake watches from a market stall.\n\n"
        "An inquiry into Webb began in 2003 after complaints from shoppers. The judge in "
        'the trial said that "the harm done to honest traders was considerable".'
    )
    quote = _quote(b, "the harm done to honest traders")
    assert quote.speaker != "Carl Webb"
    assert quote.speaker is None and "judge" in (quote.role or "")


def test_reported_as_saying_keeps_its_subject() -> None:
    b = briefing_of(
        "Critics say the plan will fail. "
        '"It is simply too expensive for the taxpayer," Mr Ian Hollis is reported as saying.'
    )
    assert _quote(b, "It is simply too expensive").speaker == "Ian Hollis"


def test_the_one_asked_answers() -> None:
    b = briefing_of(
        "Minister Paul Grady was asked whether he would resign. "
        '"I have done nothing wrong and I will stay in my job."'
    )
    assert _quote(b, "I have done nothing wrong").speaker == "Paul Grady"


def test_a_role_given_a_name_after_a_comma_is_that_person() -> None:
    # The model hangs the name on the organisation or makes it a second subject.
    b = briefing_of(
        "Ministers plan to cut legal aid. The new head of the Law Society, Mary Pike QC "
        'warned that the cuts would leave "thousands of families without any legal help".'
    )
    assert _quote(b, "thousands of families").speaker == "Mary Pike"


def test_the_role_noun_is_the_one_person_holding_it() -> None:
    b = briefing_of(
        "Chelsea have signed goalkeeper Tom Hale from Leeds. Manager Bob Grant praised the "
        'deal. "I have wanted to play for this club since I was a boy," the goalkeeper said.'
    )
    assert _quote(b, "I have wanted to play").speaker == "Tom Hale"


def test_a_role_noun_two_people_hold_names_nobody() -> None:
    b = briefing_of(
        "Chelsea have signed goalkeeper Tom Hale from Leeds and goalkeeper Sam Ord from "
        'Hull. "I have wanted to play for this club since I was a boy," the goalkeeper said.'
    )
    quote = _quote(b, "I have wanted to play")
    assert quote.speaker is None and quote.role == "goalkeeper"


def test_a_surname_after_a_title_is_the_person_whatever_the_model_tagged() -> None:
    b = briefing_of(
        "Ernest Gellhorn, a law professor at George Mason University, doubts the case will "
        'succeed. "As a practical matter, the lower courts have been highly sceptical of '
        'such claims," Prof Gellhorn said.'
    )
    assert _quote(b, "As a practical matter").speaker == "Ernest Gellhorn"


def test_a_colon_after_a_name_heading_a_role_phrase_and_the_quotes_it_runs_on() -> None:
    b = briefing_of(
        "Rovers were beaten at home.\n\n"
        ' - Rovers boss Alan Pardew: "We had a great chance to take the lead early on. '
        '"We started well but then we let them dictate the pace of the game."'
    )
    assert [q.speaker for q in b.quotes] == ["Alan Pardew", "Alan Pardew"]


def test_a_list_of_reactions_may_leave_out_the_colon() -> None:
    b = briefing_of(
        "Rovers were beaten at home.\n\n"
        ' - Rovers boss Alan Pardew "I am bitterly disappointed with the result today. '
        '"In the first half we put them under a lot of pressure."'
    )
    assert [q.speaker for q in b.quotes] == ["Alan Pardew", "Alan Pardew"]


def test_a_name_before_a_quote_without_a_colon_or_a_list_mark_is_no_cue() -> None:
    b = briefing_of(
        "Rovers were beaten at home.\n\n"
        'Alan Pardew "could not believe what he was seeing" as the second goal went in.'
    )
    assert all(q.speaker is None for q in b.quotes)


def test_each_item_of_a_list_of_reactions_has_its_own_speaker() -> None:
    # The model hangs the second name on "boss" (apposition): still one phrase.
    b = briefing_of(
        "Rovers were beaten at home.\n\n"
        ' - Rovers boss Alan Pardew: "We had a great chance to take the lead early on. '
        '"We started well but then we let them dictate the pace."\n\n'
        ' - Manchester United boss Sir Alex Ferguson: "It was not our best performance of '
        'the season. "At times, especially in the first half, we were far too slow."'
    )
    assert [q.speaker for q in b.quotes] == ["Alan Pardew"] * 2 + ["Alex Ferguson"] * 2


def test_a_list_item_whose_speaker_is_not_read_does_not_run_on_from_the_last() -> None:
    b = briefing_of(
        "Rovers were beaten at home.\n\n"
        ' - Rovers boss Alan Pardew: "We had a great chance to take the lead early on. '
        '"We started well but then we let them dictate the pace."\n\n'
        ' - The visiting manager "We deserved the win today. We were much the better side. '
        '"Rovers are a difficult side to play against at home."'
    )
    speakers = [q.speaker for q in b.quotes]
    assert speakers[:2] == ["Alan Pardew", "Alan Pardew"]
    assert "Alan Pardew" not in speakers[2:]
