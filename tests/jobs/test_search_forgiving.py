"""Forgiving search (issue 21, item 3): typos, a place typed in the keyword box, "remote" as the
location, filters that still apply shown as chips, and what to try when nothing matches.

Every test runs on the database of the run: SQLite (FTS5 vocabulary, trigram similarity in
Python) and PostgreSQL (jobs_searchword, pg_trgm).
"""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from jobs import fulltext
from jobs.models import Category, Job
from jobs.search import JobSearch
from tests.jobs.factories import ClosedJobFactory, DraftJobFactory, JobFactory

pytestmark = pytest.mark.django_db

URL = reverse("jobs:job-list")


def titles(response) -> list[str]:
    return [job.title for job in response.context["jobs"]]


def search(query: str) -> JobSearch:
    return JobSearch.from_query(query, categories=Category.objects.all())


def hrefs(response, text: str) -> list[str]:
    """The hrefs of the links whose text contains `text`."""
    html = response.content.decode()
    return [
        href.replace("&amp;", "&")
        for href, inner in re.findall(r'<a[^>]*href="([^"]*)"[^>]*>(.*?)</a>', html, re.S)
        if text in re.sub(r"<[^>]+>", "", inner)
    ]


# --- typos ------------------------------------------------------------------------------------


def test_similarity_is_pg_trgm_s():
    assert fulltext.similarity("nurse", "nurse") == 1.0
    assert fulltext.similarity("nurce", "nurse") == pytest.approx(3 / 9)
    assert fulltext.similarity("welder", "python") == 0.0
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT similarity('nurce', 'nurse'), similarity('forklfit', 'forklift')"
            )
            assert cursor.fetchone() == pytest.approx(
                (fulltext.similarity("nurce", "nurse"), fulltext.similarity("forklfit", "forklift"))
            )


def test_the_nearest_known_word_corrects_a_typo():
    JobFactory(title="Registered Nurse", summary="Med/surg nursing on days.")
    JobFactory(title="Forklift Operator", summary="Reach truck and sit-down forklift.")
    assert fulltext.closest_words(["nurce", "forklfit", "nurse", "xyzzyq", "rn"]) == {
        "nurce": "nurse",
        "forklfit": "forklift",
    }


def test_a_typo_finds_the_jobs_and_says_what_it_searched(client):
    JobFactory(title="Registered Nurse", summary="Med/surg nursing on days.")
    JobFactory(title="CNC Machinist")
    response = client.get(URL, {"q": "nurce"})
    assert titles(response) == ["Registered Nurse"]
    assertContains(response, "Showing results for <strong>nurse</strong>")
    # The box holds what was searched; the way back is one link.
    assertContains(response, 'name="q" id="id_q" value="nurse"')
    (exact,) = hrefs(response, "Search instead for “nurce”")
    assert parse_qs(urlsplit(exact).query) == {"q": ["nurce"], "exact": ["1"]}
    exact_page = client.get(exact)
    assert titles(exact_page) == []
    assertNotContains(exact_page, "Showing results for")


def test_words_of_jobs_nobody_can_see_are_never_offered(client):
    DraftJobFactory(title="Phlebotomist (draft)")
    ClosedJobFactory(title="Phlebotomist (closed)")
    JobFactory(title="Welder")
    response = client.get(URL, {"q": "phlebotomst"})
    assert titles(response) == []
    assertNotContains(response, "Showing results for")
    assertNotContains(response, "Phlebotomist")


def test_a_search_that_finds_jobs_is_never_corrected(client):
    JobFactory(title="Nurce Scheduling Software Tester")  # a product named with the typo
    JobFactory(title="Registered Nurse")
    response = client.get(URL, {"q": "nurce"})
    assert titles(response) == ["Nurce Scheduling Software Tester"]
    assertNotContains(response, "Showing results for")


