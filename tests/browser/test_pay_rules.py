"""Staff opening a job that lacks what a pay-transparency law requires are told which law and
which field, in the admin's action and in its form."""

import pytest
from playwright.sync_api import expect

from jobs.models import Job
from tests.factories import StaffUserFactory
from tests.jobs.factories import DraftJobFactory, JobFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def admin_page(page):
    user = StaffUserFactory(is_superuser=True, username="boss")
    user.set_password("a-long-staff-password")
    user.save()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("boss")
    page.get_by_label("Password").fill("a-long-staff-password")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    return page


def test_the_open_action_names_the_law_and_opens_nothing(admin_page):
    page = admin_page
    job = DraftJobFactory(title="Warehouse Lead", state="CO", city="Denver", pay_min=None,
                          pay_max=None)  # fmt: skip
    page.goto("/admin/jobs/job/")
    page.get_by_role("row", name="Warehouse Lead").get_by_role("checkbox").check()
    page.get_by_label("Action:").select_option(label="Open selected jobs to candidates")
    page.get_by_role("button", name="Run").click()
    warning = page.locator(".messagelist .warning")
    expect(warning).to_contain_text(job.reference)
    expect(warning).to_contain_text("Colorado's Equal Pay for Equal Work Act")
    expect(warning).to_contain_text("fill in both “pay from” and “pay to”")
    job.refresh_from_db()
    assert job.status == Job.Status.DRAFT


def test_the_form_shows_the_law_at_the_benefits_field(admin_page):
    page = admin_page
    job = JobFactory(title="Line Cook", state="WA", city="Seattle")
    page.goto(f"/admin/jobs/job/{job.pk}/change/")
    expect(page.get_by_text("Washington's Equal Pay and Opportunities Act")).to_be_visible()
    page.get_by_label("Benefits:").fill("")
    page.get_by_role("button", name="Save", exact=True).click()
    error = page.locator(".field-benefits .errorlist")
    expect(error).to_contain_text("requires a general description of benefits")
    job.refresh_from_db()
    assert job.benefits
