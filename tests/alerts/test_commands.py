from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from alerts.models import JobAlert
from alerts.tasks import send_job_alerts
from core.commands import RepeatingCommand
from tests.alerts.factories import JobAlertFactory, PausedAlertFactory, PendingAlertFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def alerts(board):
    now = timezone.now()
    return {
        "due": JobAlertFactory(query="q=python"),
        "nothing_new": JobAlertFactory(query="q=astronaut"),
        "sent_today": JobAlertFactory(query="q=python", last_sent_at=now - timedelta(hours=2)),
        "paused": PausedAlertFactory(query="q=python"),
        "pending": PendingAlertFactory(query="q=python"),
        "abandoned": PendingAlertFactory(query="q=cnc", created_at=now - timedelta(days=8)),
    }


def test_send_job_alerts_emails_due_alerts_and_reports(alerts, capsys):
    call_command("send_job_alerts")
    out = capsys.readouterr().out
    assert out.strip() == (
        "Job alerts: 2 due, 1 emailed with 2 job(s), 1 with nothing new, 0 failed; "
        "1 unconfirmed sign-up(s) forgotten."
    )
    assert [m.to for m in mail.outbox] == [[alerts["due"].email]]
    assert not JobAlert.objects.filter(pk=alerts["abandoned"].pk).exists()

    call_command("send_job_alerts")  # an hour later, or a second scheduler: nothing twice
    assert len(mail.outbox) == 1
    assert "0 emailed" in capsys.readouterr().out


def test_send_job_alerts_can_keep_running(alerts, monkeypatch, capsys):
    naps = []

    def sleep(seconds):
        naps.append(seconds)
        if len(naps) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(RepeatingCommand, "pause", staticmethod(sleep))
    with pytest.raises(KeyboardInterrupt):
        call_command("send_job_alerts", every=60)
    assert naps == [60, 60]
    assert capsys.readouterr().out.count("Job alerts:") == 2
    assert len(mail.outbox) == 1


def test_the_task_does_the_same_for_a_scheduler(alerts):
    result = send_job_alerts.enqueue()
    assert result.return_value == {
        "due": 2,
        "sent": 1,
        "jobs": 2,
        "empty": 1,
        "failed": 0,
        "abandoned": 1,
    }
    assert len(mail.outbox) == 1
