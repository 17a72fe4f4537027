import os
import re
from pathlib import Path

import pytest
from django.core.signals import request_started
from playwright.sync_api import expect

from candidates import tools
from candidates.models import Application, Candidate
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db(transaction=True)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes"
PDF = FIXTURES / "r03-whitfield-software-developer-python-django.pdf"


@pytest.fixture
def resume_files(settings):
    """The files in this test's resume store, relative to its root."""
    root = Path(settings.STORAGES["resumes"]["OPTIONS"]["location"])
    return lambda: sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def fill_details(page, email="marcus.whitfield@example.com"):
    page.get_by_label("Full name").fill("Marcus Whitfield")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Phone").fill("(614) 555-0103")
    page.get_by_label("City").fill("Columbus")
    page.get_by_label("State").select_option("OH")


def test_apply_from_a_job_page_with_the_progress_bar(page, live_server, assert_accessible):
    job = JobFactory(title="Python Developer")
    page.goto(job.get_absolute_url())
    page.get_by_role("link", name="Apply for this job").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Apply: Python Developer")
    assert_accessible(page)

    # Errors first: nothing filled in, then submitted.
    page.get_by_role("button", name="Send my application").click()
    summary = page.locator("#form-errors")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Resume: Please choose your resume file.")
    expect(summary).to_contain_text("Full name")
    expect(page.get_by_label("Email")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    fill_details(page)
    page.locator("input[type=file]").set_input_files(PDF)
    page.get_by_label(re.compile("I agree")).check()
    progress_seen = []
    page.on("request", lambda r: progress_seen.append(r.method) if "apply" in r.url else None)
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your application is on its way")
    assert "POST" in progress_seen
    expect(page.get_by_text(job.reference).first).to_be_visible()
    assert_accessible(page)
    application = Application.objects.get()
    assert application.job == job and application.resume.kind == "pdf"


def test_client_side_checks_mirror_the_server(page, live_server, tmp_path, settings):
    settings.RESUME_MAX_BYTES = 10_000
    page.goto("/resume/")
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * 20_000)
    page.locator("input[type=file]").set_input_files(big)
    expect(page.get_by_text("This file is larger than")).to_be_visible()
    wrong = tmp_path / "resume.zip"
    wrong.write_bytes(b"PK\x03\x04")
    page.locator("input[type=file]").set_input_files(wrong)
    expect(page.get_by_text("Please upload your resume as a PDF, Word")).to_be_visible()
    assert not Candidate.objects.exists()


def test_general_resume_form_without_javascript(browser, live_server, assert_accessible):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/resume/")
    fill_details(page, email="plain@example.com")
    page.get_by_label("What kind of job").fill("Software developer")
    page.locator("input[type=file]").set_input_files(PDF)
    page.get_by_label(re.compile("I agree")).check()
    page.get_by_role("button", name="Send my resume").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("we have your resume")
    assert Candidate.objects.get().desired_role == "Software developer"
    context.close()


def test_general_form_error_state_is_accessible(page, live_server, assert_accessible):
    page.goto("/resume/")
    assert_accessible(page)
    page.get_by_label("Email").fill("not an email")
    page.get_by_role("button", name="Send my resume").click()
    expect(page.locator("#form-errors")).to_be_focused()
    assert_accessible(page)


# --- resume first --------------------------------------------------------------------------------


def test_choosing_a_file_fills_in_the_form_and_the_submit_does_not_send_it_again(
    page, live_server, assert_accessible, resume_files
):
    job = JobFactory(title="Python Developer")
    page.goto(job.get_apply_url())
    expect(page.get_by_role("button", name="Continue")).to_have_count(0)  # JavaScript reads it
    # Typed before the file: never replaced by what the resume says.
    page.get_by_label("Phone").fill("614 555 0199")
    posts = []  # the size of each POST's body, as the server received it

    def received(environ, **kwargs):
        if environ["REQUEST_METHOD"] == "POST":
            posts.append(int(environ.get("CONTENT_LENGTH") or 0))

    request_started.connect(received)  # the live server runs in this process
    page.locator("input[type=file]").set_input_files(PDF)
    expect(page.get_by_label("Full name")).to_have_value("Marcus Whitfield")
    expect(page.get_by_label("Email")).to_have_value("marcus.whitfield@example.com")
    expect(page.get_by_label("City")).to_have_value("Austin")
    expect(page.get_by_label("State")).to_have_value("TX")
    expect(page.get_by_label("Phone")).to_have_value("614 555 0199")
    expect(page.get_by_text(f"Using {PDF.name}")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("we filled in: name, email, city, state")
    assert not Candidate.objects.exists()  # read and held, nothing recorded
    assert [name.split("/")[0] for name in resume_files()] == ["held"]
    assert_accessible(page)

    page.get_by_label(re.compile("I agree")).check()
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your application is on its way")
    request_started.disconnect(received)
    read, submit = posts
    size = PDF.stat().st_size
    assert read > size  # the file went once, at the first step ...
    assert submit < size / 4  # ... and the submit sent its token instead
    application = Application.objects.get()
    assert application.job == job and application.resume.original_name == PDF.name
    assert application.candidate.phone == "+16145550199"
    assert resume_files() == [application.resume.file.name]


def test_continue_fills_in_the_form_without_javascript(browser, live_server, assert_accessible):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/resume/")
    page.get_by_label("What kind of job").fill("Software developer")
    page.locator("input[type=file]").set_input_files(PDF)
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_label("Full name")).to_have_value("Marcus Whitfield")
    expect(page.get_by_label("Email")).to_have_value("marcus.whitfield@example.com")
    expect(page.get_by_label("Phone")).to_have_value("(512) 555-0103")
    expect(page.get_by_label("What kind of job")).to_have_value("Software developer")
    expect(page.get_by_text(f"Using {PDF.name}")).to_be_visible()
    assert not Candidate.objects.exists()
    page.get_by_label(re.compile("I agree")).check()
    page.get_by_role("button", name="Send my resume").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("we have your resume")
    candidate = Candidate.objects.get()
    assert candidate.name == "Marcus Whitfield" and candidate.desired_role == "Software developer"
    assert candidate.resumes.get().original_name == PDF.name
    context.close()


