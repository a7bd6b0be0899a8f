"""Where a person's name begins and ends, and which one-word names are people (issue 13):
a sentence's first word before a given name, an elected office's letters before a name,
a hyphenated surname, a peer named by title. Each sentence is new (written for these
tests)."""

from __future__ import annotations

from tests.extract_helpers import briefing_of


def _people(text: str) -> list[str]:
    return [p.name for p in briefing_of(text).people]


def test_a_word_opening_the_sentence_is_no_part_of_the_name() -> None:
    assert _people("Veteran Bruce Willis said he was happy to be back on stage.") == [
        "Bruce Willis"
    ]


def test_a_given_name_at_the_sentence_start_stays() -> None:
    assert "Maria Sharapova" in _people("Maria Sharapova said she felt ready for the final.")


def test_an_elected_office_before_a_name_makes_it_a_person() -> None:
    people = _people(
        "Dutch Socialist MEP Erik Meijer warned on Monday that the directive was a mistake."
    )
    assert "Erik Meijer" in people


def test_the_whole_name_after_an_office_is_kept() -> None:
    people = _people("Labour MP Parmjit Dhanda Singh said the vote had been close.")
    assert "Parmjit Dhanda Singh" in people
    assert "Dhanda Singh" not in people


def test_a_hyphenated_surname_after_an_office_is_whole() -> None:
    people = _people(
        "Former television presenter and Yorkshire MEP Annabel Smythe-Jones has joined the "
        "new party."
    )
    assert "Annabel Smythe-Jones" in people
    assert "Annabel Smythe" not in people


def test_a_peer_named_only_by_title_is_a_person() -> None:
    people = _people(
        "Lord Brennan resigned from the committee on Tuesday after a row over expenses."
    )
    assert people == ["Brennan"]


def test_a_title_inside_a_song_name_is_no_person() -> None:
    # "Ms Jackson" is a song: a one-word name with an honorific that does nothing
    assert "Jackson" not in _people("The duo scored their first hit in the UK with Ms Jackson.")


def test_a_peer_is_a_person_wherever_the_sentence_puts_him() -> None:
    # not the subject of anything: named beside another, by title and surname
    people = _people("The judge, sitting with Lord Osborne and Lord Hamilton, rejected the appeal.")
    assert people == ["Osborne", "Hamilton"]


def test_a_word_for_kin_introduces_a_person() -> None:
    people = _people('"We could use the money," the collector\'s son Stephen, 57, said.')
    assert people == ["Stephen"]
    # "sister company" is no kin: the noun must come right before the name
    assert _people("Its sister company Oakfield Ltd made a loss.") == []


def test_a_noun_for_a_young_player_introduces_a_person() -> None:
    assert _people("The shortlist includes Brazilian youngster Marta and two others.") == ["Marta"]


def test_a_word_for_a_citys_native_is_no_name() -> None:
    people = _people("But the 25-year-old Dubliner underlined his intention to stay at the club.")
    assert people == []


def test_a_name_only_written_after_an_article_is_a_part_not_a_person() -> None:
    people = _people(
        "The film chronicles the transformation of the heroic Anakin Skywalker into the "
        "evil Darth Vader."
    )
    assert people == []


def test_the_late_and_an_age_before_a_name_are_a_persons() -> None:
    people = _people(
        "The singer thanked the late John Peel, and the 62-year-old Mick Jagger waved."
    )
    assert people == ["John Peel", "Mick Jagger"]
