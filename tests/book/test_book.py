"""Choosing the briefings of a book and dating it: pure functions, no rendering."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from generator.book.select import NO_EVENT, Selection, by_event, date_range, make_book, select
from generator.config import Project
from generator.errors import BuildError
from generator.events.model import Event
from generator.models import Briefing, Editorial, Source, Status

D = dt.date(2024, 3, 5)


def briefing(id: str, status: Status, published: dt.date | None, *tags: str) -> Briefing:
    return Briefing(
        id=id,
        status=status,
        title=f"Title of {id}",
        published=published,
        source=Source(path=f"articles/{id}.txt", sha256="0" * 64, format="text", words=10),
        tags=list(tags),
    )


BRIEFINGS = [
    briefing("a", Status.approved, D, "russia"),
    briefing("b", Status.published, D + dt.timedelta(days=1), "economy"),
    briefing("c", Status.draft, D, "russia"),
    briefing("d", Status.review, D - dt.timedelta(days=3)),
    briefing("e", Status.approved, None, "economy"),
    briefing("f", Status.retracted, D, "russia"),
]


def ids(selection: Selection) -> list[str]:
    return [b.id for b in select(BRIEFINGS, selection)]


def test_default_is_approved_and_published_newest_first_undated_last() -> None:
    assert ids(Selection()) == ["b", "a", "e"]


def test_date_range_tag_and_status_filters() -> None:
    assert ids(Selection(on=D)) == ["a"]
    assert ids(Selection(start=D, end=D + dt.timedelta(days=1))) == ["b", "a"]
    assert ids(Selection(end=D - dt.timedelta(days=1), statuses=frozenset(Status))) == ["d"]
    assert ids(Selection(tags=frozenset({"russia"}))) == ["a"]
    assert ids(Selection(tags=frozenset({"russia"}), statuses=frozenset({Status.draft}))) == ["c"]
    assert ids(Selection(tags=frozenset({"russia", "economy"}))) == ["b", "a", "e"]


def test_explicit_ids_keep_their_order_and_any_status_unless_one_is_given() -> None:
    assert ids(Selection(ids=("c", "a", "c"))) == ["c", "a"]
    assert ids(Selection(ids=("c", "a"), statuses=frozenset({Status.approved}))) == ["a"]


def test_unknown_id_and_empty_selection_are_errors_that_say_what_was_asked() -> None:
    with pytest.raises(BuildError, match="no briefing with id 'zz'"):
        select(BRIEFINGS, Selection(ids=("a", "zz")))
    with pytest.raises(BuildError) as caught:
        select(BRIEFINGS, Selection(on=D, tags=frozenset({"economy"})))
    assert str(caught.value) == (
        "no briefing matches the selection "
        "(status approved or published; tag economy; published on 2024-03-05)"
    )


def test_book_dates_come_from_the_briefings(project_factory: Callable[..., Project]) -> None:
    project = project_factory()
    chosen = select(BRIEFINGS, Selection())
    approved_later = chosen[0].model_copy(
        update={"editorial": Editorial(approved=D + dt.timedelta(days=9))}
    )
    book = make_book(project, [approved_later, *chosen[1:]], Selection())
    assert (book.created, book.modified) == (D, D + dt.timedelta(days=9))
    assert book.date_label == "5 – 6 March 2024"
    assert book.title == book.author == "Daily Brief"  # the site name, by default
    assert book.cover and book.marking == ""


def test_one_id_prints_without_cover_and_marking_can_be_overridden(
    project_factory: Callable[..., Project],
) -> None:
    project = project_factory()
    single = Selection(ids=("c",))
    book = make_book(project, select(BRIEFINGS, single), single, marking="SECRET")
    assert not book.cover and book.marking == "SECRET"
    assert book.date_label == "5 March 2024"
    undated = Selection(ids=("e",))
    book = make_book(project, select(BRIEFINGS, undated), undated)
    assert (book.created, book.modified, book.date_label) == (None, None, "")


@pytest.mark.parametrize(
    ("first", "last", "label"),
    [
        (D, D, "5 March 2024"),
        (D, dt.date(2024, 3, 9), "5 – 9 March 2024"),
        (dt.date(2024, 2, 28), D, "28 February – 5 March 2024"),
        (dt.date(2023, 12, 30), D, "30 December 2023 – 5 March 2024"),
        (D, None, "5 March 2024"),
        (None, None, ""),
    ],
)
def test_date_range(first: dt.date | None, last: dt.date | None, label: str) -> None:
    assert date_range(first, last) == label


def test_by_event_puts_each_events_briefings_together_events_in_date_order() -> None:
    later = briefing("g", Status.approved, D + dt.timedelta(days=2))
    chosen = select([*BRIEFINGS, later], Selection())  # b, a, e and g: newest first
    events = [
        Event(id="story-two", title="Story two", briefings=["b", "g"]),
        Event(id="story-one", title="Story one", briefings=["a", "c"]),
        Event(id="gone", title="Retracted", status=Status.retracted, briefings=["e"]),
    ]
    chapters = by_event(chosen, events)
    assert [(c.title, [b.id for b in c.briefings]) for c in chapters] == [
        ("Story one", ["a"]),  # 5 March: its draft member is not in the book
        ("Story two", ["b", "g"]),  # 6 and 7 March, oldest first
        (NO_EVENT, ["e"]),  # in a retracted event only
    ]
    assert chapters[1].date_label == "6 – 7 March 2024" and chapters[2].date_label == ""
    assert chapters[0].anchor == "e-story-one"
