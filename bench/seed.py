"""Bulk seeding for the benchmark: realistic jobs, articles, candidates, resumes and applications.

Everything is generated from the demo content (jobs/demo_data/, blog/demo_data/) and the
fixture resumes (tests/fixtures/resumes/*.txt), varied with a seeded random generator so two runs
build the same rows. The functions *grow* a table to a target size, so the benchmark can measure at
1,000 jobs, grow to 10,000, measure again, and so on, without starting over.

`bulk_create` skips `Model.save()`, so whatever `save()` would compute is computed here: a job's
reference code, slug, Markdown HTML, yearly pay and coordinates (from its ZIP code, looked up once
per ZIP code); an article's HTML and reading time. Markdown is
rendered once per template text, not once per row. PostgreSQL's triggers fill `search_vector` and
the jobs' search index (`jobs_jobsearchentry`).

Each `grow_*` function returns how many rows it added; `timed()` adds the seconds.
"""

import hashlib
import math
import random
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from bench.common import timed_ms
from blog import demo as blog_demo
from blog.models import WORDS_PER_MINUTE, Article
from blog.models import Category as BlogCategory
from candidates.models import Application, Candidate, Resume
from core.markdown import plain_text, render_markdown
from jobs import demo as jobs_demo
from jobs import geo
from jobs.models import REFERENCE_ALPHABET, Job
from jobs.models import Category as JobCategory

ROOT = Path(__file__).resolve().parents[1]
RESUME_FIXTURES = ROOT / "tests" / "fixtures" / "resumes"
BATCH = 2000

