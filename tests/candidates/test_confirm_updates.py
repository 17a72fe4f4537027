"""Security finding (issue 18, 3): anyone who knew a candidate's email could replace their phone,
profile link and current resume without signing in. A submission with a known email now changes
nothing until the address's owner confirms it from the email we send."""

import io
import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains

from candidates import tokens
from candidates.filetypes import inspect_upload
from candidates.models import Application, Candidate, ProposedUpdate
from candidates.services import CandidateDetails, submit_resume
from tests.candidates.conftest import DOCX, PDF, fixture_upload
from tests.candidates.factories import CandidateFactory
from tests.candidates.signin import sign_in
from tests.candidates.test_views import form_data
from tests.factories import StaffUserFactory
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db

OWNER = "jane.doe@example.com"


def submit(upload, *, email=OWNER, name="Jane Doe", job=None, message="", **extra):
    detected = inspect_upload(upload, upload.name, max_bytes=5 * 1024 * 1024)
    details = CandidateDetails(name=name, email=email, **extra)
    return submit_resume(
        details=details, upload=upload, detected=detected, job=job, message=message
    )


def test_a_stranger_with_a_known_email_changes_neither_details_nor_current_resume(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(
            fixture_upload(PDF),
            phone="(614) 555-0123",
            profile_url="https://www.linkedin.com/in/janedoe",
            city="Columbus",
        )
    owner = Candidate.objects.get()
    current = owner.current_resume()

    # Someone else types her address, with their own number, link and file.
    with django_capture_on_commit_callbacks(execute=True):
        submit(
            fixture_upload(DOCX),
            email="Jane.Doe@example.com",
            name="Not Jane",
            phone="(212) 555-0199",
            profile_url="https://evil.example/phish",
            city="Newark",
        )

    owner.refresh_from_db()
    assert owner.name == "Jane Doe"
    assert owner.phone == "+16145550123"
    assert owner.profile_url == "https://www.linkedin.com/in/janedoe"
    assert owner.city == "Columbus"
    assert owner.current_resume() == current


# --- what happens instead --------------------------------------------------------------------


def link_in(message) -> str:
    """The path and query of the one site link in an email that goes to /me/confirm/."""
    match = re.search(r"http://testserver(/me/confirm/\?token=\S+)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = "http://testserver"


@pytest.fixture
def owner(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit(fixture_upload(PDF), phone="(614) 555-0123", city="Columbus")
    mail.outbox.clear()
    return Candidate.objects.get()


def test_a_known_email_gets_a_link_and_staff_see_the_proposed_changes(
    owner, django_capture_on_commit_callbacks
):
    job = JobFactory(recruiter__email="dana@amtec.example")
    with django_capture_on_commit_callbacks(execute=True):
        sent = submit(fixture_upload(DOCX), job=job, phone="(212) 555-0199", city="Newark")
    assert sent.unconfirmed and sent.application_is_new
    application = sent.application
    assert not application.confirmed and not application.resume.confirmed
    assert not application.resume.is_current
    # One email, to the address on file: a link to confirm. The recruiter hears nothing yet.
    (message,) = mail.outbox
    assert message.to == [OWNER]
    assert "confirm" in message.subject.lower() and job.title in message.subject
    update = ProposedUpdate.objects.get()
    assert update.details["phone"] == "+12125550199" and update.details["city"] == "Newark"
    assert update.resume == application.resume and not update.is_confirmed


def test_confirming_applies_the_update_once_and_tells_the_recruiter(
    owner, client, django_capture_on_commit_callbacks
):
    job = JobFactory(recruiter__email="dana@amtec.example")
    with django_capture_on_commit_callbacks(execute=True):
        sent = submit(fixture_upload(DOCX), job=job, phone="(212) 555-0199", city="Newark")
    path = link_in(mail.outbox[0])
    mail.outbox.clear()

    page = client.get(path)  # a mail scanner opening the link changes nothing
    assertContains(page, "Confirm: it was me")
    owner.refresh_from_db()
    assert owner.city == "Columbus"

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(path)
    assertContains(done, "Thank you: confirmed")
    owner.refresh_from_db()
    assert owner.city == "Newark" and owner.phone == "+12125550199"
    assert owner.current_resume() == sent.application.resume
    application = Application.objects.get(pk=sent.application.pk)
    assert application.confirmed and application.resume.confirmed
    (notice,) = mail.outbox
    assert notice.to == ["dana@amtec.example"] and "New application" in notice.subject
    # The candidate has sent us a resume before: the recruiter is told this one is the latest.
    assert "sent us a resume before" in notice.body

    # The same link again: nothing more happens.
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(path)
    assertContains(again, "Already confirmed")
    assert len(mail.outbox) == 1


def test_an_update_to_an_open_application_waits_for_the_owner(
    owner, client, django_capture_on_commit_callbacks
):
    general = owner.applications.get()
    before = general.resume
    with django_capture_on_commit_callbacks(execute=True):
        sent = submit(fixture_upload(DOCX), message="Please call after 5pm.")
    assert sent.unconfirmed and not sent.application_is_new and sent.application == general
    general.refresh_from_db()
    assert general.resume == before and general.message == ""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link_in(mail.outbox[0]))
    general.refresh_from_db()
    assert general.resume != before and general.message == "Please call after 5pm."
    # Staff hear of an update, not of a second new submission.
    notice = mail.outbox[-1]
    assert notice.to == ["recruiting@amtec.example"]
    assert "Updated resume" in notice.subject and "New general" not in notice.subject


def test_the_confirmation_link_expires_and_refuses_tampering(
    owner, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(fixture_upload(DOCX), city="Newark")
    path = link_in(mail.outbox[0])
    token = path.split("token=", 1)[1]

    tampered = client.post(f"/me/confirm/?token={token[:-2]}{'AA' if token[-2:] != 'AA' else 'BB'}")
    assert tampered.status_code == 400
    assert client.post("/me/confirm/?token=").status_code == 400
    # A link for another purpose (a sign-in link) is not a confirmation.
    sign_in_token = tokens.sign_in_token(owner)
    assert client.post(f"/me/confirm/?token={sign_in_token}").status_code == 400

    with time_machine.travel(timezone.now() + timedelta(days=7, minutes=1), tick=False):
        expired = client.post(path)
    assertContains(expired, "This link has expired", status_code=410)
    owner.refresh_from_db()
    assert owner.city == "Columbus"


def test_a_submission_signed_in_as_the_owner_is_applied_at_once(
    owner, client, django_capture_on_commit_callbacks
):
    sign_in(client, owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("candidates:resume-submit"),
            form_data(email=OWNER.upper(), city="Akron", resume=fixture_upload(DOCX)),
        )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.city == "Akron" and owner.current_resume().kind == "docx"
    assert not ProposedUpdate.objects.exists()


def test_signed_in_as_someone_else_is_still_unconfirmed(
    owner, client, django_capture_on_commit_callbacks
):
    other = CandidateFactory(email="someone.else@example.com")
    sign_in(client, other)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("candidates:resume-submit"), form_data(email=OWNER, city="Akron"))
    owner.refresh_from_db()
    assert owner.city == "Columbus" and ProposedUpdate.objects.filter(candidate=owner).exists()


def test_the_page_after_a_submission_does_not_tell_whether_the_address_is_known(
    owner, client, django_capture_on_commit_callbacks
):
    # Whether someone is looking for work through Amtec is theirs to tell: an employer typing an
    # employee's address must learn nothing from the page. Only the email differs.
    def page_after(email):
        browser = Client()
        with django_capture_on_commit_callbacks(execute=True):
            browser.post(reverse("candidates:resume-submit"), form_data(email=email, city="Akron"))
        html = browser.get(reverse("candidates:submission-done")).content.decode()
        return html, re.sub(r"\s+", " ", re.search(r"<h1>.*?</ol>", html, re.S).group())

    known, known_text = page_after(OWNER)
    _, new_text = page_after("first.time@example.com")
    assert known_text == new_text
    assert "If this address has sent us a resume before" in known_text
    # It shows nothing of what the record holds.
    assert "Columbus" not in known and "614" not in known


def test_staff_see_the_proposed_changes_beside_the_current_details(
    owner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(fixture_upload(DOCX), phone="(212) 555-0199", city="Newark")
    staff = Client()
    staff.force_login(StaffUserFactory(is_superuser=True))
    page = staff.get(reverse("admin:candidates_candidate_change", args=[owner.pk]))
    assertContains(page, "Proposed changes, not confirmed")
    html = page.content.decode()
    section = html.split('class="proposed-updates"', 1)[1].split("</table>", 1)[0]
    assert "Columbus" in section and "Newark" in section and "(212) 555-0199" in section
    # The form still holds the current details.
    assert page.context["adminform"].form.initial["city"] == "Columbus"


def test_what_nobody_confirmed_in_time_is_purged_with_its_file(
    owner, resume_files, django_capture_on_commit_callbacks
):
    from django.core.management import call_command

    job = JobFactory()
    with django_capture_on_commit_callbacks(execute=True):
        sent = submit(fixture_upload(DOCX), job=job, city="Newark")
    kept = owner.current_resume()
    assert len(resume_files()) == 2
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_unconfirmed", stdout=out)  # still within the 7 days
    assert "Removed 0" in out.getvalue() and ProposedUpdate.objects.exists()

    with (
        time_machine.travel(timezone.now() + timedelta(days=7, minutes=1), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        call_command("purge_unconfirmed", stdout=out)
    assert "Removed 1 unconfirmed update(s), with 1 resume file(s)." in out.getvalue()
    assert not ProposedUpdate.objects.exists()
    assert not Application.objects.filter(pk=sent.application.pk).exists()
    assert list(owner.resumes.all()) == [kept] and resume_files() == [kept.file.name]
    owner.refresh_from_db()
    assert owner.city == "Columbus" and owner.applications.count() == 1
