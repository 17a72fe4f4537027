"""Every view, download, export or deletion of a candidate's data is logged: who, when, what and
which record, never the data itself; the log is read-only and kept for a set time."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from candidates.models import Candidate
from candidates.privacy import purge_inactive
from staff.access_log import prune
from staff.models import PersonalDataAccess
from tests.candidates.conftest import PDF, fixture_upload
from tests.candidates.test_services import submit
from tests.factories import StaffUserFactory
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(db):
    job = JobFactory(title="Stress Engineer")
    return submit(fixture_upload(PDF), job=job, name="Jane Doe", phone="(937) 555-0142").application


@pytest.fixture
def manager():
    user = StaffUserFactory(username="manager", permissions=[
        "view_candidate", "view_resume", "view_application", "export_candidate",
        "delete_candidate", "delete_application", "delete_resume",
    ])  # fmt: skip
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def logged():
    return list(
        PersonalDataAccess.objects.order_by("pk").values_list(
            "username", "action", "kind", "object_id"
        )
    )


def test_opening_a_candidate_an_application_and_a_resume_is_logged(manager, application):
    candidate, resume = application.candidate, application.resume
    manager.get(reverse("admin:candidates_candidate_change", args=[candidate.pk]))
    manager.get(reverse("admin:candidates_application_change", args=[application.pk]))
    manager.get(reverse("admin:candidates_resume_change", args=[resume.pk]))
    manager.get(resume.get_download_url())
    assert logged() == [
        ("manager", "view", "candidate", candidate.pk),
        ("manager", "view", "application", application.pk),
        ("manager", "view", "resume", resume.pk),
        ("manager", "download", "resume", resume.pk),
    ]
    row = PersonalDataAccess.objects.first()
    assert row.user == manager.user and row.request_id
    # No personal data in the log itself.
    text = " ".join(str(v) for v in PersonalDataAccess.objects.values_list())
    for personal in ("Jane", "jane.doe", "555", "Dayton"):
        assert personal not in text


def test_exports_log_each_record(manager, application):
    other = submit(fixture_upload(PDF), email="john@example.com").application
    manager.post(
        reverse("admin:candidates_candidate_changelist"),
        {
            "action": "export_json",
            "_selected_action": [application.candidate_id, other.candidate_id],
        },
    )
    manager.post(
        reverse("admin:candidates_application_changelist"),
        {"action": "export_csv", "_selected_action": [application.pk]},
    )
    assert sorted(logged()) == sorted([
        ("manager", "export", "candidate", application.candidate_id),
        ("manager", "export", "candidate", other.candidate_id),
        ("manager", "export", "application", application.pk),
    ])  # fmt: skip


def test_deleting_is_logged_by_staff_and_by_the_retention_purge(
    manager, application, django_capture_on_commit_callbacks
):
    pk = application.candidate_id
    with django_capture_on_commit_callbacks(execute=True):
        manager.post(reverse("admin:candidates_candidate_delete", args=[pk]), {"post": "yes"})
    assert not Candidate.objects.filter(pk=pk).exists()
    assert logged() == [("manager", "delete", "candidate", pk)]

    stale = submit(fixture_upload(PDF), email="old@example.com").application.candidate
    Candidate.objects.filter(pk=stale.pk).update(
        last_activity_at=timezone.now() - timedelta(days=800)
    )
    with django_capture_on_commit_callbacks(execute=True):
        purge_inactive(months=24)
    assert logged()[-1] == ("", "delete", "candidate", stale.pk)
    assert PersonalDataAccess.objects.order_by("pk").last().user is None


def test_refused_requests_log_nothing(application):
    nosy = Client()
    nosy.force_login(StaffUserFactory(permissions=["view_job"]))
    nosy.get(reverse("admin:candidates_candidate_change", args=[application.candidate_id]))
    nosy.get(application.resume.get_download_url())
    assert logged() == []


def test_the_log_is_read_only_even_for_a_superuser(admin_client, manager, application):
    manager.get(reverse("admin:candidates_candidate_change", args=[application.candidate_id]))
    row = PersonalDataAccess.objects.get()
    changelist = reverse("admin:staff_personaldataaccess_changelist")
    page = admin_client.get(changelist)
    assert page.status_code == 200 and "manager" in page.content.decode()
    assert admin_client.get(reverse("admin:staff_personaldataaccess_add")).status_code == 403
    change = reverse("admin:staff_personaldataaccess_change", args=[row.pk])
    admin_client.post(change, {"username": "someone-else", "action": "view"})
    delete = reverse("admin:staff_personaldataaccess_delete", args=[row.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403
    row.refresh_from_db()
    assert row.username == "manager"


def test_rows_are_kept_for_the_set_time(settings):
    settings.PERSONAL_DATA_ACCESS_LOG_DAYS = 30
    now = timezone.now()
    old = PersonalDataAccess.objects.create(
        at=now - timedelta(days=31), username="a", action="view", kind="candidate", object_id=1
    )
    kept = PersonalDataAccess.objects.create(
        at=now - timedelta(days=29), username="a", action="view", kind="candidate", object_id=2
    )
    assert prune(now=now) == 1
    assert list(PersonalDataAccess.objects.all()) == [kept]
    assert not PersonalDataAccess.objects.filter(pk=old.pk).exists()