def test_the_vocabulary_follows_new_and_renamed_jobs():
    job = JobFactory(title="Welder", summary="Join our welding team.")
    assert fulltext.closest_words(["machinst"]) == {}
    job.title = "CNC Machinist"
    job.save()
    assert fulltext.closest_words(["machinst"]) == {"machinst": "machinist"}
    Job.objects.filter(pk=job.pk).update(title="Phlebotomist")  # no save(): triggers see it
    assert fulltext.closest_words(["phlebotomst"]) == {"phlebotomst": "phlebotomist"}


# --- a place in the keywords, "remote" as the location ----------------------------------------


@pytest.fixture
def nurses(db):
    return {
        "dayton": JobFactory(title="Registered Nurse", city="Dayton", state="OH",
                             postal_code="45402"),
        "houston": JobFactory(title="Registered Nurse", city="Houston", state="TX",
                              postal_code="77002"),
        "remote": JobFactory(title="Telehealth Nurse", city="Columbus", state="OH",
                             postal_code="43215", workplace="remote"),
    }  # fmt: skip


def test_a_zip_code_in_the_keywords_is_the_location(client, nurses):
    response = client.get(URL, {"q": "nurse 77002"})
    assert [j.pk for j in response.context["jobs"]] == [nurses["houston"].pk]
    assertContains(response, "We took “77002” as the location.")
    assertContains(response, 'name="location" id="id_location" value="77002"')
    (exact,) = hrefs(response, "as keywords")
    assert parse_qs(urlsplit(exact).query) == {"q": ["nurse 77002"], "exact": ["1"]}
    assert titles(client.get(exact)) == []  # no job has "77002" in its text


@pytest.mark.parametrize(
    "query", ["nurse houston", "houston nurse", "nurse in Houston", "nurse houston tx",
              "nurse Houston, TX"],
)  # fmt: skip
def test_a_city_in_the_keywords_is_the_location(client, nurses, query):
    response = client.get(URL, {"q": query})
    assert [j.pk for j in response.context["jobs"]] == [nurses["houston"].pk]
    assert response.context["search"].params["q"] == "nurse"
    assertContains(response, "as the location.")


def test_a_state_named_in_full_is_the_location(client, nurses):
    response = client.get(URL, {"q": "nurse texas"})
    assert [j.pk for j in response.context["jobs"]] == [nurses["houston"].pk]


def test_a_word_of_a_job_title_is_never_taken_for_a_town(client):
    """Driver, Texas, and Mason, Ohio, are towns too."""
    JobFactory(title="Delivery Driver")
    JobFactory(title="Stone Mason")
    for word in ("driver", "mason"):
        search_ = search(f"q={word}")
        assert search_.params["q"] == word and search_.params["location"] == ""
    assert titles(client.get(URL, {"q": "driver"})) == ["Delivery Driver"]


def test_a_small_town_named_alone_stays_a_keyword():
    """Java, South Dakota, has one ZIP code: "java" alone means the language."""
    assert search("q=java").params == search("q=java&exact=1").params | {"exact": False}
    assert search("q=nurse+java+sd").params["location"] == "java sd"  # with its state it is


def test_given_a_location_the_keywords_stay_as_they_are(nurses):
    search_ = search("q=nurse+houston&location=OH")
    assert (search_.params["q"], search_.params["location"]) == ("nurse houston", "OH")


def test_remote_as_the_location_is_the_remote_filter(client, nurses):
    response = client.get(URL, {"q": "nurse", "location": "Remote"})
    assert [j.pk for j in response.context["jobs"]] == [nurses["remote"].pk]
    search_ = response.context["search"]
    assert search_.params["location"] == "" and search_.params["workplace"] == ["remote"]
    assertContains(response, "the Remote filter is on")
    assert re.search(r'id="filter-workplace-remote" value="remote" checked', response.text)


# --- old filters show plainly, and each is one click to drop ----------------------------------


