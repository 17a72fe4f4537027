"""Facet counts in a single pass (issue 21, item 4): on PostgreSQL the matches grouped by their
packed facets (`facet_key`, migration 0016) give exactly what one filtered count per option gives.
"""

import random
from datetime import timedelta
from decimal import Decimal
from itertools import product

import pytest
from django.db import connection
from django.utils import timezone

from jobs.models import Category, Job, JobSearchEntry
from jobs.search import FACET_KEY, JobSearch, decode_facet_key
from tests.jobs.factories import JobCategoryFactory, JobFactory


@pytest.fixture
def postgresql(db):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: facet_key is the search index's")


@pytest.fixture
def varied_board(postgresql):
    """60 jobs over every value of every facet, repeatable."""
    rng = random.Random(21)
    categories = [JobCategoryFactory(slug=s, name=s.title()) for s in ("it", "shop", "care")]
    now = timezone.now()
    for n in range(60):
        pay = rng.choice([25_000, 30_000, 52_000, 75_000, 99_999, 100_000, 160_000])
        JobFactory(
            title=rng.choice(["Welder", "Python Engineer", "Nurse", "Welding Engineer"]) + f" {n}",
            category=rng.choice(categories),
            workplace=rng.choice(Job.Workplace.values),
            employment_type=rng.choice(Job.EmploymentType.values),
            hours=rng.choice(Job.Hours.values),
            shift=rng.choice(["", *Job.Shift.values]),
            pay_w2=rng.random() < 0.7,
            pay_1099=rng.random() < 0.3,
            pay_c2c=rng.random() < 0.2,
            starts_immediately=rng.random() < 0.4,
            pay_min=Decimal(pay),
            pay_max=Decimal(pay),
            posted_at=now - timedelta(hours=rng.choice([2, 30, 24 * 5, 24 * 20, 24 * 60])),
        )
    return categories


def test_the_packed_key_decodes_to_each_rows_own_facets(varied_board):
    slugs = {c.pk: c.slug for c in Category.objects.all()}
    entries = JobSearchEntry.objects.select_related("job", "category")
    assert entries.count() == 60
    for entry in entries:
        job, held = entry.job, decode_facet_key(entry.facet_key, slugs)
        assert held["workplace"] == {job.workplace}
        assert held["type"] == {job.employment_type}
        assert held["hours"] == {job.hours}
        assert held["shift"] == ({job.shift} if job.shift else set())
        paid = {"w2": job.pay_w2, "1099": job.pay_1099, "c2c": job.pay_c2c}
        assert held["paid"] == {v for v, on in paid.items() if on}
        assert held["start"] == ({"now"} if job.starts_immediately else set())
        assert held["category"] == {entry.category.slug}
        reached = {a for a in (30_000, 50_000, 75_000, 100_000, 150_000)
                   if job.annual_pay_max >= a}  # fmt: skip
        assert held["pay"] == {str(a) for a in reached}


def test_the_key_knows_every_choice():
    """A new choice needs migration 0016's column redefined: this fails until FACET_KEY has it."""
    known = {group: values for group, _, _, values in FACET_KEY}
    assert known["workplace"] == Job.Workplace.values
    assert known["type"] == Job.EmploymentType.values
    assert known["hours"] == Job.Hours.values
    assert known["shift"] == ["", *Job.Shift.values]


QUERIES = [
    "", "q=engineer", "q=welder", "workplace=remote", "workplace=remote&workplace=hybrid",
    "q=engineer&type=contract&pay=50000", "paid=1099&paid=c2c&shift=night", "posted=7",
    "q=nurse&posted=1&start=now", "category=it&category=care&hours=part_time&pay=100000",
    "workplace=onsite&type=temporary&paid=w2&hours=full_time&shift=day&start=now&category=shop"
    "&pay=30000&posted=30",
    "q=python+-welding&workplace=hybrid&posted=30", "location=OH&pay=150000",
]  # fmt: skip


@pytest.mark.parametrize("query", QUERIES)
def test_single_pass_counts_equal_one_filtered_count_per_option(varied_board, query):
    search = JobSearch.from_query(query, categories=Category.objects.all())
    entries = search.base_queryset(Job.objects.all())
    options = search._option_conditions()
    active = search._active_conditions(options)
    expected = search._facet_aggregate(entries, options, active)
    assert search.facet_counts(entries, options, active)[0] == expected
    assert expected["total"] == search.count(Job.objects.all())


def test_every_pair_of_single_choices_counts_alike(varied_board):
    for pay, posted in product(["", "50000", "100000"], ["", "1", "7", "30"]):
        query = f"pay={pay}&posted={posted}&workplace=remote"
        search = JobSearch.from_query(query, categories=Category.objects.all())
        entries = search.base_queryset(Job.objects.all())
        options = search._option_conditions()
        active = search._active_conditions(options)
        assert search.facet_counts(entries, options, active)[0] == search._facet_aggregate(
            entries, options, active
        ), query
