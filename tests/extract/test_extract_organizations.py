"""Organisations found from how news English names them: each rule with a real sentence
of the BBC corpus (the file named in each test)."""

from __future__ import annotations

from generator.models import Briefing
from tests.extract_helpers import briefing_of


def orgs(b: Briefing) -> list[str]:
    return [o.name for o in b.organizations]


def people(b: Briefing) -> list[str]:
    return [p.name for p in b.people]


def test_a_name_coordinated_with_an_organisation_is_one() -> None:
    # business/091: the model finds Moody's but not Fitch
    b = briefing_of(
        "The other two major ratings agencies - Fitch and Moody's have long since upped their "
        "rating of Russia's sovereign debt."
    )
    assert "Fitch" in orgs(b)


def test_the_name_before_a_job_held_by_a_named_person_is_the_employer() -> None:
    # business/453 and sport/353 (the model calls Leeds Tykes a person)
    b = briefing_of(
        'It is congruent with job growth and consumer optimism," Comerica chief economist '
        "David Littman said of the figures.\n\n"
        "Leeds Tykes flanker Jon Dunbar also trained with the squad but is still awaiting "
        "verification of his eligibility to qualify for Scotland."
    )
    assert {"Comerica", "Leeds Tykes"} <= set(orgs(b))
    assert "Leeds Tykes" not in people(b)
    assert {"David Littman", "Jon Dunbar"} <= set(people(b))


def test_a_national_side_stays_a_place() -> None:
    # sport/353: "Scotland captain" is a place standing for a team, by convention
    b = briefing_of("Scotland captain Gordon Bulloch said the side was ready.")
    assert "Scotland" not in orgs(b)


def test_a_name_owning_a_person_is_their_club() -> None:
    # sport/193: "Everton's Thomas Gravesen"; "Real Madrid" is a club, not Madrid
    b = briefing_of(
        "Real Madrid are closing in on a \u00a32m deal for Everton's Thomas Gravesen after the "
        "Dane's agent travelled to Spain to hold talks about a move."
    )
    assert {"Real Madrid", "Everton"} <= set(orgs(b))
    assert "Madrid" not in [p.name for p in b.places]
    assert "Everton" not in people(b)


def test_a_work_owned_by_a_full_name_does_not_make_an_organisation() -> None:
    # entertainment/185: "Mike Nichols' Closer"
    b = briefing_of("Natalie Portman won for her role in Mike Nichols' Closer.")
    assert "Mike Nichols" not in orgs(b)


def test_newspapers_are_organisations_whatever_the_model_calls_their_words() -> None:
    # business/417: the model reads "Sunday" as a date
    b = briefing_of(
        "Barclays has declined to comment on the report in the Sunday Express, saying it does "
        "not respond to market speculation."
    )
    assert "Sunday Express" in orgs(b)


def test_a_cue_noun_before_a_one_word_person_makes_an_organisation() -> None:
    # entertainment/351 and 233: the model calls Skillset a person, SonyBMG nothing
    b = briefing_of(
        "The research was carried out jointly by the UK Film Council and industry training "
        "body Skillset.\n\n"
        "Record company SonyBMG are releasing Elvis' 18 number one singles at the rate of one "
        "a week in Britain."
    )
    assert {"Skillset", "SonyBMG"} <= set(orgs(b))
    assert "Skillset" not in people(b)


def test_a_band_after_the_word_band() -> None:
    # entertainment/145
    b = briefing_of(
        "He then performed a mellow version of Live And Let Die, the James Bond theme he "
        "recorded with the band Wings."
    )
    assert "Wings" in orgs(b)


def test_indexes_programmes_honours_and_media_words_are_not_bodies() -> None:
    # business/417, business/171, entertainment/383, entertainment/145
    b = briefing_of(
        "Barclays shares were the second biggest gainer in the FTSE 100 index.\n\n"
        '"There is a whiff of a sweetener in there," Anais Faraj, an analyst at Nomura told '
        "the BBC's World Business Report.\n\n"
        "Sir Alan Parker has been made an officer in the Order of Arts and Letters.\n\n"
        "Jackson exposed a breast during a dance routine, landing the CBS TV network a fine."
    )
    found = orgs(b)
    assert "CBS" in found and "CBS TV" not in found
    for wrong in ("FTSE", "World Business Report", "Order of Arts and Letters"):
        assert wrong not in found


