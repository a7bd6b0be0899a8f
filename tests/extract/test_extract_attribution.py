"""Attribution: a quote gets a speaker only where the language says who it is; a wrong
speaker is worse than none. Sentences written for the cases that went wrong on real
pages (issue 13): an economist's, an official's, a lawyer's and a witness's words."""

from __future__ import annotations

from generator.extract.quote_marks import find_quote_spans
from generator.extract.quotes import mark_unlisted_speakers
from generator.models import Quote
from tests.extract_helpers import briefing_of


def test_an_economists_words_are_not_the_head_of_states() -> None:
    b = briefing_of(
        "President Emmanuel Macron announced a tax on fuel on Monday. An economist at the "
        'Bank of France was sceptical. "This will not raise the money the government '
        'hopes for," he said.'
    )
    (quote,) = b.quotes
    assert quote.speaker is None
    assert quote.role is not None and "economist" in quote.role


def test_a_foreign_officials_words_are_not_the_head_of_states() -> None:
    b = briefing_of(
        "Prime Minister Narendra Modi met his Chinese counterpart in Beijing.\n\n"
        "A senior official of the Chinese foreign ministry told reporters the talks had "
        'gone well. "Both sides want to lower tensions on the border," the official said.'
    )
    (quote,) = b.quotes
    assert quote.speaker is None
    assert quote.role == "official"


def test_a_defence_lawyers_words_are_not_the_accuseds() -> None:
    b = briefing_of(
        "John Carter, 42, denies murder. His defence lawyer told the jury the evidence was "
        'thin. "There is not one witness who saw my client that night," he said.'
    )
    (quote,) = b.quotes
    assert quote.speaker is None
    assert quote.role is not None and "lawyer" in quote.role


def test_a_witnesss_testimony_is_not_the_person_the_article_is_about() -> None:
    b = briefing_of(
        "Singer Robert Kelly went on trial in Chicago on Tuesday.\n\n"
        "A woman who worked for the singer in 1998 told the court she had seen the tape. "
        '"I recognised the room at once," she said.'
    )
    (quote,) = b.quotes
    assert quote.speaker != "Robert Kelly"


def test_he_said_goes_to_the_one_man_named_in_the_previous_sentence() -> None:
    b = briefing_of(
        "The club sacked its manager on Friday. Mr Tom Hughes, the chairman, called it a "
        'hard decision. "We had no choice after seven defeats," he said.'
    )
    (quote,) = b.quotes
    assert quote.speaker == "Tom Hughes"
    assert quote.speaker_reason is None


def test_he_said_with_two_men_named_gives_no_speaker_and_says_why() -> None:
    b = briefing_of(
        "Talks between Mr Alan Reid and Mr Peter Grant ended in Leeds on Monday. "
        '"The deal is off," he said.'
    )
    (quote,) = b.quotes
    assert quote.speaker is None
    assert quote.speaker_reason is not None and "several candidates" in quote.speaker_reason


def test_a_person_named_as_an_object_does_not_take_the_floor() -> None:
    b = briefing_of(
        'Jackie Stallone said: "I need a holiday." But she was pleased to have made up '
        'with actress Brigitte Nielsen. "That alone was worth it," she said.'
    )
    assert [q.speaker for q in b.quotes] == ["Jackie Stallone", "Jackie Stallone"]


def test_the_subject_is_the_antecedent_not_the_object() -> None:
    b = briefing_of(
        "Dave Hill has been impressed by the work of Jose Carter at the club. "
        '"They have a good team spirit," he said.'
    )
    (quote,) = b.quotes
    assert quote.speaker == "Dave Hill"


def test_she_said_skips_a_man_named_in_between() -> None:
    b = briefing_of(
        "Mrs Ann Lee and Mr Mark Tan spoke at the rally in Glasgow. "
        '"Nobody listens to us," she said.'
    )
    (quote,) = b.quotes
    assert quote.speaker == "Ann Lee"


def test_a_standalone_quote_after_someone_else_is_named_gets_no_speaker() -> None:
    b = briefing_of(
        'Ms Jane Harris, the head teacher, said: "The school will stay open."\n\n'
        "Councillor Brian Moss has led the campaign against it since 2019.\n\n"
        '"It is the only school in the valley and it has to stay."'
    )
    assert b.quotes[0].speaker == "Jane Harris"
    assert b.quotes[1].speaker is None
    assert b.quotes[1].speaker_reason == "no speech verb with a subject"


def test_a_name_and_a_colon_give_the_speaker() -> None:
    b = briefing_of(
        "The minister was asked about the strike on the radio.\n\n"
        'Mr Peter Hain: "We will not be bullied into a deal that the country cannot afford."'
    )
    (quote,) = b.quotes
    assert quote.speaker == "Peter Hain"


def test_according_to_names_the_speaker() -> None:
    b = briefing_of(
        'The plan was "a disaster waiting to happen", according to Professor Ruth Adams, '
        "who advised the council."
    )
    (quote,) = b.quotes
    assert quote.speaker == "Ruth Adams"


def test_single_quotes_in_the_daily_mail_style_are_quotes() -> None:
    b = briefing_of(
        "Detective Inspector Sarah Cole said the family had been told. 'We are doing "
        "everything we can to find the people responsible,' she said. 'Anyone who saw the "
        "car should call us.'"
    )
    texts = [q.text for q in b.quotes]
    assert texts == [
        "We are doing everything we can to find the people responsible",
        "Anyone who saw the car should call us.",
    ]
    assert {q.speaker for q in b.quotes} == {"Sarah Cole"}


def test_apostrophes_and_plural_possessives_open_no_quote() -> None:
    text = "The players' union said it won't talk to the clubs' owners before 'the new season'."
    spans = find_quote_spans([text])
    assert [text[s.start : s.end] for s in spans] == ["the new season"]


def test_single_marks_inside_double_quotes_are_part_of_the_quote() -> None:
    text = "\"He told me 'I am staying' and then he left,\" she said."
    spans = find_quote_spans([text])
    assert [text[s.start : s.end] for s in spans] == ["He told me 'I am staying' and then he left,"]


def test_the_title_guessed_from_the_last_speaker_is_marked_unsure() -> None:
    b = briefing_of(
        "Mr Gordon Brown said the UK would make similar offers to 70 poorer nations. "
        '"We make this offer unilaterally," the chancellor said.'
    )
    (quote,) = b.quotes
    assert quote.speaker == "Gordon Brown"
    assert quote.unsure is not None and "spoke last" in quote.unsure


def test_according_to_makes_the_teller_the_speaker_not_the_one_told_of() -> None:
    b = briefing_of(
        "Club chairman Milan Novak was angry on Monday.\n\n"
        "According to Novak, Harry Bell promised he would stay at the club. "
        '"I trusted him completely and he let me down," he said.'
    )
    (quote,) = b.quotes
    assert quote.speaker == "Milan Novak"


def test_a_speaker_the_briefing_does_not_list_is_marked_unsure() -> None:
    quotes = [
        Quote(text="The referee acted within the laws", speaker="SFA", section=1, paragraph=1),
        Quote(text="We had no choice", speaker="Ann Lee", section=1, paragraph=2),
    ]
    marked = mark_unlisted_speakers(quotes, {"Ann Lee"})
    assert marked[0].unsure == "SFA is not among the people or organisations"
    assert marked[1].unsure is None
