import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from alerts import tokens
from alerts.models import JobAlert
from tests.alerts.conftest import link_in
from tests.alerts.factories import JobAlertFactory
from tests.jobs.factories import JobCategoryFactory, JobFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def board():
    it = JobCategoryFactory(name="Information technology", slug="it")
    JobFactory(
        title="Python Developer", category=it, workplace="remote", employment_type="contract"
    )
    JobFactory(title="Senior Python Engineer", category=it, workplace="hybrid")
    JobFactory(title="CNC Machinist")


def test_turn_a_search_into_a_confirmed_job_alert(page, live_server, board, assert_accessible):
    page.goto("/jobs/?q=python")
    page.get_by_role("checkbox", name=re.compile(r"^Remote")).check()  # applies at once
    expect(page).to_have_url(re.compile(r"workplace=remote"))
    expect(page.get_by_role("status").first).to_contain_text("1 open job")

    offer = page.get_by_role("region", name="Get new jobs like these by email")
    expect(offer).to_contain_text("“python” jobs · Remote")
    assert_accessible(page)
    offer.get_by_role("link", name="Email me new jobs like these").click()
    expect(page.get_by_text("“python” jobs · Remote").first).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Your email").fill("jane@example.com")
    page.get_by_label("Weekly").check()
    page.get_by_role("button", name=re.compile("Email me new jobs")).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    expect(page.get_by_text("jane@example.com")).to_be_visible()
    assert_accessible(page)
    alert = JobAlert.objects.get()
    assert (alert.query, alert.frequency, alert.is_confirmed) == (
        "q=python&workplace=remote",
        "weekly",
        False,
    )

    [message] = mail.outbox
    page.goto(link_in(message, "confirm"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your job alert")
    assert_accessible(page)
    page.get_by_role("button", name="Confirm my job alert").click()

    expect(page.get_by_role("status")).to_contain_text("Your job alert is on")
    expect(page.locator(".alert-status")).to_contain_text("Active")
    assert_accessible(page)
    alert.refresh_from_db()
    assert alert.is_confirmed


def test_manage_and_unsubscribe_without_javascript(browser, live_server, board):
    alert = JobAlertFactory(query="q=python")
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(tokens.link_path(alert.pk, tokens.MANAGE))
    page.get_by_label("Weekly").check()
    page.get_by_label("Pause this alert").check()
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("status")).to_contain_text("Your changes are saved")
    expect(page.locator(".alert-status")).to_contain_text("Paused")

    page.goto(tokens.link_path(alert.pk, tokens.UNSUBSCRIBE))
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are unsubscribed")
    assert not JobAlert.objects.exists()
    context.close()


def test_alert_pages_are_accessible(browser, page, live_server, board, assert_accessible):
    alert = JobAlertFactory(query="q=python")
    pk = alert.pk
    for path in (
        "/alerts/?q=python",
        tokens.link_path(alert.pk, tokens.MANAGE),
        tokens.link_path(alert.pk, tokens.UNSUBSCRIBE),
        tokens.link_path(alert.pk, tokens.CONFIRM),
    ):
        page.goto(path)
        assert_accessible(page)

    # The refusals answer 4xx, which the browser logs: a tab of their own.
    context = browser.new_context(base_url=live_server.url)
    problem = context.new_page()
    assert problem.goto("/alerts/manage/1:tampered:link/").status == 400
    expect(problem.get_by_role("heading", level=1)).to_have_text("This link does not work")
    assert_accessible(problem)
    alert.delete()
    assert problem.goto(tokens.link_path(pk, tokens.MANAGE)).status == 410
    assert_accessible(problem)
    context.close()


def test_a_sign_up_with_a_mistake_puts_focus_on_the_list_of_errors(page, live_server, board):
    page.goto("/alerts/?q=python")
    email = page.get_by_label("Your email")
    # The browser's own check would stop the form; the server's message is what is tested here.
    email.evaluate("field => field.setAttribute('type', 'text')")
    email.fill("jane at example")
    page.get_by_role("button", name=re.compile("Email me new jobs")).click()

    summary = page.locator("#form-errors")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Your email")
    summary.get_by_role("link").first.click()
    expect(page.get_by_label("Your email")).to_be_focused()
    assert not JobAlert.objects.exists()
