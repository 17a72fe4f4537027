import threading

import pytest
from django.core import mail
from django.db import DatabaseError, connection

from candidates.filetypes import inspect_upload
from candidates.models import Application, Candidate, Resume
from candidates.services import CandidateDetails, submit_resume
from tests.candidates.conftest import DOCX, PDF, fixture_upload
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db


def submit(
    upload, *, email="jane.doe@example.com", name="Jane Doe", job=None, as_owner=False, **extra
):
    """`as_owner`: sent by the address's owner, signed in on their page (/me/)."""
    detected = inspect_upload(upload, upload.name, max_bytes=5 * 1024 * 1024)
    details = CandidateDetails(name=name, email=email, **extra)
    owner = Candidate.objects.filter(email__iexact=email).first() if as_owner else None
    return submit_resume(
        details=details,
        upload=upload,
        detected=detected,
        job=job,
        signed_in_candidate_id=owner.pk if owner else None,
    )


def test_first_submission_creates_candidate_resume_and_application(
    resume_files, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submission = submit(fixture_upload(PDF), phone="(614) 555-0123", city="Columbus")
    application = submission.application
    resume = application.resume
    assert submission.resume_is_new and submission.application_is_new
    assert application.job is None and application.status == "new"
    assert resume.is_current and resume.kind == "pdf" and resume.original_name == PDF
    assert resume.size == len(fixture_upload(PDF).read()) and len(resume.sha256) == 64
    # Stored under a random name that reveals nothing about the candidate or the file.
    (stored,) = resume_files()
    assert stored.endswith(".pdf") and "whitfield" not in stored and "jane" not in stored
    # Background work ran on commit: text extracted, emails sent.
    resume.refresh_from_db()
    assert resume.extraction_status == "done" and "Whitfield" in resume.text
    assert [m.to for m in mail.outbox] == [["jane.doe@example.com"], ["recruiting@amtec.example"]]


def test_returning_candidate_signed_in_is_updated_and_new_resume_becomes_current():
    first = submit(fixture_upload(PDF), phone="(614) 555-0123")
    second = submit(
        fixture_upload(DOCX), email="JANE.DOE@example.com", name="Jane Q. Doe", as_owner=True
    )
    candidate = Candidate.objects.get()
    # Blanks keep the old.
    assert candidate.name == "Jane Q. Doe" and candidate.phone == "+16145550123"
    resumes = list(candidate.resumes.order_by("uploaded_at"))
    assert [r.is_current for r in resumes] == [False, True]
    # The open general submission is updated, not duplicated.
    assert second.application.pk == first.application.pk and not second.application_is_new
    assert Application.objects.get().resume == resumes[1]


def test_identical_file_does_not_create_a_new_version(resume_files):
    submit(fixture_upload(PDF))
    submit(fixture_upload(DOCX))
    again = submit(fixture_upload(PDF, as_name="renamed.pdf"))
    assert not again.resume_is_new
    assert Resume.objects.count() == 2 and len(resume_files()) == 2
    assert Resume.objects.get(is_current=True).kind == "pdf"


def test_applying_twice_to_a_job_updates_the_open_application(django_capture_on_commit_callbacks):
    job = JobFactory(recruiter__email="dana@amtec.example")
    with django_capture_on_commit_callbacks(execute=True):
        first = submit(fixture_upload(PDF), job=job)
        second = submit(fixture_upload(DOCX), job=job, as_owner=True)
    assert first.application.pk == second.application.pk and not second.application_is_new
    assert Application.objects.count() == 1
    assert mail.outbox[1].to == ["dana@amtec.example"]
    assert "updated your application" in mail.outbox[2].subject.lower()
    # A separate job, and a general submission, are separate applications.
    submit(fixture_upload(PDF), job=JobFactory())
    submit(fixture_upload(PDF))
    assert Application.objects.count() == 3


def test_decided_application_allows_a_fresh_one():
    job = JobFactory()
    first = submit(fixture_upload(PDF), job=job)
    first.application.move_to("rejected", by=None)
    again = submit(fixture_upload(PDF), job=job)
    assert again.application_is_new and Application.objects.count() == 2


def test_database_failure_after_storing_removes_the_file(resume_files, monkeypatch):
    def fail(*args, **kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(Application.objects, "create", fail)
    with pytest.raises(DatabaseError):
        submit(fixture_upload(PDF))
    assert resume_files() == []
    assert not Candidate.objects.exists() and not Resume.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_connection_lost_after_commit_keeps_the_file_of_the_committed_rows(
    resume_files, monkeypatch
):
    """COMMIT reached the database but its answer was lost: the rows exist, so must the file."""
    from django.db import OperationalError

    real_commit = connection.commit

    def commit_then_lose_the_answer():
        real_commit()
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(connection, "commit", commit_then_lose_the_answer)
    with pytest.raises(OperationalError):
        submit(fixture_upload(PDF))
    monkeypatch.undo()
    resume = Resume.objects.get()
    assert resume_files() == [resume.file.name]


def test_an_identical_file_whose_stored_copy_is_gone_is_stored_again(resume_files):
    first = submit(fixture_upload(PDF))
    lost = first.application.resume.file.name
    first.application.resume.file.storage.delete(lost)

    again = submit(fixture_upload(PDF, as_name="renamed.pdf"))
    assert not again.resume_is_new
    resume = Resume.objects.get()
    assert resume.file.name != lost and resume_files() == [resume.file.name]
    with resume.file.open("rb") as fh:
        assert fh.read(5) == b"%PDF-"


def test_storage_failure_leaves_no_rows(monkeypatch):
    from django.core.files.storage import FileSystemStorage

    def broken_save(self, name, content, max_length=None):
        raise OSError("No space left on device")

    monkeypatch.setattr(FileSystemStorage, "save", broken_save)
    with pytest.raises(OSError):
        submit(fixture_upload(PDF))
    assert not Candidate.objects.exists() and not Resume.objects.exists()
    assert not Application.objects.exists()


def test_failed_extraction_is_recorded_and_never_affects_the_submission(
    monkeypatch, django_capture_on_commit_callbacks
):
    from candidates import tasks

    def explode(fileobj, kind):
        raise RuntimeError("parser crashed")

    monkeypatch.setattr(tasks, "extract_text", explode)
    with django_capture_on_commit_callbacks(execute=True):
        submission = submit(fixture_upload(PDF))
    resume = Resume.objects.get(pk=submission.application.resume_id)
    assert resume.extraction_status == "failed" and resume.text == ""
    assert Application.objects.count() == 1 and len(mail.outbox) == 2


@pytest.mark.django_db(transaction=True)
def test_simultaneous_first_submissions_with_one_email_make_one_candidate():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL (run by .ci/run)")
    barrier = threading.Barrier(2)
    errors = []

    def worker(name):
        try:
            barrier.wait(timeout=10)
            submit(fixture_upload(name), email="race@example.com")
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in (PDF, DOCX)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert Candidate.objects.filter(email__iexact="race@example.com").count() == 1
    candidate = Candidate.objects.get()
    assert candidate.resumes.count() == 2 and candidate.resumes.filter(is_current=True).count() == 1
    assert Application.objects.count() == 1
