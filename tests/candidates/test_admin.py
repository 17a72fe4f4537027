import csv
import io
import json

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from candidates.models import Application, Candidate, Resume
from tests.candidates.conftest import PDF, fixture_upload, matching_rows
from tests.candidates.test_services import submit
from tests.factories import StaffUserFactory
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def recruiter(db):
    user = StaffUserFactory(permissions=["view_candidate", "change_candidate", "view_resume",
                                         "view_application", "change_application"])  # fmt: skip
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def manager(db):
    """A recruiting manager: a recruiter who may also export."""
    user = StaffUserFactory(permissions=["view_candidate", "view_resume", "view_application",
                                         "export_candidate"])  # fmt: skip
    client = Client()
    client.force_login(user)
    return client


def staff_with(*codenames):
    client = Client()
    client.force_login(StaffUserFactory(permissions=list(codenames)))
    return client


@pytest.fixture
def application():
    job = JobFactory(title="Stress Engineer")
    return submit(fixture_upload(PDF), job=job, phone="=cmd|' /C calc'!A0").application


def test_permitted_staff_download_the_resume_as_an_attachment(recruiter, application):
    response = recruiter.get(application.resume.get_download_url())
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{PDF}"'
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == fixture_upload(PDF).read()


def test_nobody_else_gets_the_file(client, application):
    url = application.resume.get_download_url()
    assert client.get(url).status_code == 302  # anonymous: sent to log in
    staff_without_permission = Client()
    staff_without_permission.force_login(StaffUserFactory(permissions=["view_job"]))
    assert staff_without_permission.get(url).status_code == 403
    visitor = Client()
    visitor.force_login(
        StaffUserFactory(is_staff=False, permissions=["view_resume"], username="not-staff")
    )
    assert visitor.get(url).status_code == 302


def test_candidate_page_shows_resumes_applications_and_search_by_resume_text(
    recruiter, application, django_capture_on_commit_callbacks
):
    candidate = application.candidate
    page = recruiter.get(reverse("admin:candidates_candidate_change", args=[candidate.pk]))
    assertContains(page, application.resume.get_download_url())
    assertContains(page, "Stress Engineer")
    Resume.objects.filter(pk=application.resume_id).update(text="Django and PostgreSQL expert")
    found = recruiter.get(reverse("admin:candidates_candidate_changelist"), {"q": "postgresql"})
    assertContains(found, candidate.email)
    missing = recruiter.get(reverse("admin:candidates_candidate_changelist"), {"q": "welding"})
    assert candidate.email not in missing.content.decode()


def test_status_actions_use_move_to_and_refuse_bad_moves(recruiter, application):
    url = reverse("admin:candidates_application_changelist")
    data = {"_selected_action": [application.pk]}
    response = recruiter.post(url, {**data, "action": "move_to_reviewing"}, follow=True)
    assertContains(response, "1 application moved to Reviewing.")
    response = recruiter.post(url, {**data, "action": "move_to_hired"}, follow=True)
    assertContains(response, "Not moved")
    application.refresh_from_db()
    assert application.status == "reviewing"
    event = application.events.get()
    assert (event.from_status, event.to_status) == ("new", "reviewing") and event.by is not None


def test_staff_notes_are_editable_but_status_is_not(recruiter, application):
    url = reverse("admin:candidates_application_change", args=[application.pk])
    data = {"notes": "Strong FEA background.", "status": "hired"}
    response = recruiter.post(url, {**data, "events-TOTAL_FORMS": 0, "events-INITIAL_FORMS": 0})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.notes == "Strong FEA background." and application.status == "new"


def test_csv_export_of_a_jobs_applications_is_spreadsheet_safe(manager, application):
    response = manager.post(
        reverse("admin:candidates_application_changelist"),
        {"action": "export_csv", "_selected_action": [application.pk]},
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:4] == ["application", "job reference", "job", "status"]
    assert rows[1][2] == "Stress Engineer" and rows[1][6] == "jane.doe@example.com"
    assert rows[1][7].startswith("'=")  # a formula would run in a spreadsheet


def test_json_export_has_everything_held_on_the_candidate(manager, application):
    application.move_to("reviewing", by=None, note="Phone screen booked")
    response = manager.post(
        reverse("admin:candidates_candidate_changelist"),
        {"action": "export_json", "_selected_action": [application.candidate_id]},
    )
    assert response["Content-Disposition"] == 'attachment; filename="candidate-data.json"'
    (data,) = json.loads(response.content)
    assert data["candidate"]["email"] == "jane.doe@example.com"
    assert data["resumes"][0]["file_name"] == PDF
    assert data["applications"][0]["history"][0]["note"] == "Phone screen booked"


