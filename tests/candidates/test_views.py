import io
import json
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from pypdf import PdfWriter
from pypdf.generic import NumberObject
from pytest_django.asserts import assertContains, assertNotContains

from candidates.filetypes import FileRejected, inspect_upload
from candidates.models import Application, Candidate, Resume
from tests.candidates import test_filetypes_remote as remote
from tests.candidates.conftest import FIXTURES, PDF, fixture_upload
from tests.candidates.test_extraction_tools import needs
from tests.candidates.test_filetypes import build_docx, build_odt, build_pdf
from tests.jobs.factories import (
    ClosedJobFactory,
    ClosedUnseenJobFactory,
    JobCategoryFactory,
    JobFactory,
)

pytestmark = pytest.mark.django_db
FIXTURE_MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))["files"]


def form_data(**overrides):
    data = {
        "name": "Jane Doe",
        "email": "jane.doe@example.com",
        "phone": "(937) 555-0142",
        "city": "Dayton",
        "state": "OH",
        "profile_url": "linkedin.com/in/janedoe",
        "message": "Available from January.",
        "resume": fixture_upload(PDF),
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def test_resume_form_renders_every_field_with_labels_and_help(client):
    response = client.get(reverse("candidates:resume-submit"))
    assert response.status_code == 200
    for field in ("name", "email", "phone", "city", "state", "desired_role", "desired_category",
                  "profile_url", "message", "resume", "consent"):  # fmt: skip
        assertContains(response, f'for="id_{field}"')
    assertContains(
        response, "PDF, Word (DOC or DOCX), OpenDocument (ODT), RTF, plain text, or a photo"
    )
    assertContains(response, "up to 5.0\xa0MB")
    assertContains(response, 'href="/privacy/"')
    assertContains(response, 'accept=".pdf,.doc,.docx,.odt,.rtf,.txt,.jpg,.jpeg,.png,.heic,.heif"')
    assertContains(response, 'class="form-honeypot"')
    assert "no-store" in response["Cache-Control"]
    # Resume first, with the button that reads it without JavaScript.
    html = response.content.decode()
    assert html.index('id="id_resume"') < html.index('id="id_name"')
    assertContains(response, '<button type="submit" name="step" value="read"')


def test_general_submission_end_to_end(client, django_capture_on_commit_callbacks, resume_files):
    category = JobCategoryFactory(name="Engineering")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("candidates:resume-submit"),
            form_data(desired_role="Stress engineer", desired_category=category.pk),
        )
    assert response.status_code == 302
    assert response["Location"] == reverse("candidates:submission-done")
    candidate = Candidate.objects.get()
    assert candidate.desired_category == category and candidate.consent_at
    assert candidate.profile_url == "https://linkedin.com/in/janedoe"
    assert len(resume_files()) == 1
    done = client.get(response["Location"])
    assertContains(done, "we have your resume")
    assertContains(done, "What happens next")
    assert "We received your resume" in mail.outbox[0].subject
    assert "general resume submission" in mail.outbox[1].subject.lower()


def test_application_end_to_end(client, django_capture_on_commit_callbacks):
    job = JobFactory(title="Stress Engineer", recruiter__email="dana@amtec.example")
    url = job.get_apply_url()
    page = client.get(url)
    assertContains(page, "Apply: Stress Engineer")
    assertNotContains(page, 'id="id_desired_role"')
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, form_data())
    assert response.status_code == 302
    application = Application.objects.get()
    assert application.job == job and application.message == "Available from January."
    done = client.get(response["Location"])
    assertContains(done, "Your application is on its way")
    assertContains(done, job.reference)
    assert mail.outbox[1].to == ["dana@amtec.example"]
    assert job.reference in mail.outbox[1].subject

    # Again with the same email, not signed in: nothing changes until the address confirms, and
    # the page reads as the first one did (issue 18, 3; the signed-in case is in test_me.py).
    first_resume = application.resume_id
    client.post(url, form_data(resume=fixture_upload("r01-okafor-aerospace-stress-engineer.docx")))
    assert Application.objects.count() == 1
    application.refresh_from_db()
    assert application.resume_id == first_resume
    again = client.get(reverse("candidates:submission-done"))
    assertContains(again, "Your application is on its way")
    assertNotContains(again, "replaced the resume")


