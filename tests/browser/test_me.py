"""The candidate's own page in a real browser (issue 18, 2 and 3): sign in by emailed link, see
and withdraw an application, send a newer resume, download the data, delete it; and confirm an
update sent with a known email from the link we email."""

import re
import zipfile

import pytest
from django.core import mail
from playwright.sync_api import expect

from candidates.models import Application, Candidate, Resume
from tests.candidates.conftest import DOCX, FIXTURES, PDF, fixture_upload
from tests.candidates.test_confirm_updates import submit
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db(transaction=True)
EMAIL = "jane.doe@example.com"


def path_in(message, prefix: str) -> str:
    match = re.search(rf"https?://[^/\s]+({re.escape(prefix)}\?token=\S+)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.fixture
def jane():
    job = JobFactory(title="CNC Machinist")
    submit(fixture_upload(PDF), job=job, city="Columbus")
    mail.outbox.clear()
    return Candidate.objects.get()


def test_sign_in_withdraw_update_download_and_delete(page, jane, assert_accessible, tmp_path):
    page.goto("/me/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your page")
    assert_accessible(page)
    page.get_by_label("Your email").fill(EMAIL.upper())
    page.get_by_role("button", name="Email me a sign-in link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    assert_accessible(page)

    (message,) = mail.outbox
    page.goto(path_in(message, "/me/sign-in/"))
    assert_accessible(page)
    page.get_by_role("button", name="Sign in").click()
    applications = page.get_by_role("region", name="Your applications")
    row = applications.get_by_role("row", name=re.compile("CNC Machinist"))
    expect(row).to_contain_text("Received")
    assert_accessible(page)

    # Withdraw, after the question.
    row.get_by_role("link", name="Withdraw this application").click()
    assert_accessible(page)
    page.get_by_role("button", name="Withdraw this application").click()
    expect(page.get_by_role("status")).to_contain_text("Your application is withdrawn")
    expect(row).to_contain_text("Withdrawn")
    assert Application.objects.get().status == "withdrawn"

    # A newer resume.
    page.get_by_label("Newer resume").set_input_files(str(FIXTURES / DOCX))
    page.get_by_role("button", name="Send my newer resume").click()
    expect(page.get_by_role("status")).to_contain_text("your newer resume is your current one")
    assert jane.current_resume().kind == "docx"

    # Everything, as a ZIP.
    with page.expect_download() as download:
        page.get_by_role("link", name="Download all my data (ZIP)").click()
    saved = tmp_path / "data.zip"
    download.value.save_as(saved)
    names = zipfile.ZipFile(saved).namelist()
    assert names[0] == "data.json" and len(names) == 3  # and both resume files

    # Delete, after ticking the box.
    page.get_by_role("link", name="Delete everything…").click()
    assert_accessible(page)
    page.get_by_role("button", name="Delete everything").click()  # not ticked: asked again
    expect(page.get_by_text("Tick the box to confirm the deletion.")).to_be_visible()
    page.get_by_label("Yes, delete my data").check()
    page.get_by_role("button", name="Delete everything").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your data is deleted")
    assert_accessible(page)
    assert not Candidate.objects.exists() and not Resume.objects.exists()
    page.goto("/me/")
    expect(page.get_by_role("button", name="Email me a sign-in link")).to_be_visible()


def test_confirm_an_update_sent_with_a_known_email(page, jane, assert_accessible):
    submit(fixture_upload(DOCX), city="Akron")  # someone, maybe Jane, with her address
    jane.refresh_from_db()
    assert jane.city == "Columbus"
    (message,) = mail.outbox
    page.goto(path_in(message, "/me/confirm/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your resume")
    assert_accessible(page)
    page.get_by_role("button", name="Confirm: it was me").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you: confirmed")
    assert_accessible(page)
    jane.refresh_from_db()
    assert jane.city == "Akron" and jane.current_resume().kind == "docx"


def test_the_page_after_applying_offers_similar_jobs_and_an_alert(
    page, live_server, jane, assert_accessible
):
    from django.conf import settings
    from django.contrib.sessions.backends.db import SessionStore

    from candidates.views import SESSION_KEY

    application = jane.applications.get()
    similar = JobFactory(title="CNC Lathe Operator", category=application.job.category)
    # This browser just sent that application (what SubmissionView keeps in the session).
    session = SessionStore()
    session[SESSION_KEY] = {"job": application.job_id, "updated": False, "resume": 0}
    session.save()
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session.session_key,
          "url": live_server.url}]
    )  # fmt: skip
    page.goto("/resume/sent/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your application is on its way")
    similar_jobs = page.get_by_role("region", name="Similar open jobs")
    expect(similar_jobs.get_by_role("link", name=similar.title)).to_be_visible()
    offer = page.get_by_role("region", name="Hear about jobs like this one")
    assert_accessible(page)
    offer.get_by_label("Your email").fill(EMAIL)
    offer.get_by_label("Weekly").check()
    offer.get_by_role("button", name="Email me new jobs like these").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    from alerts.models import JobAlert

    alert = JobAlert.objects.get()
    assert alert.email == EMAIL and f"category={application.job.category.slug}" in alert.query
