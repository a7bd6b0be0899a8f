"""Who said a quote, one test per cue class of English (issue 13 item 2), on sentences
written for these tests in the style of wire and web news. A quote gets a speaker only
where the syntax or an explicit cue says who it is; the person the article is about, or
the nearest name, is never a default."""

from __future__ import annotations

from generator.models import Briefing, Quote
from tests.extract_helpers import briefing_of


def _quote(briefing: Briefing, opening: str) -> Quote:
    return next(q for q in briefing.quotes if q.text.startswith(opening))


def test_the_speech_verb_the_quote_hangs_on_not_the_nearest_one() -> None:
    # The second "say" is nearer to the first quote, but the quote is what Labour say.
    b = briefing_of(
        'Labour say a Lib Dem vote could "let the Tories in", while the Tories say it would '
        'mean "higher taxes and more red tape". The Labour Party has called the claim nonsense.'
    )
    assert _quote(b, "let the Tories in").speaker == "Labour Party"
    assert _quote(b, "higher taxes").speaker == "Conservative Party"


def test_a_common_noun_subject_keeps_its_own_quote() -> None:
    b = briefing_of(
        'Unions say the new rota would "leave wards short of staff", while hospital managers '
        'say it would "cut waiting times for patients".'
    )
    first = _quote(b, "leave wards")
    assert (first.speaker, first.role) == (None, "Unions")
    assert _quote(b, "cut waiting times").role == "hospital managers"


def test_a_witness_named_in_apposition_is_not_the_accused() -> None:
    # The model hangs "a passer-by, Karen Holt," on the court and leaves "said" without
    # a subject; "she told the jury" is the witness, not the man on trial.
    b = briefing_of(
        "Martin Doyle, 52, denies assaulting his neighbour.\n\n"
        "Giving evidence at Bristol Crown Court, a passer-by, Karen Holt, said she had heard "
        'shouting from the flat. "There was a lot of banging and then it all went quiet," '
        "she told the jury."
    )
    assert _quote(b, "There was a lot of banging").speaker == "Karen Holt"


def test_a_defence_lawyer_is_not_the_accused() -> None:
    b = briefing_of(
        "Former minister Paul Garnier pleaded not guilty on Monday. His lawyer, Sophie "
        "Marchand, told the court the charges were politically motivated. "
        '"My client has never taken a cent from anyone," she said.'
    )
    quote = _quote(b, "My client has never taken")
    assert quote.speaker != "Paul Garnier"
    assert quote.speaker == "Sophie Marchand" or "lawyer" in (quote.role or "")


def test_an_economist_after_the_president_is_the_economist() -> None:
    b = briefing_of(
        "President Emmanuel Okafor promised on Monday to bring prices down before the "
        'election. "Cutting the fuel tax now would only widen the deficit," said Grace '
        "Adebayo, an economist at Lagos Business School."
    )
    quote = _quote(b, "Cutting the fuel tax")
    assert quote.speaker == "Grace Adebayo"
    assert quote.role == "economist at Lagos Business School"


def test_a_hyphenated_surname_the_model_splits() -> None:
    b = briefing_of(
        "President Nana Akufo-Addo announced on Wednesday that Ghana would phase out its fuel "
        'subsidy. "We cannot keep borrowing to keep petrol cheap," Akufo-Addo told parliament '
        "in Accra."
    )
    assert _quote(b, "We cannot keep borrowing").speaker == "Nana Akufo-Addo"


def test_it_said_is_the_organisation_that_is_the_subject_before() -> None:
    b = briefing_of(
        "The Federation of Small Businesses criticised the decision. "
        '"This will hit small firms hardest," it said. '
        '"Many of them are already struggling to pay their energy bills."'
    )
    assert _quote(b, "This will hit").speaker == "Federation of Small Businesses"
    assert _quote(b, "Many of them").speaker == "Federation of Small Businesses"


def test_it_said_with_no_organisation_stays_empty_with_its_reason() -> None:
    b = briefing_of(
        'The vote was delayed again on Monday. "The timetable has slipped by another month," '
        "it said."
    )
    quote = _quote(b, "The timetable has slipped")
    assert quote.speaker is None
    assert quote.speaker_reason == "no organisation 'it' can refer to nearby"