def test_apply_page_only_for_open_jobs_and_canonical_slug(client):
    closed = ClosedJobFactory(title="Tool and Die Maker")
    similar = JobFactory(title="Tool Room Machinist", category=closed.category)
    # A job that was on the site answers as its page does: ended, with similar open jobs.
    gone = client.get(closed.get_apply_url())
    assertContains(gone, "This job is no longer open", status_code=410)
    assertContains(gone, similar.title, status_code=410)
    # One nobody outside Amtec saw stays unknown: no title, no 410, and nothing taken.
    unseen = ClosedUnseenJobFactory(title="Secret Plant Manager")
    response = client.get(unseen.get_apply_url())
    assert response.status_code == 404 and "Secret Plant" not in response.content.decode()
    assert client.post(unseen.get_apply_url(), form_data()).status_code == 404
    assert not Candidate.objects.exists()
    job = JobFactory()
    response = client.get(f"/jobs/{job.pk}/old-slug/apply/")
    assert response.status_code == 301 and response["Location"] == job.get_apply_url()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"name": ""}, "name", "This field is required."),
        ({"email": "not-an-email"}, "email", "Enter a valid email address."),
        ({"consent": None}, "consent", "Please agree to the privacy policy"),
        ({"resume": None}, "resume", "Please choose your resume file."),
        ({"message": "x" * 2001}, "message", "at most 2000 characters"),
        ({"resume": SimpleUploadedFile("cv.pdf", b"")}, "resume", "empty"),
        ({"resume": SimpleUploadedFile("cv.exe", b"MZ\x90\x00")}, "resume", ""),
        (
            {"resume": SimpleUploadedFile("cv.txt", b"<html><script>x</script></html>")},
            "resume",
            "",
        ),
        ({"resume": fixture_upload(PDF, as_name="cv.docx")}, "resume", ""),
        ({"profile_url": "javascript:alert(1)"}, "profile_url", "Enter a valid URL."),
    ],
)
def test_bad_input_gets_a_field_error_and_stores_nothing(
    client, resume_files, overrides, field, message
):
    response = client.post(reverse("candidates:resume-submit"), form_data(**overrides))
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors
    assert message in " ".join(form.errors[field])
    assertContains(response, 'id="form-errors"', status_code=200)
    assertContains(response, f'href="#id_{field}"', status_code=200)
    # What the candidate typed is kept, and a good file is held so it need not be chosen again.
    if field != "name":
        assertContains(response, 'value="Jane Doe"', status_code=200)
    assert not Candidate.objects.exists() and not Resume.objects.exists()
    if field == "resume":
        assert resume_files() == []  # a refused file leaves nothing behind
    else:
        assert [name.split("/")[0] for name in resume_files()] == ["held"]
        assertContains(response, f"Using <strong>{PDF}</strong>")


HOSTILE_RESUMES = {
    "cv.pdf": lambda: remote.with_open_action(remote.uri()),
    "links.pdf": lambda: remote.compressed(
        remote.with_link(remote.pdf_action("GoToR", F=remote.UNC_PDF, D=NumberObject(0)))
    ),
    "polyglot.pdf": lambda: b"Jane Example\n" + build_pdf(),
    "template.docx": lambda: remote.docx_with_rels(
        remote.SETTINGS_RELS, ("attachedTemplate", "https://attacker.example/t.dotm", "External")
    ),
    "ole.docx": lambda: build_docx({"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0"}),
    "picture.rtf": lambda: remote.rtf(remote.REMOTE_RTF["includepicture-unc"]),
    "object.rtf": lambda: remote.rtf(rb"{\objupdate}"),
    "macro.odt": lambda: build_odt(remote.SCRIPTED_ODT["macro-on-open"]),
    "picture.odt": lambda: build_odt(remote.REMOTE_ODT["linked-picture-unc"]),
    "page.txt": lambda: b"Jane Example\nWelder\n<iframe src=https://evil.example/></iframe>\n",
}