CITIES = [
    ("Dayton", "OH", "45402"), ("Columbus", "OH", "43215"), ("Cincinnati", "OH", "45202"),
    ("Cleveland", "OH", "44114"), ("Toledo", "OH", "43604"), ("Pittsburgh", "PA", "15222"),
    ("Philadelphia", "PA", "19103"), ("Indianapolis", "IN", "46204"), ("Fort Wayne", "IN", "46802"),
    ("Chicago", "IL", "60606"), ("Rockford", "IL", "61101"), ("Detroit", "MI", "48226"),
    ("Grand Rapids", "MI", "49503"), ("Milwaukee", "WI", "53202"), ("Wichita", "KS", "67202"),
    ("Kansas City", "MO", "64105"), ("St. Louis", "MO", "63101"), ("Louisville", "KY", "40202"),
    ("Lexington", "KY", "40507"), ("Nashville", "TN", "37203"), ("Memphis", "TN", "38103"),
    ("Charlotte", "NC", "28202"), ("Raleigh", "NC", "27601"), ("Atlanta", "GA", "30303"),
    ("Orlando", "FL", "32801"), ("Tampa", "FL", "33602"), ("Houston", "TX", "77002"),
    ("Dallas", "TX", "75201"), ("Austin", "TX", "78701"), ("San Antonio", "TX", "78205"),
    ("Phoenix", "AZ", "85004"), ("Denver", "CO", "80202"), ("Salt Lake City", "UT", "84111"),
    ("Seattle", "WA", "98101"), ("Portland", "OR", "97204"), ("Sacramento", "CA", "95814"),
    ("San Diego", "CA", "92101"), ("Boston", "MA", "02110"), ("Baltimore", "MD", "21202"),
    ("Huntsville", "AL", "35801"),
]  # fmt: skip
# One real area code per city, for candidates' phones: (937) 555-0100 to 555-0199 are valid
# numbers set aside for fiction.
AREA_CODES = {
    "Dayton": "937", "Columbus": "614", "Cincinnati": "513", "Cleveland": "216", "Toledo": "419",
    "Pittsburgh": "412", "Philadelphia": "215", "Indianapolis": "317", "Fort Wayne": "260",
    "Chicago": "312", "Rockford": "815", "Detroit": "313", "Grand Rapids": "616",
    "Milwaukee": "414", "Wichita": "316", "Kansas City": "816", "St. Louis": "314",
    "Louisville": "502", "Lexington": "859", "Nashville": "615", "Memphis": "901",
    "Charlotte": "704", "Raleigh": "919", "Atlanta": "404", "Orlando": "407", "Tampa": "813",
    "Houston": "713", "Dallas": "214", "Austin": "512", "San Antonio": "210", "Phoenix": "602",
    "Denver": "303", "Salt Lake City": "801", "Seattle": "206", "Portland": "503",
    "Sacramento": "916", "San Diego": "619", "Boston": "617", "Baltimore": "410",
    "Huntsville": "256",
}  # fmt: skip
TITLE_PREFIXES = ["", "", "", "", "Senior ", "Junior ", "Lead ", "Entry-Level "]
TITLE_SUFFIXES = ["", "", "", "", " II", " III", " – 1st Shift", " – 2nd Shift", " – Contract"]
BLURBS = [
    "The team is growing after winning several long-term contracts.",
    "Our client has been in business for more than thirty years and promotes from within.",
    "This is a busy site with a friendly, experienced crew and low turnover.",
    "Amtec has placed several people with this employer, and most of them are still there.",
    "The company offers steady hours and a clean, climate-controlled facility.",
    "You will report to a manager who has been with the company for over a decade.",
    "The role opened because of a promotion, not turnover.",
    "Expect a structured first month with a dedicated trainer and a written plan.",
    "Free parking, a modern break room and on-site training are part of the package.",
    "Weekly pay by direct deposit starts with your first week on the job.",
]
ARTICLE_ANGLES = [
    "A Recruiter's Checklist", "What Hiring Managers Notice", "For Career Changers",
    "In Manufacturing", "In Healthcare", "In IT", "For Your First Job", "For Contract Workers",
    "Mistakes to Avoid", "Questions We Hear Every Week", "A Step-by-Step Guide", "2026 Update",
]  # fmt: skip
FIRST_NAMES = [
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
    "Carlos", "Karen", "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Maria", "Mark", "Sandra",
    "Kevin", "Ashley", "Jamal", "Priya", "Wei", "Aisha", "Luis", "Keisha", "Andre", "Mei", "Omar",
    "Rosa",
]  # fmt: skip
LAST_NAMES = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
    "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
    "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen",
    "Patel", "Okafor", "Kowalski",
]  # fmt: skip
RESUME_KINDS = [
    ("pdf", "application/pdf", 0.6),
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 0.3),
    ("txt", "text/plain", 0.1),
]
APPLICATION_STATUSES = [
    ("new", 0.45), ("reviewing", 0.20), ("interviewing", 0.10), ("offered", 0.03),
    ("hired", 0.02), ("rejected", 0.17), ("withdrawn", 0.03),
]  # fmt: skip
STATUS_VALUES = [status for status, _ in APPLICATION_STATUSES]
STATUS_WEIGHTS = [weight for _, weight in APPLICATION_STATUSES]
KIND_WEIGHTS = [weight for *_, weight in RESUME_KINDS]


@dataclass
class SeedContext:
    recruiters: list
    authors: list
    job_categories: dict
    blog_categories: dict


def timed(function, *args, **kwargs):
    """(result, seconds) of one call."""
    result, took_ms = timed_ms(function, *args, **kwargs)
    return result, took_ms / 1000


@cache
def _demo_jobs() -> list[dict]:
    return jobs_demo.demo_jobs()  # read once: every generated job starts from one of these


@cache
def _demo_articles() -> list[dict]:
    return blog_demo.demo_articles()


@cache
def _markdown(text: str) -> str:
    return render_markdown(text)


def _reference(index: int) -> str:
    """A unique "AMT-XXXXXX" code per index, in the same alphabet Job.save() draws from."""
    base, chars = len(REFERENCE_ALPHABET), []
    for _ in range(6):
        index, digit = divmod(index, base)
        chars.append(REFERENCE_ALPHABET[digit])
    return "AMT-" + "".join(reversed(chars))


