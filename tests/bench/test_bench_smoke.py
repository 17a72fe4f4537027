"""The benchmark's parts at a tiny scale, so `make bench` cannot rot between runs.

Checks the seeding, the query counts, the search timing, one short wrk round and the report's
shape. It never asserts speed: that is the benchmark's job, on a quiet machine.
"""

import json
import shutil

import pytest
from django.db import connection

from bench import run, seed
from blog.models import Article
from candidates.models import Application, Candidate, Resume
from jobs.models import Job

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the benchmark runs on PostgreSQL only"
    ),
    pytest.mark.django_db(transaction=True),  # the live server's thread must see the rows
]

PAGE_KEYS = {"rps", "p50_ms", "p95_ms", "p99_ms", "ratio", "queries"}


@pytest.fixture
def seeded():
    ctx = seed.seed_base()
    assert seed.grow_jobs(50, ctx) == 50
    assert seed.grow_jobs(50, ctx) == 0  # already there: grows, never duplicates
    assert seed.grow_articles(10, ctx) == 10
    assert seed.grow_applications(20, ctx) == 20
    seed.analyze(vacuum=False)
    return ctx


def test_seeding_builds_what_save_would_have(seeded):
    assert Job.objects.count() == 50
    assert Job.objects.open().exists()
    job = Job.objects.open().first()
    assert job.reference.startswith("AMT-") and len(job.reference) == 10
    assert job.description_html.startswith("<") and job.requirements_html
    assert Job.objects.search("engineer").exists()  # the trigger filled search vectors
    # Coordinates as save() sets them, and in the search index (the trigger copies them).
    assert not Job.objects.filter(latitude__isnull=True).exists()
    saved = Job(postal_code=job.postal_code, city=job.city, state=job.state)
    saved.set_coordinates()
    assert (job.latitude, job.longitude) == (saved.latitude, saved.longitude)
    assert job.search_entry.latitude == job.latitude
    article = Article.objects.published().first()
    assert article.body_html and article.reading_minutes >= 1
    assert Application.objects.count() == 20
    assert Resume.objects.filter(is_current=True).count() == Candidate.objects.count()
    assert not Resume.objects.filter(text="").exists()
    candidates = list(Candidate.objects.all())
    assert all(c.phone.is_valid() and c.phone.as_e164.startswith("+1") for c in candidates)


def test_one_short_round_gives_a_complete_report(seeded, live_server, settings, tmp_path):
    settings.ROOT_URLCONF = "bench.urls"  # the floor view lives there
    pages = {"jobs": ["/jobs/", "/jobs/?q=engineer"]}
    queries = run.measure_queries(pages)
    assert queries["jobs"]["status"] == [200]
    assert 0 < queries["jobs"]["queries"] <= 10
    search = {50: run.measure_search(["engineer", "nurse"], repeat=1)}
    assert search[50]["runs"] == 2

    if shutil.which("wrk"):
        load = run.load_round(
            live_server.url,
            {"floor": ["/bench/floor/"], **pages},
            duration=1,
            connections=2,
            threads=1,
            workdir=tmp_path,
        )
        assert load["jobs"]["requests"] > 0 and load["jobs"]["non_2xx_3xx"] == 0
    else:  # no load generator here: the report's shape is still checked
        fake = {"rps": 1.0, "p50_ms": 1.0, "p95_ms": 1.0, "p99_ms": 1.0}
        load = {"floor": dict(fake), "jobs": dict(fake)}

    report = run.build_report(
        load=load, queries=queries, search=search, queries_by_scale={50: queries}
    )
    assert {"floor_rps", "pages", "search_p95_ms", "targets"} <= set(report)
    assert set(report["search_p95_ms"]) == {"1000", "10000", "100000"}
    assert set(report["pages"]) == {"jobs"}
    assert set(report["pages"]["jobs"]) == PAGE_KEYS
    assert report["floor_rps"] > 0
    assert report["pages"]["jobs"]["rps"] > 0
    assert report["pages"]["jobs"]["queries"] == queries["jobs"]["queries"]
    assert json.loads(json.dumps(report)) == report
    assert "jobs" in run.format_table(report)
