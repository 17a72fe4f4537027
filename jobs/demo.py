"""Demo jobs for `manage.py seed_demo`: the content is data, in demo_data/ beside this code."""

import tomllib
from datetime import timedelta
from importlib.resources import files

from django.utils import timezone

from .models import Category, Job

DATA = files(__package__) / "demo_data"


def _data(name: str) -> dict:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


def demo_categories() -> list[dict]:
    """The demo job categories (name, slug, description), in the order they are created."""
    return _data("categories.toml")["categories"]


# What a demo job leaves out (TOML has no null): the model's defaults, no expiry date given.
OPTIONAL = {
    "expires_in_days": None, "starts_in_days": None, "hours_per_week": None, "shift": "",
    "shift_hours": "", "starts_immediately": False, "duration": None, "duration_unit": "",
    "converts_after_months": None, "openings": 1,
}  # fmt: skip
TERMS = [
    "pay_w2", "pay_1099", "pay_c2c", "hours", "hours_per_week", "shift", "shift_hours",
    "starts_immediately", "duration", "duration_unit", "converts_after_months", "openings",
]  # fmt: skip


def demo_jobs() -> list[dict]:
    """The demo jobs in seeding order, every key present (None where a job has no value)."""
    return [{**OPTIONAL, **job} for job in _data("jobs.toml")["jobs"]]


def load_jobs_demo(*, recruiters) -> int:
    """Adds the demo categories and jobs that are missing; returns how many jobs."""
    categories = {
        c["slug"]: Category.objects.get_or_create(
            slug=c["slug"], defaults={"name": c["name"], "description": c["description"]}
        )[0]
        for c in demo_categories()
    }
    existing = set(Job.objects.values_list("title", "city", "state"))
    now = timezone.now()
    created = 0
    for index, data in enumerate(demo_jobs()):
        if (data["title"], data["city"], data["state"]) in existing:
            continue
        posted_at = now - timedelta(days=data["posted_days_ago"], hours=index % 9)
        expires_at = None
        if data["expires_in_days"] is not None:
            expires_at = max(
                now + timedelta(days=data["expires_in_days"]), posted_at + timedelta(1)
            )
        starts = data["starts_in_days"]
        Job(
            **{term: data[term] for term in TERMS},
            start_date=(now + timedelta(days=starts)).date() if starts is not None else None,
            title=data["title"],
            category=categories[data["category"]],
            employment_type=data["employment_type"],
            workplace=data["workplace"],
            city=data["city"],
            state=data["state"],
            postal_code=data["postal_code"],
            pay_min=data["pay_min"],
            pay_max=data["pay_max"],
            pay_period=data["pay_period"],
            benefits=data["benefits"],
            summary=data["summary"],
            description=data["description"],
            requirements=data["requirements"],
            client_name=data["client_name"],
            confidential=data["confidential"],
            featured=data["featured"],
            status=data["status"],
            was_public=data["status"] in (Job.Status.FILLED, Job.Status.CLOSED),  # they were seen
            posted_at=posted_at,
            expires_at=expires_at,
            recruiter=recruiters[index % len(recruiters)],
        ).save()
        created += 1
    return created
