from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from alerts import tokens
from alerts.digests import send_digest
from alerts.models import JobAlert
from tests.alerts.conftest import link_in, path_made_at
from tests.alerts.factories import JobAlertFactory, PendingAlertFactory

pytestmark = pytest.mark.django_db
CREATE = reverse("alerts:alert-create")


@pytest.fixture
def sign_up(client, django_capture_on_commit_callbacks):
    def post(client=client, **overrides):
        data = {"email": "jane@example.com", "frequency": "weekly", "query": "q=python"}
        data.update(overrides)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(CREATE, data)

    return post


def path(alert, purpose):
    return tokens.link_path(alert.pk, purpose)


def assert_private_page(response):
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert "no-store" in response["Cache-Control"]


# The offer on /jobs/: a link to the sign-up page for this search (no form, no CSRF token, so the
# search page can be cached).


def test_job_search_offers_an_alert_for_the_search_on_the_page(client, board):
    response = client.get(
        reverse("jobs:job-list"),
        {"q": "python", "workplace": "remote", "page": "1", "sort": "pay", "posted": "7"},
    )
    assertContains(response, f'href="{CREATE}?q=python&amp;workplace=remote"')
    assertNotContains(response, 'name="csrfmiddlewaretoken"')
    assertContains(response, "Job alert for: <strong>“python” jobs · Remote</strong>", html=False)
    assertContains(response, "Email me new jobs like these")
    signup = client.get(CREATE, {"q": "python", "workplace": "remote"})
    assertContains(signup, 'type="hidden" name="query" value="q=python&amp;workplace=remote"')
    assertContains(signup, 'autocomplete="email"')
    assertContains(signup, "How often")


def test_the_alert_form_adds_no_query_to_the_job_search(client, board, django_assert_num_queries):
    # categories + facets and total + the page of jobs, as before the form
    with django_assert_num_queries(3):
        client.get(reverse("jobs:job-list"), {"q": "python", "category": "it"})


def test_the_form_has_a_page_of_its_own(client, board):
    response = client.get(CREATE, {"q": "python", "workplace": "remote", "page": "3"})
    assert response.status_code == 200
    assertContains(response, 'name="query" value="q=python&amp;workplace=remote"')
    assertContains(response, "“python” jobs · Remote")
    assert_private_page(response)


# Signing up


def test_sign_up_sends_a_confirmation_and_says_to_check_email(client, sign_up, board):
    response = sign_up(query="q=python&workplace=remote&page=2")
    assert response.status_code == 302
    assert response["Location"] == reverse("alerts:alert-pending")
    alert = JobAlert.objects.get()
    assert (alert.email, alert.query, alert.frequency) == (
        "jane@example.com",
        "q=python&workplace=remote",
        "weekly",
    )
    assert not alert.is_confirmed
    [message] = mail.outbox
    assert "/alerts/confirm/" in message.body
    page = client.get(response["Location"])
    assertContains(page, "Check your email")
    assertContains(page, "<strong>jane@example.com</strong>", html=False)
    assertContains(page, "“python” jobs · Remote")
    assert_private_page(page)


def test_sign_up_is_csrf_protected(board):
    client = Client(enforce_csrf_checks=True)
    response = client.post(CREATE, {"email": "jane@example.com", "frequency": "daily"})
    assert response.status_code == 403
    assert not JobAlert.objects.exists()


def test_sign_up_with_a_bad_email_shows_the_form_again(sign_up):
    response = sign_up(email="not-an-email", query="q=python&workplace=remote")
    assert response.status_code == 200
    assertContains(response, "Please correct 1 thing below")
    assertContains(response, 'href="#alert-email"')
    assertContains(response, 'name="query" value="q=python&amp;workplace=remote"')
    assert not JobAlert.objects.exists() and not mail.outbox


def test_sign_up_is_rate_limited_per_address(sign_up, settings):
    settings.ALERT_SIGNUP_RATE_LIMIT = (3, 3600)
    for n in range(3):
        assert sign_up(email=f"person{n}@example.com").status_code == 302
    response = sign_up(email="person9@example.com")
    assert response.status_code == 429
    assertContains(response, "Nothing from this attempt was stored", status_code=429)
    assert not JobAlert.objects.filter(email="person9@example.com").exists()
    assert len(mail.outbox) == 3


def test_sign_up_is_rate_limited_per_email(sign_up, settings):
    settings.ALERT_SIGNUP_RATE_LIMIT = (3, 3600)
    for n in range(3):
        client = Client(REMOTE_ADDR=f"192.0.2.{n}")
        assert sign_up(client=client, query=f"q=word{n}").status_code == 302
    response = sign_up(client=Client(REMOTE_ADDR="192.0.2.99"), query="q=another")
    assert response.status_code == 429
    assert JobAlert.objects.count() == 3


