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
