"""Job alert digests (alerts/digests.py)."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.utils import timezone

from alerts import digests
from alerts.models import JobAlert
from tests.alerts.conftest import link_in
from tests.alerts.factories import JobAlertFactory, PausedAlertFactory, PendingAlertFactory
from tests.jobs.factories import (
    ClosedJobFactory,
    DraftJobFactory,
    ExpiredJobFactory,
    FilledJobFactory,
    JobFactory,
    ScheduledJobFactory,
)

pytestmark = pytest.mark.django_db
JOB_LINK = re.compile(r"https?://\S+/jobs/\d+/[\w-]+/")


def titles(message) -> list[str]:
    """Job titles listed in a digest, in order: each job is its title, details, then its link."""
    lines = message.body.splitlines()
    return [lines[i - 2] for i, line in enumerate(lines) if JOB_LINK.fullmatch(line)]


def digest(alert, now=None):
    """Run one digest and return (jobs sent, the email or None)."""
    before = len(mail.outbox)
    sent = digests.send_digest(alert, now=now or timezone.now())
    new = mail.outbox[before:]
    assert len(new) == (1 if sent else 0)
    return sent, (new[0] if new else None)


# Sign-up and double opt-in


def test_digest_matches_through_the_job_search(board):
    alert = JobAlertFactory(query="q=python&workplace=remote&type=contract&category=it")
    sent, message = digest(alert)
    assert sent == 1
    assert titles(message) == ["Python Developer"]
    job = board["remote_contract"]
    assert f"{job.location_display} · {job.pay_display} · Contract" in message.body
    assert f"http://127.0.0.1:8000{job.get_absolute_url()}" in message.body
    assert message.subject.startswith("1 new job: “python” jobs · Remote · Contract")


def test_digest_matches_keywords_and_location(board):
    message = digest(JobAlertFactory(query="q=python&location=Columbus,+OH"))[1]
    assert titles(message) == ["Senior Python Engineer"]
    message = digest(JobAlertFactory(query="category=manufacturing"))[1]
    assert sorted(titles(message)) == ["CNC Machinist", "Quality Inspector"]


def test_no_job_is_sent_twice(board):
    alert = JobAlertFactory(query="q=python")
    now = timezone.now()
    assert digest(alert, now)[0] == 2
    newer = JobFactory(title="Python Data Engineer", category=board["machinist"].category)
    message = digest(alert, now + timedelta(days=1))[1]
    assert titles(message) == ["Python Data Engineer"]
    assert set(alert.sent_jobs.values_list("job", flat=True)) == {
        board["remote_contract"].pk,
        board["hybrid_python"].pk,
        newer.pk,
    }
    assert digest(alert, now + timedelta(days=2)) == (0, None)


def test_closed_expired_and_unpublished_jobs_are_never_sent(db):
    JobFactory(title="Welder (open)")
    for job_factory in (ClosedJobFactory, FilledJobFactory, DraftJobFactory, ScheduledJobFactory):
        job_factory(title=f"Welder ({job_factory.__name__})")
    ExpiredJobFactory(title="Welder (expired)", posted_at=timezone.now() - timedelta(hours=20),
                      expires_at=timezone.now() - timedelta(hours=1))  # fmt: skip
    message = digest(JobAlertFactory(query="q=welder"))[1]
    assert titles(message) == ["Welder (open)"]


def test_a_job_that_closed_before_the_digest_is_not_sent(board):
    board["machinist"].close()
    message = digest(JobAlertFactory(query="category=manufacturing"))[1]
    assert titles(message) == ["Quality Inspector"]


def test_jobs_posted_well_before_the_sign_up_are_not_new(db):
    now = timezone.now()
    JobFactory(title="Welder old", posted_at=now - timedelta(days=10))
    JobFactory(title="Welder day before", posted_at=now - timedelta(hours=30))
    JobFactory(title="Welder since", posted_at=now - timedelta(hours=2))
    alert = JobAlertFactory(query="q=welder", created_at=now - timedelta(hours=7))
    assert titles(digest(alert)[1]) == ["Welder since", "Welder day before"]


def test_an_empty_digest_sends_nothing_and_records_nothing(board):
    alert = JobAlertFactory(query="q=astronaut")
    assert digest(alert) == (0, None)
    alert.refresh_from_db()
    assert alert.last_sent_at is None  # checked again next hour, as soon as something matches
    assert digests.send_due_digests(now=timezone.now())["empty"] == 1


def test_paused_alerts_get_nothing(board):
    alert = PausedAlertFactory()
    assert digest(alert) == (0, None)
    assert digests.send_due_digests(now=timezone.now())["due"] == 0


def test_a_digest_lists_twenty_jobs_and_says_how_many_more(db):
    now = timezone.now()
    for n in range(23):
        JobFactory(title=f"Welder {n:02}", posted_at=now - timedelta(minutes=10 + n))
    alert = JobAlertFactory(query="q=welder")
    sent, message = digest(alert, now)
    assert sent == 20
    assert titles(message) == [f"Welder {n:02}" for n in range(20)]  # newest first
    assert "And 3 more: http://127.0.0.1:8000/jobs/?q=welder" in message.body
    assert message.subject.startswith("23 new jobs")
    # The three not listed come next time.
    assert digest(alert, now + timedelta(days=1))[0] == 3


def test_digest_records_what_it_sent_and_when(board):
    alert = JobAlertFactory(query="q=python")
    now = timezone.now()
    digest(alert, now)
    alert.refresh_from_db()
    assert alert.last_sent_at == now
    assert set(alert.sent_jobs.values_list("sent_at", flat=True)) == {now}
    assert alert not in JobAlert.objects.due(now + timedelta(hours=22))


def test_digest_email_headers_and_links(board, settings):
    settings.SITE_URL = "https://careers.amtec.example"
    message = digest(JobAlertFactory(query="q=python"))[1]
    unsubscribe = link_in(message, "unsubscribe")
    assert message.extra_headers["List-Unsubscribe"] == (
        f"<https://careers.amtec.example{unsubscribe}>"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link_in(message, "manage")
    assert "/alerts/confirm/" not in message.body


def test_when_the_mail_server_fails_nothing_is_recorded_and_others_still_go(board, monkeypatch):
    failing = JobAlertFactory(email="bounce@example.com", query="q=python")
    working = JobAlertFactory(email="ok@example.com", query="q=python")
    real_send = EmailMessage.send

    def send(message, *args, **kwargs):
        if message.to == ["bounce@example.com"]:
            raise OSError("mail server said no")
        return real_send(message, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", send)
    counts = digests.send_due_digests(now=timezone.now())
    assert counts == {"due": 2, "sent": 1, "jobs": 2, "empty": 0, "failed": 1}
    failing.refresh_from_db()
    assert failing.last_sent_at is None and not failing.sent_jobs.exists()
    assert working.sent_jobs.count() == 2
    assert [m.to for m in mail.outbox] == [["ok@example.com"]]

    monkeypatch.setattr(EmailMessage, "send", real_send)
    assert digests.send_due_digests(now=timezone.now())["sent"] == 1  # retried next run


def test_daily_and_weekly_alerts_come_when_due(board):
    now = timezone.now()
    daily = JobAlertFactory(query="q=python", last_sent_at=now - timedelta(hours=23))
    weekly = JobAlertFactory(query="q=python", frequency="weekly",
                             last_sent_at=now - timedelta(days=2))  # fmt: skip
    counts = digests.send_due_digests(now=now)
    assert counts["due"] == 1 and counts["sent"] == 1
    assert [m.to for m in mail.outbox] == [[daily.email]]
    assert not weekly.sent_jobs.exists()


def test_remove_abandoned_forgets_unconfirmed_sign_ups_only():
    now = timezone.now()
    PendingAlertFactory(created_at=now - timedelta(days=8))
    kept = [PendingAlertFactory(), JobAlertFactory(created_at=now - timedelta(days=60))]
    assert digests.remove_abandoned(now=now) == 1
    assert set(JobAlert.objects.all()) == set(kept)
