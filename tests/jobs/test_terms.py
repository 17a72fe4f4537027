"""The terms temp and contract workers choose by, on the job's page and in the admin."""

from datetime import date

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from jobs.demo import demo_jobs
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db


def test_the_job_page_states_the_terms(client):
    job = JobFactory(
        employment_type="contract", pay_w2=True, pay_1099=True, hours_per_week=36, shift="night",
        shift_hours="3×12s, 19:00–7:30", start_date=date(2027, 1, 4), duration=13,
        duration_unit="weeks", openings=3,
    )  # fmt: skip
    page = client.get(job.get_absolute_url())
    for text in ('Paid as</dt><dd class="col-sm-8">W-2, 1099</dd>',
                 "Full-time, 36 hours a week", "Night shift · 3×12s, 19:00–7:30",
                 "January 4, 2027", "13 weeks", "3 people wanted",
                 "Health, dental and vision insurance"):  # fmt: skip
        assertContains(page, text, html=False)


def test_a_plain_direct_hire_job_says_only_what_it_has(client):
    page = client.get(JobFactory().get_absolute_url())
    assertContains(page, "Full-time")
    for absent in ("Shift</dt>", "Starts</dt>", "Length</dt>", "Openings</dt>"):
        assertNotContains(page, absent)


def test_the_admin_form_has_the_terms(admin_client):
    page = admin_client.get(reverse("admin:jobs_job_add"))
    for field in ("pay_w2", "pay_1099", "pay_c2c", "hours", "hours_per_week", "shift",
                  "shift_hours", "start_date", "starts_immediately", "duration",
                  "duration_unit", "converts_after_months", "openings", "benefits"):  # fmt: skip
        assertContains(page, f'name="{field}"')


def test_the_demo_is_a_realistic_mix():
    jobs = demo_jobs()
    shop = [j for j in jobs if j["category"] in ("manufacturing", "logistics")]
    assert sum(j["pay_w2"] and bool(j["shift"]) for j in shop) > len(shop) / 2
    nurses = [
        j for j in jobs if j["category"] == "healthcare" and j["employment_type"] == "contract"
    ]
    assert nurses and all((j["duration"], j["duration_unit"]) == (13, "weeks") for j in nurses)
    it_contracts = [j for j in jobs if j["category"] == "it" and j["employment_type"] == "contract"]
    assert it_contracts and all(j["pay_1099"] or j["pay_c2c"] for j in it_contracts)


def test_filters_count_the_terms_and_narrow_the_results(client, django_assert_max_num_queries):
    JobFactory(title="Night Forklift", shift="night", employment_type="temporary",
               starts_immediately=True, duration=8, duration_unit="weeks")  # fmt: skip
    JobFactory(title="Remote Developer", pay_w2=False, pay_1099=True, pay_c2c=True,
               employment_type="contract", hours="part_time")  # fmt: skip
    JobFactory(title="Staff Accountant")
    with django_assert_max_num_queries(10):
        page = client.get(reverse("jobs:job-list"))
    groups = {g["name"]: {o["value"]: o["count"] for o in g["options"]}
              for g in page.context["filter_groups"]}  # fmt: skip
    assert groups["paid"] == {"w2": 2, "1099": 1, "c2c": 1}
    assert groups["hours"] == {"full_time": 2, "part_time": 1}
    assert groups["shift"]["night"] == 1 and groups["start"] == {"now": 1}
    assertContains(page, "Starts now")  # the card says it
    for query, titles in [
        ({"paid": "c2c"}, ["Remote Developer"]),
        ({"shift": "night"}, ["Night Forklift"]),
        ({"start": "now"}, ["Night Forklift"]),
        ({"hours": "full_time", "paid": "w2"}, ["Staff Accountant", "Night Forklift"]),
    ]:
        with django_assert_max_num_queries(10):
            found = client.get(reverse("jobs:job-list"), query)
        assert sorted(j.title for j in found.context["jobs"]) == sorted(titles), query


def test_an_alert_keeps_the_terms_and_says_them():
    from alerts.search import alert_query, describe, job_search
    from jobs.models import Category

    search = job_search("q=forklift&shift=night&paid=w2&start=now&sort=pay",
                        categories=Category.objects.all())  # fmt: skip
    assert alert_query(search) == "q=forklift&paid=w2&shift=night&start=now"
    assert describe(search) == "“forklift” jobs · W-2 · Night shift · Starts immediately"


def test_the_rss_item_states_the_terms(client):
    JobFactory(title="Night Forklift", shift="night", employment_type="temporary",
               starts_immediately=True, duration=8, duration_unit="weeks")  # fmt: skip
    feed = client.get(reverse("jobs:job-feed")).content.decode()
    assert "W-2 · Full-time" in feed and "Night shift · starts immediately · 8 weeks" in feed
