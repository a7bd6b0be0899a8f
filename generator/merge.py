"""What re-ingest does with a briefing that already exists.

The generator owns the machine-made fields; people own status and editorial, and
any machine-made field they changed. This first policy keeps people's fields and
refuses to touch a briefing whose machine-made fields were edited by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.models import Briefing, Problem
from generator.store import edited_fields


@dataclass(slots=True)
class Outcome:
    briefing: Briefing | None  # None: leave the file as it is
    problems: list[Problem] = field(default_factory=list)


def reconcile(path: Path, existing: Briefing, fresh: Briefing) -> Outcome:
    edited = edited_fields(existing)
    if edited:
        return Outcome(
            None,
            [
                Problem(
                    path,
                    f"edited by hand since generated ({', '.join(edited)}); left as it is",
                    severity="warning",
                )
            ],
        )
    kept = {"id": existing.id, "status": existing.status, "editorial": existing.editorial}
    return Outcome(fresh.model_copy(update=kept))
