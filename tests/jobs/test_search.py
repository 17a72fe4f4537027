import itertools
from datetime import timedelta
from decimal import Decimal

import pytest
from django.http import QueryDict
from django.utils import timezone

from jobs.models import Category, Job
from jobs.search import JobSearch, SearchResults, location_filter
from tests.jobs.factories import JobCategoryFactory, JobFactory

pytestmark = pytest.mark.django_db


def search(query_string=""):
    job_search = JobSearch.from_query(QueryDict(query_string), categories=Category.objects.all())
    results, facets = job_search.apply(Job.objects.all())
    return job_search, list(results), facets


@pytest.fixture
def board():
    it, shop = (
        JobCategoryFactory(name="IT", slug="it"),
        JobCategoryFactory(name="Shop", slug="shop"),
    )
    now = timezone.now()
    specs = [
        ("Python Developer", it, "remote", "contract", "Columbus", "OH", "43215", 55, "hour", 0),
        ("Help Desk Technician", it, "onsite", "temporary", "Dayton", "OH", "45402", 22, "hour", 3),
        ("Network Administrator", it, "hybrid", "direct_hire", "Indianapolis", "IN", "46204",
         95000, "year", 10),
        ("CNC Machinist", shop, "onsite", "contract_to_hire", "Dayton", "OH", "45414", 28,
         "hour", 20),
        ("Welder", shop, "onsite", "temporary", "Wichita", "KS", "67202", 24, "hour", 45),
        ("Plant Manager", shop, "onsite", "direct_hire", "Kettering", "OH", "45429", 140000,
         "year", 2),
    ]  # fmt: skip
    for title, category, workplace, kind, city, state, zip_code, pay, period, age in specs:
        JobFactory(
            title=title,
            category=category,
            workplace=workplace,
            employment_type=kind,
            city=city,
            state=state,
            postal_code=zip_code,
            pay_min=Decimal(pay),
            pay_max=Decimal(pay),
            pay_period=period,
            posted_at=now - timedelta(days=age, hours=1),
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45402", {"Help Desk Technician", "CNC Machinist", "Plant Manager"}),  # 454xx area
        ("Dayton, OH", {"Help Desk Technician", "CNC Machinist"}),
        ("dayton oh", {"Help Desk Technician", "CNC Machinist"}),
        ("Dayton, Ohio", {"Help Desk Technician", "CNC Machinist"}),
        ("OH", {"Python Developer", "Help Desk Technician", "CNC Machinist", "Plant Manager"}),
        ("indiana", {"Network Administrator"}),
        ("wich", {"Welder"}),
        ("Springfield, ZZ", set()),
    ],
)
def test_location_filter(board, text, expected):
    assert {j.title for j in Job.objects.filter(location_filter(text))} == expected


def test_each_filter(board):
    assert {j.title for j in search("workplace=remote")[1]} == {"Python Developer"}
    assert {j.title for j in search("type=temporary")[1]} == {"Help Desk Technician", "Welder"}
    assert len(search("category=shop")[1]) == 3
    # $55/hr = $114,400 a year; $140,000 a year; $95,000 a year.
    assert {j.title for j in search("pay=100000")[1]} == {"Python Developer", "Plant Manager"}
    assert {j.title for j in search("posted=1")[1]} == {"Python Developer"}
    assert len(search("posted=7")[1]) == 3


def test_filters_combine_within_a_group_with_or_and_across_groups_with_and(board):
    both = search("workplace=remote&workplace=hybrid")[1]
    assert {j.title for j in both} == {"Python Developer", "Network Administrator"}
    combined = search("category=shop&location=OH&type=contract_to_hire&type=direct_hire")[1]
    assert {j.title for j in combined} == {"CNC Machinist", "Plant Manager"}


FILTER_SETS = ["", "location=OH", "category=it", "type=temporary&workplace=onsite", "q=technician"]


