"""The candidate's own page, /me/ (issue 18, 2): sign-in by emailed link, what the page shows,
and that one candidate's link never shows another's data."""

import io
import json
import re
import zipfile
from datetime import timedelta

import pytest
import time_machine
from django.core import mail, signing
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from candidates import tokens
from candidates.models import Application, ApplicationEvent, ApplicationNote, Candidate, Resume
from candidates.services import SELF_SERVICE
from tests.alerts.factories import JobAlertFactory
from tests.candidates.conftest import DOCX, PDF, fixture_upload
from tests.candidates.factories import ApplicationFactory, ResumeFactory
from tests.candidates.signin import sign_in
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db

ME = "/me/"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = "http://testserver"


@pytest.fixture
def jane():
    job = JobFactory(title="CNC Machinist")
    application = ApplicationFactory(
        job=job,
        resume__candidate__name="Jane Doe",
        resume__candidate__email="jane@example.com",
    )
    ApplicationNote.objects.create(
        application=application, text="Strong on Haas mills; salary expectations high."
    )
    return application.candidate


@pytest.fixture
def bob():
    application = ApplicationFactory(
        job=JobFactory(title="Forklift Operator"),
        resume__candidate__name="Bob Stone",
        resume__candidate__email="bob@example.com",
        resume__original_name="bob-stone-resume.txt",
    )
    JobAlertFactory(email="bob@example.com", description="Forklift jobs in Ohio")
    return application.candidate