@pytest.mark.parametrize("name", HOSTILE_RESUMES)
def test_hostile_resume_gets_a_plain_field_error_and_leaves_no_file(
    client, settings, tmp_path, resume_files, name
):
    data = HOSTILE_RESUMES[name]()
    with pytest.raises(FileRejected) as caught:
        inspect_upload(io.BytesIO(data), name, max_bytes=settings.RESUME_MAX_BYTES)
    # Streamed to a temporary file, as a large upload is, to see that it goes too.
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 100
    settings.FILE_UPLOAD_TEMP_DIR = upload_tmp = tmp_path / "upload-tmp"
    upload_tmp.mkdir()
    response = client.post(
        reverse("candidates:resume-submit"), form_data(resume=SimpleUploadedFile(name, data))
    )
    assert response.status_code == 200
    assert response.context["form"].errors == {"resume": [caught.value.message]}
    assertContains(response, escape(caught.value.message))
    assertContains(response, 'href="#id_resume"')
    assert not Candidate.objects.exists() and resume_files() == []
    assert list(upload_tmp.iterdir()) == []


@pytest.mark.parametrize("name", [entry["filename"] for entry in FIXTURE_MANIFEST])
def test_every_fixture_resume_is_accepted_and_stored(client, resume_files, name):
    response = client.post(
        reverse("candidates:resume-submit"), form_data(resume=fixture_upload(name))
    )
    assert response.status_code == 302, response.context["form"].errors
    assert Resume.objects.get().original_name == name
    assert len(resume_files()) == 1


def test_oversize_upload_is_refused_without_keeping_it(client, settings, resume_files):
    settings.RESUME_MAX_BYTES = 20_000
    response = client.post(reverse("candidates:resume-submit"), form_data())  # the PDF is ~64 KB
    assert response.status_code == 200  # read, the file dropped unkept; the rest of the form kept
    assertContains(response, 'value="Jane Doe"')
    assertContains(response, "larger than 19.5\xa0KB")
    assert not Candidate.objects.exists() and resume_files() == []


def test_far_oversize_body_is_refused_unread(client, settings):
    settings.RESUME_MAX_BYTES = 1_000
    response = client.post(reverse("candidates:resume-submit"), form_data())
    assert response.status_code == 413
    assertContains(response, "larger than 1000\xa0bytes", status_code=413)
    assert not Candidate.objects.exists()


def test_honeypot_looks_like_success_but_stores_nothing(client, resume_files):
    response = client.post(reverse("candidates:resume-submit"), form_data(website="http://spam"))
    assert response.status_code == 302
    assert not Candidate.objects.exists() and resume_files() == [] and mail.outbox == []


def test_rate_limit_per_address_and_per_email(client, settings):
    settings.SUBMISSION_RATE_LIMIT = (2, 600)
    url = reverse("candidates:resume-submit")
    for n in range(2):
        assert client.post(url, form_data(email=f"person{n}@example.com")).status_code == 302
    blocked = client.post(url, form_data(email="third@example.com", name="Third Person"))
    assert blocked.status_code == 429
    assertContains(blocked, "Please wait about 10 minutes", status_code=429)
    assert 590 <= int(blocked["Retry-After"]) <= 600
    # Everything typed is still there, without an error on any field.
    assertContains(blocked, 'value="Third Person"', status_code=429)
    assertContains(blocked, 'value="third@example.com"', status_code=429)
    assertContains(blocked, "Available from January.", status_code=429)
    assert not blocked.context["form"].errors
    assert not Candidate.objects.filter(email="third@example.com").exists()

    # The email limit holds from another address too.
    other = client.__class__(REMOTE_ADDR="10.0.0.9")
    for _ in range(2):
        other.post(url, form_data(email="person0@example.com"))
    blocked = other.post(url, form_data(email="person0@example.com"))
    assert blocked.status_code == 429 and int(blocked["Retry-After"]) <= 600
    assert Resume.objects.filter(candidate__email="person0@example.com").count() == 1
    # ... and keeps the good file it was sent, held, for the send after the pause.
    assertContains(blocked, f"Using <strong>{PDF}</strong>", status_code=429)


def encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    writer.encrypt("secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_only_accepted_submissions_count_towards_the_rate_limit(client, settings, resume_files):
    settings.SUBMISSION_RATE_LIMIT = (2, 600)
    url = reverse("candidates:resume-submit")
    slips = [
        form_data(resume=None),  # an empty submit
        form_data(resume=SimpleUploadedFile("cv.exe", b"MZ\x90\x00")),  # a wrong type
        form_data(resume=SimpleUploadedFile("cv.pdf", encrypted_pdf())),  # encrypted
        form_data(email="not-an-email"),
        form_data(consent=None),
    ]
    for data in slips:
        assert client.post(url, data).status_code == 200
    # Five slips later, the same address (a library's, say) still sends its two.
    for n in range(2):
        assert client.post(url, form_data(email=f"person{n}@example.com")).status_code == 302
    assert client.post(url, form_data(email="third@example.com")).status_code == 429
    assert Candidate.objects.count() == 2


def test_tries_that_are_not_accepted_have_a_larger_limit_of_their_own(client, settings):
    settings.SUBMISSION_RATE_LIMIT = (2, 600)
    settings.SUBMISSION_ATTEMPT_RATE_LIMIT = (3, 600)
    url = reverse("candidates:resume-submit")
    for _ in range(3):
        assert client.post(url, form_data(email="oops")).status_code == 200
    blocked = client.post(url, form_data(name="Ana Ruiz"))
    assert blocked.status_code == 429
    assertContains(blocked, 'value="Ana Ruiz"', status_code=429)
    assert 0 < int(blocked["Retry-After"]) <= 600
    assert not Candidate.objects.exists()
    # Another address is not held up by this one's slips.
    other = client.__class__(REMOTE_ADDR="10.0.0.9")
    assert other.post(url, form_data()).status_code == 302


def test_csrf_is_enforced(resume_files):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(reverse("candidates:resume-submit"), form_data())
    assert response.status_code == 403
    assert not Candidate.objects.exists() and resume_files() == []


def test_no_public_url_reaches_a_resume(client, resume_files, settings):
    client.post(reverse("candidates:resume-submit"), form_data())
    (stored,) = resume_files()
    for url in (f"/media/{stored}", f"/private/resumes/{stored}", f"/resumes/{stored}",
                f"/media/blog/renditions/../../../private/resumes/{stored}"):  # fmt: skip
        assert client.get(url).status_code == 404, url
    resume = Resume.objects.get()
    assert client.get(resume.get_download_url()).status_code == 302  # to the admin login


def test_confirmation_page_lists_matching_jobs_with_their_words(
    client, matching_board, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("candidates:resume-submit"), form_data())
    done = client.get(response["Location"])
    assertContains(done, "Open jobs that match your resume")
    assertContains(done, f'href="{matching_board["python"].get_absolute_url()}"')
    assertContains(done, "Matched: Django, developer, Python")
    assertNotContains(done, "Python Developer (Django)")  # closed
    assertNotContains(done, "still reading your resume")
    assertContains(done, "See all open jobs")


def test_confirmation_page_leaves_out_the_job_applied_for(
    client, matching_board, django_capture_on_commit_callbacks
):
    job = matching_board["python"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(job.get_apply_url(), form_data())
    done = client.get(reverse("candidates:submission-done"))
    assertContains(done, "Your application is on its way")
    assert job not in [m.job for m in done.context["matches"]]


def test_confirmation_page_without_resume_text_invites_browsing(
    client, matching_board, django_capture_on_commit_callbacks, settings
):
    settings.RESUME_TESSERACT = "/nonexistent/tesseract"  # a machine without OCR: no text
    scan = fixture_upload("r06-delgado-cnc-machinist-scan.pdf")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("candidates:resume-submit"), form_data(resume=scan))
    done = client.get(reverse("candidates:submission-done"))
    assertNotContains(done, "Open jobs that match your resume")
    assertNotContains(done, "still reading your resume")
    assertContains(done, "Browse more jobs")


def test_confirmation_page_before_the_text_is_read(client, matching_board):
    client.post(reverse("candidates:resume-submit"), form_data())  # extraction not run yet
    done = client.get(reverse("candidates:submission-done"))
    assertContains(done, "We are still reading your resume")
    assertContains(done, "Browse more jobs")


# --- resume first: the file read into the form, held until the submit -------------------------


def read_step(client, url=None, upload=None, **typed):
    """What "Continue" posts without JavaScript (the form as it is, with the file); upload.js
    posts the file alone the same way."""
    data = {"step": "read", "resume": upload or fixture_upload(PDF), **typed}
    return client.post(url or reverse("candidates:resume-submit"), data)


def held_token(response) -> str:
    return response.context["form"]["held"].value()


def test_continue_reads_the_resume_into_the_form_and_stores_nothing_yet(client, resume_files):
    response = read_step(client)
    assert response.status_code == 200
    form = response.context["form"]
    assert not form.errors
    for value in ("Marcus Whitfield", "marcus.whitfield@example.com", "(512) 555-0103", "Austin"):
        assertContains(response, f'value="{value}"')
    assertContains(response, '<option value="TX" selected>Texas</option>')
    assertContains(response, "From your resume we filled in: name, email, phone, city, state.")
    assertContains(response, f"Using <strong>{PDF}</strong>")
    assertNotContains(response, 'name="step" value="read"')  # no second "Continue"
    # Nothing about a candidate yet: only the held file, outside the resumes.
    assert not Candidate.objects.exists() and not Resume.objects.exists()
    assert not Application.objects.exists() and mail.outbox == []
    (name,) = resume_files()
    assert name.startswith("held/")


def test_the_submit_sends_the_token_not_the_file_again(
    client, resume_files, django_capture_on_commit_callbacks
):
    token = held_token(read_step(client))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("candidates:resume-submit"), form_data(resume=None, held=token)
        )
    assert response.status_code == 302
    resume = Resume.objects.get()
    assert resume.original_name == PDF and resume.kind == "pdf"
    assert resume.file.read() == fixture_upload(PDF).read()
    assert resume.extraction_status == Resume.Extraction.DONE
    # The held copy went once it became the candidate's resume.
    assert resume_files() == [resume.file.name] and not resume.file.name.startswith("held/")
    assert Candidate.objects.get().name == "Jane Doe"  # what was sent, not what was read
    # A token is good for one submit: its file is gone.
    again = client.post(reverse("candidates:resume-submit"), form_data(resume=None, held=token))
    assert again.status_code == 200
    assert "choose your resume file again" in again.context["form"].errors["resume"][0]


