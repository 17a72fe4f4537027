"""From a job board's feed link to an application that says where it came from, in a real
browser session."""

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from candidates.models import Application
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db(transaction=True)
PDF = (
    Path(__file__).resolve().parents[1]
    / "fixtures/resumes/r03-whitfield-software-developer-python-django.pdf"
)


def test_an_applicant_from_the_indeed_feed_is_counted_as_indeed(page, live_server, settings):
    """From the feed's link to a job page, on to another job, and an application there."""
    settings.SITE_URL = live_server.url
    job = JobFactory(title="Python Developer")
    other = JobFactory(title="Django Developer")
    feed = Client().get(reverse("jobs:syndication-feed", args=["indeed"]))
    root = ElementTree.fromstring(b"".join(feed.streaming_content))
    [link] = [j.findtext("url") for j in root.iter("job") if j.findtext("title") == job.title]
    assert link.endswith("?source=indeed")

    page.goto(link)
    # The visitor browses on to another job (its page has no tag) and applies there.
    page.goto(other.get_absolute_url())
    page.get_by_role("link", name="Apply for this job").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Apply: Django Developer")
    page.get_by_label("Full name").fill("Marcus Whitfield")
    page.get_by_label("Email").fill("marcus.whitfield@example.com")
    page.locator("input[type=file]").set_input_files(PDF)
    page.get_by_label(re.compile("I agree")).check()
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your application is on its way")
    application = Application.objects.get()
    assert (application.job, application.source) == (other, "indeed")


def test_without_javascript_the_job_page_that_linked_still_counts(browser, live_server):
    job = JobFactory(title="Python Developer")
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(job.get_absolute_url() + "?source=linkedin")
    page.get_by_role("link", name="Apply for this job").first.click()
    page.get_by_label("Full name").fill("Marcus Whitfield")
    page.get_by_label("Email").fill("marcus.whitfield@example.com")
    page.locator("input[type=file]").set_input_files(PDF)
    page.get_by_label(re.compile("I agree")).check()
    page.get_by_role("button", name="Send my application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your application is on its way")
    assert Application.objects.get().source == "linkedin"
    context.close()
