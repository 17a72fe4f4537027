"""Keyword search: PostgreSQL full-text search in the PostgreSQL run, the fallback on SQLite."""

import pytest

from jobs.models import Job
from jobs.search import crude_stem
from tests.jobs.factories import ClosedJobFactory, JobFactory

pytestmark = pytest.mark.django_db


def titles(query):
    return [job.title for job in Job.objects.open().search(query).order_by("-rank", "-posted_at")]


@pytest.fixture
def board():
    return [
        JobFactory(
            title="Mechanical Engineer", summary="Design brackets.", description="CAD work."
        ),
        JobFactory(
            title="Quality Technician",
            summary="Support the engineering team on the shop floor.",
            description="Inspect parts.",
        ),
        JobFactory(
            title="Software Developer",
            summary="Build web apps.",
            description="Our engineers use Python and Django daily.",
            requirements="- Python\n- Django",
        ),
        JobFactory(title="Forklift Operator", summary="Load trucks.", description="Warehouse."),
        JobFactory(title="Senior Accountant", summary="Close the books.", description="GAAP."),
    ]


def test_stemming_engineering_finds_engineer(board):
    found = titles("engineering")
    assert "Mechanical Engineer" in found
    assert "Quality Technician" in found
    assert "Forklift Operator" not in found


def test_title_matches_rank_above_body_matches(board):
    found = titles("engineer")
    assert found[0] == "Mechanical Engineer"
    assert set(found) >= {"Mechanical Engineer", "Quality Technician", "Software Developer"}


def test_every_word_must_match(board):
    assert titles("python django") == ["Software Developer"]
    assert titles("python forklift") == []


def test_quoted_phrase_and_excluded_word(board):
    assert titles('"web apps"') == ["Software Developer"]
    assert "Software Developer" not in titles("engineer -python")
    assert "Mechanical Engineer" in titles("engineer -python")


def test_search_only_returns_open_jobs(board):
    ClosedJobFactory(title="Closed Engineer")
    assert "Closed Engineer" not in titles("engineer")


@pytest.mark.parametrize(
    "query", ["", "   ", "'", '"', '"unbalanced', "-", "--", "OR", "a & b | !c", "(", "\\", "%_%"]
)
def test_odd_queries_do_not_fail(board, query):
    Job.objects.open().search(query).count()


def test_postgresql_uses_full_text_search(board, on_postgresql):
    if not on_postgresql:
        pytest.skip("PostgreSQL only: run by .ci/run against PostgreSQL")
    # Stemming that the SQLite fallback cannot do: "designs" -> "design", "loading" -> "load".
    assert titles("designs") == ["Mechanical Engineer"]
    assert titles("loading") == ["Forklift Operator"]
    # websearch syntax: OR
    assert set(titles("forklift or accountant")) == {"Forklift Operator", "Senior Accountant"}
    # The trigger keeps the vector current on update and bulk writes.
    Job.objects.filter(title="Senior Accountant").update(title="Senior Bookkeeper")
    assert titles("bookkeeper") == ["Senior Bookkeeper"]


def test_postgresql_search_uses_the_gin_index(board, on_postgresql):
    if not on_postgresql:
        pytest.skip("PostgreSQL only")
    from django.db import connection

    # A handful of rows never needs an index, so leave the planner only bitmap scans to choose.
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("SET enable_indexscan = off")
        plan = Job.objects.search("engineer").explain()
        cursor.execute("RESET enable_seqscan")
        cursor.execute("RESET enable_indexscan")
    assert "jobs_job_search_vector_gin" in plan


@pytest.mark.parametrize(
    ("word", "stem"),
    [("engineering", "engineer"), ("engineers", "engineer"), ("nursing", "nurs"), ("tax", "tax")],
)
def test_crude_stem(word, stem):
    assert crude_stem(word) == stem
