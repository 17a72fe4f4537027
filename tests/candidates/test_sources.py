"""Where applicants come from: tagged links, campaigns and referring sites, kept from the first
page that shows one, never on a public (cached) page."""

import csv
import io

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains

from candidates.dashboard import build_dashboard
from candidates.models import Application
from tests.candidates.conftest import PDF, fixture_upload
from tests.factories import StaffUserFactory
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db
HOST = "testserver"


def apply(client, job, *, query="", referer=None, email="jane@example.com"):
    url = job.get_apply_url()
    headers = {"HTTP_REFERER": referer} if referer else {}
    client.get(url + query, **headers)
    data = {"name": "Jane Doe", "email": email, "resume": fixture_upload(PDF), "consent": "on",
            "website": ""}  # fmt: skip
    response = client.post(url, data, **headers)
    assert response.status_code == 302, response.content[:500]
    return Application.objects.filter(candidate__email=email).latest("pk")


@pytest.fixture
def job():
    return JobFactory(title="Python Developer")


def test_the_feed_tag_on_the_job_page_reaches_the_application(client, job):
    page = f"http://{HOST}{job.get_absolute_url()}?source=indeed"
    assert apply(client, job, referer=page).source == "indeed"


def test_campaign_tags_are_kept(client, job):
    application = apply(
        client, job, query="?utm_source=Newsletter&utm_medium=email&utm_campaign=Spring 2027"
    )
    assert (application.source, application.utm_medium, application.utm_campaign) == (
        "newsletter", "email", "spring-2027",
    )  # fmt: skip


def test_an_untagged_visit_from_another_site_is_that_site(client, job):
    assert apply(client, job, referer="https://www.google.com/search?q=python+jobs").source == (
        "google.com"
    )


def test_no_tag_and_no_referrer_is_direct(client, job):
    assert apply(client, job).source == "direct"


def test_the_first_source_of_the_session_is_kept(client, job):
    client.get(job.get_apply_url() + "?source=linkedin")
    later = f"http://{HOST}{job.get_absolute_url()}?source=indeed"
    assert apply(client, job, referer=later).source == "linkedin"


def test_odd_tags_are_cleaned(client, job):
    application = apply(client, job, query="?source=<script>alert(1)</script>" + "x" * 200)
    assert application.source.startswith("script-alert-1-script") and len(application.source) <= 60


def test_public_pages_carry_no_source_and_set_no_cookie(client, job):
    plain = client.get(job.get_absolute_url())
    tagged = Client().get(job.get_absolute_url() + "?source=indeed")
    assert "Set-Cookie" not in tagged and not tagged.cookies
    assert "indeed" not in tagged.content.decode()
    assert plain.status_code == tagged.status_code == 200


def test_staff_see_the_source_in_the_list_export_and_dashboard(client, job):
    apply(client, job, query="?source=indeed")
    apply(Client(), job, email="john@example.com")
    staff = Client()
    staff.force_login(StaffUserFactory(permissions=[
        "view_application", "view_candidate", "export_candidate", "view_job",
    ]))  # fmt: skip
    changelist = reverse("admin:candidates_application_changelist")
    filtered = staff.get(changelist, {"source__exact": "indeed"})
    assert [a.source for a in filtered.context["cl"].result_list] == ["indeed"]
    everything = list(Application.objects.values_list("pk", flat=True))
    response = staff.post(changelist, {"action": "export_csv", "_selected_action": everything})
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][-1] == "source" and sorted(r[-1] for r in rows[1:]) == ["direct", "indeed"]
    board = build_dashboard()
    assert {(bar.label, bar.value) for bar in board.by_source} == {("indeed", 1), ("direct", 1)}
    table = board.by_source_weeks
    assert sorted(table.sources) == ["direct", "indeed"] and len(table.rows) == 12
    assert [sum(counts) for _, counts in table.rows][-1] == 2  # both this week
    index = staff.get("/admin/")
    assertContains(index, "Where applicants came from")
    assertContains(index, "Applications per week, by where they came from")
    assertContains(index, '<th scope="col">indeed</th>', html=False)
