"""Site test helpers: a seed project whose briefing is approved as drafted, or
reviewed by hand.

`approved_seed` takes the extractor's draft as it is (the browser tests follow the
real path); `reviewed` fills in what a reviewer would (names with roles, quotes with
locators, key points, tags, a date, the editors' text) with fixed values, so the
page tests do not change when extraction gets better.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator import store
from generator.commands.ingest import ingest
from generator.config import Project
from generator.models import (
    Briefing,
    DateMention,
    Editorial,
    KeyPoint,
    Organization,
    Person,
    Place,
    Quote,
    Status,
)
from generator.site.engine import build_site

SEED_PEOPLE = [
    Person(name="Kim Jong Un", role="North Korean leader"),
    Person(name="Vladimir Putin", role="President of Russia"),
    Person(name="Adrienne Watson", role="spokeswoman, White House National Security Council"),
]
SEED_PLACES = [
    Place(name="Seoul", country="KR", kind="city"),
    Place(name="Pyongyang", country="KP", kind="city"),
    Place(name="Vladivostok", country="RU", kind="city"),
    Place(name="Russia", country="RU", kind="country"),
    Place(name="United Kingdom", country="GB", kind="country", as_written="Britain"),
]


def ingest_seed(project: Project) -> Briefing:
    report = ingest(project, [project.articles_dir])
    assert not report.failed, report.problems
    (path,) = project.briefings_dir.glob("*.yaml")
    return store.load(path)


def reviewed(briefing: Briefing) -> Briefing:
    """The seed as a reviewer leaves it: names, quotes with locators, a date, approval."""
    return briefing.model_copy(
        update={
            "status": Status.published,
            "published": dt.date(2023, 9, 5),
            "key_points": [
                KeyPoint(text="Kim may travel to Vladivostok by armoured train.", section=2),
                KeyPoint(text="Seoul sees a growing possibility of an arms deal.", section=3),
            ],
            "people": SEED_PEOPLE,
            "organizations": [Organization(name="UN Security Council")],
            "places": SEED_PLACES,
            "quotes": [
                Quote(
                    text="arms negotiations between Russia and the DPRK are actively advancing",
                    speaker="Adrienne Watson",
                    role="White House National Security Council spokeswoman",
                    section=1,
                    paragraph=1,
                ),
                Quote(
                    text="growing possibility",
                    role="official, Seoul's unification ministry",
                    section=3,
                    paragraph=1,
                ),
            ],
            "dates": [DateMention(text="February 2022", date="2022-02", refers_to="invasion")],
            "tags": ["north-korea", "russia", "arms-trade"],
            "editorial": Editorial(
                why_it_matters="Arms from Pyongyang could prolong the war in Ukraine.",
                assessment="Likely; the visit fits months of signals.",
                confidence="moderate",
                reviewers=["Desk editor"],
                approved=dt.date(2023, 9, 6),
            ),
        }
    )


def approved_seed(project: Project) -> Briefing:
    """The seed as the generator drafted it (names, places, quotes by the extractor),
    approved by a reviewer without other changes: the real path end to end."""
    draft = ingest_seed(project)
    editorial = draft.editorial.model_copy(
        update={"reviewers": ["Desk editor"], "approved": dt.date(2023, 9, 6)}
    )
    approved = draft.model_copy(update={"status": Status.approved, "editorial": editorial})
    store.save(approved, project.briefings_dir)
    return approved


def reviewed_seed(project: Project) -> Briefing:
    """Ingest the seed and save it as reviewed; returns the saved briefing."""
    briefing = reviewed(ingest_seed(project))
    store.save(briefing, project.briefings_dir)
    return briefing


def built_seed_site(project: Project) -> tuple[Briefing, Path]:
    briefing = reviewed_seed(project)
    build_site(project)
    return briefing, project.site_dir
