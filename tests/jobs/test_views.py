import json
import re

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from tests.jobs.factories import (
    ClosedUnseenJobFactory,
    DraftJobFactory,
    JobCategoryFactory,
    JobFactory,
    ScheduledJobFactory,
)
from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db


def test_open_rule_applies_in_every_place(client, jobs_in_every_state):
    hidden = [job for name, job in jobs_in_every_state.items() if name != "open"]
    pages = {
        "list": client.get(reverse("jobs:job-list")),
        "search": client.get(reverse("jobs:job-list"), {"q": "machinist"}),
        "feed": client.get(reverse("jobs:job-feed")),
        "home": client.get(reverse("home")),
    }
    for name, response in pages.items():
        content = response.content.decode()
        assert jobs_in_every_state["open"].get_absolute_url() in content, name
        for job in hidden:
            assert job.get_absolute_url() not in content, (name, job.title)
            assert job.title not in content, (name, job.title)
    sitemap = sitemap_text(client)
    assert jobs_in_every_state["open"].get_absolute_url() in sitemap
    assert not any(job.get_absolute_url() in sitemap for job in hidden)
    assert pages["list"].context["total"] == 1


def test_job_page_shows_everything_a_candidate_needs(client):
    job = JobFactory(
        title="CNC Machinist",
        pay_min=28,
        pay_max=34,
        pay_period="hour",
        employment_type="contract_to_hire",
        expires_at=None,
    )
    response = client.get(job.get_absolute_url())
    assert response.status_code == 200
    for text in (
        "CNC Machinist", "$28 \u2013 $34 an hour", "Contract to hire", "On-site", "Dayton, OH",
        job.reference, job.recruiter.get_full_name(), "You will inspect parts.",
        "Two years of inspection experience", job.get_apply_url(), "Copy link",
        "mailto:?subject=CNC%20Machinist",
        "linkedin.com/sharing/share-offsite/?url=http%3A//testserver",
        "Miami Valley Precision",
    ):  # fmt: skip
        assertContains(response, text)
    assert job.get_apply_url() == f"/jobs/{job.pk}/{job.slug}/apply/"
    assertContains(response, '<script src="/static/js/share.js" defer></script>', html=True)


def test_confidential_client_is_never_named(client):
    job = JobFactory(confidential=True, client_name="Secret Rockets Inc")
    for url in (job.get_absolute_url(), reverse("jobs:job-list"), reverse("jobs:job-feed"), "/"):
        assertNotContains(client.get(url), "Secret Rockets")
    assertContains(client.get(job.get_absolute_url()), "Confidential")


def test_changed_slug_redirects_permanently_to_the_canonical_url(client):
    job = JobFactory(title="Welder")
    response = client.get(f"/jobs/{job.pk}/old-title/")
    assert response.status_code == 301
    assert response["Location"] == job.get_absolute_url()
    assert client.get(f"/jobs/{job.pk}/Ω%20odd/").status_code == 301
    assert client.get(f"/jobs/{job.pk + 1000}/{job.slug}/").status_code == 404


@pytest.mark.parametrize("factory", [DraftJobFactory, ScheduledJobFactory, ClosedUnseenJobFactory])
def test_hidden_jobs_are_not_found_before_any_redirect_says_their_title(client, factory):
    """Walking the ids with any slug must not read the titles of drafts, scheduled jobs or
    drafts closed unseen (confidential searches among them)."""
    job = factory(title="Plant Manager for a confidential client")
    guessed = client.get(f"/jobs/{job.pk}/x/")
    assert guessed.status_code == 404 and "Location" not in guessed
    assert job.slug.encode() not in guessed.content
    for response in (guessed, client.get(job.get_absolute_url())):
        assertNotContains(response, "Plant Manager", status_code=404)


def test_staff_still_preview_hidden_jobs_and_follow_their_redirects(client):
    from tests.factories import StaffUserFactory

    client.force_login(StaffUserFactory(permissions=["view_job"]))
    job = DraftJobFactory(title="Plant Manager")
    assert client.get(f"/jobs/{job.pk}/x/")["Location"] == job.get_absolute_url()
    assertContains(client.get(job.get_absolute_url()), "Plant Manager")


