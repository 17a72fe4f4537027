"""Every view, download, export or deletion of a candidate's data is logged: who, when, what and
which record, never the data itself; the log is read-only and kept for a set time."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from candidates.models import Candidate
from candidates.privacy import purge_inactive
from staff.access_log import prune
from staff.models import PersonalDataAccess
from tests.candidates.conftest import PDF, candidate_change_data, fixture_upload
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
    # No personal data in the log itself: every field but the time and the random request id
    # (where "555" turns up by chance now and then).
    fields = [f.attname for f in PersonalDataAccess._meta.concrete_fields]
    fields = [name for name in fields if name not in ("at", "request_id")]
    text = " ".join(str(v) for v in PersonalDataAccess.objects.values_list(*fields))
    for personal in ("Jane", "jane.doe", "555", "Dayton"):
        assert personal not in text
    for row in PersonalDataAccess.objects.values_list("request_id", flat=True):
        assert re.fullmatch(r"[0-9a-f]{32}", row)


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


def test_each_row_a_change_list_shows_is_logged_as_listed(manager, application):
    other = submit(fixture_upload(PDF), name="John Roe", email="john@example.com").application
    manager.get(reverse("admin:candidates_candidate_changelist"))
    assert sorted(logged()) == [
        ("manager", "list", "candidate", application.candidate_id),
        ("manager", "list", "candidate", other.candidate_id),
    ]
    PersonalDataAccess.objects.all().delete()
    # A search lists only what it found; the other lists log their own kind.
    manager.get(reverse("admin:candidates_candidate_changelist"), {"q": "John Roe"})
    manager.get(reverse("admin:candidates_application_changelist"), {"q": "no such person"})
    manager.get(reverse("admin:candidates_resume_changelist"), {"q": "John Roe"})
    assert logged() == [
        ("manager", "list", "candidate", other.candidate_id),
        ("manager", "list", "resume", other.resume_id),
    ]


def test_a_records_history_page_is_logged_as_a_view(manager, application):
    page = manager.get(
        reverse("admin:candidates_candidate_history", args=[application.candidate_id])
    )
    assert page.status_code == 200
    assert logged() == [("manager", "view", "candidate", application.candidate_id)]


def test_job_alerts_are_logged_like_candidates(db):
    from tests.alerts.factories import JobAlertFactory

    alert = JobAlertFactory(email="watcher@example.com")
    staff = Client()
    staff.force_login(StaffUserFactory(username="support", permissions=["view_jobalert"]))
    staff.get(reverse("admin:alerts_jobalert_changelist"))
    staff.get(reverse("admin:alerts_jobalert_change", args=[alert.pk]))
    assert logged() == [
        ("support", "list", "job alert", alert.pk),
        ("support", "view", "job alert", alert.pk),
    ]


def test_a_jobs_best_matching_candidates_are_logged_as_listed(manager, application):
    from candidates.models import Resume

    job = JobFactory(title="Python Developer", description="Python, Django and PostgreSQL.")
    Resume.objects.filter(pk=application.resume_id).update(
        text="Python developer: Django, PostgreSQL and pytest.", extraction_status="done"
    )
    manager.user.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_job", "change_job"])
    )
    page = manager.get(reverse("admin:jobs_job_change", args=[job.pk]))
    assert "Best-matching candidates" in page.content.decode()
    assert "Jane Doe" in page.content.decode()
    assert logged() == [("manager", "list", "candidate", application.candidate_id)]


def test_the_admins_own_history_names_records_by_kind_and_id(
    manager, application, django_capture_on_commit_callbacks
):
    """django.contrib.admin's LogEntry ("Recent actions", history pages) outlives the record:
    it never holds a name or an email address."""
    from django.contrib.admin.models import LogEntry

    candidate = application.candidate
    manager.user.user_permissions.add(
        *Permission.objects.filter(codename__in=["change_candidate", "delete_application"])
    )
    change, data = candidate_change_data(manager, candidate, name="Jane Q. Doe")
    saved = manager.post(change, data)
    assert saved.status_code == 302, saved.context["adminform"].form.errors
    with django_capture_on_commit_callbacks(execute=True):
        manager.post(
            reverse("admin:candidates_application_delete", args=[application.pk]), {"post": "yes"}
        )
    entries = list(LogEntry.objects.values_list("object_repr", "change_message"))
    assert sorted(repr_ for repr_, _ in entries) == [
        f"application #{application.pk}",
        f"candidate #{candidate.pk}",
    ]
    text = " ".join(str(value) for row in entries for value in row)
    for personal in ("Jane", "Doe", "@", "555"):
        assert personal not in text


def test_the_migrations_forget_the_names_in_older_admin_history(application, manager):
    """Entries written before: what candidates/0009 and alerts/0002 run over them."""
    from django.apps import apps
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.contenttypes.models import ContentType

    from staff.access_log import forget_admin_history_reprs
    from tests.alerts.factories import JobAlertFactory

    candidate, alert = application.candidate, JobAlertFactory(email="watcher@example.com")
    for obj in (candidate, alert, application.job):
        LogEntry.objects.create(
            user=manager.user, content_type=ContentType.objects.get_for_model(obj),
            object_id=str(obj.pk), object_repr=str(obj), action_flag=CHANGE,
        )  # fmt: skip
    assert LogEntry.objects.filter(object_repr__contains="@").count() == 2
    changed = forget_admin_history_reprs(
        apps, {"candidates.candidate": "candidate", "alerts.jobalert": "job alert"}
    )
    assert changed == 2
    assert sorted(LogEntry.objects.values_list("object_repr", flat=True)) == sorted([
        f"candidate #{candidate.pk}", f"job alert #{alert.pk}", str(application.job),
    ])  # fmt: skip


def test_the_dashboards_waiting_list_logs_each_application_it_names(manager, application):
    page = manager.get(reverse("admin:index"))
    assert "Waiting longest for review" in page.content.decode()
    assert "Jane Doe" in page.content.decode()
    assert ("manager", "list", "application", application.pk) in logged()


def test_the_pages_that_ask_before_deleting_are_logged(manager, application):
    pk = application.candidate_id
    page = manager.get(reverse("admin:candidates_candidate_delete", args=[pk]))
    assert page.status_code == 200 and "Jane Doe" in page.content.decode()
    assert logged() == [("manager", "view", "candidate", pk)]
    PersonalDataAccess.objects.all().delete()
    asked = manager.post(
        reverse("admin:candidates_candidate_changelist"),
        {"action": "delete_selected", "_selected_action": [pk]},
    )
    assert asked.status_code == 200 and "Are you sure" in asked.content.decode()
    assert logged() == [("manager", "list", "candidate", pk)]
    assert Candidate.objects.filter(pk=pk).exists()
