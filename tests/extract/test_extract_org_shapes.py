"""Names the model calls organisations that the shape of their words, or the sentence
around them, says are something else: people, time zones, common nouns opening a
sentence, a role glued to a name, a party cut in two, titles of films. New sentences,
written for these tests."""

from __future__ import annotations

from generator.extract.first_names import is_given_name
from generator.extract.nlp import pipeline
from generator.extract.org_shapes import joined_known_bodies, without_leading_role
from generator.models import Briefing
from tests.extract_helpers import briefing_of


def orgs(b: Briefing) -> list[str]:
    return [o.name for o in b.organizations]


def people(b: Briefing) -> list[str]:
    return [p.name for p in b.people]


def test_given_names_come_from_the_library_accents_folded() -> None:
    assert is_given_name("Ewan") and is_given_name("Jozsef")
    assert not is_given_name("Northern") and not is_given_name("Morgan")


def test_a_given_name_and_a_surname_is_a_person() -> None:
    # the model tags "Ewan Hartley" an organisation
    b = briefing_of("The cast includes Ewan Hartley, Rosa Lind and Tom Baker.")
    assert "Ewan Hartley" in people(b)
    assert not any("Hartley" in o for o in orgs(b))


def test_a_company_named_after_someone_stays_a_company() -> None:
    # "Paddy" is a given name; listed with another body, the name is a company's
    b = briefing_of("Bet Direct and Paddy Power both offered odds of 5/1 on the favourite.")
    assert {"Bet Direct", "Paddy Power"} <= set(orgs(b))


def test_a_time_zone_after_a_clock_time_is_no_organisation() -> None:
    b = briefing_of("The pound was trading at $1.91 at 1630 GMT on Tuesday, dealers said.")
    assert "GMT" not in orgs(b)


def test_a_plural_noun_opening_a_sentence_is_no_organisation() -> None:
    b = briefing_of("Households will pay more for energy this winter, the regulator said.")
    assert "Households" not in orgs(b)


def test_a_noun_before_a_company_noun_opening_a_sentence_is_no_organisation() -> None:
    b = briefing_of("Budget carrier Sky Europe will cut flights.")
    assert "Budget" not in orgs(b)


def test_a_role_opening_a_sentence_is_not_part_of_the_name() -> None:
    doc = pipeline()("Owner Western Alloys said on Monday that the foundry would shut.")
    assert without_leading_role(doc[0:3]).text == "Western Alloys"
    assert without_leading_role(doc[1:3]).text == "Western Alloys"


def test_a_party_cut_in_two_by_the_model_is_one_party() -> None:
    b = briefing_of(
        "The Liberal Democrat leader said voters wanted honesty about the cost of care."
    )
    assert "Liberal Democrats" in orgs(b)
    assert "Democratic Party" not in orgs(b)


def test_a_title_before_star_in_a_paragraph_about_films_is_a_film() -> None:
    b = briefing_of(
        "Bookmakers make Cloudline the favourite for best film at the Oscars, and Cloudline "
        "star Jo Marr is tipped too."
    )
    assert "Cloudline" not in orgs(b)


def test_a_name_tipped_for_the_best_film_award_is_a_film() -> None:
    b = briefing_of(
        "The Lantern Keeper has been tipped by critics to win the best film award at next "
        "month's ceremony in Los Angeles."
    )
    assert not any("Lantern Keeper" in o for o in orgs(b))


def test_a_surname_in_a_company_frame_stays_the_named_persons() -> None:
    b = briefing_of(
        "According to chief executive Marta Kovacs, the cuts would fall on the quietest "
        'routes.\n\n"Passengers will be rebooked on the same day," Kovacs said in a statement.'
    )
    assert "Marta Kovacs" in people(b)
    assert not any("Kovacs" in o for o in orgs(b))


def test_a_full_name_after_a_company_cue_stays_the_company() -> None:
    b = briefing_of(
        "Shares in fashion retailer Laura Ashley rose 4% on Friday. Laura Ashley said sales "
        "had recovered."
    )
    assert "Laura Ashley" in orgs(b)


def test_a_party_whose_first_word_the_model_left_out_is_the_whole_party() -> None:
    b = briefing_of("Liberal Democrat leader Charles Kennedy has begun a week-long tour of seats.")
    assert "Liberal Democrats" in orgs(b)
    assert "Democratic Party" not in orgs(b)


def test_a_given_name_before_a_place_name_is_still_a_person() -> None:
    # "Falcon" is a state of Venezuela: "Lycos Europe" would make the name a company's
    b = briefing_of(
        '"The vote signals a new direction for the lender," Armando Falcon, the '
        "regulator's director, said."
    )
    assert "Armando Falcon" in people(b)
    assert "Armando Falcon" not in orgs(b)


def test_a_number_opening_a_company_name_is_part_of_it() -> None:
    b = briefing_of("The producer has sold his 21 Media company to an American investor.")
    assert "21 Media" in orgs(b)
    assert "Media" not in orgs(b)


def test_rare_given_names_demonyms_and_places_do_not_make_a_person() -> None:
    # the list has "Forest", "German" and "Sheffield" as given names
    assert not is_given_name("Forest") and not is_given_name("Merrill")
    b = briefing_of(
        "Drug maker Forest Laboratories rose 3% after the approval. Scientists at the "
        "German Aerospace Centre said the images were sharp."
    )
    assert not {"Forest Laboratories", "German Aerospace Centre"} & set(people(b))


def test_a_year_before_an_acronym_is_no_clock_time() -> None:
    b = briefing_of("In 2003 S&N and Carlsberg agreed to share a distribution network.")
    assert "S&N" in orgs(b)


def test_a_broadcaster_before_star_in_a_paragraph_about_films_stays_an_organisation() -> None:
    b = briefing_of(
        "The film opens in cinemas next month. BBC star Anna Kellerman plays the lead, "
        "the BBC said on Tuesday."
    )
    assert "BBC" in orgs(b)


def test_an_opening_article_is_not_joined_to_a_known_body() -> None:
    doc = pipeline()("The Tories said the Liberal Democrat plan would cost more.")
    joined = [e.text for e in joined_known_bodies(list(doc.ents))]
    assert "The Tories" not in joined
