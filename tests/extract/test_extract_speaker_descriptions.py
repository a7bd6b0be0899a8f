"""Speakers named by a description or a title before the name (issue 13 item 2), on
sentences written for these tests: "the defender said" names again the one person named
just before whom it fits; a newcomer ("the lawyer"), someone brought in unnamed ("an
executive"), a relation ("his son") or two who fit name nobody. A bare singular noun
before a name is its title; a participle of speech belongs to the speech verb, not to
the passive clause it reports; "the firm" is the body a main clause was about."""

from __future__ import annotations

from generator.models import Briefing, Quote
from tests.extract_helpers import briefing_of


def _quote(briefing: Briefing, opening: str) -> Quote:
    return next(q for q in briefing.quotes if q.text.startswith(opening))


def test_the_defender_is_the_player_named_before_a_run_of_he() -> None:
    b = briefing_of(
        "Liam Carter is ready to sign a new contract with Rovers.\n\n"
        "He was once dropped by Rovers boss Tom Hale but has since won his place back. "
        'Talks have begun and the defender said: "I want to stay here for a long time."'
    )
    quote = _quote(b, "I want to stay here")
    assert quote.speaker == "Liam Carter"
    assert quote.unsure is not None and "'the defender'" in quote.unsure


def test_the_mp_is_the_one_named_just_before() -> None:
    b = briefing_of(
        "Labour MPs met on Monday.\n\n"
        "However, Mr Derek Hollis predicted the campaign would begin once the budget was "
        'out. The MP for Ashford said the prime minister had been "trying very hard to win '
        'back trust".'
    )
    assert _quote(b, "trying very hard").speaker == "Derek Hollis"


def test_a_description_fits_no_one_with_another_office() -> None:
    # "the defender" is not the manager, whose role is known, and nobody else is named.
    b = briefing_of(
        'Rovers manager Tom Hale praised the back four. The defender said: "We worked hard '
        'all week on our shape."'
    )
    quote = _quote(b, "We worked hard")
    assert quote.speaker is None
    assert quote.role == "defender"


def test_two_people_a_description_fits_name_nobody() -> None:
    b = briefing_of(
        "Liam Carter and Sam Boyd both signed new deals on Friday. "
        'The defender said: "I want to stay here for a long time."'
    )
    assert _quote(b, "I want to stay here").speaker is None


def test_the_lawyer_is_not_the_accused_named_before() -> None:
    b = briefing_of(
        "Paul Garnier pleaded not guilty at Leeds Crown Court on Monday. The lawyer said: "
        '"My client has never taken a penny from anyone."'
    )
    quote = _quote(b, "My client has never")
    assert quote.speaker is None
    assert quote.role == "lawyer"


def test_the_executive_is_the_unnamed_one_brought_in_not_a_name_near_it() -> None:
    b = briefing_of(
        "A newspaper quoted an unnamed executive close to Anna Berg as saying a bid was "
        'near. "We will make our offer within a week," the paper quoted the executive as '
        "saying."
    )
    assert _quote(b, "We will make our offer").speaker is None


def test_someones_son_is_not_them() -> None:
    b = briefing_of(
        "Recording engineer Walter Fenn kept the tapes for fifty years. "
        '"He called them his rainy-day tapes," his son said.'
    )
    assert _quote(b, "He called them").speaker != "Walter Fenn"


def test_a_title_written_before_the_name_is_not_a_speaker_of_its_own() -> None:
    # The model reads "spokesman for sport Hugh Robertson" as a spokesman for someone.
    b = briefing_of(
        "The government launched its sport plan on Monday. Shadow spokesman for sport "
        'Hugh Robertson said: "I suspect the plan will fail the schools that need it most."'
    )
    assert _quote(b, "I suspect the plan").speaker == "Hugh Robertson"


def test_saying_belongs_to_the_speech_verb_not_the_passive_clause() -> None:
    b = briefing_of(
        "Shadow spokesman for sport Hugh Robertson spoke in London on Monday. He said more "
        "emphasis should be put on traditional sports, saying that an "
        '"anti-competitive sport agenda" had been pursued in recent years.'
    )
    assert _quote(b, "anti-competitive").speaker == "Hugh Robertson"


def test_the_firm_is_the_body_of_the_main_clause_not_the_product_it_tells_of() -> None:
    b = briefing_of(
        "Copy protection firm Macrovision has a new system. Macrovision says its new "
        "ShieldCopy technology will stop most copying programs. "
        '"ShieldCopy is designed to reduce copying of discs," said the firm.'
    )
    assert _quote(b, "ShieldCopy is designed").speaker != "ShieldCopy"