def test_a_wrong_file_chosen_says_so_and_the_form_keeps_what_was_typed(page, live_server, tmp_path):
    page.goto("/resume/")
    page.get_by_label("Full name").fill("Ana Ruiz")
    fake = tmp_path / "resume.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf at all")  # passes the name check, not the server's
    page.locator("input[type=file]").set_input_files(fake)
    expect(page.locator("#form-errors")).to_be_focused()
    expect(page.locator("#form-errors")).to_contain_text("Resume:")
    expect(page.get_by_label("Full name")).to_have_value("Ana Ruiz")
    # Then the right one: the error goes.
    page.locator("input[type=file]").set_input_files(PDF)
    expect(page.get_by_text(f"Using {PDF.name}")).to_be_visible()
    expect(page.locator("#form-errors")).to_have_count(0)
    expect(page.get_by_label("Full name")).to_have_value("Ana Ruiz")


def test_fixed_errors_leave_the_summary_and_the_file_is_kept(page, live_server):
    page.goto("/resume/")
    page.locator("input[type=file]").set_input_files(PDF)
    expect(page.get_by_label("Full name")).to_have_value("Marcus Whitfield")
    page.get_by_label("Email").fill("marcus@")
    page.get_by_role("button", name="Send my resume").click()
    summary = page.locator("#form-errors")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Please correct 2 things below")
    expect(summary).to_contain_text("Privacy policy: Please agree")  # a short label
    expect(page.get_by_text(f"Using {PDF.name}")).to_be_visible()  # the file is still there
    page.get_by_label("Email").fill("marcus@example.com")
    page.get_by_label("Email").blur()
    expect(summary).to_contain_text("Please correct 1 thing below")
    expect(summary).not_to_contain_text("Email")
    expect(page.get_by_label("Email")).not_to_have_attribute("aria-invalid", "true")
    page.get_by_label(re.compile("I agree")).check()
    expect(summary).to_have_count(0)
    page.get_by_role("button", name="Send my resume").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("we have your resume")
    assert Candidate.objects.get().email == "marcus@example.com"


def test_a_pause_keeps_everything_typed(browser, live_server, settings):
    settings.SUBMISSION_ATTEMPT_RATE_LIMIT = (2, 600)
    # A tab of its own: the browser logs the 429 as a failed load, which `page` would fail on.
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    problems = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto("/resume/")
    page.get_by_label("Full name").fill("Ana Ruiz")
    page.get_by_label("Message (optional)").fill("Nights preferred.")
    for _ in range(2):
        page.get_by_role("button", name="Send my resume").click()  # no file: a slip
        expect(page.locator("#form-errors")).to_contain_text("Resume")
    page.get_by_role("button", name="Send my resume").click()
    expect(page.get_by_role("heading", name=re.compile("Please wait"))).to_be_visible()
    expect(page.get_by_label("Full name")).to_have_value("Ana Ruiz")
    expect(page.get_by_label("Message (optional)")).to_have_value("Nights preferred.")
    assert problems == [
        "Failed to load resource: the server responded with a status of 429 (Too Many Requests)"
    ]
    context.close()


def test_a_job_that_closes_while_someone_applies(page, live_server, assert_accessible):
    job = JobFactory(title="Tool and Die Maker")
    similar = JobFactory(title="Tool Room Machinist", category=job.category)
    page.goto(job.get_apply_url())
    page.locator("input[type=file]").set_input_files(PDF)
    expect(page.get_by_label("Full name")).to_have_value("Marcus Whitfield")
    job.close()
    page.get_by_label(re.compile("I agree")).check()
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("this job had just closed")
    expect(page.get_by_text("we kept your resume as a general submission")).to_be_visible()
    expect(page.get_by_role("link", name=similar.title)).to_be_visible()
    assert_accessible(page)
    application = Application.objects.get()
    assert application.job is None and application.resume.original_name == PDF.name


