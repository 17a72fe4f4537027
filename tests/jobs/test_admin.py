from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from jobs.models import Job
from tests.jobs.factories import ClosedJobFactory, DraftJobFactory, JobCategoryFactory, JobFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def recruiter_client(client, staff_user):
    staff_user.user_permissions.add(*Permission.objects.filter(content_type__app_label="jobs"))
    client.force_login(staff_user)
    return client


def act(client, action, jobs):
    return client.post(
        reverse("admin:jobs_job_changelist"),
        {"action": action, "_selected_action": [job.pk for job in jobs]},
        follow=True,
    )


def test_changelist_columns_filters_and_search(recruiter_client):
    JobFactory(title="CNC Machinist", city="Wichita", state="KS")
    JobFactory(title="Welder")
    response = recruiter_client.get(reverse("admin:jobs_job_changelist"))
    for column in ("Reference code", "Status", "Category", "Location", "Workplace", "Posted",
                   "Closes", "Recruiter"):  # fmt: skip
        assertContains(response, column)
    found = recruiter_client.get(reverse("admin:jobs_job_changelist"), {"q": "wichita"})
    assertContains(found, "CNC Machinist")
    assert "Welder" not in found.content.decode()
    by_reference = Job.objects.get(title="Welder").reference
    assertContains(
        recruiter_client.get(reverse("admin:jobs_job_changelist"), {"q": by_reference}), "Welder"
    )


def test_add_form_defaults_recruiter_and_generates_reference(recruiter_client, staff_user):
    response = recruiter_client.get(reverse("admin:jobs_job_add"))
    assert response.context["adminform"].form.initial["recruiter"] == staff_user.pk
    assertContains(response, "data-prepopulated-fields")
    category = JobCategoryFactory()
    response = recruiter_client.post(
        reverse("admin:jobs_job_add"),
        {
            "title": "Payroll Specialist", "slug": "payroll-specialist", "category": category.pk,
            "recruiter": staff_user.pk, "employment_type": "direct_hire", "workplace": "hybrid",
            "city": "Cincinnati", "state": "OH", "postal_code": "45202", "pay_min": "55000",
            "pay_max": "65000", "pay_period": "year", "summary": "Run payroll.",
            "description": "Payroll for 400 people.", "requirements": "- ADP",
            "posted_at_0": "2026-11-20", "posted_at_1": "09:00", "featured": "",
            "pay_w2": "on", "hours": "full_time", "openings": "1",
        },
    )  # fmt: skip
    assert response.status_code == 302, response.context["adminform"].form.errors
    job = Job.objects.get(title="Payroll Specialist")
    assert job.reference.startswith("AMT-") and job.status == Job.Status.DRAFT


def test_pay_range_errors_are_shown_on_the_field(recruiter_client, staff_user):
    response = recruiter_client.post(
        reverse("admin:jobs_job_add"),
        {
            "title": "X", "slug": "x", "category": JobCategoryFactory().pk,
            "recruiter": staff_user.pk, "employment_type": "contract", "workplace": "onsite",
            "city": "Dayton", "state": "OH", "pay_min": "40", "pay_max": "30",
            "pay_period": "hour", "summary": "S", "description": "D", "requirements": "R",
            "posted_at_0": "2026-11-20", "posted_at_1": "09:00",
        },
    )  # fmt: skip
    assert response.status_code == 200
    assertContains(response, "The highest pay must be at least the lowest.")


def test_status_actions_go_through_the_model(recruiter_client):
    draft, open_job, closed = DraftJobFactory(), JobFactory(), ClosedJobFactory()
    response = act(recruiter_client, "open_jobs", [draft, closed])
    assertContains(response, "2 jobs opened.")
    response = act(recruiter_client, "mark_filled", [open_job, draft])
    assertContains(response, "2 jobs marked filled.")
    response = act(recruiter_client, "mark_filled", [open_job])
    assertContains(response, "Not changed")
    assert Job.objects.get(pk=open_job.pk).status == Job.Status.FILLED
    response = act(recruiter_client, "close_jobs", [closed])
    assertContains(response, "1 job closed.")


def test_extend_and_duplicate_actions(recruiter_client):
    job = JobFactory(expires_at=timezone.now() + timedelta(days=1))
    act(recruiter_client, "extend_30_days", [job])
    job.refresh_from_db()
    assert job.expires_at > timezone.now() + timedelta(days=30)
    response = act(recruiter_client, "duplicate_as_draft", [job])
    assertContains(response, "1 draft copy created.")
    assert Job.objects.filter(status=Job.Status.DRAFT, title=f"{job.title} (copy)").exists()


def test_visibility_filter_tells_scheduled_from_expired(recruiter_client, jobs_in_every_state):
    changelist = reverse("admin:jobs_job_changelist")
    shown = {}
    for value in ("yes", "scheduled", "expired"):
        response = recruiter_client.get(changelist, {"visible": value})
        shown[value] = {job.title for job in response.context["cl"].result_list}
    assert shown == {
        "yes": {"Open machinist job"},
        "scheduled": {"Scheduled machinist job"},
        "expired": {"Expired machinist job"},
    }


