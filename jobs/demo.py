"""Demo jobs for `manage.py seed_demo`."""

from datetime import timedelta

from django.utils import timezone

from .demo_content import CATEGORIES, JOBS
from .models import Category, Job


def load_jobs_demo(*, recruiters) -> int:
    """Adds the demo categories and jobs that are missing; returns how many jobs."""
    categories = {
        c["slug"]: Category.objects.get_or_create(
            slug=c["slug"], defaults={"name": c["name"], "description": c["description"]}
        )[0]
        for c in CATEGORIES
    }
    existing = set(Job.objects.values_list("title", "city", "state"))
    now = timezone.now()
    created = 0
    for index, data in enumerate(JOBS):
        if (data["title"], data["city"], data["state"]) in existing:
            continue
        posted_at = now - timedelta(days=data["posted_days_ago"], hours=index % 9)
        expires_at = None
        if data["expires_in_days"] is not None:
            expires_at = max(
                now + timedelta(days=data["expires_in_days"]), posted_at + timedelta(1)
            )
        Job(
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
