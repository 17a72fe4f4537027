import csv
import io
import json

import pytest
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from candidates.models import Application, Candidate, Resume
from staff.models import PersonalDataAccess
from tests.candidates.conftest import DOCX, PDF, fixture_upload, matching_rows
from tests.candidates.factories import ApplicationFactory
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


def change_url(application):
    return reverse("admin:candidates_application_change", args=[application.pk])


def work(client, application, **data):
    return client.post(change_url(application), {"_save": "1", **data})


def test_status_is_not_a_field_and_moves_go_through_move_to(recruiter, application):
    response = work(recruiter, application, status="hired")
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "new" and not application.events.exists()


def test_a_move_with_a_note_is_recorded_and_the_page_stays_open(recruiter, application):
    response = work(recruiter, application, new_status="reviewing", note="Phone screen Tuesday.")
    assert response.status_code == 302 and response["Location"] == change_url(application)
    application.refresh_from_db()
    assert application.status == "reviewing"
    event = application.events.get()
    assert (event.kind, event.note, event.by.username) == ("move", "Phone screen Tuesday.",
                                                           event.by.username)  # fmt: skip
    assert not application.staff_notes.exists()  # the note belongs to the move
    page = recruiter.get(change_url(application))
    assertContains(page, "Moved to Reviewing")
    assertContains(page, "Phone screen Tuesday.")
    # The select offers the next steps, the skips (with a reason) and no way back.
    choices = dict(page.context["adminform"].form.fields["new_status"].choices)
    assert list(choices) == ["", "interviewing", "rejected", "withdrawn", "offered", "hired"]
    assert choices["hired"] == "Hired (skips steps: say why)"


def test_a_skip_needs_a_reason(recruiter, application):
    refused = work(recruiter, application, new_status="hired", note="  ")
    assert refused.status_code == 200
    assertContains(refused, "Moving straight to hired skips steps: say why.")
    application.refresh_from_db()
    assert application.status == "new"
    work(recruiter, application, new_status="hired", note="Referred by the plant manager.")
    application.refresh_from_db()
    event = application.events.get()
    assert application.status == "hired"
    assert (event.from_status, event.to_status, event.kind) == ("new", "hired", "skip")
    assert event.note == "Referred by the plant manager."


def test_a_move_not_allowed_is_refused_on_the_field(recruiter, application):
    application.move_to("rejected", by=None)
    response = work(recruiter, application, new_status="reviewing")
    assert response.status_code == 200
    assertContains(response, "Select a valid choice.")
    application.refresh_from_db()
    assert application.status == "rejected"


def test_notes_are_a_timeline_with_author_and_time(recruiter, application):
    work(recruiter, application, note="Strong FEA background.")
    work(recruiter, application, note="Asked for references.")
    notes = list(application.staff_notes.all())
    assert [n.text for n in notes] == ["Strong FEA background.", "Asked for references."]
    assert all(n.author is not None and n.at for n in notes)
    page = recruiter.get(change_url(application))
    body = page.content.decode()
    assert body.index("Strong FEA background.") < body.index("Asked for references.")
    author = notes[0].author
    assertContains(page, author.get_full_name() or author.get_username(), count=2)
    # An empty save adds nothing.
    work(recruiter, application, note="")
    assert application.staff_notes.count() == 2


def test_undo_takes_back_the_last_move_once(recruiter, application):
    work(recruiter, application, new_status="reviewing")
    work(recruiter, application, new_status="rejected", note="Not local.")
    page = recruiter.get(change_url(application))
    assertContains(page, "Undo this move", count=1)
    undo = application.events.get(to_status="rejected")
    response = recruiter.post(change_url(application), {"_undo": undo.pk}, follow=True)
    assertContains(response, "Undone: the application is reviewing again.")
    application.refresh_from_db()
    assert application.status == "reviewing"
    last = application.events.order_by("-pk").first()
    assert (last.kind, last.from_status, last.to_status) == ("undo", "rejected", "reviewing")
    assertNotContains(response, "Undo this move")  # an undo is not undone in turn
    again = recruiter.post(change_url(application), {"_undo": "1"}, follow=True)
    assertContains(again, "There is no move to undo.")
    application.refresh_from_db()
    assert application.status == "reviewing"


def test_undo_never_makes_two_open_applications_to_one_job(recruiter, application):
    application.move_to("withdrawn", by=None)
    ApplicationFactory(candidate=application.candidate, resume=application.resume,
                       job=application.job)  # applied again  # fmt: skip
    response = recruiter.post(change_url(application), {"_undo": "1"}, follow=True)
    assertContains(response, "the candidate has applied again since")
    application.refresh_from_db()
    assert application.status == "withdrawn"