def job_form(staff_user, **changes):
    posted = timezone.localtime() - timedelta(hours=1)  # posted, and not yet closed
    data = {
        "title": "Payroll Specialist", "slug": "payroll-specialist",
        "category": JobCategoryFactory().pk, "recruiter": staff_user.pk,
        "employment_type": "direct_hire", "workplace": "hybrid", "city": "Denver", "state": "CO",
        "postal_code": "80202", "pay_min": "55000", "pay_max": "65000", "pay_period": "year",
        "benefits": "Health insurance and a 401(k).", "summary": "Run payroll.",
        "description": "Payroll for 400 people.", "requirements": "- ADP",
        "posted_at_0": f"{posted:%Y-%m-%d}", "posted_at_1": f"{posted:%H:%M}", "pay_w2": "on",
        "hours": "full_time", "openings": "1",
    }  # fmt: skip
    return {**data, **changes}


def test_add_form_shows_the_default_closing_date(recruiter_client):
    response = recruiter_client.get(reverse("admin:jobs_job_add"))
    initial = response.context["adminform"].form.initial
    assert initial["expires_at"] - initial["posted_at"] == timedelta(days=Job.DEFAULT_POSTING_DAYS)
    assertContains(response, "Save and publish")
    assertContains(response, 'name="expires_at_0"')


def test_save_and_publish_opens_the_job_in_one_step(recruiter_client, staff_user):
    response = recruiter_client.post(
        reverse("admin:jobs_job_add"), {**job_form(staff_user), "_publish": "1"}, follow=True
    )
    job = Job.objects.get(title="Payroll Specialist")
    assert job.status == Job.Status.OPEN and job.is_open()
    assertContains(response, f"Published Payroll Specialist ({job.reference}): it is on the site")
    assertContains(response, job.get_absolute_url())
    # Open already: no button to publish again.
    page = recruiter_client.get(reverse("admin:jobs_job_change", args=[job.pk]))
    assertNotContains(page, "Save and publish")


def test_save_and_publish_applies_the_pay_laws_on_their_fields(recruiter_client, staff_user):
    draft = DraftJobFactory(city="Denver", state="CO", workplace="onsite")
    url = reverse("admin:jobs_job_change", args=[draft.pk])
    data = job_form(staff_user, benefits="", pay_min="", pay_max="")
    response = recruiter_client.post(url, {**data, "_publish": "1"})
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "requires a pay range" in errors["pay_min"][0]
    assert "requires a general description of benefits" in errors["benefits"][0]
    draft.refresh_from_db()
    assert draft.status == Job.Status.DRAFT and draft.title != "Payroll Specialist"
    # Plain Save keeps a draft without them: the laws cover postings, not drafts.
    assert recruiter_client.post(url, {**data, "_save": "1"}).status_code == 302
    draft.refresh_from_db()
    assert draft.status == Job.Status.DRAFT and draft.title == "Payroll Specialist"


def test_save_and_publish_reopens_a_closed_job(recruiter_client, staff_user):
    closed = ClosedJobFactory()
    url = reverse("admin:jobs_job_change", args=[closed.pk])
    assertContains(recruiter_client.get(url), "Save and publish")
    recruiter_client.post(url, {**job_form(staff_user), "_publish": "1"})
    closed.refresh_from_db()
    assert closed.status == Job.Status.OPEN


def test_preview_renders_the_markdown_sanitised_and_saves_nothing(recruiter_client, staff_user):
    job = DraftJobFactory(title="Before")
    url = reverse("admin:jobs_job_change", args=[job.pk])
    markdown = "# Duties\n\n- Run **payroll**\n\n<script>alert(1)</script>[x](javascript:alert(1))"
    response = recruiter_client.post(
        url, {**job_form(staff_user, description=markdown, title="After"), "_preview": "1"}
    )
    assert response.status_code == 200
    assertContains(response, "Preview: the description and requirements as job seekers see them")
    body = response.content.decode()
    preview = body[
        body.index('id="job-preview"') : body.index("</section>", body.index("job-preview"))
    ]
    assert "<h2>Duties</h2>" in preview  # the page's h1 is the job title
    assert "<strong>payroll</strong>" in preview
    assert "<script" not in preview and "javascript:" not in preview and "<a>x</a>" in preview
    # What was typed stays in the form, and nothing is saved.
    assert response.context["adminform"].form["title"].value() == "After"
    job.refresh_from_db()
    assert job.title == "Before"


def test_preview_shows_errors_too(recruiter_client, staff_user):
    job = DraftJobFactory()
    response = recruiter_client.post(
        reverse("admin:jobs_job_change", args=[job.pk]),
        {**job_form(staff_user, pay_min="70000"), "_preview": "1"},
    )
    assertContains(response, "The highest pay must be at least the lowest.")
    assertContains(response, "<p>Payroll for 400 people.</p>")
