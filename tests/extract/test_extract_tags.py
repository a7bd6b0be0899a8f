"""Tags that mean something: a topic only when the article is about it, never a name
that has a dossier, feed categories merged across their spellings."""

from __future__ import annotations

import pytest

from generator.extract.tags import category_tag, find_tags, topics
from generator.models import Organization, Person, Place
from tests.extract_helpers import briefing_of


def test_a_topic_needs_more_than_one_word_in_passing() -> None:
    body = "Officials warned of a warm winter. The war memorial was cleaned on Monday."
    assert "war" not in topics(body, "Council cleans memorial")  # once, and never "warning"
    war = "The invasion continued. Shelling hit the city. The war has lasted a year."
    assert "war" in topics(war, "Fighting goes on")
    twice = "Voters queued for hours. The election result is due on Friday."
    assert "elections" in topics(twice, "Polls close in the election")  # one in the headline
    assert "elections" not in topics(twice, "Queues in the rain")


def test_no_tag_repeats_a_person_organisation_or_place() -> None:
    tags = find_tags(
        "",
        "",
        [Place(name="Russia", country="RU", kind="country")],
        [Person(name="Donald Trump")],
        [Organization(name="Labour Party")],
        ("trump", "Donald Trump", "Russia", "labour-party", "Labour", "Politics"),
    )
    assert tags == ["labour", "politics"]


@pytest.mark.parametrize("category", ["worldnews", "world-news", "World News", "WORLD_NEWS"])
def test_feed_categories_are_merged_across_spellings(category: str) -> None:
    assert category_tag(category) == "world-news"


def test_categories_that_only_say_news_are_dropped() -> None:
    assert find_tags("", "", [], [], [], ("News", "topstories", "Science")) == ["science"]


def test_a_bbc_story_gets_its_topic_and_no_names() -> None:
    b = briefing_of(
        "The Bank of England raised interest rates to curb inflation, which rose to 4%.\n\n"
        "Economists said the economy could slow. Governor Mervyn King said inflation "
        "would fall next year."
    )
    assert "economy" in b.tags
    assert not {"bank-of-england", "mervyn-king", "king"} & set(b.tags)
