import pytest
from django.core import mail

from alerts.tasks import send_confirmation
from tests.alerts.factories import PendingAlertFactory

pytestmark = pytest.mark.django_db


def test_send_confirmation_emails_the_alert_owner():
    alert = PendingAlertFactory(email="jane@example.com", query="q=python")
    assert send_confirmation.enqueue(alert.pk).return_value == 1
    [message] = mail.outbox
    assert message.to == ["jane@example.com"]
    assert "/alerts/confirm/" in message.body


def test_send_confirmation_for_an_alert_removed_meanwhile_sends_nothing():
    alert = PendingAlertFactory()
    pk = alert.pk
    alert.delete()
    assert send_confirmation.enqueue(pk).return_value == 0
    assert mail.outbox == []
