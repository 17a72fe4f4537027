"""Staff sign-in: wrong passwords lock it out, sessions end after a working day idle, and the
headers that keep the site's pages to itself."""

from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains

from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db
LOGIN = reverse("admin:login")
PASSWORD = "correct horse battery staple"


@pytest.fixture
def staff():
    user = StaffUserFactory(username="recruiter")
    user.set_password(PASSWORD)
    user.save()
    return user


def sign_in(client, username="recruiter", password=PASSWORD):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


def signed_in(client) -> bool:
    return client.get("/admin/").status_code == 200


def test_the_right_password_signs_in(staff, client):
    assert sign_in(client)["Location"] == "/admin/"
    assert signed_in(client)


def test_after_five_wrong_passwords_even_the_right_one_is_refused(staff, client):
    for _ in range(4):
        assert sign_in(client, password="guess").status_code == 200
    assert sign_in(client, password="guess").status_code == 429  # the fifth locks
    response = sign_in(client)
    assert response.status_code == 429
    assertContains(response, "Sign-in paused after too many wrong passwords", status_code=429)
    assertContains(response, "paused for 30 minutes after 5 failed attempts", status_code=429)
    assert not signed_in(client)


def test_the_account_is_locked_from_every_address(staff):
    for n in range(5):
        sign_in(Client(REMOTE_ADDR=f"203.0.113.{n}"), password="guess")
    assert sign_in(Client(REMOTE_ADDR="198.51.100.1")).status_code == 429


def test_an_address_guessing_many_accounts_is_locked(staff):
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    for n in range(5):
        sign_in(guesser, username=f"someone{n}", password="guess")
    assert sign_in(guesser).status_code == 429
    assert sign_in(Client(REMOTE_ADDR="198.51.100.1")).status_code == 302  # the owner, elsewhere


def test_the_lockout_ends_after_its_time(staff, client):
    for _ in range(5):
        sign_in(client, password="guess")
    with time_machine.travel(timezone.now() + timedelta(minutes=31)):
        assert sign_in(client).status_code == 302


def test_an_administrator_unlocks_it_from_the_admin(staff, client, admin_client):
    for _ in range(5):
        sign_in(client, password="guess")
    from axes.models import AccessAttempt

    attempts = reverse("admin:axes_accessattempt_changelist")
    assertContains(admin_client.get(attempts), "recruiter")
    ids = list(AccessAttempt.objects.values_list("pk", flat=True))
    admin_client.post(attempts, {"action": "delete_selected", "_selected_action": ids,
                                 "post": "yes"})  # fmt: skip
    assert sign_in(client).status_code == 302


def test_a_successful_sign_in_clears_earlier_failures(staff, client):
    for _ in range(4):
        sign_in(client, password="guess")
    sign_in(client)
    client.post(reverse("admin:logout"))
    for _ in range(4):
        sign_in(client, password="guess")
    assert sign_in(client).status_code == 302


def test_staff_sessions_end_after_a_working_day_idle(staff, client):
    start = timezone.now()
    client.force_login(staff)
    assert signed_in(client)
    with time_machine.travel(start + timedelta(hours=8)):
        assert signed_in(client)  # back after lunch, and the day moves on
    with time_machine.travel(start + timedelta(hours=16)):
        assert signed_in(client)
    with time_machine.travel(start + timedelta(hours=25, minutes=1)):
        assert not signed_in(client)


def test_after_signing_in_staff_land_in_the_admin(settings):
    from django.shortcuts import resolve_url

    assert resolve_url(settings.LOGIN_REDIRECT_URL) == "/admin/"
    assert resolve_url(settings.LOGIN_URL) == LOGIN


@pytest.mark.parametrize("path", ["/", "/jobs/", "/robots.txt"])
def test_pages_turn_off_device_features_and_cannot_be_embedded(client, path):
    response = client.get(path)
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_signing_in_and_out_tells_the_browser_to_forget_its_cached_pages(staff, client):
    """Public pages a browser stored while signed out lack what staff see (edit links, drafts):
    signing in clears them (Clear-Site-Data), and so does signing out. Nothing else does."""
    assert "Clear-Site-Data" not in client.get("/jobs/")
    assert "Clear-Site-Data" not in sign_in(client, password="guess")  # refused: nothing changed
    response = sign_in(client)
    assert response["Location"] == "/admin/" and response["Clear-Site-Data"] == '"cache"'
    assert "Clear-Site-Data" not in client.get("/admin/")
    assert client.post(reverse("admin:logout"))["Clear-Site-Data"] == '"cache"'
