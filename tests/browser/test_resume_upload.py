import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from candidates.models import Application, Candidate
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db(transaction=True)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes"
PDF = FIXTURES / "r03-whitfield-software-developer-python-django.pdf"


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
    wrong = tmp_path / "photo.png"
    wrong.write_bytes(b"\x89PNG\r\n")
    page.locator("input[type=file]").set_input_files(wrong)
    expect(page.get_by_text("Please upload a PDF, Word")).to_be_visible()
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
