"""The editorial workflow: draft -> review -> approved -> published, and retracted.

Only approved and published briefings go into the public site; a preview build
shows them all, with a banner on those the public does not see. A briefing is
approved by a named reviewer on a recorded date, and cannot be published without
one: the rules live here so that `briefing status`, `briefing validate` and the
build apply the same ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from generator.errors import WorkflowError
from generator.models import Briefing, Status

PUBLIC = frozenset({Status.approved, Status.published})
NEEDS_REVIEWER = PUBLIC

# Which status may follow which: a briefing goes back to draft or review to be
# corrected, and a published one is retracted rather than unpublished.
MOVES: dict[Status, frozenset[Status]] = {
    Status.draft: frozenset({Status.review}),
    Status.review: frozenset({Status.draft, Status.approved}),
    Status.approved: frozenset({Status.draft, Status.review, Status.published}),
    Status.published: frozenset({Status.retracted}),
    Status.retracted: frozenset({Status.draft}),
}


def visible(briefings: Iterable[Briefing], preview: bool = False) -> list[Briefing]:
    """The briefings a build shows: all of them in a preview, else the public ones."""
    return [b for b in briefings if preview or b.status in PUBLIC]


def rule_breaches(briefing: Briefing) -> list[tuple[str, str, str]]:
    """(field, message, severity) for each workflow rule the briefing breaks."""
    found: list[tuple[str, str, str]] = []
    editorial = briefing.editorial
    if briefing.status in NEEDS_REVIEWER and not editorial.reviewers:
        found.append(("status", f"{briefing.status} without a reviewer", "error"))
    if briefing.status in NEEDS_REVIEWER and editorial.approved is None:
        found.append(
            ("editorial.approved", f"{briefing.status} without an approval date", "warning")
        )
    return found


def move(
    briefing: Briefing, to: Status, reviewer: str | None = None, on: dt.date | None = None
) -> dict[str, Any]:
    """The new `status` and `editorial` values of a briefing moved to `to`; approving
    records the reviewer and the date. Raises WorkflowError for a move the workflow
    does not allow."""
    if to != briefing.status and to not in MOVES[briefing.status]:
        allowed = ", ".join(sorted(MOVES[briefing.status])) or "none"
        raise WorkflowError(
            briefing.id, f"cannot go from {briefing.status} to {to} (allowed: {allowed})"
        )
    editorial = briefing.editorial.model_copy(deep=True)
    if reviewer and reviewer not in editorial.reviewers:
        editorial.reviewers.append(reviewer)
    if to == Status.approved:
        if not editorial.reviewers:
            raise WorkflowError(briefing.id, "approving needs a reviewer (--reviewer NAME)")
        editorial.approved = on or dt.date.today()
    if to in (Status.draft, Status.review):
        editorial.approved = None
    updated = briefing.model_copy(update={"status": to, "editorial": editorial})
    breaches = [message for _, message, severity in rule_breaches(updated) if severity == "error"]
    if breaches:
        raise WorkflowError(briefing.id, "; ".join(breaches))
    return {"status": to.value, "editorial": editorial.model_dump(mode="python")}