@pytest.mark.parametrize("base", FILTER_SETS)
def test_facet_counts_equal_the_results_of_choosing_that_option(board, base):
    _, results, facets = search(base)
    assert facets["total"] == len(results)
    for group, options in facets.items():
        if group == "total":
            continue
        for value, count in options.items():
            # The option on its own in its group, every other group's choices kept.
            params = QueryDict(base, mutable=True)
            params.setlist(group, [value])
            assert len(search(params.urlencode())[1]) == count, (base, group, value)


def test_facets_are_one_query(board, django_assert_num_queries):
    categories = list(Category.objects.all())
    job_search = JobSearch.from_query(
        "q=developer&location=OH&type=contract", categories=categories
    )
    with django_assert_num_queries(1):
        job_search.apply(Job.objects.all())


@pytest.mark.parametrize(
    "query_string",
    [
        "workplace=moon", "type=", "category=nope", "pay=abc", "pay=-5", "pay=99999999999999999999",
        "posted=365", "sort=random", "q=%00", "location=%00", "q=" + "x" * 1000, "workplace[]=1",
    ],
)  # fmt: skip
def test_bad_parameters_are_ignored_not_fatal(board, query_string):
    _, results, facets = search(query_string)
    assert facets["total"] == len(results) == 6 or query_string.startswith("q=x")


def test_sort_options(board):
    by_pay = [j.title for j in search("sort=pay")[1]]
    assert by_pay[:2] == ["Plant Manager", "Python Developer"]
    newest = [j.title for j in search("")[1]]
    assert newest[0] == "Python Developer" and newest[-1] == "Welder"
    assert search("q=developer&sort=relevance")[0].sort_choice() == "relevance"
    assert search("sort=relevance")[0].sort_choice() == "newest"  # nothing to be relevant to


def test_all_combinations_of_two_groups_never_fail(board):
    samples = ["workplace=remote", "type=contract", "category=it", "pay=50000", "posted=7",
               "location=45402", "q=technician", "sort=pay"]  # fmt: skip
    for first, second in itertools.combinations(samples, 2):
        _, results, facets = search(f"{first}&{second}")
        assert facets["total"] == len(results)


@pytest.mark.parametrize("walk_from", [1, 1_000])  # PostgreSQL: relevance pages walk, or sort
@pytest.mark.parametrize("sort", ["relevance", "newest", "pay"])
def test_pages_cut_the_same_order_as_the_full_results(sort, walk_from, monkeypatch):
    monkeypatch.setattr(SearchResults, "walk_from", walk_from)
    now = timezone.now()
    for n in range(25):
        JobFactory(
            title="Field Engineer" if n % 3 else f"Engineer, field service {n}",
            summary="Support an engineer on site." if n % 2 else "Install and repair.",
            description="Engineering work." if n % 4 else "Travel required.",
            pay_max=Decimal(60000 + 1000 * (n % 7)),
            posted_at=now - timedelta(hours=n % 5),  # ties: the order falls back to the newest id
        )
    query = QueryDict(f"q=engineer&sort={sort}")
    job_search = JobSearch.from_query(query, categories=Category.objects.all())
    results, facets = job_search.apply(Job.objects.all())
    everything = [job.pk for job in job_search.results(Job.objects.all())]
    pages = [job.pk for job in results[0:20]] + [job.pk for job in results[20:40]]
    assert facets["total"] == len(results) == len(everything) == 25
    assert pages == everything


@pytest.mark.parametrize("walk_from", [1, 1_000])  # PostgreSQL: the page walks, or sorts
def test_a_narrowed_jobs_queryset_narrows_the_search(walk_from, monkeypatch):
    monkeypatch.setattr(SearchResults, "walk_from", walk_from)
    JobFactory(title="Welder", city="Dayton")
    JobFactory(title="Welder", city="Akron")
    job_search = JobSearch.from_query(QueryDict("q=welder"), categories=Category.objects.all())
    results, facets = job_search.apply(Job.objects.filter(city="Akron"))
    assert facets["total"] == 1 and [job.city for job in results[:20]] == ["Akron"]