def test_what_was_typed_before_the_file_is_never_replaced(client):
    response = read_step(client, name="Marc Whitfield", phone="614 555 0199", state="")
    assertContains(response, 'value="Marc Whitfield"')
    assertContains(response, 'value="614 555 0199"')
    assertNotContains(response, "Marcus Whitfield")
    assertContains(response, 'value="marcus.whitfield@example.com"')  # blanks are filled
    assertContains(response, "we filled in: email, city, state.")


def test_continue_on_an_apply_page(client):
    job = JobFactory(title="Python Developer")
    response = read_step(client, url=job.get_apply_url())
    assert response.status_code == 200
    assertContains(response, 'value="Marcus Whitfield"')
    assertContains(response, "Apply: Python Developer")


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("cv.exe", b"MZ\x90\x00"), "Please upload your resume as a"),
        (fixture_upload(PDF, as_name="cv.docx"), "but it is really a PDF"),
        (SimpleUploadedFile("cv.pdf", b""), "empty"),
    ],
)
def test_continue_checks_the_file_as_any_upload_is(client, resume_files, upload, message):
    response = read_step(client, upload=upload, name="Typed Name")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["resume"] and message in errors["resume"][0]  # the file only
    assertContains(response, 'value="Typed Name"')
    assertContains(response, 'name="step" value="read"')
    assert resume_files() == [] and not Candidate.objects.exists()


def test_continue_without_a_file_asks_for_it_and_nothing_else(client):
    response = client.post(reverse("candidates:resume-submit"), {"step": "read", "name": "Al"})
    assert response.context["form"].errors == {"resume": ["Please choose your resume file."]}


def test_continue_refuses_an_oversize_file(client, settings, resume_files):
    settings.RESUME_MAX_BYTES = 20_000
    response = read_step(client)
    assertContains(response, "larger than 19.5\xa0KB")
    assert resume_files() == []


def test_a_scan_is_held_and_says_its_details_could_not_be_read(client, resume_files, settings):
    settings.RESUME_TESSERACT = "/nonexistent/tesseract"  # no OCR here: as before (test_held_scan)
    response = read_step(client, upload=fixture_upload("r06-delgado-cnc-machinist-scan.pdf"))
    assert response.status_code == 200 and not response.context["form"].errors
    assertContains(response, "We could not read your details from this file")
    assert len(resume_files()) == 1


