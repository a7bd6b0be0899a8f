"""The three-way merge on re-ingest, on briefing files written by the real store and
edited as a person edits them: as text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import store
from generator.models import Attribution, Briefing, Person, Quote, Section, Source
from generator.store.merge import merge_items, merge_parts, reconcile

SUMMARY = (
    "The council voted on Tuesday to close the old bridge to lorries from March, "
    "after engineers found cracks in two of its three spans."
)

FIRST = "The council met on Tuesday to discuss the future of the old bridge."
SECOND = "Engineers found cracks in two of its three spans last month."


def draft(**fields: Any) -> Briefing:
    """The generator's stamped output, as ingest makes it."""
    values: dict[str, Any] = {
        "id": "bridge-closed-abc123",
        "title": "Bridge closed to lorries",
        "source": Source(path="articles/bridge.txt", sha256="a" * 64, format="text", words=80),
        "summary": SUMMARY,
        "sections": [Section(paragraphs=[FIRST, SECOND])],
        "people": [Person(name="Ann Lee", role="engineer"), Person(name="Bo Chan")],
        "quotes": [
            Quote(text="The cracks are serious", speaker=None, section=1, paragraph=1),
            Quote(text="We had no choice", speaker="Bo Chan", section=1, paragraph=2),
        ],
        "tags": ["transport"],
    }
    values.update(fields)
    return store.stamp(Briefing(**values), "1")


def written(tmp_path: Path, briefing: Briefing | None = None) -> Path:
    return store.save(briefing or draft(), tmp_path)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in\n{text}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def run(path: Path, fresh: Briefing, overwrite: tuple[str, ...] = ()) -> tuple[str, Any]:
    outcome = reconcile(path, store.load(path), fresh, overwrite)
    assert outcome.text is not None, "expected a change"
    path.write_text(outcome.text, encoding="utf-8")
    return outcome.text, outcome


def test_untouched_file_takes_every_new_value(tmp_path: Path) -> None:
    path = written(tmp_path)
    fresh = draft(summary="A new summary.", tags=["transport", "roads"])
    text, outcome = run(path, fresh)
    assert text == store.dump(fresh)
    assert outcome.problems == []


def test_unchanged_draft_leaves_the_file_alone(tmp_path: Path) -> None:
    path = written(tmp_path)
    edit(path, "status: draft", "status: review  # ready for Sam")
    assert reconcile(path, store.load(path), draft()).text is None


def test_people_fields_comments_and_edits_survive(tmp_path: Path) -> None:
    path = written(tmp_path)
    edit(path, "title: Bridge closed to lorries", "title: Old bridge closed to lorries")
    edit(path, "  why_it_matters: ''", "  why_it_matters: Freight must detour 40 km.")
    edit(path, "\nkey_points: []", "\n# Sam: check the tonnage limit\nkey_points: []")
    fresh = draft(summary="The council closed the old bridge to lorries.")
    text, outcome = run(path, fresh)
    briefing = store.load(path)
    assert briefing.title == "Old bridge closed to lorries"
    assert briefing.summary == "The council closed the old bridge to lorries."
    assert briefing.editorial.why_it_matters == "Freight must detour 40 km."
    assert "# Sam: check the tonnage limit\nkey_points: []" in text
    assert outcome.problems == []
    assert briefing.generator == fresh.generator


def test_both_changed_keeps_the_persons_value_and_reports_it(tmp_path: Path) -> None:
    path = written(tmp_path)
    edit(path, "close the old bridge", "shut the old bridge")
    _, outcome = run(path, draft(summary="Generator's new summary.", tags=["roads"]))
    assert "shut the old bridge" in store.load(path).summary
    [problem] = outcome.problems
    assert problem.field == "summary"
    assert problem.line == path.read_text().splitlines().index("summary: >-") + 1
    assert "shut the old bridge" in problem.message
    assert "Generator's new summary." in problem.message
    assert "--overwrite summary" in problem.message


def test_overwrite_takes_the_generators_value(tmp_path: Path) -> None:
    path = written(tmp_path)
    edit(path, "close the old bridge", "shut the old bridge")
    run(path, draft(summary="Generator's new summary.", tags=["roads"]), overwrite=("summary",))
    assert store.load(path).summary == "Generator's new summary."


def test_an_edited_speaker_survives_a_moved_quote(tmp_path: Path) -> None:
    """The person fixed the speaker, the generator moved the quote to paragraph 3:
    both changes are kept, without a conflict."""
    path = written(tmp_path)
    edit(path, "speaker: null", "speaker: Ann Lee   # she said it at the hearing")
    quotes = [
        Quote(text="The cracks are serious", section=1, paragraph=3),
        Quote(text="We had no choice", speaker="Bo Chan", section=1, paragraph=4),
    ]
    text, outcome = run(path, draft(quotes=quotes))
    merged = store.load(path).quotes
    assert (merged[0].speaker, merged[0].paragraph) == ("Ann Lee", 3)
    assert merged[1].paragraph == 4
    assert "# she said it at the hearing" in text
    assert outcome.problems == []


def test_list_items_added_removed_and_kept(tmp_path: Path) -> None:
    path = written(tmp_path)
    edit(path, "speaker: null", "speaker: Ann Lee")
    edit(path, "tags: [transport]", "tags: [transport, bridges]")
    edit(path, "- {name: Bo Chan, role: null, id: null}\n", "")
    quotes = [
        Quote(text="We had no choice", speaker="Bo Chan", section=1, paragraph=2),
        Quote(text="Lorries must use the ring road", speaker="Bo Chan", section=1, paragraph=3),
    ]
    people = [Person(name="Ann Lee", role="engineer"), Person(name="Bo Chan")]
    run(path, draft(quotes=quotes, people=people, tags=["transport", "roads"]))
    briefing = store.load(path)
    assert [(q.text, q.speaker) for q in briefing.quotes] == [
        ("The cracks are serious", "Ann Lee"),  # edited: kept although no longer generated
        ("We had no choice", "Bo Chan"),
        ("Lorries must use the ring road", "Bo Chan"),  # new: added after its neighbour
    ]
    assert [p.name for p in briefing.people] == ["Ann Lee"]  # deleted by the person
    assert briefing.tags == ["transport", "roads", "bridges"]  # new: after its neighbour