def test_a_surname_after_the_full_name_is_the_person() -> None:
    # sport/233: the model tags every later "Redknapp" an organisation
    b = briefing_of(
        "Southampton are set to unveil Harry Redknapp as their new manager.\n\n"
        "Redknapp, 57, quit his Fratton Park position on 24 November.\n\n"
        "According to Mandaric, Redknapp vowed he would not join their South coast rivals."
    )
    assert "Harry Redknapp" in people(b)
    assert "Redknapp" not in orgs(b) and "Harry Redknapp" not in orgs(b)


def test_an_honorific_inside_a_span_starts_a_person() -> None:
    # politics/392: the model reads "Tanzania Mr Brown" as one organisation
    b = briefing_of(
        "Mr Brown has signed a debt relief deal with Tanzania.\n\n"
        "On top of the relief deal with Tanzania Mr Brown said the UK would make similar "
        "offers to 70 poorer nations around the world."
    )
    assert not [name for name in orgs(b) + people(b) if "Tanzania" in name]


def test_a_place_label_after_a_title_is_a_person() -> None:
    # politics/392: the model calls Thabo Mbeki a place
    b = briefing_of(
        "South African president Thabo Mbeki has attacked British imperialists, saying they "
        "treated Africans like savages."
    )
    assert "Thabo Mbeki" in people(b)
    assert "Thabo Mbeki" not in [p.name for p in b.places]


def test_a_company_named_after_someone_is_referred_to_with_which() -> None:
    # business/393: the model calls Laura Ashley a person throughout
    b = briefing_of(
        "Laura Ashley, which is due to issue its next trading statement in the next few "
        "weeks, has in recent months been hit by reports of poor sales."
    )
    assert "Laura Ashley" in orgs(b) and "Laura Ashley" not in people(b)


def test_the_name_after_a_full_name_and_of_is_the_employer() -> None:
    # business/393
    b = briefing_of(
        '"Laura Ashley is a bit of a shrivelled husk of a company," said retail analyst Nick '
        "Bubb of Evolution Securities."
    )
    assert "Evolution Securities" in orgs(b)


def test_titles_of_works_are_not_organisations() -> None:
    # entertainment/072 and 074: films the model calls organisations
    b = briefing_of(
        "In second place was action movie National Treasure.\n\n"
        "The film was knocked off the top spot by animated fable The Polar Express."
    )
    assert not {"National Treasure", "Polar Express"} & set(orgs(b))


def test_films_coordinated_with_a_film_stay_out() -> None:
    # entertainment/036: "Castaway" is tagged an organisation; the pair is not a list of firms
    b = briefing_of("Zemeckis previously worked with Hanks on Forrest Gump and Castaway.")
    assert "Forrest Gump" not in orgs(b)


def test_an_institution_named_by_its_head_noun_is_the_full_body() -> None:
    # tech/048: "the Commission" after "the European Commission"
    b = briefing_of(
        "The European Commission has refused a request to restart the legislation.\n\n"
        "Green MEP Alain Lipietz warned that if the Commission ignored the request it would "
        "be an insult."
    )
    assert "European Commission" in orgs(b) and "Commission" not in orgs(b)


def test_a_surname_of_someone_named_in_full_is_not_a_city() -> None:
    # sport/147: referee Hugh Dallas
    b = briefing_of(
        "The Scottish Football Association is awaiting referee Hugh Dallas's report.\n\n"
        "Alex McLeish accepted referee Dallas had no option."
    )
    assert "Dallas" not in [p.name for p in b.places]


def test_a_known_place_coordinated_with_a_place_is_one() -> None:
    # sport/071: the model calls Lievin a person
    b = briefing_of(
        "The 23-year-old has pulled out of international meets in Madrid and Lievin this week."
    )
    assert "Liévin" in [p.name for p in b.places] or "Lievin" in [p.name for p in b.places]
    assert "Lievin" not in people(b)