def seed_base() -> SeedContext:
    """Staff users (recruiters, authors) and both apps' categories; reuses what exists."""
    users = get_user_model()
    staff = []
    for index, (first, last) in enumerate(
        [("Dana", "Reyes"), ("Marcus", "Cole"), ("Priya", "Shah"), ("Tom", "Becker"),
         ("Alicia", "Grant"), ("Ben", "Novak"), ("Grace", "Kim"), ("Luis", "Ortega")]
    ):  # fmt: skip
        user, created = users.objects.get_or_create(
            username=f"bench-staff-{index}",
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{first.lower()}.{last.lower()}@amtec.example",
                "is_staff": True,
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        staff.append(user)
    job_categories = {
        c["slug"]: JobCategory.objects.get_or_create(
            slug=c["slug"], defaults={"name": c["name"], "description": c["description"]}
        )[0]
        for c in jobs_demo.demo_categories()
    }
    blog_categories = {
        c["slug"]: BlogCategory.objects.get_or_create(
            slug=c["slug"], defaults={"name": c["name"], "description": c["description"]}
        )[0]
        for c in blog_demo.demo_categories()
    }
    return SeedContext(
        recruiters=staff[:6],
        authors=staff[5:],
        job_categories=job_categories,
        blog_categories=blog_categories,
    )


# --- jobs ---------------------------------------------------------------------------------------


def _pay(amount, factor: float, hourly: bool) -> Decimal | None:
    if amount is None:
        return None
    value = float(amount) * factor
    if hourly:
        return Decimal(round(value * 2) / 2).quantize(Decimal("0.01"))
    return Decimal(round(value / 1000) * 1000)


def _job(index: int, rng: random.Random, ctx: SeedContext, now) -> Job:
    data = rng.choice(_demo_jobs())
    title = (rng.choice(TITLE_PREFIXES) + data["title"] + rng.choice(TITLE_SUFFIXES)).strip()
    title = title[:120]
    city, state, postal_code = rng.choice(CITIES)
    latitude, longitude = geo.job_point(postal_code, city, state) or (None, None)  # cached
    workplace = data["workplace"] if rng.random() < 0.8 else rng.choice(Job.Workplace.values)
    employment_type = (
        data["employment_type"] if rng.random() < 0.8 else rng.choice(Job.EmploymentType.values)
    )
    hourly = data["pay_period"] == "hour"
    factor = rng.uniform(0.85, 1.2)
    pay_min, pay_max = _pay(data["pay_min"], factor, hourly), _pay(data["pay_max"], factor, hourly)
    if pay_min is not None and pay_max is not None and pay_min > pay_max:
        pay_min = pay_max

    # Most jobs are open; the rest exercise the "open" rule: closed, filled, expired, scheduled.
    roll = rng.random()
    posted_at = now - timedelta(days=rng.uniform(0, 90) ** 1.3 / 90**0.3)
    expires_at = None
    status = Job.Status.OPEN
    if roll < 0.04:
        status = Job.Status.CLOSED
    elif roll < 0.09:
        status = Job.Status.FILLED
    elif roll < 0.11:
        status = Job.Status.DRAFT
    elif roll < 0.16:
        expires_at = now - timedelta(days=rng.uniform(0.5, 20))  # open but expired
        posted_at = expires_at - timedelta(days=rng.uniform(10, 60))
    elif roll < 0.18:
        posted_at = now + timedelta(days=rng.uniform(1, 14))  # scheduled
    elif roll < 0.55:
        expires_at = now + timedelta(days=rng.uniform(1, 60))
    if expires_at is not None and expires_at <= posted_at:
        expires_at = posted_at + timedelta(days=1)

    blurb = rng.choice(BLURBS)
    return Job(
        title=title,
        slug=slugify(title)[:140],
        reference=_reference(index),
        category=ctx.job_categories[data["category"]],
        employment_type=employment_type,
        workplace=workplace,
        city=city,
        state=state,
        postal_code=postal_code,
        latitude=latitude,
        longitude=longitude,
        pay_min=pay_min,
        pay_max=pay_max,
        pay_period=data["pay_period"],
        summary=data["summary"],
        description=data["description"].rstrip() + "\n\n" + blurb + "\n",
        # Two Markdown blocks render to the two renders joined: no per-row rendering needed.
        description_html=_markdown(data["description"]) + "\n" + _markdown(blurb),
        requirements=data["requirements"],
        requirements_html=_markdown(data["requirements"]),
        client_name=data["client_name"],
        confidential=data["confidential"],
        featured=rng.random() < 0.01,
        status=status,
        posted_at=posted_at,
        expires_at=expires_at,
        recruiter=rng.choice(ctx.recruiters),
    )


def grow_jobs(total: int, ctx: SeedContext, *, seed: int = 2026) -> int:
    """Adds generated jobs until there are `total`; returns how many were added."""
    start = Job.objects.count()
    if start >= total:
        return 0
    rng = random.Random(f"{seed}-jobs-{start}")  # noqa: S311 - repeatable benchmark data
    now = timezone.now()
    with transaction.atomic():
        for first in range(start, total, BATCH):
            batch = [_job(i, rng, ctx, now) for i in range(first, min(first + BATCH, total))]
            Job.objects.bulk_create(batch)
    return total - start


# --- articles -----------------------------------------------------------------------------------


@cache
def _article_render(body: str) -> tuple[str, int]:
    html = render_markdown(body)
    return html, max(1, math.ceil(len(plain_text(html).split()) / WORDS_PER_MINUTE))


def _article(index: int, rng: random.Random, ctx: SeedContext, now) -> Article:
    templates = _demo_articles()
    data = templates[index % len(templates)]
    if index < len(templates):
        # The demo articles themselves first: their bodies link to each other's slugs.
        title, slug = data["title"], data["slug"]
    else:
        title = f"{data['title']}: {rng.choice(ARTICLE_ANGLES)}"[:200]
        slug = f"{slugify(title)[:180]}-{index}"
    body_html, minutes = _article_render(data["body"])
    roll = rng.random()
    status, published_at = Article.Status.PUBLISHED, now - timedelta(days=rng.uniform(0, 6 * 365))
    if index < len(templates):
        published_at = now - timedelta(days=data["days_ago"])
    elif roll < 0.03:
        status, published_at = Article.Status.DRAFT, None
    elif roll < 0.05:
        published_at = now + timedelta(days=rng.uniform(1, 30))  # scheduled
    return Article(
        title=title,
        slug=slug,
        summary=data["summary"],
        body=data["body"],
        body_html=body_html,
        reading_minutes=minutes,
        author=rng.choice(ctx.authors),
        category=ctx.blog_categories[data["category"]],
        status=status,
        published_at=published_at,
        seo_title=data.get("seo_title", "") if index < len(templates) else "",
        seo_description=data.get("seo_description", "") if index < len(templates) else "",
    )


def grow_articles(total: int, ctx: SeedContext, *, seed: int = 2026) -> int:
    """Adds generated articles until there are `total`; returns how many were added."""
    start = Article.objects.count()
    if start >= total:
        return 0
    rng = random.Random(f"{seed}-articles-{start}")  # noqa: S311 - repeatable benchmark data
    now = timezone.now()
    with transaction.atomic():
        for first in range(start, total, BATCH):
            batch = [_article(i, rng, ctx, now) for i in range(first, min(first + BATCH, total))]
            Article.objects.bulk_create(batch)
    return total - start


# --- candidates, resumes, applications ----------------------------------------------------------


@cache
def _fixture_resumes() -> tuple[str, ...]:
    return tuple(p.read_text() for p in sorted(RESUME_FIXTURES.glob("*.txt")))


def _resume_text(
    rng: random.Random, name: str, email: str, phone: str, city: str, state: str
) -> str:
    """A fixture resume under this candidate's name, or one written from a demo job's needs."""
    fixtures = _fixture_resumes()
    if fixtures and rng.random() < 0.3:
        lines = rng.choice(fixtures).splitlines()
        return "\n".join([name.upper(), *lines[1:]]) + "\n"
    job = rng.choice(_demo_jobs())
    skills = [line for line in job["requirements"].splitlines() if line.startswith("- ")]
    years = rng.randint(2, 20)
    employer = rng.choice(_demo_jobs())["client_name"] or "A regional manufacturer"
    return "\n".join(
        [
            name.upper(),
            job["title"],
            f"{city}, {state} | {phone} | {email}",
            "",
            "PROFESSIONAL SUMMARY",
            f"{job['title']} with {years} years of experience. {job['summary']}",
            "",
            "EXPERIENCE",
            f"{job['title']}",
            f"{employer}, {job['city']}, {job['state']} | {2026 - years} – Present",
            *rng.sample(skills, k=min(len(skills), rng.randint(3, 6))),
            "",
            "SKILLS",
            *skills,
            "",
        ]
    )


def grow_applications(total: int, ctx: SeedContext, *, seed: int = 2026) -> int:
    """Adds applications until there are `total`, each from a new or recent candidate.

    About 1.5 applications per candidate: every new candidate gets one current resume (with its
    extracted text) and one or two applications, to distinct jobs; one in ten first applications
    is a general submission (no job). Open applications never repeat a (candidate, job) pair.
    """
    start = Application.objects.count()
    wanted = total - start
    if wanted <= 0:
        return 0
    rng = random.Random(f"{seed}-applications-{start}")  # noqa: S311 - repeatable benchmark data
    job_ids = list(Job.objects.values_list("pk", flat=True))
    candidate_count = max(1, math.ceil(wanted / 1.5))
    offset = Candidate.objects.count()
    now = timezone.now()
    categories = list(ctx.job_categories.values())
    with transaction.atomic():
        for first in range(0, candidate_count, BATCH):
            indexes = range(first, min(first + BATCH, candidate_count))
            candidates = []
            for i in indexes:
                first_name, last_name = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                city, state, _ = rng.choice(CITIES)
                joined = now - timedelta(days=rng.uniform(0, 365))
                candidates.append(
                    Candidate(
                        name=f"{first_name} {last_name}",
                        email=f"{first_name}.{last_name}.{offset + i}@example.com".lower(),
                        phone=f"({AREA_CODES[city]}) 555-01{rng.randint(0, 99):02d}",
                        city=city,
                        state=state,
                        desired_role=rng.choice(_demo_jobs())["title"],
                        desired_category=rng.choice(categories),
                        consent_at=joined,
                        last_activity_at=joined,
                    )
                )
            Candidate.objects.bulk_create(candidates)

            resumes = []
            for i, candidate in zip(indexes, candidates, strict=True):
                kind, mime, _ = rng.choices(RESUME_KINDS, weights=KIND_WEIGHTS)[0]
                text = _resume_text(
                    rng,
                    candidate.name,
                    candidate.email,
                    candidate.phone.as_national,
                    candidate.city,
                    candidate.state,
                )
                resumes.append(
                    Resume(
                        candidate=candidate,
                        # A placeholder: no page serves resumes, so no file is written.
                        file=f"bench/{offset + i:08d}.{kind}",
                        original_name=f"{candidate.name.replace(' ', '-')}-Resume.{kind}",
                        size=rng.randint(30_000, 900_000),
                        kind=kind,
                        mime_type=mime,
                        sha256=hashlib.sha256(f"bench-{offset + i}".encode()).hexdigest(),
                        is_current=True,
                        text=text,
                        extraction_status=Resume.Extraction.DONE,
                        uploaded_at=candidate.consent_at,
                    )
                )
            Resume.objects.bulk_create(resumes)

            applications = []
            for i, candidate, resume in zip(indexes, candidates, resumes, strict=True):
                # Candidate i sends application i, and application i + candidate_count if any.
                chosen_jobs = set()
                for number in (i, i + candidate_count):
                    if number >= wanted:
                        break
                    job_id = None
                    if number != i or rng.random() >= 0.1:
                        job_id = rng.choice(job_ids) if job_ids else None
                        while job_id in chosen_jobs and len(job_ids) > len(chosen_jobs):
                            job_id = rng.choice(job_ids)
                        chosen_jobs.add(job_id)
                    if job_id is None and number != i:
                        continue  # a second general submission would break the open-one rule
                    created = candidate.consent_at + timedelta(days=rng.uniform(0, 30))
                    status = rng.choices(STATUS_VALUES, weights=STATUS_WEIGHTS)[0]
                    applications.append(
                        Application(
                            candidate=candidate,
                            job_id=job_id,
                            resume=resume,
                            message="" if rng.random() < 0.7 else "I would love to hear more.",
                            status=status,
                            created_at=created,
                            status_changed_at=created
                            + timedelta(days=0 if status == "new" else rng.uniform(0, 20)),
                        )
                    )
            Application.objects.bulk_create(applications)
    return Application.objects.count() - start


def analyze(*, vacuum: bool = True) -> None:
    """Fresh planner statistics (and a visibility map), as autovacuum would leave a live site.

    VACUUM cannot run inside a transaction: pass vacuum=False there.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if vacuum else "ANALYZE")