# Legacy Word needs antiword (.ci/run installs it; tests/candidates/test_extraction_tools.py
# fails in CI without it), so a machine without it still runs the rest.
FORMATS = ["pdf", "docx", "odt", "rtf", "txt", *(["doc"] if tools.available("antiword") else [])]


def test_prefill_from_every_format_with_javascript(page, live_server):
    page.goto("/resume/")
    for extension in FORMATS:
        for label in ("Full name", "Email", "Phone"):
            page.get_by_label(label).fill("")
        page.locator("input[type=file]").set_input_files(PDF.with_suffix(f".{extension}"))
        expect(page.get_by_text(f"Using {PDF.stem}.{extension}")).to_be_visible()
        expect(page.get_by_label("Full name")).to_have_value("Marcus Whitfield")
        expect(page.get_by_label("Email")).to_have_value("marcus.whitfield@example.com")
        expect(page.get_by_label("Phone")).to_have_value("(512) 555-0103")
    assert not Candidate.objects.exists()


# Scans and photos are read by OCR in the background (the tests' immediate task backend runs
# it during the upload, so the upload's answer takes the OCR's seconds: a long wait, not a
# timing assert); the page asks for what was read. Tesseract: as tests/candidates decide.
OCR_WAIT = 60_000  # ms
OCR = tools.available("tesseract") and tools.available("pdftoppm")
SCANS = [
    FIXTURES / "r06-delgado-cnc-machinist-scan.pdf",
    FIXTURES / "r06-delgado-cnc-machinist-photo.jpg",
]


def needs_ocr():
    if not OCR:
        if os.environ.get("CI"):
            pytest.fail("tesseract-ocr and poppler-utils are not installed: CI must run this.")
        pytest.skip("tesseract-ocr or poppler-utils not installed")


@pytest.mark.parametrize("scan", SCANS, ids=lambda p: p.suffix)
def test_prefill_from_a_scan_or_photo_with_javascript(page, live_server, scan):
    needs_ocr()
    page.goto("/resume/")
    page.get_by_label("Phone").fill("(815) 555-0199")
    page.locator("input[type=file]").set_input_files(scan)
    expect(page.get_by_text(f"Using {scan.name}")).to_be_visible(timeout=OCR_WAIT)
    expect(page.get_by_label("Full name")).to_have_value("Roberto Delgado")
    expect(page.get_by_label("Email")).to_have_value("roberto.delgado@example.com")
    expect(page.get_by_label("Phone")).to_have_value("(815) 555-0199")  # typed: kept
    expect(page.get_by_role("status")).to_contain_text("From your resume we filled in: name, email")
    expect(page.get_by_role("button", name="Check again")).to_have_count(0)
    assert not Candidate.objects.exists()


def test_prefill_from_a_scan_without_javascript(browser, live_server):
    needs_ocr()
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/resume/")
    page.locator("input[type=file]").set_input_files(SCANS[0])
    page.get_by_role("button", name="Continue").click(timeout=OCR_WAIT)
    expect(page.get_by_text("Reading your scan - this takes a few seconds")).to_be_visible(
        timeout=OCR_WAIT
    )
    # No axe check here: axe is JavaScript, and in a page without it the check never returns.
    page.get_by_label("City").fill("Belvidere")
    page.get_by_role("button", name="Check again").click()
    expect(page.get_by_label("Full name")).to_have_value("Roberto Delgado")
    expect(page.get_by_label("Email")).to_have_value("roberto.delgado@example.com")
    expect(page.get_by_label("City")).to_have_value("Belvidere")  # typed: kept
    expect(page.get_by_text("From your resume we filled in:")).to_be_visible()
    assert not Candidate.objects.exists()
    context.close()


def test_a_photo_without_ocr_says_to_type(page, live_server, settings):
    settings.RESUME_TESSERACT = "/nonexistent/tesseract"  # a machine without OCR: as before
    page.goto("/resume/")
    page.locator("input[type=file]").set_input_files(SCANS[1])
    expect(page.get_by_text("We could not read your details from this file")).to_be_visible()
    expect(page.get_by_label("Full name")).to_have_value("")
    assert not Candidate.objects.exists()


def test_prefill_from_every_format_without_javascript(browser, live_server):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    for extension in FORMATS:
        page.goto("/resume/")
        page.locator("input[type=file]").set_input_files(PDF.with_suffix(f".{extension}"))
        page.get_by_role("button", name="Continue").click()
        expect(page.get_by_text(f"Using {PDF.stem}.{extension}")).to_be_visible()
        expect(page.get_by_label("Full name")).to_have_value("Marcus Whitfield")
        expect(page.get_by_label("Email")).to_have_value("marcus.whitfield@example.com")
        expect(page.get_by_label("Phone")).to_have_value("(512) 555-0103")
    assert not Candidate.objects.exists()
    context.close()