def test_a_quote_after_only_the_previous_quotes_tag_goes_on() -> None:
    b = briefing_of(
        '"We will appeal against the ruling," said Northern Rail. '
        '"The fines are out of all proportion to what happened."'
    )
    assert _quote(b, "The fines are out").speaker == "Northern Rail"


def test_a_sentence_between_stops_the_organisation_going_on() -> None:
    b = briefing_of(
        '"We will appeal against the ruling," said Northern Rail. Passengers\' groups welcomed '
        'the fine. "The fines are out of all proportion to what happened."'
    )
    quote = _quote(b, "The fines are out")
    assert quote.speaker is None
    assert quote.speaker_reason


def test_according_to_names_the_speaker() -> None:
    b = briefing_of(
        '"The gas reserves will last until the spring," according to Jonathan Evans, the '
        "energy minister."
    )
    assert _quote(b, "The gas reserves").speaker == "Jonathan Evans"


def test_which_said_is_the_body_not_a_name_inside_the_quote() -> None:
    b = briefing_of(
        "The grant was welcomed by the Royal College of Nursing, which said "
        '"staff like Sarah Collins are at breaking point after a long winter".'
    )
    assert _quote(b, "staff like Sarah Collins").speaker == "Royal College of Nursing"


def test_single_quotation_marks_are_speech() -> None:
    # British style, as the Daily Mail writes it.
    b = briefing_of(
        "The landlord, Jack Pryce, took over the pub last spring. He said: 'We had no idea "
        "it would take off like this. The village has been brilliant.'\n\n"
        "'It is the heart of the village again,' said retired farmer Geoff Harris."
    )
    assert _quote(b, "We had no idea").speaker == "Jack Pryce"
    assert _quote(b, "It is the heart of the village").speaker == "Geoff Harris"


def test_a_quote_over_several_paragraphs_keeps_its_speaker() -> None:
    b = briefing_of(
        'Union leader Roy Rickhuss said the decision was a betrayal. "These are skilled jobs '
        "that have been in families for generations.\n\n"
        '"We were promised a plan for steel. What we have got is a closure notice.\n\n'
        '"The government has to step in now."\n\n'
        'Local MP Anna Turley said the town would not give up. "Redcar has been written off '
        'before," she said.'
    )
    speakers = [q.speaker for q in b.quotes]
    assert speakers == ["Roy Rickhuss", "Roy Rickhuss", "Roy Rickhuss", "Anna Turley"]


def test_he_is_the_person_named_by_a_surname_the_model_did_not_tag() -> None:
    b = briefing_of(
        "Chelsea manager Jose Mourinho expects the cup final to go to extra time.\n\n"
        "Mourinho is looking forward to facing his former club at Wembley. He said: "
        '"I would not be surprised if it goes to penalties."'
    )
    assert _quote(b, "I would not be surprised").speaker == "Jose Mourinho"


def test_he_is_the_only_person_named_before_and_marked_unsure() -> None:
    b = briefing_of(
        "Ken Bates has completed his takeover of Leeds United.\n\n"
        "The 73-year-old former Chelsea chairman signed the papers early on Friday morning. "
        'He said: "I am delighted to be taking charge of such a famous club."'
    )
    quote = _quote(b, "I am delighted")
    assert quote.speaker == "Ken Bates"
    assert quote.unsure == "'he' taken as Ken Bates, the only person named before"


def test_someone_unnamed_brought_in_is_not_the_only_person_named() -> None:
    # The accused is the only person named, but "a woman" came in since.
    b = briefing_of(
        "Martin Doyle has been charged with assaulting his neighbour.\n\n"
        "The court heard evidence from a woman who lives in the flat below. "
        '"I heard a loud bang and then screaming," she said.'
    )
    quote = _quote(b, "I heard a loud bang")
    assert quote.speaker is None
    assert quote.speaker_reason == "no one 'she' can refer to nearby"


def test_a_passive_speech_verb_does_not_take_the_quote() -> None:
    # The quote hangs on "revealed", whose subject is what will be revealed.
    b = briefing_of(
        "Full details of the new powers will not be revealed until a bill is published "
        '"in the next two weeks," a spokesman said.'
    )
    quote = _quote(b, "in the next two weeks")
    assert (quote.speaker, quote.role) == (None, "spokesman")
