"""The search page's layout and alert offer (issue 21, items 1 and 5), as HTML: results before
the filters' content on a phone's reading order, and an alert link at the top that keeps the
page cacheable."""

import re

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains

from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db

URL = reverse("jobs:job-list")


def test_the_alert_offer_is_at_the_top_of_the_results_and_keeps_the_page_cacheable(
    client, django_assert_num_queries
):
    JobFactory(title="Python Developer", workplace="remote")
    first = client.get(URL, {"q": "python", "workplace": "remote"})
    html = first.content.decode()
    top = html.index('class="job-alert-link')
    assert top < html.index('class="list-unstyled job-results"')  # above the first job
    assertContains(first, 'href="/alerts/?q=python&amp;workplace=remote"', count=2)  # top, end
    # A link, not a form: no per-visitor token in a page every visitor shares.
    assert "csrfmiddlewaretoken" not in html and '<form method="post"' not in html
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(URL, {"q": "python", "workplace": "remote"})
    assert second["X-Page-Cache"] == "hit" and second.content == first.content


def test_the_filters_wait_behind_their_toggle_and_count_what_is_applied(client):
    JobFactory(title="Welder", workplace="onsite", employment_type="contract")
    html = client.get(URL, {"q": "welder", "location": "OH", "workplace": "onsite",
                            "type": "contract", "near": "45402"}).content.decode()  # fmt: skip
    details = re.search(r"<details[^>]*class=\"filters\"[^>]*>", html).group(0)
    assert " open" not in details  # closed: a phone shows the results first
    # The location has its own box; the panel holds the other three.
    assert re.search(r"<summary[^>]*>Filters \(3<span class=\"visually-hidden\"> applied</span>\)",
                     html)  # fmt: skip
    # Results are announced right after the search box and the toggle, before any result.
    assert html.index('role="status"') < html.index('class="list-unstyled job-results"')
    assert re.search(r'<script src="[^"]*js/job-search[^"]*" defer>', html)  # a file: CSP


def test_without_filters_the_toggle_has_no_count(client):
    JobFactory(title="Welder")
    html = client.get(URL, {"q": "welder"}).content.decode()
    assert re.search(r"<summary[^>]*>Filters</summary>", html)
    assert "Filters applied" not in html
