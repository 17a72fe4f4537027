import itertools
from datetime import timedelta
from decimal import Decimal
from urllib.parse import urlencode

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
        if group in ("total", "more", "counted"):
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


# --- search by distance (near / radius) ---------------------------------------------------------

HOUSTON = "77002"
# Real ZIP codes either side of 25 miles from downtown Houston (distances from the bundled data).
ALVIN, SPRING = "77511", "77389"


@pytest.fixture
def commute_board():
    now = timezone.now()
    specs = [
        ("Downtown Welder", "Houston", "TX", HOUSTON, "onsite", "temporary", 1),
        ("Alvin Machinist", "Alvin", "TX", ALVIN, "onsite", "contract", 2),
        ("Spring Forklift Operator", "Spring", "TX", SPRING, "hybrid", "temporary", 3),
        ("Houston Packer", "Houston", "TX", "", "onsite", "direct_hire", 4),  # city only
        ("Dallas Welder", "Dallas", "TX", "75201", "onsite", "temporary", 5),
    ]
    for title, city, state, zip_code, workplace, kind, age in specs:
        JobFactory(
            title=title, city=city, state=state, postal_code=zip_code, workplace=workplace,
            employment_type=kind, posted_at=now - timedelta(days=age),
        )  # fmt: skip


def titles(query_string):
    return {j.title for j in search(query_string)[1]}


def test_the_radius_reaches_exactly_its_miles_at_real_zip_codes(commute_board):
    from jobs import geo

    center = geo.zip_point(HOUSTON)
    assert 24.5 < geo.distance_miles(center, geo.zip_point(ALVIN)) < 25
    assert 25 < geo.distance_miles(center, geo.zip_point(SPRING)) < 25.5
    within_25 = {"Downtown Welder", "Alvin Machinist", "Houston Packer"}
    assert titles(f"near={HOUSTON}&radius=25") == within_25
    assert titles(f"near={HOUSTON}") == within_25  # 25 miles unless chosen
    assert titles(f"near={HOUSTON}&radius=50") == within_25 | {"Spring Forklift Operator"}
    assert titles(f"near={HOUSTON}&radius=10") == {"Downtown Welder", "Houston Packer"}
    assert len(titles(f"near={HOUSTON}&radius=100")) == 4  # Dallas is 225 miles away
    assert titles(f"near={HOUSTON}&radius=7") == within_25  # not an option: the default


def test_near_takes_a_city_with_or_without_its_state(commute_board):
    from jobs import geo

    # A city is the mean of its ZIP codes: Houston's 190 put it 4 miles north-west of downtown,
    # so Spring (north) is within 25 miles of it and Alvin (south) is not.
    houston = geo.city_point("Houston", "TX")
    expected = {
        job.title
        for job in Job.objects.all()
        if geo.distance_miles(houston, geo.job_point(job.postal_code, job.city, job.state)) <= 25
    }
    assert expected == {"Downtown Welder", "Spring Forklift Operator", "Houston Packer"}
    assert titles("near=Houston,+TX") == expected
    assert titles("near=houston+texas") == expected
    assert titles("near=Houston") == expected
    assert titles("near=Dallas&radius=10") == {"Dallas Welder"}


@pytest.mark.parametrize("place", ["99999", "Atlantis, TX", "Springfield, ZZ"])
def test_an_unknown_place_is_reported_and_the_search_ignores_distance(commute_board, place):
    job_search, results, facets = search(urlencode({"near": place}))
    assert job_search.near_not_found and job_search.origin is None and job_search.radius is None
    assert facets["total"] == len(results) == 5


def test_distance_sort_puts_the_nearest_first_only_when_near_is_given(commute_board):
    job_search, results, _ = search(f"near={ALVIN}&radius=100&sort=distance")
    assert job_search.sort_choice() == "distance"
    assert [j.title for j in results] == [
        "Alvin Machinist", "Downtown Welder", "Houston Packer", "Spring Forklift Operator",
    ]  # fmt: skip
    distances = [j.distance_miles for j in results]
    assert distances == sorted(distances) and distances[0] == pytest.approx(0, abs=1e-6)
    assert search("sort=distance")[0].sort_choice() == "newest"  # nothing to measure from
    assert search("near=99999&sort=distance")[0].sort_choice() == "newest"


def test_each_job_of_a_search_by_distance_carries_its_distance(commute_board):
    from jobs import geo

    _, results, _ = search(f"near={HOUSTON}&radius=50")
    center = geo.zip_point(HOUSTON)
    for job in results:
        expected = geo.distance_miles(center, geo.job_point(job.postal_code, job.city, job.state))
        assert job.distance_miles == pytest.approx(expected, abs=1e-6)
    assert not hasattr(search("")[1][0], "distance_miles")


NEAR_SETS = [
    f"near={HOUSTON}",
    f"near={HOUSTON}&radius=50&workplace=onsite",
    "near=Houston,+TX&radius=10&type=temporary",
    f"near={HOUSTON}&q=welder",
    "near=99999&q=welder",
]


@pytest.mark.parametrize("base", NEAR_SETS)
def test_facets_count_within_the_radius(commute_board, base):
    _, results, facets = search(base)
    assert facets["total"] == len(results)
    for group, options in facets.items():
        if group in ("total", "more", "counted"):
            continue
        for value, count in options.items():
            params = QueryDict(base, mutable=True)
            params.setlist(group, [value])
            assert len(search(params.urlencode())[1]) == count, (base, group, value)
    if "radius=10" in base:
        assert facets["workplace"]["hybrid"] == 0  # Spring's hybrid job is 25 miles out


def test_the_feed_path_keeps_the_radius(commute_board):
    job_search = JobSearch.from_query(f"near={HOUSTON}&radius=10", categories=[])
    assert {j.title for j in job_search.results(Job.objects.all())} == {
        "Downtown Welder", "Houston Packer",
    }  # fmt: skip
    paged = job_search.paged_results(Job.objects.all())
    assert paged.count() == 2 and {j.title for j in paged[:20]} == {
        "Downtown Welder", "Houston Packer",
    }  # fmt: skip


def test_a_job_without_coordinates_is_never_near_anything(commute_board):
    Job.objects.filter(title="Houston Packer").update(latitude=None, longitude=None)
    assert "Houston Packer" not in titles(f"near={HOUSTON}&radius=100")
    assert "Houston Packer" in titles("")


def test_searching_by_distance_adds_no_query(commute_board, django_assert_num_queries):
    categories = list(Category.objects.all())
    job_search = JobSearch.from_query(
        f"q=welder&near={HOUSTON}&radius=50&type=temporary&sort=distance", categories=categories
    )
    with django_assert_num_queries(2):  # facets and total + the page
        results, _ = job_search.apply(Job.objects.all())
        list(results[:20])
