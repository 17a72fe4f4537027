import re

import pytest
from playwright.sync_api import expect

from tests.jobs.factories import JobCategoryFactory, JobFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def board():
    it = JobCategoryFactory(name="Information technology", slug="it")
    shop = JobCategoryFactory(name="Manufacturing", slug="manufacturing")
    JobFactory(
        title="Python Developer", category=it, workplace="remote", employment_type="contract"
    )
    JobFactory(title="Senior Python Engineer", category=it, workplace="hybrid", city="Columbus")
    JobFactory(title="CNC Machinist", category=shop, summary="Run Haas mills on second shift.")
    JobFactory(title="Quality Inspector", category=shop)


def test_home_search_filter_open_job_and_share(page, live_server, board, assert_accessible):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("/")
    page.get_by_label("Job title, skill or keyword").fill("python")
    page.get_by_role("button", name="Search jobs").click()
    expect(page).to_have_url(re.compile(r"/jobs/\?q=python"))
    expect(page.get_by_role("status").first).to_contain_text("2 open jobs")
    assert_accessible(page)

    page.get_by_role("checkbox", name=re.compile(r"^Remote")).check()  # applies at once
    expect(page).to_have_url(re.compile(r"workplace=remote"))
    expect(page.get_by_role("status").first).to_contain_text("1 open job")
    expect(page.get_by_role("checkbox", name=re.compile(r"^Remote"))).to_be_checked()
    expect(page.get_by_label("Job title, skill or keyword")).to_have_value("python")
    assert_accessible(page)

    page.get_by_role("link", name="Python Developer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Python Developer")
    expect(page.get_by_role("link", name="Apply for this job").first).to_be_visible()
    share_url = page.get_by_label("Link to this job")
    expect(share_url).to_have_value(re.compile(r"^http://.+/jobs/\d+/python-developer/$"))
    expect(page.get_by_role("link", name="Email")).to_have_attribute("href", re.compile("^mailto:"))
    expect(page.get_by_role("link", name=re.compile("LinkedIn"))).to_be_visible()
    page.get_by_role("button", name="Copy link").click()
    expect(page.get_by_text("Link copied.")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == share_url.input_value()
    assert_accessible(page)


def test_job_page_without_javascript_still_shares_the_link(browser, live_server, board):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/jobs/?q=machinist")
    page.get_by_role("link", name="CNC Machinist").click()
    expect(page.get_by_label("Link to this job")).to_be_visible()
    expect(page.get_by_role("button", name="Copy link")).to_be_hidden()
    context.close()


def test_print_style_sheet_keeps_only_the_job(page, live_server, board):
    page.goto("/jobs/?q=inspector")
    page.get_by_role("link", name="Quality Inspector").click()
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".job-aside")).to_be_hidden()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_a_keyword_search_from_the_board_ranks_by_relevance(page, live_server):
    """The board's own form once sent sort=newest, so the newer LPN job came before the RN job."""
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    JobFactory(title="Registered Nurse (RN) – Med/Surg", posted_at=now - timedelta(days=3),
               summary="Med/surg nursing.")  # fmt: skip
    JobFactory(title="Licensed Practical Nurse (LPN)", posted_at=now - timedelta(hours=2),
               summary="Work beside registered nurses.")  # fmt: skip
    page.goto("/jobs/")
    page.get_by_label("Job title, skill or keyword").fill("registered nurse")
    page.get_by_role("button", name="Search jobs").click()
    titles = page.locator(".job-results h2").all_inner_texts()
    assert titles[0].startswith("Registered Nurse"), titles
    # Newest stays one click away.
    page.get_by_label("Sort by").select_option(label="Newest")  # applies at once
    expect(page).to_have_url(re.compile(r"sort=newest"))
    assert page.locator(".job-results h2").all_inner_texts()[0].startswith("Licensed Practical")