def test_the_alert_limit_per_email_is_explained(sign_up, settings):
    settings.ALERT_SIGNUP_RATE_LIMIT = (100, 3600)
    for n in range(JobAlert.MAX_PER_EMAIL):
        JobAlertFactory(email="jane@example.com", query=f"q=word{n}")
    response = sign_up(query="q=python")
    assert response.status_code == 200
    assertContains(response, "already has 10 job alerts")
    assert not JobAlert.objects.filter(query="q=python").exists()
    assert not mail.outbox


def test_the_email_limit_counts_the_mailbox_not_the_spelling(sign_up, settings):
    settings.ALERT_SIGNUP_RATE_LIMIT = (3, 3600)
    spellings = ["victim+1@gmail.com", "v.ictim@gmail.com", "Victim+x@googlemail.com"]
    for n, email in enumerate(spellings):
        client = Client(REMOTE_ADDR=f"192.0.2.{n}")
        assert sign_up(client=client, email=email, query=f"q=word{n}").status_code == 302
    response = sign_up(client=Client(REMOTE_ADDR="192.0.2.99"), email="vic.tim+4@gmail.com")
    assert response.status_code == 429
    assert len(mail.outbox) == 3


def test_the_address_limit_counts_an_ipv6_customer_by_their_64(sign_up, settings):
    settings.ALERT_SIGNUP_RATE_LIMIT = (3, 3600)
    for n in range(3):
        client = Client(REMOTE_ADDR=f"2001:db8:1:2::{n + 1:x}")
        assert sign_up(client=client, email=f"person{n}@example.com").status_code == 302
    same_block = Client(REMOTE_ADDR="2001:db8:1:2:abcd:1:2:3")
    assert sign_up(client=same_block, email="person9@example.com").status_code == 429
    next_block = Client(REMOTE_ADDR="2001:db8:1:3::1")
    assert sign_up(client=next_block, email="person9@example.com").status_code == 302


def test_confirming_past_the_quota_explains_and_keeps_the_alert_off(client):
    waiting = PendingAlertFactory(email="jane@example.com", query="q=welder")
    for n in range(JobAlert.MAX_PER_EMAIL):
        JobAlertFactory(email="jane@example.com", query=f"q=word{n}")
    response = client.post(path(waiting, tokens.CONFIRM))
    assertContains(response, "already has 10 job alerts", status_code=409)
    assertContains(response, "<title>Error:", status_code=409)
    waiting.refresh_from_db()
    assert not waiting.is_confirmed


# Confirming


def test_opening_the_confirmation_link_does_not_confirm(client):
    alert = PendingAlertFactory(query="q=python")
    response = client.get(path(alert, tokens.CONFIRM))
    assertContains(response, "Confirm my job alert")
    assert_private_page(response)
    alert.refresh_from_db()
    assert not alert.is_confirmed  # a mail scanner following the link confirms nothing


def test_pressing_confirm_turns_the_alert_on(client):
    alert = PendingAlertFactory(query="q=python")
    response = client.post(path(alert, tokens.CONFIRM), follow=True)
    alert.refresh_from_db()
    assert alert.is_confirmed
    assert response.redirect_chain[0][0].startswith("/alerts/manage/")
    assertContains(response, "Your job alert is on")
    assertContains(response, "Active")


def test_confirmation_post_needs_the_csrf_token():
    alert = PendingAlertFactory()
    response = Client(enforce_csrf_checks=True).post(path(alert, tokens.CONFIRM))
    assert response.status_code == 403
    alert.refresh_from_db()
    assert not alert.is_confirmed


def test_confirming_twice_is_harmless(client):
    alert = JobAlertFactory()
    response = client.get(path(alert, tokens.CONFIRM))
    assertContains(response, "already on")
    assertContains(response, 'href="/alerts/manage/')
    assert client.post(path(alert, tokens.CONFIRM)).status_code == 302


def test_a_confirmation_link_for_a_removed_alert_says_so(client):
    alert = PendingAlertFactory()
    link = path(alert, tokens.CONFIRM)
    alert.delete()
    response = client.get(link)
    assert response.status_code == 410
    assertContains(response, "no longer exists", status_code=410)


# Managing


def test_manage_page_shows_the_alert(client):
    alert = JobAlertFactory(email="jane@example.com", query="q=python")
    response = client.get(path(alert, tokens.MANAGE))
    assertContains(response, "“python” jobs")
    assertContains(response, "jane@example.com")
    assertContains(response, 'href="/jobs/?q=python"')
    assertContains(response, 'for="id_frequency_0"')
    assertContains(response, 'for="id_paused"')
    assert_private_page(response)


def test_manage_changes_frequency_and_pauses(client):
    alert = JobAlertFactory()
    url = path(alert, tokens.MANAGE)
    response = client.post(url, {"frequency": "weekly", "paused": "on"}, follow=True)
    assertContains(response, "Your changes are saved")
    assertContains(response, "Paused")
    alert.refresh_from_db()
    assert (alert.frequency, alert.paused) == ("weekly", True)
    client.post(url, {"frequency": "weekly"})
    alert.refresh_from_db()
    assert alert.paused is False


