"""Ingest's resolution stage is a fixed point: a second ingest of the same articles
writes nothing (the corpus-wide check is `benchmarks/reingest.py`)."""

from __future__ import annotations

from pathlib import Path

from generator import store
from generator.commands.ingest import ingest

# Two people of each surname, told apart only by who and where they appear with. The
# squad story names "Edwards" and "Robinson" alone: its places point "Edwards" to
# Gareth Edwards, who, once decided, points "Robinson" to Andy Robinson (the stories
# after it in sorted order say so). The BBC's Wales squad story flipped so on a
# second ingest.
ARTICLES = {
    "a1.txt": "Edwards returns to Llanelli\n\n"
    "Gareth Edwards returned to Llanelli on Monday to open a new stand at the ground.\n",
    "a2.txt": "Edwards sets record in London\n\n"
    "Jonathan Edwards set a new record in London on Saturday.\n",
    "a3.txt": "Robinson names his squad\n\n"
    "Andy Robinson named his squad at Twickenham on Tuesday.\n",
    "a4.txt": "Robinson joins Leeds side\n\nJason Robinson joined a new side in Leeds on Friday.\n",
    "b.txt": "Squad gathers in Wales\n\nThe Wales squad gathered on Wednesday. "
    '"I am fit," said Edwards. "So am I," said Robinson.\n',
    "c1.txt": "Edwards honoured in Wales\n\nGareth Edwards was honoured in Wales on Thursday.\n",
    "c2.txt": "Robinson praises Edwards\n\nAndy Robinson praised Gareth Edwards on Thursday.\n",
}


def _files(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.glob("*.yaml")}


def test_a_second_ingest_of_the_same_articles_writes_nothing(project_factory) -> None:
    project = project_factory(ARTICLES)
    ingest(project, [project.articles_dir])
    [squad] = project.briefings_dir.glob("squad-gathers-in-wales-*.yaml")
    people = {(p.name, p.id) for p in store.load(squad).people}
    assert people == {("Gareth Edwards", "gareth-edwards"), ("Andy Robinson", "andy-robinson")}
    briefings, registry = _files(project.briefings_dir), _files(project.root)
    again = ingest(project, [project.articles_dir])
    assert again.written == [] and again.unchanged == len(ARTICLES)
    assert _files(project.briefings_dir) == briefings  # same bytes, same mtimes
    assert _files(project.root) == registry  # entities.yaml not rewritten either
