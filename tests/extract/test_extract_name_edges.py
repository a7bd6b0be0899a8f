"""Where names begin and end, and what kind they are, read from the words around them
(generator/extract/person_cues.py, entities.py, organizations.py, org_patterns.py).
Each test is a sentence written for the rule, not a line of the corpus."""

from __future__ import annotations

from generator.models import Briefing
from tests.extract_helpers import briefing_of


def people(b: Briefing) -> list[str]:
    return [p.name for p in b.people]


def orgs(b: Briefing) -> list[str]:
    return [o.name for o in b.organizations]


def test_an_occupation_before_a_one_word_name_makes_it_a_person() -> None:
    b = briefing_of(
        "Parents tried to stop rapper Nelly performing in the city. Nelly has sold more "
        "than 30 million records."
    )
    assert "Nelly" in people(b)
    assert "Nelly" not in orgs(b)
    assert next(p.role for p in b.people if p.name == "Nelly") == "rapper"


def test_an_occupation_opening_the_sentence_is_not_part_of_the_name() -> None:
    b = briefing_of("Rapper Tom Barker remains the favourite to win the series.")
    assert people(b) == ["Tom Barker"]


def test_honours_after_a_name_are_dropped_and_make_it_a_person() -> None:
    b = briefing_of(
        "The new chairman of the Law Society, Peter Hallam QC warned that the courts "
        "would struggle."
    )
    assert "Peter Hallam" in people(b)
    assert not any("QC" in name for name in [*people(b), *orgs(b)])


def test_a_party_the_model_reads_as_a_person_is_the_party() -> None:
    b = briefing_of("Lib Dem transport spokesman Gary Hollis said the plan was flawed.")
    assert "Lib Dem" not in people(b)
    assert "Liberal Democrats" in orgs(b)


def test_a_newspaper_written_with_the_is_found() -> None:
    b = briefing_of("The Daily Herald survey suggests most voters are undecided.")
    assert "Daily Herald" in orgs(b)


def test_a_capital_the_inside_a_sentence_is_part_of_the_name() -> None:
    b = briefing_of(
        "The Guardian said the talks had failed. The minister told The Guardian that "
        "they would resume."
    )
    assert orgs(b) == ["The Guardian"]


def test_an_acronym_in_brackets_names_the_body_before_it() -> None:
    b = briefing_of(
        "The rules are set by the National Chart Authority (NCA). The NCA board met on "
        "Tuesday and agreed a delay."
    )
    assert orgs(b) == ["National Chart Authority"]


def places(b: Briefing) -> list[str]:
    return [p.name for p in b.places]


def test_a_term_after_so_called_is_no_organisation() -> None:
    b = briefing_of("The player also supports so-called Digital Rights Management.")
    assert orgs(b) == []


def test_a_competition_and_its_number_are_no_body() -> None:
    b = briefing_of("The club were bottom of League Two when the new manager took over.")
    assert "League Two" not in orgs(b)


def test_a_country_and_an_acronym_before_a_job_name_a_body() -> None:
    b = briefing_of("Ghana FA spokesman Kofi Mensah welcomed the apology on Sunday.")
    assert "Ghana FA" in orgs(b)
    assert "Ghana" in places(b)


def test_an_institution_noun_the_model_reads_as_a_person_is_the_institution() -> None:
    b = briefing_of(
        "Readers at the Library can now use the internet. The Library receives 3,000 "
        "visitors a day."
    )
    assert "Library" in orgs(b)
    assert "Library" not in people(b)


def test_a_party_named_before_a_role_is_the_party() -> None:
    b = briefing_of("Conservative shadow health secretary Anne Briggs said the plan was fair.")
    assert "Conservative Party" in orgs(b)


def test_a_capitalised_common_word_opening_a_sentence_is_no_party() -> None:
    b = briefing_of("Labour costs rose sharply last year. Green issues were not discussed.")
    assert orgs(b) == []


def test_the_show_before_an_actor_is_not_his_employer() -> None:
    b = briefing_of("Brookside actor Tom Fenwick is the favourite to leave the show.")
    assert orgs(b) == []
    assert "Tom Fenwick" in people(b)


def test_a_name_before_a_chart_is_a_product_not_a_person() -> None:
    b = briefing_of("The US has already merged downloads into its Billboard Hot 100 chart.")
    assert people(b) == []


