import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from alerts.digests import send_digest
from alerts.models import JobAlert
from tests.alerts.factories import JobAlertFactory, PausedAlertFactory, PendingAlertFactory
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:alerts_jobalert_changelist")


@pytest.fixture
def staff(db):
    user = StaffUserFactory(permissions=["view_jobalert", "change_jobalert", "delete_jobalert"])
    client = Client()
    client.force_login(user)
    return client


def test_staff_see_alerts_with_their_status_and_jobs_sent(staff, board):
    alert = JobAlertFactory(email="jane@example.com", query="q=python&workplace=remote")
    send_digest(alert, now=alert.created_at)
    PendingAlertFactory(email="sam@example.com")
    response = staff.get(CHANGELIST)
    assertContains(response, "jane@example.com")
    assertContains(response, "“python” jobs · Remote")
    assertContains(response, '<td class="field-jobs_sent">1</td>', html=True)
    assertContains(response, "sam@example.com")
    assertNotContains(response, "Add job alert")


def test_staff_search_by_email_and_filter_by_status(staff):
    JobAlertFactory(email="jane@example.com")
    PausedAlertFactory(email="pat@example.com")
    PendingAlertFactory(email="sam@example.com")
    response = staff.get(CHANGELIST, {"q": "JANE@"})
    assertContains(response, "jane@example.com")
    assertNotContains(response, "pat@example.com")
    for status, email in [("active", "jane"), ("paused", "pat"), ("unconfirmed", "sam")]:
        response = staff.get(CHANGELIST, {"status": status})
        assert [a.email for a in response.context["cl"].result_list] == [f"{email}@example.com"]


def test_alert_page_lists_the_jobs_it_sent_read_only(staff, board):
    alert = JobAlertFactory(query="q=python")
    send_digest(alert, now=alert.created_at)
    response = staff.get(reverse("admin:alerts_jobalert_change", args=[alert.pk]))
    assertContains(response, "Python Developer")
    assertContains(response, "Senior Python Engineer")
    assertContains(response, 'href="/jobs/?q=python"')
    assertNotContains(response, 'name="email"')
    assertNotContains(response, 'name="sent_jobs-0-job"')


def test_pause_action(staff):
    alerts = JobAlertFactory.create_batch(2)
    response = staff.post(
        CHANGELIST,
        {"action": "pause", "_selected_action": [a.pk for a in alerts]},
        follow=True,
    )
    assertContains(response, "2 alerts paused.")
    assert not JobAlert.objects.active().exists()


def test_send_digest_now_action_respects_double_opt_in(staff, board):
    active = JobAlertFactory(query="q=python")
    pending = PendingAlertFactory(query="q=python")
    response = staff.post(
        CHANGELIST,
        {"action": "send_digest_now", "_selected_action": [active.pk, pending.pk]},
        follow=True,
    )
    assertContains(response, "1 digest sent with 2 job(s).")
    assertContains(response, "1 not sent")
    assert [m.to for m in mail.outbox] == [[active.email]]


def test_staff_who_may_only_view_get_no_actions(db, board):
    user = StaffUserFactory(permissions=[])
    user.user_permissions.set(Permission.objects.filter(codename="view_jobalert"))
    client = Client()
    client.force_login(user)
    JobAlertFactory()
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    assertNotContains(response, "send_digest_now")
