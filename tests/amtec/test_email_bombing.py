"""The site cannot be used to flood someone's inbox: whoever types an address, into whichever form,
for whatever search or job, its mailbox gets so many confirmation emails a day and no more."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from alerts.models import JobAlert
from candidates.models import Candidate
from tests.candidates.conftest import PDF, fixture_upload

pytestmark = pytest.mark.django_db


def resume_form(email):
    return {
        "name": "Not the owner", "email": email, "phone": "(937) 555-0142", "city": "Dayton",
        "state": "OH", "resume": fixture_upload(PDF), "consent": "on", "website": "",
    }  # fmt: skip


def test_a_mailbox_gets_its_daily_confirmations_and_no_more(
    settings, django_capture_on_commit_callbacks
):
    settings.CONFIRMATION_EMAILS_PER_DAY = 4
    settings.ALERT_SIGNUP_RATE_LIMIT = (100, 3600)
    settings.SUBMISSION_RATE_LIMIT = (100, 600)
    # Twelve attempts from twelve addresses, each spelling the victim's mailbox differently.
    for n in range(12):
        client = Client(REMOTE_ADDR=f"198.51.100.{n}")
        email = f"vic.tim+{n}@gmail.com" if n % 2 else f"victim+{n}@googlemail.com"
        with django_capture_on_commit_callbacks(execute=True):
            if n % 3:
                response = client.post(
                    reverse("alerts:alert-create"),
                    {"email": email, "frequency": "daily", "query": f"q=word{n}"},
                )
            else:
                response = client.post(reverse("candidates:resume-submit"), resume_form(email))
        assert response.status_code == 302, n
    to_victim = [m for m in mail.outbox if settings.STAFF_NOTIFICATION_EMAIL not in m.to]
    assert len(to_victim) == 4
    # What was sent is kept: staff still see every resume, and the alerts wait unconfirmed.
    assert Candidate.objects.count() == 4
    assert JobAlert.objects.count() == 8


def test_other_mailboxes_are_not_held_back(settings, client, django_capture_on_commit_callbacks):
    settings.CONFIRMATION_EMAILS_PER_DAY = 1
    for email in ("jane@example.com", "john@example.com"):
        with django_capture_on_commit_callbacks(execute=True):
            client.post(
                reverse("alerts:alert-create"),
                {"email": email, "frequency": "daily", "query": "q=python"},
            )
    assert sorted(m.to[0] for m in mail.outbox) == ["jane@example.com", "john@example.com"]