def test_filters_that_still_apply_show_as_chips_that_each_drop_one(client):
    JobFactory(title="Python Developer", workplace="remote", employment_type="contract")
    response = client.get(
        URL, {"q": "python", "workplace": ["remote", "hybrid"], "type": "contract", "pay": "50000"}
    )
    assertContains(response, "Filters applied")
    assertContains(response, "Filters (4<span")
    chips = {
        label: parse_qs(urlsplit(hrefs(response, label)[0]).query)
        for label in ("Remote", "Hybrid", "Contract", "$50,000+")
    }
    assert chips["Remote"] == {"q": ["python"], "workplace": ["hybrid"], "type": ["contract"],
                               "pay": ["50000"]}  # fmt: skip
    assert chips["Contract"] == {"q": ["python"], "workplace": ["remote", "hybrid"],
                                 "pay": ["50000"]}  # fmt: skip
    assert "pay" not in chips["$50,000+"]
    assertContains(response, "Remove filter Workplace: </span>Remote")
    assert client.get(hrefs(response, "Contract")[0]).status_code == 200


def test_a_new_keyword_search_keeps_its_filters_in_plain_sight(client):
    """The board's form sends its filters with new keywords: the chips say they still apply."""
    JobFactory(title="Welder", workplace="onsite")
    response = client.get(URL, {"q": "welder", "workplace": "remote"})
    assertContains(response, "Filters applied")
    assertContains(response, "Remove filter Workplace: </span>Remote")


# --- when nothing matches ---------------------------------------------------------------------


def test_nothing_matches_offers_the_search_without_filters_remote_and_nearby_jobs(client):
    JobFactory(title="Welder", workplace="onsite", city="Dayton", state="OH", postal_code="45402")
    JobFactory(title="Welder", workplace="onsite", city="Springfield", state="OH",
               postal_code="45502")  # fmt: skip  # about 25 miles from Dayton
    JobFactory(title="Remote Welder Trainer", workplace="remote", city="Austin", state="TX",
               postal_code="78701")  # fmt: skip
    response = client.get(URL, {"q": "welder", "location": "Springfield, OH",
                                "type": "contract"})  # fmt: skip
    assertContains(response, "No jobs match your search.")
    offers = {offer["kind"]: offer["count"] for offer in response.context["alternatives"]}
    assert offers["without_filters"] == 1  # Springfield's welder
    assert offers["remote"] == 1  # the remote trainer, anywhere
    assert "nearby" not in offers  # both welders are direct hire: the filter still applies
    (unfiltered,) = hrefs(response, "and remove all filters")
    assert titles(client.get(unfiltered)) == ["Welder"]
    (remote,) = hrefs(response, "jobs, anywhere")
    assert titles(client.get(remote)) == ["Remote Welder Trainer"]


def test_nothing_matches_offers_jobs_nearby(client):
    JobFactory(title="Welder", city="Dayton", state="OH", postal_code="45402")
    response = client.get(URL, {"q": "welder", "location": "Springfield, OH"})
    offers = {offer["kind"]: offer["count"] for offer in response.context["alternatives"]}
    assert offers == {"nearby": 1}
    (link,) = hrefs(response, "within 100 miles of Springfield, OH")
    assert titles(client.get(link)) == ["Welder"]


# --- what it costs ----------------------------------------------------------------------------


def test_query_counts(client, django_assert_num_queries, nurses):
    # categories + facets and total + the page
    with django_assert_num_queries(3):
        client.get(URL, {"q": "nurse 77002"})  # a ZIP code needs no query
    with django_assert_num_queries(4):  # + is "houston" a word of a job title?
        client.get(URL, {"q": "nurse houston"})
    # categories + facets (nothing) + the nearest words + facets again + the page
    with django_assert_num_queries(5):
        client.get(URL, {"q": "nurce"})
    # categories + facets (nothing) + the nearest words (none) + the remote search's count
    with django_assert_num_queries(4):
        client.get(URL, {"q": "xyzzyq"})