def test_a_name_the_article_also_puts_where_a_place_stands_is_that_place() -> None:
    # the model reads "Jonesboro ministers" as an organisation, "to Jonesboro" as a place
    b = briefing_of(
        "More than 20 Jonesboro ministers urged fans to stay away. Ministers were worried "
        "that bringing such acts to Jonesboro would lead to problems."
    )
    assert "Jonesboro" in places(b)
    assert "Jonesboro" not in orgs(b)


def test_the_first_word_of_a_firm_s_name_is_the_firm_not_a_place() -> None:
    # the gazetteer knows Tata as a province of Morocco
    b = briefing_of(
        "Tata Teleservices is using lasers to link its customers. The lasers have helped "
        "Tata set up networks in 700 locations, and Tata is running them slowly."
    )
    assert "Tata" not in places(b)


def country_of(b: Briefing, name: str) -> str | None:
    return next(p.country for p in b.places if p.name == name)


def test_a_place_is_read_in_the_one_country_the_article_names() -> None:
    # the gazetteer's first reading of "San Jose" is a province of Costa Rica
    b = briefing_of("The lawsuit was filed in the US District Court in San Jose on Monday.")
    assert country_of(b, "San Jose") == "US"


def test_a_big_city_is_not_displaced_by_a_small_namesake() -> None:
    b = briefing_of("Ottawa and London signed the treaty, the Canadian government said.")
    b2 = briefing_of("Officials from Canada flew to London for the talks.")
    assert country_of(b2, "London") == "GB"
    assert country_of(b, "London") == "GB"


def test_a_nickname_in_quotation_marks_belongs_to_the_name() -> None:
    b = briefing_of(
        "Ahmed 'Mido' Hossam has made another apology to the fans. Mido said he was "
        "sorry for his mistakes."
    )
    assert people(b) == ["Ahmed 'Mido' Hossam"]
    assert orgs(b) == []


def test_a_us_state_s_demonym_is_not_part_of_a_name() -> None:
    b = briefing_of(
        "The lawyers said that Californian Thomas Slattery filed the suit last week, "
        "and Mr Slattery is seeking damages."
    )
    assert "Thomas Slattery" in people(b)
    assert not any(name.startswith("Californian") for name in people(b))


def test_the_sides_of_a_result_are_clubs_or_towns_standing_for_them() -> None:
    b = briefing_of(
        "Leeds beat Arsenal 2-1 on Saturday. Everton drew 1-1 with Bolton, and Wales beat "
        "Italy 20-10."
    )
    assert {"Arsenal", "Everton"} <= set(orgs(b))
    towns = {p.name: p.unsure for p in b.places}
    assert {"Leeds", "Bolton"} <= set(towns)
    assert all("club" in (towns[name] or "") for name in ("Leeds", "Bolton"))
    assert "club" not in (towns.get("Wales") or "")


def test_a_player_in_a_result_stays_a_person_and_no_score_means_no_result() -> None:
    b = briefing_of(
        "Roger Federer beat Tim Henman 6-3 6-2 in the final. Federer lost to him 6-4 a "
        "year ago. Bush beat Kerry in the election."
    )
    assert "Roger Federer" in people(b)
    assert orgs(b) == []


def test_junior_is_part_of_a_name_and_an_occupation_takes_the_whole_name() -> None:
    b = briefing_of(
        "The family's lawyer, Walter M Phillips Jr, said the case was closed. The list "
        "included rugby star Gordon D'Arcy and his coach."
    )
    assert "Walter M Phillips Jr" in people(b)
    assert "Gordon" not in people(b)


def test_a_region_is_not_moved_to_a_small_town_of_the_named_country() -> None:
    b = briefing_of("Miners moved to the Yukon from the United States in the 1890s.")
    assert country_of(b, "Yukon") == "CA"


def test_a_body_s_spokesman_names_the_body_and_a_portfolio_s_does_not() -> None:
    b = briefing_of(
        "An HMV spokesman said sales were strong. Lib Dem Home Affairs spokesman Mark "
        "Oaten disagreed."
    )
    assert "HMV" in orgs(b)
    assert not any("Home Affairs" in name for name in orgs(b))
