"""ECB+ as briefings, for benchmarks/events.py: each article written as a plain-text
file (headline, then its sentences as paragraphs) and extracted by the real pipeline.

    python benchmarks/ecb_data.py [CACHE_DIR]

The briefings are cached (one YAML per article, named by its file) because extraction
is the slow part and the clustering is what is being tuned; the gold event of a file
is its topic plus `ecb` or `ecbplus` (SOURCE.md).
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator import store
from generator.extract import extract_many
from generator.models import Briefing
from generator.readers import read_source

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared/corpus/ecbplus/ECB+"
CACHE = Path("/tmp/ecb-briefings")
_SPACE_BEFORE = re.compile(r" ([.,;:!?')\]])")
_SPACE_AFTER = re.compile(r"([(\[]) ")


def gold_event(name: str) -> str:
    """`12_3ecbplus.xml` -> `12ecbplus`: the topic and which of its two events."""
    topic, rest = name.split("_", 1)
    return topic + ("ecbplus" if "ecbplus" in rest else "ecb")


def article_text(path: Path) -> str:
    sentences: dict[int, list[str]] = defaultdict(list)
    for token in ET.parse(path).getroot().iter("token"):
        sentences[int(token.get("sentence", "0"))].append(token.text or "")
    lines = []
    for number in sorted(sentences):
        line = " ".join(sentences[number])
        line = _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", line)).replace(" 's", "'s")
        if line.startswith("http") or not line.strip():
            continue
        lines.append(line)
    return "\n\n".join(lines) + "\n"


def files(topics: list[str] | None = None) -> list[Path]:
    chosen = sorted(CORPUS.glob("*/*.xml"), key=lambda p: p.name)
    return [p for p in chosen if topics is None or p.parent.name in topics]


def load(cache: Path = CACHE) -> dict[str, Briefing]:
    """Cached briefings by article file stem (made with `main` first)."""
    return {p.stem: store.load(p) for p in sorted(cache.glob("*.yaml"))}


def main(cache: Path = CACHE) -> None:
    texts = cache / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    pending = []
    for path in files():
        if (cache / f"{path.stem}.yaml").exists():
            continue
        target = texts / f"{path.stem}.txt"
        target.write_text(article_text(path), encoding="utf-8")
        pending.append((path.stem, read_source(target, f"ecbplus/{path.stem}.txt")[0]))
    for i in range(0, len(pending), 64):
        chunk = pending[i : i + 64]
        drafts = extract_many([a for _, a in chunk], [None] * len(chunk))
        for (stem, _), draft in zip(chunk, drafts, strict=True):
            store.save(draft.model_copy(update={"id": _id(stem)}), cache)
            (cache / f"{_id(stem)}.yaml").rename(cache / f"{stem}.yaml")
        print(f"{i + len(chunk)}/{len(pending)}", flush=True)


def _id(stem: str) -> str:
    return "ecb-" + stem.replace("_", "-").lower()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache", nargs="?", type=Path, default=CACHE)
    main(parser.parse_args().cache)
