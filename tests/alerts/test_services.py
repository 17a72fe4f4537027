import email.policy
import re
from datetime import timedelta

import factory
import pytest
from django.core import mail
from django.utils import timezone

from alerts import digests, services
from alerts.models import AlertLimitReached, JobAlert, SentJob
from tests.alerts.conftest import link_in
from tests.alerts.factories import JobAlertFactory, PendingAlertFactory
from tests.jobs.factories import (
    JobFactory,
)

pytestmark = pytest.mark.django_db
JOB_LINK = re.compile(r"https?://\S+/jobs/\d+/[\w-]+/")


@pytest.fixture
def subscribe(django_capture_on_commit_callbacks):
    """The service as the view calls it, with its on-commit email run."""

    def run(email="jane@example.com", query_string="q=python", frequency="daily"):
        with django_capture_on_commit_callbacks(execute=True):
            return services.subscribe(email=email, query_string=query_string, frequency=frequency)

    return run


def titles(message) -> list[str]:
    """Job titles listed in a digest, in order: each job is its title, details, then its link."""
    lines = message.body.splitlines()
    return [lines[i - 2] for i, line in enumerate(lines) if JOB_LINK.fullmatch(line)]


def test_subscribe_stores_the_search_and_sends_only_a_confirmation(subscribe, board):
    alert = subscribe(query_string="q=python&page=2&sort=pay&posted=1&workplace=remote")
    assert alert.query == "q=python&workplace=remote"
    assert alert.description == "“python” jobs · Remote"
    assert not alert.is_confirmed
    [message] = mail.outbox
    assert message.to == ["jane@example.com"]
    assert message.subject.startswith("Confirm your job alert: “python” jobs · Remote")
    assert "/alerts/confirm/" in message.body
    assert "We will not email you about jobs unless you confirm" in message.body
    assert "Python Developer" not in message.body


def test_nothing_is_sent_before_confirmation(subscribe, board):
    alert = subscribe()
    mail.outbox.clear()
    assert digests.send_due_digests(now=timezone.now())["due"] == 0
    assert digests.send_digest(alert, now=timezone.now()) == 0
    assert mail.outbox == []

    services.confirm(alert)
    counts = digests.send_due_digests(now=timezone.now())
    assert counts == {"due": 1, "sent": 1, "jobs": 2, "empty": 0, "failed": 0}
    assert mail.outbox[0].to == ["jane@example.com"]


def test_confirmation_email_links_and_headers(subscribe, settings):
    settings.SITE_URL = "https://careers.amtec.example"
    subscribe()
    [message] = mail.outbox
    unsubscribe = link_in(message, "unsubscribe")
    assert message.extra_headers["List-Unsubscribe"] == (
        f"<https://careers.amtec.example{unsubscribe}>"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link_in(message, "confirm") and link_in(message, "manage")
    assert "https://careers.amtec.example/jobs/?q=python" in message.body
    assert "100 Main Street" in message.body  # a postal address, as CAN-SPAM asks
    # As the SMTP backend sends it: the URL whole, not folded into unreadable encoded-words.
    raw = message.message(policy=email.policy.SMTP).as_bytes().decode()
    assert f"\r\nList-Unsubscribe: <https://careers.amtec.example{unsubscribe}>\r\n" in raw
    assert "\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n" in raw


def test_the_same_request_twice_reuses_the_alert(subscribe):
    first = subscribe(frequency="daily")
    second = subscribe(email="JANE@example.com", frequency="weekly",
                       query_string="sort=newest&q=python")  # fmt: skip
    assert second.pk == first.pk
    assert JobAlert.objects.count() == 1
    assert second.frequency == "weekly"  # not confirmed yet: the latest request wins
    assert len(mail.outbox) == 2 and "/alerts/confirm/" in mail.outbox[1].body


def test_asking_again_for_a_confirmed_alert_changes_nothing_and_emails_its_owner(subscribe):
    alert = JobAlertFactory(email="jane@example.com", query="q=python", frequency="weekly")
    assert subscribe(frequency="daily").pk == alert.pk
    alert.refresh_from_db()
    assert alert.frequency == "weekly" and alert.is_confirmed
    [message] = mail.outbox
    assert message.subject.startswith("Your job alert is already on")
    assert "/alerts/confirm/" not in message.body
    assert "/alerts/manage/" in message.body


def test_an_address_may_have_ten_confirmed_alerts(subscribe):
    for n in range(JobAlert.MAX_PER_EMAIL):
        JobAlertFactory(email="jane@example.com", query=f"q=word{n}")
    with pytest.raises(AlertLimitReached, match="already has 10 job alerts"):
        subscribe(query_string="q=one-too-many")
    subscribe(query_string="q=word3")  # asking again for one it has is fine
    assert JobAlert.objects.count() == 10
    assert JobAlert.objects.filter(query="q=one-too-many").count() == 0


def test_sign_ups_nobody_confirmed_never_lock_the_owner_out(subscribe):
    # A stranger types the owner's address into a dozen sign-ups.
    for n in range(12):
        subscribe(query_string=f"q=spam{n}")
    pending = JobAlert.objects.for_email("jane@example.com")
    # The oldest are dropped: they neither pile up nor count.
    assert pending.count() == JobAlert.MAX_PENDING_PER_EMAIL
    assert not pending.filter(query__in=["q=spam0", "q=spam1"]).exists()
    # The owner signs up and confirms, as often as the quota allows.
    for n in range(JobAlert.MAX_PER_EMAIL):
        assert services.confirm(subscribe(query_string=f"q=mine{n}"))
    assert JobAlert.objects.for_email("jane@example.com").confirmed().count() == 10


def test_the_quota_holds_when_the_owner_confirms(subscribe):
    waiting = subscribe(query_string="q=welder")  # signed up while there was room
    for n in range(JobAlert.MAX_PER_EMAIL):
        JobAlertFactory(email="jane@example.com", query=f"q=word{n}")
    with pytest.raises(AlertLimitReached):
        services.confirm(waiting)
    waiting.refresh_from_db()
    assert not waiting.is_confirmed


def test_abandoned_sign_ups_do_not_fill_an_address_quota(subscribe):
    PendingAlertFactory.create_batch(
        10, email="jane@example.com", created_at=timezone.now() - timedelta(days=8),
        query=factory.Sequence(lambda n: f"q=old{n}"),
    )  # fmt: skip
    assert subscribe(query_string="q=welder").query == "q=welder"


def test_subscribe_rejects_an_unknown_frequency(subscribe):
    with pytest.raises(ValueError):
        subscribe(frequency="hourly")
    assert not JobAlert.objects.exists()


def test_update_changes_frequency_and_pauses():
    alert = JobAlertFactory()
    services.update(alert, frequency="weekly", paused=True)
    alert.refresh_from_db()
    assert (alert.frequency, alert.paused) == ("weekly", True)
    services.update(alert, frequency="weekly", paused=False)
    alert.refresh_from_db()
    assert alert.paused is False


def test_remove_deletes_the_alert_and_its_history():
    alert = JobAlertFactory()
    SentJob.objects.create(alert=alert, job=JobFactory())
    services.remove(alert, reason="test")
    assert not JobAlert.objects.exists() and not SentJob.objects.exists()


# Digests
