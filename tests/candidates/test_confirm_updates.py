"""Security finding (issue 18, 3): anyone who knew a candidate's email could replace their phone,
profile link and current resume without signing in. A submission with a known email now changes
nothing until the address's owner confirms it from the email we send."""

import pytest
from django.core import mail

from candidates.filetypes import inspect_upload
from candidates.models import Candidate
from candidates.services import CandidateDetails, submit_resume
from tests.candidates.conftest import DOCX, PDF, fixture_upload

pytestmark = pytest.mark.django_db

OWNER = "jane.doe@example.com"


def submit(upload, *, email=OWNER, name="Jane Doe", job=None, **extra):
    detected = inspect_upload(upload, upload.name, max_bytes=5 * 1024 * 1024)
    details = CandidateDetails(name=name, email=email, **extra)
    return submit_resume(details=details, upload=upload, detected=detected, job=job)


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
