"""Demo candidates and applications for `manage.py seed_demo`, so the staff dashboard has a
pipeline to show: a few dozen fictional people who applied over the last twelve weeks."""

import random
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from jobs.models import Job

from .filetypes import inspect_upload
from .models import Application, ApplicationEvent, Candidate
from .services import CandidateDetails, submit_resume
from .sources import Source

FIRST = [
    "Avery",
    "Jordan",
    "Casey",
    "Riley",
    "Morgan",
    "Taylor",
    "Jamie",
    "Quinn",
    "Drew",
    "Reese",
    "Hayden",
    "Rowan",
    "Emerson",
]
LAST = [
    "Alvarez",
    "Brooks",
    "Chen",
    "Dawson",
    "Ellison",
    "Foster",
    "Garcia",
    "Hughes",
    "Iverson",
    "Jensen",
    "Kaur",
    "Mendez",
]
PATHS = [
    [],
    ["reviewing"],
    ["reviewing", "interviewing"],
    ["reviewing", "interviewing", "offered"],
    ["reviewing", "interviewing", "offered", "hired"],
    ["rejected"],
    ["reviewing", "rejected"],
    ["reviewing", "withdrawn"],
]
DEMO_DOMAIN = "example.com"
AREA_CODES = ["937", "614", "513", "216", "419"]  # Dayton, Columbus, Cincinnati, Cleveland, Toledo
COUNT = 48


def _phone(index: int) -> str:
    # 555-0100 to 555-0199 are the US numbers set aside for fiction: valid, never anyone's.
    return f"({AREA_CODES[index % len(AREA_CODES)]}) 555-01{index % 100:02d}"


def _resume_text(name: str, job: Job | None, phone: str) -> str:
    role = job.title if job else "Professional seeking new opportunities"
    skills = job.requirements if job else "- Reliable, organized and quick to learn"
    email = f"{name.lower().replace(' ', '.')}@{DEMO_DOMAIN}"
    return (
        f"{name}\n{email} | {phone}\n\n"
        f"OBJECTIVE\n{role}.\n\nSKILLS\n{skills}\n\nEXPERIENCE\n"
        "Five years in similar roles with a record of dependable, careful work.\n"
    )


# Where the demo applicants came from: mostly the boards, as at a staffing agency.
DEMO_SOURCES = ["indeed", "direct", "linkedin", "google.com", "indeed", "ziprecruiter", "direct",
                "referral"]  # fmt: skip


def load_candidates_demo() -> int:
    """Adds the demo candidates and applications when none exist yet; returns how many."""
    if Candidate.objects.filter(email__endswith=f"@demo.{DEMO_DOMAIN}").exists():
        return 0
    rng = random.Random(2026)  # noqa: S311 - demo data, repeatable
    jobs = list(Job.objects.open().order_by("pk"))
    now = timezone.now()
    created = 0
    for index in range(COUNT):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        # Most apply to a job, some send a general resume; popular jobs get more.
        job = None if index % 6 == 0 or not jobs else jobs[int(rng.triangular(0, len(jobs), 0))]
        phone = _phone(index)
        text = _resume_text(name, job, phone).encode()
        upload = SimpleUploadedFile(f"{name.replace(' ', '_')}_resume.txt", text, "text/plain")
        detected = inspect_upload(upload, upload.name, max_bytes=len(text) + 1)
        submission = submit_resume(
            details=CandidateDetails(
                name=name,
                email=f"{name.lower().replace(' ', '.')}.{index}@demo.{DEMO_DOMAIN}",
                phone=phone,
                city=job.city if job else "Dayton",
                state=job.state if job else "OH",
            ),
            upload=upload,
            detected=detected,
            job=job,
            source=Source(DEMO_SOURCES[index % len(DEMO_SOURCES)]),
        )
        application = submission.application
        applied_at = now - timedelta(days=rng.uniform(0.2, 83))
        Application.objects.filter(pk=application.pk).update(created_at=applied_at)
        moment = applied_at
        for status in rng.choice(PATHS) if applied_at < now - timedelta(days=3) else []:
            event = application.move_to(status, by=None)
            moment = min(moment + timedelta(days=rng.uniform(0.5, 6)), now)
            ApplicationEvent.objects.filter(pk=event.pk).update(at=moment)
        created += 1
    return created
