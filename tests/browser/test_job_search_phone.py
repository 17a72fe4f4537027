"""The job search on a 390 px phone and on a desktop (issue 21, items 1 and 5): results first,
filters behind "Filters (n)", chips that drop one filter, filters that apply as soon as they
change (with JavaScript) or with Apply (without), the alert link at the top of the results."""

import re

import pytest
from playwright.sync_api import expect

from tests.jobs.factories import JobCategoryFactory, JobFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def board():
    it = JobCategoryFactory(name="Information technology", slug="it")
    for n in range(12):
        JobFactory(
            title=f"Python Developer {n}",
            category=it,
            workplace="remote" if n % 3 == 0 else "hybrid",
            employment_type="contract" if n % 2 else "direct_hire",
        )


def phone(browser, live_server, **options):
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, is_mobile=True, has_touch=True,
        reduced_motion="reduce", **options,
    )  # fmt: skip
    page = context.new_page()
    page.set_default_timeout(10_000)
    problems = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    return context, page, problems


def test_on_a_phone_results_come_first_and_filters_apply_as_they_change(
    browser, live_server, board, assert_accessible
):
    context, page, problems = phone(browser, live_server)
    page.goto("/jobs/?q=python")
    expect(page.get_by_role("status").first).to_contain_text("12 open jobs")
    first = page.locator(".job-results > li").first
    expect(first).to_be_in_viewport()  # the first job is on the first screen
    box = first.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], box
    # The alert sits at the top of the results, on the first screen too.
    expect(page.get_by_role("link", name="Email me jobs like these")).to_be_in_viewport()
    # The filters wait behind their button.
    toggle = page.locator("summary", has_text="Filters")
    expect(toggle).to_have_text(re.compile(r"^Filters\s*▾?$"))
    remote = page.get_by_role("checkbox", name=re.compile(r"^Remote"))
    expect(remote).to_be_hidden()
    assert_accessible(page)

    toggle.click()
    expect(remote).to_be_visible()
    expect(page.get_by_role("button", name="Apply filters")).to_be_hidden()  # JavaScript applies
    expect(page.get_by_text("Results update as you choose.")).to_be_visible()
    remote.check()  # applies at once
    expect(page).to_have_url(re.compile(r"workplace=remote"))
    expect(page.get_by_role("status").first).to_contain_text("4 open jobs")
    # Back where they were: the panel open, the checkbox checked and focused.
    remote = page.get_by_role("checkbox", name=re.compile(r"^Remote"))
    expect(remote).to_be_checked()
    expect(remote).to_be_focused()
    expect(page.locator("summary", has_text="Filters")).to_contain_text("Filters (1 applied)")
    page.get_by_role("checkbox", name=re.compile(r"^Contract \(")).check()
    expect(page).to_have_url(re.compile(r"type=contract"))
    expect(page.get_by_role("status").first).to_contain_text("2 open jobs")
    assert_accessible(page)

    # A chip drops its one filter.
    chips = page.get_by_role("list", name="Filters applied")
    expect(chips.get_by_role("link")).to_have_count(3)  # Remote, Contract, Clear all
    chips.get_by_role("link", name="Remove filter Workplace: Remote").click()
    expect(page).not_to_have_url(re.compile(r"workplace="))
    expect(page).to_have_url(re.compile(r"type=contract"))
    expect(page.get_by_role("status").first).to_contain_text("6 open jobs")
    expect(page.get_by_label("Job title, skill or keyword")).to_have_value("python")

    # The sort applies as it changes too.
    page.get_by_label("Sort by").select_option(label="Newest")
    expect(page).to_have_url(re.compile(r"sort=newest"))
    context.close()
    assert not problems, problems


def test_on_a_phone_without_javascript_the_apply_button_stays(browser, live_server, board):
    context, page, problems = phone(browser, live_server, java_script_enabled=False)
    page.goto("/jobs/?q=python")
    expect(page.locator(".job-results > li").first).to_be_in_viewport()
    page.locator("summary", has_text="Filters").click()
    apply = page.get_by_role("button", name="Apply filters")
    expect(apply).to_be_visible()
    page.get_by_role("checkbox", name=re.compile(r"^Remote")).check()
    expect(page).not_to_have_url(re.compile(r"workplace="))  # nothing happens by itself
    apply.click()
    expect(page).to_have_url(re.compile(r"workplace=remote"))
    expect(page.get_by_role("status").first).to_contain_text("4 open jobs")
    page.get_by_label("Sort by").select_option(label="Newest")
    page.get_by_role("button", name="Sort", exact=True).click()
    expect(page).to_have_url(re.compile(r"sort=newest"))
    context.close()
    assert not problems, problems


def test_on_a_desktop_the_filters_are_a_side_panel(page, live_server, board, assert_accessible):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/jobs/?q=python")
    remote = page.get_by_role("checkbox", name=re.compile(r"^Remote"))
    expect(remote).to_be_visible()  # no click needed
    panel = page.locator("details.filters").bounding_box()
    results = page.locator(".job-results").bounding_box()
    assert panel["x"] + panel["width"] <= results["x"], (panel, results)  # side by side
    remote.check()
    expect(page).to_have_url(re.compile(r"workplace=remote"))
    expect(page.get_by_role("checkbox", name=re.compile(r"^Remote"))).to_be_visible()
    assert_accessible(page)


def test_a_typo_and_a_place_in_the_keywords_in_the_browser(page, live_server, board):
    JobFactory(title="Registered Nurse", city="Houston", state="TX", postal_code="77002")
    JobFactory(title="Registered Nurse", city="Dayton", state="OH", postal_code="45402")
    page.goto("/jobs/")
    page.get_by_label("Job title, skill or keyword").fill("nurce houston")
    page.get_by_role("button", name="Search jobs").click()
    expect(page.get_by_text("Showing results for nurse.")).to_be_visible()
    expect(page.get_by_text("We took “houston” as the location.")).to_be_visible()
    expect(page.get_by_role("status").first).to_contain_text("1 open job")
    expect(page.get_by_label("City, state, ZIP or “remote”")).to_have_value("houston")
    page.get_by_role("link", name="Search instead for “nurce”").click()
    expect(page.get_by_role("status").first).to_contain_text("No jobs match your search.")