def test_staff_who_may_only_view_see_the_timeline_but_cannot_move(application):
    viewer = staff_with("view_application", "view_candidate")
    application.move_to("reviewing", by=None)
    page = viewer.get(change_url(application))
    assert page.status_code == 200
    assertContains(page, "Moved to Reviewing")
    assertNotContains(page, 'name="new_status"')
    assertNotContains(page, "Undo this move")
    assert viewer.post(change_url(application), {"_undo": "1"}).status_code == 403
    assert work(viewer, application, new_status="interviewing").status_code == 403
    application.refresh_from_db()
    assert application.status == "reviewing"


def test_application_page_shows_the_resume_inline(recruiter, application):
    Resume.objects.filter(pk=application.resume_id).update(text="Finite element analysis")
    page = recruiter.get(change_url(application))
    inline = reverse("admin:candidates_resume_inline", args=[application.resume_id])
    assertContains(page, f'<iframe class="resume-viewer" src="{inline}"')
    assertContains(page, "Finite element analysis")
    assertContains(page, application.resume.get_download_url())  # download stays
    # Without the resume permission: neither the file nor its text.
    page = staff_with("view_application", "view_candidate").get(change_url(application))
    assertNotContains(page, inline)
    assertNotContains(page, "Finite element analysis")


def test_inline_resume_is_sandboxed_and_logged(recruiter, application):
    url = reverse("admin:candidates_resume_inline", args=[application.resume_id])
    response = recruiter.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="{PDF}"'
    assert response["Content-Security-Policy"] == (
        "sandbox; default-src 'none'; frame-ancestors 'self'; form-action 'none'"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == fixture_upload(PDF).read()
    logged = PersonalDataAccess.objects.get(kind="resume", object_id=application.resume_id)
    assert logged.action == "view" and logged.user is not None


def test_inline_resume_refuses_staff_without_the_permission(client, application):
    url = reverse("admin:candidates_resume_inline", args=[application.resume_id])
    assert client.get(url).status_code == 302  # anonymous: sent to log in
    for codenames in (["view_application", "view_candidate"], ["view_job"]):
        response = staff_with(*codenames).get(url)
        assert response.status_code == 403
        assert "Content-Disposition" not in response
    assert not PersonalDataAccess.objects.filter(kind="resume").exists()


def test_inline_resume_only_for_pdfs(recruiter):
    docx = submit(fixture_upload(DOCX), job=JobFactory()).application
    url = reverse("admin:candidates_resume_inline", args=[docx.resume_id])
    assert recruiter.get(url).status_code == 404
    page = recruiter.get(change_url(docx))
    assertNotContains(page, "<iframe")
    assertContains(page, docx.resume.get_download_url())


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


def test_csv_export_per_job_from_its_page_and_the_filtered_list(application):
    manager = staff_with("view_candidate", "view_resume", "view_application", "export_candidate",
                         "view_job")  # fmt: skip
    job = application.job
    other = submit(fixture_upload(DOCX), job=JobFactory(title="Welder"), email="x@example.com")
    job_page = manager.get(reverse("admin:jobs_job_change", args=[job.pk]))
    export_url = reverse("admin:candidates_application_export_job", args=[job.pk])
    assertContains(job_page, f'action="{export_url}"')
    assertContains(job_page, f"?job__id__exact={job.pk}")
    listing = manager.get(reverse("admin:candidates_application_changelist"),
                          {"job__id__exact": job.pk})  # fmt: skip
    assertContains(listing, f'action="{export_url}"')

    assert manager.get(export_url).status_code == 405  # an export is a POST
    response = manager.post(export_url)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f"applications-{job.reference}-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert [row[0] for row in rows[1:]] == [str(application.pk)]
    assert rows[1][7].startswith("'=")  # the phone typed as a formula stays text
    assert other.application.pk not in [int(row[0]) for row in rows[1:]]
    logged = PersonalDataAccess.objects.filter(action="export", kind="application")
    assert list(logged.values_list("object_id", flat=True)) == [application.pk]


def test_csv_export_per_job_needs_the_export_permission(recruiter, application):
    export_url = reverse("admin:candidates_application_export_job", args=[application.job_id])
    assert recruiter.post(export_url).status_code == 403
    job_page_listing = recruiter.get(reverse("admin:candidates_application_changelist"),
                                     {"job__id__exact": application.job_id})  # fmt: skip
    assertNotContains(job_page_listing, export_url)
    assert not PersonalDataAccess.objects.filter(action="export").exists()
