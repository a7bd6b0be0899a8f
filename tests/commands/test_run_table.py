"""The run's on-disk table: it must give back exactly what the dicts it replaced gave."""

from pathlib import Path

from generator.commands.identities import Ref
from generator.commands.run_table import RunTable


def test_items_come_back_per_briefing_in_sorted_order_and_a_put_replaces() -> None:
    with RunTable() as table:
        table.put_items(Path("b/2.yaml"), [Ref("people", "Ann Lee", "ann-lee")])
        table.put_items(Path("b/1.yaml"), [Ref("places", "Paris", "paris", "France")])
        table.put_items(Path("b/3.yaml"), [])
        table.put_items(
            Path("b/2.yaml"),
            [Ref("people", "Ann Lee", "ann-lee-2"), Ref("organisations", "BBC", None)],
        )
        assert list(table.briefings()) == [
            (Path("b/1.yaml"), [Ref("places", "Paris", "paris", "France")]),
            (
                Path("b/2.yaml"),
                [Ref("people", "Ann Lee", "ann-lee-2"), Ref("organisations", "BBC", None)],
            ),
            (Path("b/3.yaml"), []),
        ]
        assert table.items(Path("b/2.yaml"))[0].id == "ann-lee-2"
        assert table.items(Path("b/3.yaml")) == []


def test_sources_and_written_keys_are_remembered_for_the_run() -> None:
    with RunTable() as table:
        assert table.source_of("abc") is None
        table.add_source("abc", "articles/a.txt")
        assert table.source_of("abc") == "articles/a.txt"
        assert not table.wrote("feed.xml#1")
        table.add_written("feed.xml#1")
        table.add_written("feed.xml#1")
        assert table.wrote("feed.xml#1")


def test_the_table_leaves_nothing_behind() -> None:
    table = RunTable()
    folder = table.folder
    assert folder.is_dir()
    table.close()
    assert not folder.exists()