def ask_for_link(client, email, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(ME, {"email": email})


def sign_in_link(message) -> str:
    match = re.search(r"http://testserver(/me/sign-in/\?token=\S+)", message.body)
    assert match, message.body
    return match.group(1)


def signed_in_by_email(client, email, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    ask_for_link(client, email, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    response = client.post(sign_in_link(message))
    assert response.status_code == 302 and response["Location"] == ME
    return client


# --- signing in ----------------------------------------------------------------------------------


def test_the_form_answers_the_same_whether_or_not_the_email_is_known(
    client, jane, django_capture_on_commit_callbacks
):
    known = ask_for_link(client, "JANE@example.com", django_capture_on_commit_callbacks)
    unknown = ask_for_link(client, "nobody@example.com", django_capture_on_commit_callbacks)
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == reverse("candidates:me-check-email")
    # Only the known address gets an email, sent to the address on file.
    (message,) = mail.outbox
    assert message.to == ["jane@example.com"]
    assert "30 minutes" in message.body
    page = client.get(known["Location"])
    assertContains(page, "If we hold a resume sent with that address")


def test_a_link_signs_in_once_after_a_button_press(
    client, jane, django_capture_on_commit_callbacks
):
    ask_for_link(client, jane.email, django_capture_on_commit_callbacks)
    path = sign_in_link(mail.outbox[0])
    # Opening the link (as a mail scanner does) signs nobody in and uses nothing up.
    assertContains(client.get(path), "Sign in to your page")
    assertContains(client.get(ME), "Email me a sign-in link")
    assert client.post(path).status_code == 302
    assertContains(client.get(ME), "CNC Machinist")
    # The same link again, from another browser: refused.
    other = client.__class__()
    assertContains(other.post(path), "This link does not work", status_code=400)
    assertContains(other.get(ME), "Email me a sign-in link")


def test_using_a_link_retires_the_links_sent_before_it(
    client, jane, django_capture_on_commit_callbacks
):
    ask_for_link(client, jane.email, django_capture_on_commit_callbacks)
    ask_for_link(client, jane.email, django_capture_on_commit_callbacks)
    first, second = (sign_in_link(m) for m in mail.outbox)
    assert client.post(second).status_code == 302
    assert client.__class__().post(first).status_code == 400


def test_a_sign_in_link_lasts_thirty_minutes(client, jane, django_capture_on_commit_callbacks):
    ask_for_link(client, jane.email, django_capture_on_commit_callbacks)
    path = sign_in_link(mail.outbox[0])
    with time_machine.travel(timezone.now() + timedelta(minutes=29), tick=False):
        assertContains(client.get(path), "Sign in to your page")
    with time_machine.travel(timezone.now() + timedelta(minutes=31), tick=False):
        assertContains(client.post(path), "This link has expired", status_code=410)
        assertContains(client.get(ME), "Email me a sign-in link")


def test_a_tampered_or_foreign_link_is_refused(client, jane, bob):
    token = tokens.sign_in_token(jane)
    value, _, signature = token.rpartition(":")
    # Another candidate's id under Jane's signature, a cut signature, a made-up token.
    payload = signing.TimestampSigner(salt="elsewhere").sign_object({"c": bob.pk})
    for bad in (f"{value}:{signature[:-3]}", payload, "x", ""):
        response = client.post(f"/me/sign-in/?token={bad}")
        assert response.status_code == 400, bad
    # A link sent before the address changed does not work for the new address's record.
    jane.email = "jane.new@example.com"
    jane.save()
    assert client.post(f"/me/sign-in/?token={token}").status_code == 400
    assertContains(client.get(ME), "Email me a sign-in link")


def test_sign_in_requests_are_rate_limited(client, jane, django_capture_on_commit_callbacks):
    for _ in range(5):
        assert (
            ask_for_link(client, jane.email, django_capture_on_commit_callbacks).status_code == 302
        )
    assert len(mail.outbox) == 5
    limited = ask_for_link(client, "someone@example.com", django_capture_on_commit_callbacks)
    assert limited.status_code == 429
    assertContains(limited, "Please wait a while", status_code=429)


def test_one_mailbox_gets_a_few_links_whoever_asks(
    jane, django_capture_on_commit_callbacks, settings
):
    from django.test import Client

    for number in range(8):  # from eight different addresses
        visitor = Client(REMOTE_ADDR=f"198.51.100.{number + 1}")
        response = ask_for_link(visitor, "Jane+x@example.com", django_capture_on_commit_callbacks)
        assert response.status_code == 302  # the same answer, even past the limit
    # Counted by mailbox: jane+x@ is jane@ (core.ratelimit.mailbox_key); no match, no email.
    assert len(mail.outbox) == 0
    for number in range(8):
        visitor = Client(REMOTE_ADDR=f"203.0.113.{number + 1}")
        ask_for_link(visitor, "jane@example.com", django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 0  # the mailbox's quota went on the attempts above


def test_the_session_ends_after_two_hours_and_on_sign_out(client, jane):
    sign_in(client, jane)
    assertContains(client.get(ME), "Your applications")
    with time_machine.travel(timezone.now() + timedelta(hours=2, minutes=1), tick=False):
        assertContains(client.get(ME), "Email me a sign-in link")
    client.post(reverse("candidates:me-sign-out"))
    assertContains(client.get(ME), "Email me a sign-in link")


def test_staff_sign_in_is_not_a_candidate_sign_in(staff_client, jane):
    assertContains(staff_client.get(ME), "Email me a sign-in link")
    assert staff_client.get(reverse("candidates:me-export")).status_code == 302


def test_every_page_is_private_and_never_cached(client, jane):
    sign_in(client, jane)
    application = jane.applications.get()
    for url in (
        ME,
        reverse("candidates:me-check-email"),
        reverse("candidates:me-export"),
        reverse("candidates:me-delete"),
        reverse("candidates:me-withdraw", args=[application.pk]),
        f"/me/sign-in/?token={tokens.sign_in_token(jane)}",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


# --- what the page shows, and only to its owner ---------------------------------------------------


def test_the_page_lists_their_applications_with_candidate_facing_statuses(client, jane):
    resume = jane.current_resume()
    for status in ("reviewing", "interviewing", "offered"):
        application = ApplicationFactory(resume=resume, job=JobFactory(title=f"Job {status}"))
        application.move_to("reviewing", by=None)
        if status != "reviewing":
            application.move_to("interviewing", by=None)
        if status == "offered":
            application.move_to("offered", by=None)
    rejected = ApplicationFactory(resume=resume, job=JobFactory(title="Job rejected"))
    rejected.move_to("rejected", by=None)
    sign_in(client, jane)
    page = client.get(ME)
    rows = re.findall(r'<tr class="me-application">(.*?)</tr>', page.content.decode(), re.S)
    shown = {
        re.search(r"<td>(.*?) <span", row, re.S).group(1).strip(): re.search(
            r'<td class="me-status">(.*?)</td>', row
        ).group(1)
        for row in rows
    }
    assert shown == {
        "CNC Machinist": "Received",
        "Job reviewing": "Under review",
        "Job interviewing": "Interviewing",
        "Job offered": "Offer",
        "Job rejected": "Not selected",
    }
    # Staff words and notes never reach the candidate.
    assertNotContains(page, "Strong on Haas")
    assertNotContains(page, "Rejected")


def test_one_candidates_page_never_shows_anothers_data(
    client, jane, bob, django_capture_on_commit_callbacks
):
    signed_in_by_email(client, jane.email, django_capture_on_commit_callbacks)
    page = client.get(ME)
    assertContains(page, "Jane Doe")
    for secret in ("Bob Stone", "bob@example.com", "Forklift", "bob-stone-resume"):
        assertNotContains(page, secret)
    # Bob's application by its id: not found, and untouched.
    bobs = bob.applications.get()
    url = reverse("candidates:me-withdraw", args=[bobs.pk])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    bobs.refresh_from_db()
    assert bobs.status == "new"
    # The export holds Jane's alone.
    export = client.get(reverse("candidates:me-export"))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(export.streaming_content)))
    everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"Bob" not in everything and b"bob@example.com" not in everything
    assert b"Forklift" not in everything
    # Deleting Jane leaves Bob whole.
    client.post(reverse("candidates:me-delete"), {"confirm": "yes"})
    assert Candidate.objects.get() == bob and bob.applications.count() == 1
    assert bob.resumes.count() == 1


def test_job_alerts_of_the_same_address_are_listed(client, bob):
    JobAlertFactory(email="someone.else@example.com", description="Nurse jobs in Texas")
    sign_in(client, bob)
    page = client.get(ME)
    assertContains(page, "Forklift jobs in Ohio")
    assertContains(page, "Change or delete this alert")
    assertNotContains(page, "Nurse jobs in Texas")


# --- actions -----------------------------------------------------------------------------------


def test_withdrawing_is_in_the_history_staff_see(client, jane):
    application = jane.applications.get()
    sign_in(client, jane)
    url = reverse("candidates:me-withdraw", args=[application.pk])
    assertContains(client.get(url), "Withdraw this application")
    response = client.post(url)
    assert response.status_code == 302
    assertContains(client.get(ME), "Your application is withdrawn")
    application.refresh_from_db()
    assert application.status == "withdrawn"
    (event,) = ApplicationEvent.objects.filter(application=application)
    assert event.to_status == "withdrawn" and event.by is None
    assert "candidate" in event.note
    # Withdrawn: no button, and a second post changes nothing.
    assert "Withdraw<" not in client.get(ME).content.decode()
    client.post(url)
    assert ApplicationEvent.objects.filter(application=application).count() == 1


def test_a_newer_resume_becomes_the_current_version(
    client, jane, resume_files, django_capture_on_commit_callbacks
):
    first = jane.current_resume()
    sign_in(client, jane)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("candidates:me-resume"), {"resume": fixture_upload(PDF)})
    assert response.status_code == 302
    assertContains(client.get(ME), "It replaces the one you sent before")
    jane.refresh_from_db()
    current = jane.current_resume()
    assert current != first and current.kind == "pdf" and current.confirmed
    assert current.extraction_status == Resume.Extraction.DONE
    first.refresh_from_db()
    assert not first.is_current
    # The application keeps the resume it was sent with.
    assert jane.applications.get().resume == first
    assert len(resume_files()) == 2


def test_a_refused_file_says_why_on_the_field_and_leaves_nothing(client, jane, resume_files):
    sign_in(client, jane)
    before = resume_files()
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = SimpleUploadedFile("resume.pdf", b"MZ\x90\x00 not a resume", "application/pdf")
    response = client.post(reverse("candidates:me-resume"), {"resume": bad})
    assert response.status_code == 200
    assertContains(response, "Please correct 1 thing below")
    assertContains(response, 'aria-invalid="true"')
    assert resume_files() == before and Resume.objects.count() == 1


def test_a_newer_resume_over_the_limit_says_so_and_leaves_nothing(
    client, jane, settings, resume_files
):
    sign_in(client, jane)
    before = resume_files()
    settings.RESUME_MAX_BYTES = 20_000  # the PDF is ~64 KB: read, then dropped unkept
    response = client.post(reverse("candidates:me-resume"), {"resume": fixture_upload(PDF)})
    assert response.status_code == 200
    assertContains(response, "This file is larger than 19.5\xa0KB")
    assertNotContains(response, "Please choose your resume file")
    assert resume_files() == before and Resume.objects.count() == 1


def test_the_export_is_a_zip_of_their_data_and_resume_files(client, jane, bob):
    JobAlertFactory(email="Jane@example.com", description="Machinist jobs in Ohio")
    older = jane.current_resume()
    jane.applications.get().move_to("reviewing", by=None, note="Call back: seems keen.")
    newer = ResumeFactory(
        candidate=jane,
        original_name="jane-2026.txt",
        file=ContentFile(b"Jane Doe\nCNC machinist, 2026\n", name="r.txt"),
        is_current=False,
    )
    sign_in(client, jane)
    response = client.get(reverse("candidates:me-export"))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert names[0] == "data.json"
    data = json.loads(archive.read("data.json"))
    assert data["candidate"]["email"] == "jane@example.com"
    assert [a["job"] for a in data["applications"]] == ["CNC Machinist"]
    assert data["applications"][0]["status"] == "Under review"
    assert data["applications"][0]["history"][0]["status"] == "Under review"
    # Staff notes, on the application or on a move, stay staff's.
    assert b"Strong on Haas" not in archive.read("data.json")
    assert b"seems keen" not in archive.read("data.json")
    assert [a["search"] for a in data["job_alerts"]] == ["Machinist jobs in Ohio"]
    # Each resume file, byte for byte.
    files = {name.rsplit("-", 1)[-1]: archive.read(name) for name in names[1:]}
    with older.file.open("rb") as fh:
        assert files[older.original_name] == fh.read()
    assert files["2026.txt"] == b"Jane Doe\nCNC machinist, 2026\n"
    assert len(names) == 3 and newer.pk


def test_deletion_asks_first(client, jane):
    sign_in(client, jane)
    assertContains(client.get(reverse("candidates:me-delete")), "Yes, delete my data")
    refused = client.post(reverse("candidates:me-delete"), {})
    assertContains(refused, "Tick the box to confirm the deletion.")
    assert Candidate.objects.filter(pk=jane.pk).exists()


def test_deletion_leaves_no_row_or_file_and_an_audit_line_without_the_data(
    client, jane, resume_files, django_capture_on_commit_callbacks
):
    from alerts.models import JobAlert, SentJob
    from candidates.models import ProposedUpdate
    from staff.models import PersonalDataAccess
    from tests.candidates.test_confirm_updates import submit

    JobAlertFactory(email="JANE@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        submit(fixture_upload(DOCX), email=jane.email)  # an unconfirmed version too
    jane.applications.first().move_to("reviewing", by=None)
    assert len(resume_files()) == 2 and ProposedUpdate.objects.exists()
    pk = jane.pk

    sign_in(client, jane)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("candidates:me-delete"), {"confirm": "yes"})
    assert response.status_code == 302
    assertContains(client.get(response["Location"]), "Your data is deleted")

    for model in (Candidate, Resume, Application, ApplicationEvent, ProposedUpdate, JobAlert,
                  SentJob):  # fmt: skip
        assert not model.objects.exists(), model
    assert resume_files() == []
    (line,) = PersonalDataAccess.objects.all()
    assert (line.action, line.kind, line.object_id) == ("delete", "candidate", pk)
    assert line.username == SELF_SERVICE and line.user is None
    values = " ".join(str(v) for v in vars(line).values())
    assert "jane" not in values.lower() and "@" not in values
    # Signed out with it.
    assertContains(client.get(ME), "Email me a sign-in link")


def test_a_mistyped_address_is_not_counted_towards_the_limit(client):
    for _ in range(8):
        response = client.post(ME, {"email": "jane@"})
        assertContains(response, "Enter a valid email address.")
    assert client.post(ME, {"email": "jane@example.com"}).status_code == 302
