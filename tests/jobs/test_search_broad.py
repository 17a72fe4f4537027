"""Broad searches (issue 21, item 4): past JOB_SEARCH_COUNT_LIMIT matches, a search reads no more
of them for its counts. The total says "N+", the filters show no counts, the results are the first
N, and a narrower search gets its exact counts back. On SQLite and on PostgreSQL alike.
"""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from jobs.models import Category, Job
from jobs.search import JobSearch, SearchResults
from tests.jobs.factories import JobCategoryFactory, JobFactory

pytestmark = pytest.mark.django_db


def search(query_string):
    job_search = JobSearch.from_query(QueryDict(query_string), categories=Category.objects.all())
    results, facets = job_search.apply(Job.objects.all())
    return job_search, results, facets


@pytest.fixture
def board():
    """9 welders (6 on site, 3 remote; 2 on nights), 2 nurses."""
    shop = JobCategoryFactory(name="Shop", slug="shop")
    now = timezone.now()
    for n in range(9):
        JobFactory(
            title=f"Welder {n}",
            category=shop,
            workplace="remote" if n < 3 else "onsite",
            shift="night" if n in (0, 5) else "day",
            posted_at=now - timedelta(days=n + 1),
        )
    for n in range(2):
        JobFactory(title=f"Nurse {n}", category=shop, workplace="onsite")


def test_a_search_within_the_limit_counts_every_option(board, settings):
    settings.JOB_SEARCH_COUNT_LIMIT = 9
    _, results, facets = search("q=welder")
    assert facets["total"] == 9 and facets["more"] is False and facets["counted"] is True
    assert facets["workplace"] == {"onsite": 6, "hybrid": 0, "remote": 3}
    assert facets["shift"]["night"] == 2
    assert len(list(results[:20])) == 9


def test_past_the_limit_the_options_get_no_count_and_the_total_a_plus(board, settings):
    settings.JOB_SEARCH_COUNT_LIMIT = 5
    _, results, facets = search("q=welder")
    assert facets["total"] == 5 and facets["more"] is True and facets["counted"] is False
    assert all(count is None for count in facets["workplace"].values())
    assert all(count is None for count in facets["shift"].values())
    assert all(count is None for count in facets["posted"].values())
    # The results are the first five, in the search's own order (relevance, then newest).
    assert [job.title for job in results[:20]] == [f"Welder {n}" for n in range(5)]


def test_filters_that_narrow_a_broad_search_give_its_exact_total(board, settings):
    settings.JOB_SEARCH_COUNT_LIMIT = 5
    _, results, facets = search("q=welder&workplace=remote")
    # Still broad (the keywords match 9), so no option counts; but 3 remote welders, exactly.
    assert facets["total"] == 3 and facets["more"] is False and facets["counted"] is False
    assert facets["workplace"]["remote"] is None
    assert sorted(job.title for job in results[:20]) == ["Welder 0", "Welder 1", "Welder 2"]
    _, _, facets = search("q=welder&workplace=onsite")
    assert facets["total"] == 5 and facets["more"] is True  # 6 on site: more than 5


def test_narrower_keywords_get_their_counts_back(board, settings):
    settings.JOB_SEARCH_COUNT_LIMIT = 5
    _, _, facets = search("q=nurse")
    assert facets["total"] == 2 and facets["more"] is False
    assert facets["workplace"]["onsite"] == 2


def test_the_limit_changes_no_count_of_a_search_under_it(board, settings):
    queries = ["q=welder", "q=welder&shift=night", "workplace=onsite&posted=7", "", "q=nurse"]
    settings.JOB_SEARCH_COUNT_LIMIT = 1_000
    exact = [search(query)[2] for query in queries]
    settings.JOB_SEARCH_COUNT_LIMIT = 11  # every search reads all 11 jobs, no more
    assert [search(query)[2] for query in queries] == exact


def test_a_broad_search_costs_the_same_queries(board, settings, client, django_assert_num_queries):
    settings.JOB_SEARCH_COUNT_LIMIT = 1_000
    with django_assert_num_queries(3):  # categories, facets and total, the page
        client.get(reverse("jobs:job-list"), {"q": "welder"})
    cache.clear()  # the page cache, so the same page is built again
    settings.JOB_SEARCH_COUNT_LIMIT = 5
    # PostgreSQL: one statement counts either way. SQLite: a broad search counts the matches its
    # filters keep in a query of its own.
    with django_assert_num_queries(3 if connection.vendor == "postgresql" else 4):
        response = client.get(reverse("jobs:job-list"), {"q": "welder"})
    assert response.context["total_more"] is True


def test_the_page_says_plus_and_shows_no_counts(board, settings, client):
    settings.JOB_SEARCH_COUNT_LIMIT = 5
    response = client.get(reverse("jobs:job-list"), {"q": "welder"})
    html = response.content.decode()
    assert "<strong>5+</strong> open jobs" in html
    assert 'class="facet-count"' not in html
    assert "once your keywords and location match 5 jobs or fewer" in html
    # One page of 20 holds them all: the last page says these are the first five.
    assert "These are the first 5 jobs of this search" in html
    assert "5+ open “welder” jobs" in html  # the meta description


def test_the_page_of_a_search_under_the_limit_is_as_before(board, settings, client):
    settings.JOB_SEARCH_COUNT_LIMIT = 5
    response = client.get(reverse("jobs:job-list"), {"q": "nurse"})
    html = response.content.decode()
    assert "<strong>2</strong> open jobs" in html
    assert 'class="facet-count"' in html
    assert "once your keywords and location match" not in html
    assert "These are the first" not in html


def test_a_broad_search_pages_to_its_limit_and_no_further(settings, client):
    settings.JOB_SEARCH_COUNT_LIMIT = 25
    category = JobCategoryFactory(slug="shop")
    now = timezone.now()
    for n in range(30):
        JobFactory(title=f"Welder {n}", category=category, posted_at=now - timedelta(hours=n + 1))
    first = client.get(reverse("jobs:job-list"), {"q": "welder"})
    assert "<strong>25+</strong> open jobs · page 1</p>" in first.content.decode()
    assert first.context["page_obj"].paginator.num_pages == 2
    last = client.get(reverse("jobs:job-list"), {"q": "welder", "page": "9"})  # past the end
    assert last.context["page_obj"].number == 2
    assert len(last.context["jobs"]) == 5
    assert "These are the first 25 jobs of this search" in last.content.decode()
    assert "These are the first" not in first.content.decode()


def test_a_narrow_search_reads_its_page_by_the_ids_the_count_found(board, monkeypatch):
    """PostgreSQL: under SearchResults.walk_from chosen matches, the count statement returns their
    ids and the page reads those rows by id, without matching the keywords again; the same page
    as matching again gives."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: the count statement is the search index's")
    queries = ["q=welder", "q=welder&workplace=remote&sort=newest", "q=welder&shift=night"]
    by_id = []
    for query in queries:
        _, results, _ = search(query)
        with CaptureQueriesContext(connection) as captured:
            by_id.append([job.pk for job in results[:20]])
        (page_sql,) = (q["sql"] for q in captured.captured_queries)
        assert '"document" @@' not in page_sql and " IN (" in page_sql
    monkeypatch.setattr(SearchResults, "walk_from", 0)  # no ids: the page matches again
    assert [[job.pk for job in search(query)[1][:20]] for query in queries] == by_id