def test_untouched_items_the_generator_drops_are_removed(tmp_path: Path) -> None:
    path = written(tmp_path)
    edit(path, "status: draft", "status: draft  # keep the layout path")
    run(path, draft(quotes=[]))
    assert store.load(path).quotes == []
    assert "quotes: []" in path.read_text()


def test_a_new_paragraph_extends_its_section_in_place(tmp_path: Path) -> None:
    path = written(tmp_path)
    edit(path, f"  - {SECOND}\n", f"  - {SECOND}\n  # Sam: which spans?\n")
    third = "Lorries will use the ring road from March."
    text, _ = run(path, draft(sections=[Section(paragraphs=[FIRST, SECOND, third])]))
    assert f"  - {SECOND}\n  # Sam: which spans?\n  - {third}\n" in text


def test_a_field_the_person_deleted_comes_back_in_its_place(tmp_path: Path) -> None:
    path = written(tmp_path)
    edit(path, "\nattributions: []\n", "\n")
    edit(path, "status: draft", "status: draft  # no attributions yet")
    assert reconcile(path, store.load(path), draft()).text is None
    claim = Attribution(source="the council", claim="the bridge is unsafe")
    run(path, draft(attributions=[claim]))
    lines = path.read_text().splitlines()
    assert lines[lines.index("attributions:") + 1 :][:2] == [
        "- section: null",
        "  paragraph: null",
    ]
    assert lines.index("attributions:") == lines.index("dates: []") - 5


def test_flow_items_stay_on_one_line(tmp_path: Path) -> None:
    path = written(tmp_path)
    edit(
        path,
        "{name: Bo Chan, role: null, id: null}",
        "{name: Bo Chan, role: mayor, id: null}  # per website",
    )
    people = [Person(name="Ann Lee", role="engineer"), Person(name="Bo Chan"), Person(name="Cy")]
    text, _ = run(path, draft(people=people))
    assert (
        "- {name: Bo Chan, role: mayor, id: null}  # per website\n"
        "- {name: Cy, role: null, id: null}\n"
    ) in text


def test_merge_parts_finds_the_base_among_mixtures() -> None:
    base = {"text": "x", "speaker": None, "paragraph": 1}
    mine = {"text": "x", "speaker": "Ann", "paragraph": 1}
    theirs = {"text": "x", "speaker": None, "paragraph": 2}
    assert merge_parts(store.digest(base), mine, theirs) == {
        "text": "x",
        "speaker": "Ann",
        "paragraph": 2,
    }
    both = {"text": "x", "speaker": "Bo", "paragraph": 2}
    assert merge_parts(store.digest(base), mine, both) is None


def test_merge_parts_refuses_a_replaced_item() -> None:
    """The generator replaced quote x by quote y; the person edited x: not the same item."""
    base = {"text": "x", "speaker": None}
    mine = {"text": "x", "speaker": "Ann"}
    theirs = {"text": "y", "speaker": None}
    assert merge_parts({store.digest(base)}, mine, theirs, key="text") is None


@pytest.mark.parametrize("order", [["a", "b", "c"], ["c", "b", "a"]])
def test_merge_items_keeps_the_persons_order(order: list[str]) -> None:
    base = [store.digest(v) for v in ["a", "b", "c"]]
    plan, conflicts = merge_items("tags", base, order, ["a", "b", "c", "d"])
    assert [slot.value for slot in plan][:3] == order
    assert "d" in [slot.value for slot in plan]
    assert conflicts == []


def test_digests_of_plain_values_match_the_stamp() -> None:
    briefing = draft(published="2024-03-05")
    values = store.plain(briefing)
    assert briefing.generator is not None
    assert briefing.generator.fields["published"] == store.digest(values["published"])
    assert briefing.generator.fields["quotes"] == [store.digest(q) for q in values["quotes"]]


def test_a_cleared_marker_stays_cleared_on_re_ingest(tmp_path: Path) -> None:
    """The reviewer checked the unsure person and the quote without a speaker, named
    the speaker and deleted both markers; re-ingest brings neither back."""
    people = [Person(name="Ann Lee", role="engineer"), Person(name="Bo", unsure="a one-word name")]
    quotes = [
        Quote(
            text="The cracks are serious",
            section=1,
            paragraph=1,
            speaker_reason="several candidates for 'she': Ann Lee or Bo Chan",
        ),
        Quote(text="We had no choice", speaker="Bo Chan", section=1, paragraph=2),
    ]
    path = written(tmp_path, draft(people=people, quotes=quotes))
    edit(path, ", unsure: a one-word name", "")
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines(keepends=True) if "speaker_reason" not in line]
    path.write_text("".join(lines).replace("speaker: null", "speaker: Ann Lee"), encoding="utf-8")
    outcome = reconcile(path, store.load(path), draft(people=people, quotes=quotes))
    if outcome.text is not None:
        path.write_text(outcome.text, encoding="utf-8")
    merged = store.load(path)
    assert merged.people[1].unsure is None
    assert (merged.quotes[0].speaker, merged.quotes[0].speaker_reason) == ("Ann Lee", None)
    assert outcome.problems == []