def test_closing_or_filling_an_open_job_remembers_that_it_was_seen(client):
    seen, unseen, scheduled = JobFactory(), DraftJobFactory(), ScheduledJobFactory()
    seen.close()
    unseen.close()
    scheduled.mark_filled()
    assert client.get(seen.get_absolute_url()).status_code == 410
    assert client.get(unseen.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("state", ["filled", "closed", "expired"])
def test_ended_jobs_answer_410_with_similar_open_jobs(client, jobs_in_every_state, state):
    job = jobs_in_every_state[state]
    similar = JobFactory(category=job.category, title="Similar open welder")
    response = client.get(job.get_absolute_url())
    assert response.status_code == 410
    assertContains(response, "no longer open", status_code=410)
    assertContains(response, similar.get_absolute_url(), status_code=410)
    assertNotContains(response, "application/ld+json", status_code=410)
    assertNotContains(response, job.get_apply_url(), status_code=410)


def test_drafts_and_scheduled_jobs_are_404_but_staff_can_preview(
    staff_client, jobs_in_every_state, staff_user
):
    from django.contrib.auth.models import Permission
    from django.test import Client

    client = Client()
    staff_user.user_permissions.add(Permission.objects.get(codename="view_job"))
    for name in ("draft", "scheduled"):
        job = jobs_in_every_state[name]
        assert client.get(job.get_absolute_url()).status_code == 404
        preview = staff_client.get(job.get_absolute_url())
        assert preview.status_code == 200
        assertContains(preview, "Preview.")
        assert preview["X-Robots-Tag"] == "noindex, nofollow"
        assert "no-store" in preview["Cache-Control"]
        assertNotContains(preview, "application/ld+json")


def test_apply_page_exists_for_open_jobs_only(client, jobs_in_every_state):
    assert client.get(jobs_in_every_state["open"].get_apply_url()).status_code == 200
    # A job that was on the site and ended answers as its page does (candidates' tests).
    assert client.get(jobs_in_every_state["closed"].get_apply_url()).status_code == 410
    for unseen in ("draft", "scheduled"):
        assert client.get(jobs_in_every_state[unseen].get_apply_url()).status_code == 404


def test_search_form_keeps_its_values_and_shows_counts(client):
    JobCategoryFactory(name="IT", slug="it")
    JobFactory(title="Python Developer", workplace="remote", category__slug="it")
    JobFactory(title="Welder")
    response = client.get(
        reverse("jobs:job-list"),
        {"q": "developer", "location": "OH", "workplace": "remote", "sort": "pay", "pay": "50000"},
    )
    content = response.content.decode()
    assert 'value="developer"' in content and 'value="OH"' in content
    assert re.search(r'id="filter-workplace-remote" value="remote" checked', content)
    assert re.search(r'id="filter-pay-50000" value="50000" checked', content)
    assert '<option value="pay" selected>' in content
    assertContains(response, "<strong>1</strong> open job")
    assertContains(response, 'Remote <span class="facet-count">(1')
    assertContains(response, '<meta name="robots" content="noindex, follow">', html=True)


def test_empty_state_suggests_removing_filters(client):
    JobFactory(title="Welder")
    response = client.get(reverse("jobs:job-list"), {"q": "welder", "workplace": "remote"})
    assertContains(response, "No jobs match your search.")
    assertContains(response, "remove all filters")
    assertContains(response, 'href="/jobs/?q=welder"')


@pytest.mark.parametrize(
    "query_string",
    [
        "page=abc", "page=999999", "page=" + "9" * 50, "page=-1", "q=%00", "q=%ff%fe",
        "q=<script>alert(1)</script>", "q=\"unbalanced", "q=a%26b%7Cc!", "location=%00",
        "workplace=moon", "pay=abc", "pay=1e9", "posted=abc", "sort=random", "category[]=x",
        "q=" + "x" * 5000, "type=contract&type=contract&type=moon",
    ],
)  # fmt: skip
def test_malformed_parameters_give_a_sensible_page(client, query_string):
    JobFactory.create_batch(3)
    for url in (reverse("jobs:job-list"), reverse("jobs:job-feed")):
        response = client.get(f"{url}?{query_string}")
        assert response.status_code == 200, (url, query_string)
        assert b"<script>alert(1)</script>" not in response.content


def test_pagination_keeps_filters(client):
    JobFactory.create_batch(25, workplace="hybrid")
    response = client.get(reverse("jobs:job-list"), {"workplace": "hybrid"})
    assertContains(response, 'href="?workplace=hybrid&amp;page=2"')
    second = client.get(reverse("jobs:job-list"), {"workplace": "hybrid", "page": 2})
    assert len(second.context["jobs"]) == 5


@pytest.mark.parametrize("count", [5, 50])
def test_query_counts_are_constant(client, django_assert_num_queries, count):
    jobs = JobFactory.create_batch(count)
    # categories + facets and total (one aggregate) + the page of jobs
    with django_assert_num_queries(3):
        client.get(reverse("jobs:job-list"))
    with django_assert_num_queries(3):
        client.get(
            reverse("jobs:job-list"),
            {"q": "inspector", "location": "Dayton, OH", "workplace": "onsite", "pay": "50000",
             "posted": "7", "type": "direct_hire", "sort": "pay"},
        )  # fmt: skip
    # the job with its category and recruiter + similar jobs
    with django_assert_num_queries(2):
        client.get(jobs[0].get_absolute_url())
    # categories + the feed's jobs
    with django_assert_num_queries(2):
        client.get(reverse("jobs:job-feed"), {"workplace": "onsite"})


def test_home_shows_featured_jobs_first_and_searches_jobs(client):
    JobFactory.create_batch(6)
    featured = JobFactory(title="Featured Aerospace Engineer", featured=True)
    DraftJobFactory(title="Draft Featured", featured=True)
    response = client.get("/")
    jobs = list(response.context["jobs"])
    assert jobs[0] == featured
    assert len(jobs) == 6
    assertNotContains(response, "Draft Featured")
    assertContains(response, 'action="/jobs/"')


def test_structured_data_only_on_open_job_pages(client):
    job = JobFactory()
    content = client.get(job.get_absolute_url()).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    assert len(blocks) == 1
    assert json.loads(blocks[0])["@type"] == "JobPosting"
    for url in (reverse("jobs:job-list"), "/"):
        assertNotContains(client.get(url), "application/ld+json")


def test_search_by_distance_shows_each_jobs_distance_and_offers_the_distance_sort(client):
    JobFactory(title="Downtown Welder", city="Houston", state="TX", postal_code="77002")
    JobFactory(title="Alvin Machinist", city="Alvin", state="TX", postal_code="77511")
    JobFactory(title="Dayton Inspector")
    response = client.get(reverse("jobs:job-list"), {"near": "77002", "radius": "25"})
    assertContains(response, "<strong>2</strong> open jobs")
    assertNotContains(response, "Dayton Inspector")
    assertContains(response, "within 25 miles of 77002")
    assertContains(response, "25 mi<span")  # Alvin, 24.9 miles away
    assertContains(response, "under 1 mi")
    assertContains(response, 'name="near" id="id_near" value="77002"')
    assertContains(response, '<option value="25" selected>25 miles</option>', html=True)
    assertContains(response, '<label class="form-label" for="id_near">')
    assertContains(response, '<label class="form-label" for="id_radius">')
    assertContains(response, '<option value="distance">')
    by_distance = client.get(reverse("jobs:job-list"), {"near": "77511", "sort": "distance"})
    assert [j.title for j in by_distance.context["jobs"]] == ["Alvin Machinist", "Downtown Welder"]
    assertContains(by_distance, '<option value="distance" selected>')
    plain = client.get(reverse("jobs:job-list"), {"sort": "distance"})
    assertNotContains(plain, 'value="distance"')
    assertNotContains(plain, " mi<span")


def test_an_unknown_place_is_explained_and_distance_left_out(client):
    JobFactory.create_batch(2)
    response = client.get(reverse("jobs:job-list"), {"near": "99999", "radius": "10"})
    assertContains(
        response,
        "We couldn't find “99999”. Try a 5-digit ZIP code or a city and state, e.g. Dayton, OH.",
    )
    assertContains(response, "<strong>2</strong> open jobs")
    assertContains(response, 'aria-invalid="true"')


def test_query_counts_stay_the_same_with_a_search_by_distance(client, django_assert_num_queries):
    JobFactory.create_batch(5)
    with django_assert_num_queries(3):  # categories + facets and total + the page of jobs
        client.get(
            reverse("jobs:job-list"),
            {"q": "inspector", "near": "Dayton, OH", "radius": "50", "workplace": "onsite",
             "sort": "distance"},
        )  # fmt: skip
    with django_assert_num_queries(2):  # categories + the feed's jobs
        client.get(reverse("jobs:job-feed"), {"near": "45402", "radius": "10"})