def test_manage_rejects_an_unknown_frequency(client):
    alert = JobAlertFactory()
    response = client.post(path(alert, tokens.MANAGE), {"frequency": "hourly"})
    assert response.status_code == 200
    alert.refresh_from_db()
    assert alert.frequency == "daily"


def test_manage_deletes(client):
    alert = JobAlertFactory()
    manage = path(alert, tokens.MANAGE)
    response = client.post(reverse("alerts:alert-delete", args=[manage.split("/")[-2]]))
    assertContains(response, "This job alert is deleted")
    assert not JobAlert.objects.exists()
    assert client.get(manage).status_code == 410


def test_delete_is_a_post(client):
    alert = JobAlertFactory()
    token = tokens.make_token(alert.pk, tokens.MANAGE)
    assert client.get(reverse("alerts:alert-delete", args=[token])).status_code == 405
    assert JobAlert.objects.exists()


# Unsubscribing


def test_one_click_unsubscribe_from_the_header_with_a_bare_post(board, settings):
    settings.SITE_URL = "https://careers.amtec.example"
    alert = JobAlertFactory(query="q=python")
    send_digest(alert, now=timezone.now())
    header = mail.outbox[0].extra_headers["List-Unsubscribe"]
    url = header.strip("<>").removeprefix("https://careers.amtec.example")
    # As a mail client does it: no cookies, no CSRF token, this body only.
    mail_client = Client(enforce_csrf_checks=True)

    def one_click():
        return mail_client.post(
            url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
        )

    assert one_click().status_code == 200
    assert not JobAlert.objects.exists()
    assert one_click().status_code == 200  # again: still a success, nothing left to remove


def test_opening_the_unsubscribe_link_asks_first(client):
    alert = JobAlertFactory()
    url = path(alert, tokens.UNSUBSCRIBE)
    response = client.get(url)
    assertContains(response, "Unsubscribe from this job alert?")
    assertContains(response, 'href="/alerts/manage/')
    assertNotContains(response, "csrfmiddlewaretoken")
    assert_private_page(response)
    assert JobAlert.objects.exists()
    response = client.post(url)
    assertContains(response, "You are unsubscribed")
    assert not JobAlert.objects.exists()


def test_unsubscribe_link_in_the_digest_works(client, board):
    alert = JobAlertFactory(query="q=python")
    send_digest(alert, now=timezone.now())
    response = client.post(link_in(mail.outbox[0], "unsubscribe"))
    assert response.status_code == 200
    assert not JobAlert.objects.exists()


# Links that do not work


@pytest.mark.parametrize("purpose", [tokens.CONFIRM, tokens.MANAGE, tokens.UNSUBSCRIBE])
def test_a_tampered_link_is_refused_kindly(client, purpose):
    alert = PendingAlertFactory() if purpose is tokens.CONFIRM else JobAlertFactory()
    other = JobAlertFactory()
    token = tokens.make_token(alert.pk, purpose)
    value, timestamp, signature = token.split(":")
    tampered = [
        f"{other.pk}:{timestamp}:{signature}",  # another alert's id
        f"{value}:{timestamp}:{signature[:-2]}xx",
        f"{value}:{timestamp}",
        "nonsense",
        tokens.make_token(alert.pk, tokens.CONFIRM if purpose is not tokens.CONFIRM else
                          tokens.MANAGE),  # a real link, made for something else
    ]  # fmt: skip
    for token in tampered:
        url = reverse(purpose.url_name, args=[token])
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 400, (token, method)
            assertContains(response, "This link does not work", status_code=400)
            assertContains(response, "copy the whole link", status_code=400)
    assert JobAlert.objects.count() == 2
    alert.refresh_from_db()
    other.refresh_from_db()
    assert not other.paused


def test_an_expired_confirmation_link_says_to_sign_up_again(client):
    alert = PendingAlertFactory()
    now = timezone.now()
    fresh = path_made_at(alert, tokens.CONFIRM, now - timedelta(days=6, hours=23))
    stale = path_made_at(alert, tokens.CONFIRM, now - timedelta(days=7, minutes=1))
    assert client.get(fresh).status_code == 200
    response = client.post(stale)
    assert response.status_code == 410
    assertContains(response, "This link has expired", status_code=410)
    assertContains(response, "Sign up again", status_code=410)
    alert.refresh_from_db()
    assert not alert.is_confirmed


@pytest.mark.parametrize("purpose", [tokens.MANAGE, tokens.UNSUBSCRIBE])
def test_expired_manage_and_unsubscribe_links_point_to_the_latest_email(client, purpose):
    alert = JobAlertFactory()
    now = timezone.now()
    assert client.get(path_made_at(alert, purpose, now - timedelta(days=89))).status_code == 200
    stale = path_made_at(alert, purpose, now - timedelta(days=91))
    for method in (client.get, client.post):
        response = method(stale)
        assert response.status_code == 410
        assertContains(response, "use the ones in the most recent email", status_code=410)
    assert JobAlert.objects.get() == alert