def export(client, application, kind):
    if kind == "json":
        url, pk = reverse("admin:candidates_candidate_changelist"), application.candidate_id
    else:
        url, pk = reverse("admin:candidates_application_changelist"), application.pk
    return client.post(url, {"action": f"export_{kind}", "_selected_action": [pk]})


@pytest.mark.parametrize(
    "kind, codenames",
    [
        # Seeing candidates is not reading their resumes and applications.
        ("json", ["view_candidate"]),
        ("json", ["view_candidate", "export_candidate"]),
        ("json", ["view_candidate", "view_application", "export_candidate"]),
        ("json", ["view_candidate", "view_resume", "export_candidate"]),
        # A recruiter reads everything but does not take it away.
        ("json", ["view_candidate", "view_resume", "view_application"]),
        ("csv", ["view_application", "view_candidate"]),
        ("csv", ["view_application", "export_candidate"]),
    ],
)
def test_exports_need_every_permission_for_what_they_hold(application, kind, codenames):
    application.move_to("reviewing", by=None, note="Phone screen booked")
    Resume.objects.update(text="Secret resume words")
    response = export(staff_with(*codenames), application, kind)
    assert response.get("Content-Disposition") is None
    body = response.content.decode()
    assert "Secret resume words" not in body and "Phone screen booked" not in body


def test_resume_text_searches_and_matches_need_the_resume_permission(application):
    Resume.objects.update(text="Finite element analysis with NASTRAN")
    candidate = application.candidate
    changelist = reverse("admin:candidates_candidate_changelist")
    contacts_only = staff_with("view_candidate")
    assertNotContains(contacts_only.get(changelist, {"q": "nastran"}), candidate.email)
    assertContains(contacts_only.get(changelist, {"q": "jane.doe"}), candidate.email)
    page = contacts_only.get(reverse("admin:candidates_candidate_change", args=[candidate.pk]))
    assertNotContains(page, "Best-matching open jobs")
    job_page = staff_with("view_candidate", "view_job").get(
        reverse("admin:jobs_job_change", args=[application.job_id])
    )
    assertNotContains(job_page, "Best-matching candidates")

    reader = staff_with("view_candidate", "view_resume", "view_job")
    assertContains(reader.get(changelist, {"q": "nastran"}), candidate.email)
    page = reader.get(reverse("admin:candidates_candidate_change", args=[candidate.pk]))
    assertContains(page, "Best-matching open jobs")
    job_page = reader.get(reverse("admin:jobs_job_change", args=[application.job_id]))
    assertContains(job_page, "Best-matching candidates")


def test_deleting_a_candidate_deletes_their_files(
    resume_files, application, django_capture_on_commit_callbacks
):
    submit(fixture_upload("r01-okafor-aerospace-stress-engineer.docx"))
    assert len(resume_files()) == 2
    with django_capture_on_commit_callbacks(execute=True):
        Candidate.objects.get().delete()
    assert resume_files() == [] and not Application.objects.exists()


def test_admin_search_needs_permission(client, application):
    staff = Client()
    staff.force_login(StaffUserFactory(permissions=["view_job"]))
    assert staff.get(reverse("admin:candidates_candidate_changelist")).status_code == 403


def test_candidate_page_ranks_open_jobs_with_scores_and_words(
    recruiter, matching_board, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        candidate = submit(fixture_upload(PDF)).application.candidate
    page = recruiter.get(reverse("admin:candidates_candidate_change", args=[candidate.pk]))
    assertContains(page, "Best-matching open jobs")
    rows = matching_rows(page)
    assert rows[0][1].startswith(f"Senior Python Developer ({matching_board['python'].reference})")
    scores = [int(row[4].removesuffix("/100")) for row in rows]
    assert scores == sorted(scores, reverse=True) and 0 < scores[0] <= 100
    assert {"Django", "Python", "PostgreSQL"} <= set(rows[0][5].split(", "))
    assertNotContains(page, "Python Developer (Django)")  # closed
    assertContains(page, PDF)  # which resume the ranking comes from


def test_candidate_page_says_why_there_are_no_matches(
    recruiter, matching_board, django_capture_on_commit_callbacks, settings
):
    settings.RESUME_TESSERACT = "/nonexistent/tesseract"  # a machine without OCR: no text
    with django_capture_on_commit_callbacks(execute=True):
        submission = submit(fixture_upload("r06-delgado-cnc-machinist-scan.pdf"))
    candidate = submission.application.candidate
    page = recruiter.get(reverse("admin:candidates_candidate_change", args=[candidate.pk]))
    assertContains(page, "could not be read")
    assertContains(page, "no text: the program that reads this file type is not installed")
