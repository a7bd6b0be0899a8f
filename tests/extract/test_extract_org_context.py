"""Organisations told apart by the words around a name (issue 13, item 3): a band or a
maker by what it puts out, a body by what the sentence calls it, a firm's whole name
across "&", and the awards, treaties, buildings and common nouns that are not bodies.
The sentences are written for these tests, not taken from the annotated sets."""

from __future__ import annotations

from generator.models import Briefing
from tests.extract_helpers import briefing_of


def orgs(b: Briefing) -> list[str]:
    return [o.name for o in b.organizations]


def people(b: Briefing) -> list[str]:
    return [p.name for p in b.people]


def test_the_name_before_plural_songs_or_products_is_the_band_or_maker() -> None:
    b = briefing_of(
        "The tenor closed the concert with several Kinks numbers and an encore.\n\n"
        "Critics said other Toshiba products sold better in the spring."
    )
    assert {"Kinks", "Toshiba"} <= set(orgs(b))
    assert "Kinks" not in people(b)


def test_a_singular_work_noun_still_names_the_work() -> None:
    b = briefing_of("Fans queued for the Hopes and Fears album in every town.")
    assert "Hopes and Fears" not in orgs(b)


def test_the_owner_of_a_thing_made_is_its_maker() -> None:
    b = briefing_of("Awards went to Pentax's K10D digital camera and to Casio's slim laptop.")
    assert {"Pentax", "Casio"} <= set(orgs(b))


def test_a_numbered_name_owned_by_a_firm_is_its_product() -> None:
    b = briefing_of(
        "RealNetworks's Jukebox Plus 10 won the software prize.\n\n"
        "He told the BBC's Radio 4 about it."
    )
    assert {"RealNetworks", "Radio 4"} <= set(orgs(b))
    assert "Jukebox Plus 10" not in orgs(b)


def test_titles_listed_after_a_plural_noun_for_works_are_works() -> None:
    b = briefing_of("Ten games go on sale, including Sky Rider, Dark Castle and Iron Harvest.")
    assert not {"Sky Rider", "Dark Castle", "Iron Harvest"} & {*orgs(b), *people(b)}


def test_a_name_beside_a_noun_for_a_work_is_its_title() -> None:
    b = briefing_of(
        "The best seller was another strategy title, Empire Builder 2006, at number three."
    )
    assert orgs(b) == []


def test_a_station_after_its_medium_is_a_broadcaster() -> None:
    b = briefing_of(
        "More than 45,000 people were surveyed by digital TV station Music Box.\n\n"
        "Others were asked by digital TV station Music Now."
    )
    assert orgs(b) == ["Music Box"]
    assert "Music Box" not in people(b)


def test_a_name_the_sentence_calls_an_association_is_one() -> None:
    b = briefing_of(
        "Votes also came from Unionpro, the worldwide association of concert promoters."
    )
    assert "Unionpro" in orgs(b)


def test_an_ampersand_joins_one_firms_name() -> None:
    b = briefing_of(
        "Aircraft maker Rolls & Royce said on Monday it would cut jobs.\n\n"
        '"Rates will rise," said analyst Jane Hill of Barton & Sons.'
    )
    assert {"Rolls & Royce", "Barton & Sons"} <= set(orgs(b))
    assert not {"Rolls", "Barton"} & set(orgs(b))


def test_a_station_keeps_the_words_after_radio() -> None:
    b = briefing_of('"It was a fine game," Jones told BBC Radio Five Live\'s Sportsweek programme.')
    assert "BBC Radio Five Live" in orgs(b)
    assert "BBC Radio" not in orgs(b)


def test_awards_treaties_and_buildings_are_not_bodies() -> None:
    b = briefing_of(
        "Fifa hopes Kaka will be named World Player of the Year on Monday.\n\n"
        "The gala will be held at Vienna's Opera house.\n\n"
        "Lawyers invoked the European Convention on Human Rights again.\n\n"
        "The Severn Tunnel was closed for a week."
    )
    assert orgs(b) == ["Fifa"]


def test_a_relative_named_before_a_name_is_a_person() -> None:
    b = briefing_of(
        "Fans tend to forget the impact the 2001 murder of brother Kunle Price had had on "
        "the family."
    )
    assert "Kunle Price" in people(b)
    assert "Kunle Price" not in orgs(b)


def test_a_word_capitalised_only_where_it_opens_a_sentence_is_no_name() -> None:
    b = briefing_of(
        "House prices rose again in May.\n\n"
        "Analysts said house prices would keep rising. Apple shares rose."
    )
    assert orgs(b) == ["Apple"]


def test_a_noun_for_the_kind_of_body_opening_a_sentence_is_not_its_name() -> None:
    b = briefing_of("Bookmakers Coral says the favourite has drifted to 5/1.")
    assert orgs(b) == ["Coral"]


def test_bookmakers_before_a_name_make_it_a_bookmaker() -> None:
    b = briefing_of("He has odds of 5/1 at bookmakers VC Stakes.")
    assert orgs(b) == ["VC Stakes"]
    assert people(b) == []


def test_an_acronym_before_programme_is_the_broadcaster() -> None:
    b = briefing_of('"It was a mistake," she told the NBC programme, to be aired on Friday.')
    assert orgs(b) == ["NBC"]


def test_a_name_before_television_is_the_broadcaster() -> None:
    b = briefing_of(
        "Judge Sharon Osbourne will present Vexa television's live coverage of the event."
    )
    assert "Vexa" in orgs(b)


def test_a_capitalised_number_before_a_plural_name_is_part_of_it() -> None:
    b = briefing_of("Three Degrees star Maria Lopez is the favourite to be evicted.")
    assert orgs(b) == ["Three Degrees"]


def test_one_acting_word_after_the_is_a_band_or_body_not_a_person() -> None:
    b = briefing_of(
        "The jackets worn by the Kinks on their first tour sold for $9,000.\n\n"
        "Madrid have climbed into the Premiership's top four, said Ana Ruiz."
    )
    assert "Kinks" in orgs(b)
    assert "Kinks" not in people(b)
    assert "Premiership" not in orgs(b)


def test_capitalised_words_after_the_ending_in_a_body_noun_are_its_name() -> None:
    b = briefing_of(
        "The award was presented by the Welsh Cider and Perry Association on Friday.\n\n"
        "He later joined the US Department of Justice."
    )
    assert orgs(b) == ["Welsh Cider and Perry Association", "US Department of Justice"]


def test_a_player_before_a_score_is_no_numbered_product() -> None:
    b = briefing_of("Hewitt later beat Spain's Carlos Moya 6-3 6-4 in the final.")
    assert "Carlos Moya" in people(b)


def test_neither_nor_pairs_a_name_with_the_organisation_it_is_paired_with() -> None:
    b = briefing_of(
        "Talks went on late. Neither Downing Street nor the Labour Party would comment on "
        "the claims.\n\n"
        "Neither Downing Street nor the Conservative Party would comment on the claims."
    )
    assert set(orgs(b)) == {"Downing Street", "Labour Party", "Conservative Party"}