def test_a_photo_is_held_without_its_exif_and_read_in_the_background_later(
    client, resume_files, settings, django_capture_on_commit_callbacks
):
    settings.RESUME_TESSERACT = "/nonexistent/tesseract"  # no OCR here: as before (test_held_scan)
    photo = "r06-delgado-cnc-machinist-photo.jpg"
    response = read_step(client, upload=fixture_upload(photo))
    assert response.status_code == 200 and not response.context["form"].errors
    # No OCR on this machine: the form says to fill it in.
    assertContains(response, "We could not read your details from this file")
    (name,) = resume_files()
    root = settings.STORAGES["resumes"]["OPTIONS"]["location"]
    data = (root / name).read_bytes()
    assert b"ExampleCam" not in data and b"Exif" not in data  # held as it is stored
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(
            reverse("candidates:resume-submit"), form_data(resume=None, held=held_token(response))
        )
    assert sent.status_code == 302
    resume = Resume.objects.get()
    assert (resume.kind, resume.original_name) == ("jpeg", photo)
    assert resume.file.read() == data


@pytest.mark.parametrize("extension", ["pdf", "doc", "docx", "odt", "rtf", "txt"])
def test_continue_reads_every_text_format(client, extension):
    if extension == "doc":
        needs("antiword")
    response = read_step(client, upload=fixture_upload(f"{PDF.rsplit('.', 1)[0]}.{extension}"))
    assertContains(response, 'value="marcus.whitfield@example.com"')
    assertContains(response, 'value="(512) 555-0103"')


def test_choosing_another_file_replaces_the_held_one(client, resume_files):
    first = held_token(read_step(client))
    other = fixture_upload("r06-delgado-cnc-machinist.docx")
    response = read_step(client, upload=other, held=first)
    assertContains(response, "Using <strong>r06-delgado-cnc-machinist.docx</strong>")
    (name,) = resume_files()  # the first held file went
    assert name.endswith(".docx")
    # Without JavaScript the new file comes with the submit instead: it wins, both go.
    response = client.post(
        reverse("candidates:resume-submit"),
        form_data(held=held_token(response), resume=fixture_upload(PDF)),
    )
    assert response.status_code == 302
    assert Resume.objects.get().original_name == PDF
    assert resume_files() == [Resume.objects.get().file.name]


def test_a_held_file_from_another_visitor_is_refused(client, resume_files):
    token = held_token(read_step(client))
    stranger = client.__class__()
    response = stranger.post(
        reverse("candidates:resume-submit"), form_data(resume=None, held=token)
    )
    assert response.status_code == 200
    assert response.context["form"].errors["resume"] == [
        "We could not use the file you chose earlier. Please choose your resume file again."
    ]
    assert not Candidate.objects.exists()
    assertContains(response, 'value="Jane Doe"')


def test_an_altered_token_is_refused_with_a_plain_message(client):
    token = held_token(read_step(client))
    response = client.post(
        reverse("candidates:resume-submit"), form_data(resume=None, held=token[:-2] + "xx")
    )
    assert "Please choose your resume file again" in response.context["form"].errors["resume"][0]
    assert not Candidate.objects.exists()


def test_a_token_older_than_an_hour_is_refused_and_its_file_purged(client, resume_files):
    token = held_token(read_step(client))
    with time_machine.travel(timezone.now() + timedelta(minutes=61)):
        response = client.post(
            reverse("candidates:resume-submit"), form_data(resume=None, held=token)
        )
        assert "an hour" in response.context["form"].errors["resume"][0]
        assert not Candidate.objects.exists()
        call_command("purge_held_resumes", stdout=io.StringIO())
    assert resume_files() == []


def test_a_form_sent_back_keeps_the_file_and_the_fixed_errors_go(client, resume_files):
    url = reverse("candidates:resume-submit")
    response = client.post(url, form_data(email="jane@", consent=None))
    form = response.context["form"]
    assert set(form.errors) == {"email", "consent"}
    assertContains(response, f"Using <strong>{PDF}</strong> — ")
    assertContains(response, "choose another")
    # The consent's error reads with a short label in the summary.
    assertContains(response, 'href="#id_consent">Privacy policy: Please agree to the privacy')
    # The email fixed, the same page sent again without choosing the file again.
    response = client.post(url, form_data(resume=None, consent=None, held=held_token(response)))
    assert set(response.context["form"].errors) == {"consent"}
    assertNotContains(response, 'href="#id_email"')
    assertContains(response, "Please correct 1 thing below")
    response = client.post(url, form_data(resume=None, held=held_token(response)))
    assert response.status_code == 302
    assert Resume.objects.get().original_name == PDF
    assert resume_files() == [Resume.objects.get().file.name]


