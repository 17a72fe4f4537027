"""The submission emails: one confirmation per submission, listing matching jobs when it can."""

import pytest
from django.core import mail

from candidates.models import Resume
from tests.candidates.conftest import PDF, fixture_upload
from tests.candidates.test_services import submit

pytestmark = pytest.mark.django_db
SCAN = "r06-delgado-cnc-machinist-scan.pdf"


def emails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def test_confirmation_waits_for_the_text_and_lists_matching_jobs(
    matching_board, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(fixture_upload(PDF))
    (confirmation,) = emails_to("jane.doe@example.com")
    (staff,) = emails_to("recruiting@amtec.example")
    body = confirmation.body
    assert "Open jobs that match your resume" in body
    assert "Senior Python Developer" in body and matching_board["python"].get_absolute_url() in body
    assert "Matched: " in body and "Django" in body
    assert "Python Developer (Django)" not in body  # closed
    assert "See every open job:" in body
    # The recruiter's notification is as it was: no suggestions in it.
    assert "A new general resume submission." in staff.body and "Matched" not in staff.body


def test_no_text_falls_back_to_browsing(
    matching_board, django_capture_on_commit_callbacks, settings
):
    settings.RESUME_TESSERACT = "/nonexistent/tesseract"  # a machine without OCR: no text
    with django_capture_on_commit_callbacks(execute=True):
        submit(fixture_upload(SCAN))
    assert Resume.objects.get().extraction_status == Resume.Extraction.NO_TOOL
    (confirmation,) = emails_to("jane.doe@example.com")
    assert "Browse open jobs:" in confirmation.body and "Matched" not in confirmation.body
    assert len(emails_to("recruiting@amtec.example")) == 1


def test_one_confirmation_per_submission_even_without_a_new_resume(
    matching_board, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(fixture_upload(PDF))
        again = submit(fixture_upload(PDF, as_name="same-file.pdf"))  # identical: not re-read
    assert not again.resume_is_new
    confirmations = emails_to("jane.doe@example.com")
    assert len(confirmations) == 2 and len(emails_to("recruiting@amtec.example")) == 2
    assert "Senior Python Developer" in confirmations[1].body  # the text read the first time


def test_the_job_applied_for_is_not_suggested(matching_board, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit(fixture_upload(PDF), job=matching_board["python"])
    (confirmation,) = emails_to("jane.doe@example.com")
    assert "Thank you for applying for Senior Python Developer" in confirmation.body
    assert matching_board["python"].get_absolute_url() not in confirmation.body
