"""Person dossiers that should not be: the same person twice, or not a person.

    python benchmarks/dossiers.py PROJECT_OR_BRIEFINGS_DIR [--ingest CORPUS] [--show N]

Reads the briefings of a project (with `--ingest`, first makes a scratch project with
`briefing new` and runs the real `briefing ingest` over CORPUS into it, niced) and
builds the site's catalogue from them. Counts the person dossiers that are

* a variant of another person's dossier: a bare surname ("Bush" beside "George W
  Bush"), or the same first and last name once case, accents, punctuation, titles,
  middle names and initials are set aside ("George W. Bush", "George Bush", "Mr
  George Bush");
* not a person's name: with a slash, "and", "&" or a digit, or with a verb: a word
  in lower case that spaCy tags VERB or AUX ("Anthony became Lopez", "Bill
  Cosby-moved"). A capitalised verb ("Vote Blair") is not counted: read alone, spaCy
  tags too many real names as verbs to tell.

The same counts keyed by name alone (the catalogue before the registry: one dossier
per spelling) are printed beside them as the baseline; run it on a project ingested
before the registry for the figures of that time. Targets (issue 13): at most 10
variants, no non-names.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator import store
from generator.extract.nlp import DEFAULT_MODEL, EXCLUDED_PIPES
from generator.models import Briefing
from generator.resolve.names import PARTICLES, is_bare, loose_key, surname
from generator.site.catalog import build_catalog

_NOT_A_NAME = re.compile(r"[0-9/&]|\band\b", re.IGNORECASE)


def variants(names: list[str]) -> list[str]:
    """Dossier names that are a bare surname or a variant of another dossier's name."""
    by_loose: dict[str, list[str]] = defaultdict(list)
    surnames: set[str] = set()
    for name in names:
        by_loose[loose_key(name)].append(name)
        if not is_bare(name):
            surnames.add(surname(name))
    return sorted(
        n
        for n in names
        if (is_bare(n) and surname(n) in surnames) or len(by_loose[loose_key(n)]) > 1
    )


def not_names(names: list[str], model: str) -> list[str]:
    import spacy

    nlp = spacy.load(model, exclude=list(EXCLUDED_PIPES))
    odd = {n for n in names if _NOT_A_NAME.search(n)}
    for name, doc in zip(names, nlp.pipe(names, batch_size=256), strict=True):
        if any(_lower_verb(t.text, t.pos_) for t in doc):
            odd.add(name)
    return sorted(odd)


def _lower_verb(word: str, pos: str) -> bool:
    return pos in {"VERB", "AUX"} and word[:1].islower() and word not in PARTICLES


def person_dossiers(briefings: list[Briefing], by_id: bool) -> list[str]:
    if not by_id:  # the baseline: one dossier per spelling, as before the registry
        briefings = [_without_ids(b) for b in briefings]
    return [entry.name for entry in build_catalog(briefings).entries["person"].values()]


def _without_ids(briefing: Briefing) -> Briefing:
    return briefing.model_copy(
        update={
            field: [i.model_copy(update={"id": None}) for i in getattr(briefing, field)]
            for field in ("people", "organizations", "places")
        }
    )


def ingest_into_scratch(corpus: Path) -> Path:
    scratch = Path(tempfile.mkdtemp(prefix="bench-dossiers-")) / "project"
    subprocess.run([sys.executable, "-m", "generator", "new", str(scratch)], check=True)
    command = ["nice", "-n", "10", sys.executable, "-m", "generator", "ingest", str(corpus)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    subprocess.run(command, cwd=scratch, check=False, env=env)
    return scratch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path, nargs="?")
    parser.add_argument("--ingest", type=Path, help="ingest this corpus into a scratch project")
    parser.add_argument("--show", type=int, default=20, help="list this many of each")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    if args.ingest:
        args.project = ingest_into_scratch(args.ingest.resolve())
        print(f"ingested into {args.project}")
    folder = args.project / "briefings" if (args.project / "briefings").is_dir() else args.project
    briefings = [store.load(p) for p in sorted(folder.glob("*.yaml"))]
    print(f"briefings {len(briefings)} in {folder}")
    for label, by_id in (("by registry id", True), ("by name (baseline)", False)):
        names = person_dossiers(briefings, by_id)
        twins, odd = variants(names), not_names(names, args.model)
        print(
            f"{label:19} person dossiers {len(names)}, variants of another {len(twins)},"
            f" not a name (slash, and, digit, verb) {len(odd)}"
        )
        if by_id and args.show:
            print("  variants:", "; ".join(twins[: args.show]))
            print("  not a name:", "; ".join(odd[: args.show]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