def test_a_store_failure_while_holding_says_try_again(client, settings, tmp_path, resume_files):
    blocked = tmp_path / "not-a-folder"
    blocked.write_bytes(b"")
    settings.STORAGES = {
        **settings.STORAGES,
        "resumes": {**settings.STORAGES["resumes"], "OPTIONS": {"location": blocked}},
    }
    response = read_step(client, name="Typed Name")
    assert response.status_code == 503
    assertContains(response, "couldn&#x27;t save your file just now", status_code=503)
    assertContains(response, 'value="Typed Name"', status_code=503)


def test_reads_count_as_tries_not_as_submissions(client, settings, resume_files):
    settings.SUBMISSION_RATE_LIMIT = (1, 600)
    settings.SUBMISSION_ATTEMPT_RATE_LIMIT = (3, 600)
    for _ in range(3):  # three reads, more than the one submission allowed
        token = held_token(read_step(client))
    assert len(resume_files()) == 3  # held until sent or purged
    blocked = read_step(client, name="Typed Name")
    assert blocked.status_code == 429 and int(blocked["Retry-After"]) <= 600
    assert len(resume_files()) == 3  # a paused read keeps nothing
    assertContains(blocked, 'value="Typed Name"', status_code=429)
    assert not blocked.context["form"].errors
    # Past the window, the held file (its token under an hour old) is sent without a new read.
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        response = client.post(
            reverse("candidates:resume-submit"), form_data(resume=None, held=token)
        )
    assert response.status_code == 302 and Resume.objects.get().original_name == PDF


def test_honeypot_on_the_first_step_stores_nothing(client, resume_files):
    response = read_step(client, website="http://spam")
    assert response.status_code == 302 and resume_files() == []


# --- a job that closes while someone applies (issue 21, item 8) --------------------------------


def test_a_job_closed_mid_application_keeps_the_resume_as_a_general_submission(
    client, resume_files, django_capture_on_commit_callbacks
):
    job = JobFactory(title="Tool and Die Maker", recruiter__email="dana@amtec.example")
    similar = JobFactory(title="Tool Room Machinist", category=job.category)
    url = job.get_apply_url()
    token = held_token(read_step(client, url=url))  # the form open, the file read ...
    job.close()  # ... and the job closes before the submit
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, form_data(resume=None, held=token))
    assert response.status_code == 302
    application = Application.objects.get()
    assert application.job is None and application.message == "Available from January."
    assert application.resume.original_name == PDF
    done = client.get(response["Location"])
    assertContains(done, "this job had just closed")
    assertContains(done, "we kept your resume as a general submission")
    assertContains(done, similar.title)
    assertContains(done, job.reference)
    # Staff hear of a general submission (not the job's recruiter about a closed job).
    assert mail.outbox[-1].to == ["recruiting@amtec.example"]


def test_a_job_closed_mid_application_with_a_mistake_says_so_and_keeps_everything(client):
    job = ClosedJobFactory(title="Tool and Die Maker")
    response = client.post(job.get_apply_url(), form_data(email="jane@"))
    assert response.status_code == 200
    assertContains(response, "This job closed while you were applying")
    assertContains(response, 'value="Jane Doe"')
    assertContains(response, f"Using <strong>{PDF}</strong>")
    assert not Candidate.objects.exists()


def test_continue_once_a_file_is_held_is_the_submit(client):
    """Without JavaScript, Enter in a field presses the form's first button: once the file is
    held that is the submit, not a second read."""
    token = held_token(read_step(client))
    data = form_data(resume=None, held=token)
    response = client.post(reverse("candidates:resume-submit"), {**data, "step": "read"})
    assert response.status_code == 302 and Candidate.objects.get().name == "Jane Doe"


def test_reading_a_file_on_a_job_that_closed_says_it_will_be_a_general_submission(client):
    job = ClosedJobFactory(title="Tool and Die Maker")
    response = read_step(client, url=job.get_apply_url())
    assert response.status_code == 200
    assertContains(response, "This job closed while you were applying")
    assertContains(response, 'value="Marcus Whitfield"')
