"""Staff work on an application from its own page, in a real browser: signed in with a password
and an authenticator code, they read the resume inline, skip ahead with a reason, undo it, and
add a note to the timeline (issue 21, item 11)."""

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from candidates.models import Application, Resume
from staff.models import PersonalDataAccess
from tests.candidates.conftest import PDF, fixture_upload
from tests.candidates.test_services import submit
from tests.factories import StaffUserFactory
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-staff-password"
PERMISSIONS = ["view_application", "change_application", "view_candidate", "view_resume",
               "view_job", "export_candidate"]  # fmt: skip


@pytest.fixture
def recruiter(page, settings):
    """A recruiter signed in as staff are: password, then a code from their authenticator app."""
    settings.STAFF_MFA_REQUIRED = True
    user = StaffUserFactory(first_name="Dana", last_name="Reyes", permissions=PERMISSIONS)
    user.set_password(PASSWORD)
    user.save()
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()
    code = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()
    page.get_by_label("6-digit code from your authenticator app").fill(f"{code:06d}")
    page.get_by_role("button", name="Continue", exact=True).click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    return user


def press(page, button):
    """Submit the page's form with that button, and wait for the page the server answers."""
    target = page.get_by_role("button", name=button)
    # Brought into view first: the PDF viewer loading below moves the page under a click that
    # scrolls as it goes.
    target.scroll_into_view_if_needed()
    with page.expect_navigation(wait_until="domcontentloaded"):
        target.click()


def test_recruiter_works_an_application_from_its_page(page, recruiter, assert_accessible):
    job = JobFactory(title="Stress Engineer")
    application = submit(fixture_upload(PDF), job=job).application
    Resume.objects.filter(pk=application.resume_id).update(
        text="Marcus Whitfield\nSoftware Developer: Python and Django", extraction_status="done"
    )

    with page.expect_response(lambda r: "/inline/" in r.url) as inline:
        page.goto(f"/admin/candidates/application/{application.pk}/change/")
        page.locator("iframe.resume-viewer").scroll_into_view_if_needed()
    expect(page.get_by_role("heading", name="Timeline")).to_be_visible()
    # The resume inline: the PDF in the browser's own viewer, and the text read from it.
    viewer = page.locator("iframe.resume-viewer")
    expect(viewer).to_have_attribute("title", f"Resume: {PDF}")
    expect(page.get_by_label("Text read from the resume")).to_contain_text("Python and Django")
    expect(page.get_by_role("link", name="Download this resume")).to_be_visible()
    response = inline.value
    headers = response.all_headers()
    assert response.status == 200 and headers["content-type"] == "application/pdf"
    assert headers["content-security-policy"].startswith("sandbox; default-src 'none'")
    assert headers["x-content-type-options"] == "nosniff"
    assert PersonalDataAccess.objects.filter(kind="resume", action="view").exists()
    assert_accessible(page)

    # Straight to hired skips steps: the note (the reason) is asked for on its field.
    move = page.get_by_label("Move to")
    move.select_option(label="Hired (skips steps: say why)")
    press(page, "Save move and note")
    expect(page.locator(".field-note .errorlist")).to_contain_text("skips steps: say why")
    application.refresh_from_db()
    assert application.status == "new"
    page.get_by_label("Move to").select_option(label="Hired (skips steps: say why)")
    page.get_by_role("textbox", name="Note:").fill(
        "Referred by the plant manager; hired at the job fair."
    )
    press(page, "Save move and note")
    timeline = page.locator(".application-timeline")
    expect(timeline).to_contain_text("Moved to Hired")
    expect(timeline).to_contain_text("skipping steps")
    expect(timeline).to_contain_text("Referred by the plant manager")
    expect(timeline).to_contain_text("Dana Reyes")
    assert Application.objects.get(pk=application.pk).status == "hired"

    # A slip: undo it.
    press(page, "Undo this move")
    expect(page.get_by_text("Undone: the application is new again.")).to_be_visible()
    expect(timeline).to_contain_text("Undone: back to New")
    expect(page.get_by_role("button", name="Undo this move")).to_have_count(0)
    assert Application.objects.get(pk=application.pk).status == "new"

    # A note alone joins the timeline, under the earlier entries.
    page.get_by_role("textbox", name="Note:").fill("Left a voicemail about references.")
    press(page, "Save move and note")
    expect(timeline.locator(".timeline-entry").last).to_contain_text("Left a voicemail")
    expect(timeline.locator(".timeline-entry").last).to_contain_text("Dana Reyes")
    assert application.staff_notes.get().author == recruiter

    # The job's page leads to its applications and their export.
    page.goto(f"/admin/jobs/job/{job.pk}/change/")
    page.get_by_role("link", name="Applications (1)").click()
    with page.expect_download() as download:
        page.get_by_role("button", name=f"Export all {job.reference} applications (CSV)").click()
    assert download.value.suggested_filename.startswith(f"applications-{job.reference}-")
