import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from staff import mfa
from staff.views import NEW_CODES_SESSION_KEY
from tests.candidates.factories import ResumeFactory
from tests.factories import StaffUserFactory, UserFactory

from .conftest import code_for, enrol

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parents[2]
VERIFY = reverse("staff:mfa-verify")
ENROL = reverse("staff:mfa-enrol")
MANAGE = reverse("staff:mfa-manage")


def admin_pages():
    resume = ResumeFactory()
    return [
        reverse("admin:index"),
        reverse("admin:blog_article_changelist"),
        reverse("admin:candidates_candidate_change", args=[resume.candidate.pk]),
        resume.get_download_url(),
        reverse("admin:password_change"),
        MANAGE,
    ]


# Required or not -------------------------------------------------------------------------------


def _required_at_start(tmp_path, **env) -> str:
    """STAFF_MFA_REQUIRED as a fresh process with this environment starts."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "STAFF_MFA_REQUIRED", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(
        env,
        DJANGO_SETTINGS_MODULE="amtec.settings",
        ENV_FILE=str(tmp_path / ".env"),
        SECRET_KEY="k" * 20 + "Zq8#vL2!pR5@wN9$tY3%hB6^cF1&jM4*",
        ALLOWED_HOSTS="amtec.example",
        PYTHONPATH=str(BASE_DIR),
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(settings.STAFF_MFA_REQUIRED)",
        ],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("env", "required"),
    [
        ({"DEBUG": "false"}, "True"),
        ({"DEBUG": "true"}, "False"),
        ({"DEBUG": "false", "STAFF_MFA_REQUIRED": "false"}, "False"),
        ({"DEBUG": "true", "STAFF_MFA_REQUIRED": "true"}, "True"),
    ],
)
def test_two_factor_is_required_unless_debug_or_turned_off(tmp_path, env, required):
    assert _required_at_start(tmp_path, **env) == required


def test_when_not_required_the_password_opens_the_admin_and_resumes(settings, signed_in):
    settings.STAFF_MFA_REQUIRED = False
    for url in admin_pages():
        if url != MANAGE:  # the page of recovery codes is for those who entered a code
            assert signed_in.get(url).status_code == 200, url


# Blocked until the second step -----------------------------------------------------------------


def test_staff_without_an_authenticator_are_sent_to_set_one_up_from_every_admin_page(
    required, signed_in
):
    for url in admin_pages():
        response = signed_in.get(url)
        assertRedirects(
            response, f"{ENROL}?next={url.replace('/', '%2F')}", fetch_redirect_response=False
        )


def test_enrolled_staff_are_asked_for_a_code_on_every_admin_page(required, signed_in, staff):
    enrol(staff)
    assertContains(signed_in.get(VERIFY), "enter the code it shows for Amtec careers.")
    for url in admin_pages():
        response = signed_in.get(url)
        assertRedirects(
            response, f"{VERIFY}?next={url.replace('/', '%2F')}", fetch_redirect_response=False
        )


def test_the_resume_download_gives_nothing_before_the_code(required, signed_in, staff):
    enrol(staff)
    url = ResumeFactory().get_download_url()
    response = signed_in.get(url)
    assert response.status_code == 302
    assert "Content-Disposition" not in response
    assert not hasattr(response, "streaming_content")


def test_a_form_posted_before_the_code_does_nothing(required, signed_in, staff):
    _, codes = enrol(staff)
    response = signed_in.post(reverse("staff:mfa-recovery-codes"))
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    assert sorted(StaticToken.objects.values_list("token", flat=True)) == sorted(codes)


def test_the_password_step_is_the_admins_own_login_page_then_the_code(required, client, staff):
    device, _ = enrol(staff)
    login = reverse("admin:login")
    assertContains(client.get(login), 'name="password"')
    response = client.post(
        f"{login}?next=/admin/blog/article/",
        {"username": staff.username, "password": "a-long-staff-password"},
        follow=True,
    )
    assertRedirects(response, f"{VERIFY}?next=%2Fadmin%2Fblog%2Farticle%2F")
    response = client.post(VERIFY, {"code": code_for(device), "next": "/admin/blog/article/"})
    assertRedirects(response, "/admin/blog/article/")


def test_logging_out_stays_open_before_the_code(required, signed_in, staff):
    enrol(staff)
    response = signed_in.post(reverse("admin:logout"))
    assert response.status_code == 200
    assert "_auth_user_id" not in signed_in.session


def test_anonymous_visitors_get_the_login_page_as_before(required, client):
    response = client.get(reverse("admin:index"))
    assertRedirects(response, "/admin/login/?next=/admin/", fetch_redirect_response=False)
    assertRedirects(
        client.get(VERIFY), f"/admin/login/?next={VERIFY}", fetch_redirect_response=False
    )


def test_people_who_are_not_staff_are_not_asked_for_a_code(required, client):
    client.force_login(UserFactory())
    response = client.get(reverse("admin:index"))
    assertRedirects(response, "/admin/login/?next=/admin/", fetch_redirect_response=False)


def test_public_pages_ask_for_no_code(required, signed_in):
    assert signed_in.get("/").status_code == 200


# Setting up ------------------------------------------------------------------------------------


def test_set_up_shows_a_qr_code_inline_and_the_secret_and_keeps_them_on_reload(
    required, signed_in, staff
):
    page = signed_in.get(ENROL)
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=staff)
    assert not device.confirmed
    html = page.content.decode()
    assert '<svg role="img"' in html
    assert "<title>QR code to scan with your authenticator app</title>" in html
    assert mfa.secret_for_display(device) in html
    # Nothing the content security policy would block: no inline style, no script, no image host.
    assert "style=" not in html
    assert "<script>" not in html
    assert "<img" not in html
    assert "no-store" in page["Cache-Control"]
    assert "style-src 'self'" in page["Content-Security-Policy"]
    assert signed_in.get(ENROL).content.decode().count(mfa.secret_for_display(device)) == 1
    assert TOTPDevice.objects.filter(user=staff).count() == 1


def test_the_qr_code_is_the_secret_for_an_authenticator_app(staff):
    device = mfa.pending_device(staff)
    assert device.config_url.startswith("otpauth://totp/Amtec%20careers%3A")
    assert "issuer=Amtec%20careers" in device.config_url
    secret = mfa.secret_for_display(device).replace(" ", "")
    assert f"secret={secret}" in device.config_url


def test_the_code_fields_are_labelled_and_bring_up_the_number_pad(required, signed_in, staff):
    page = signed_in.get(ENROL)
    assertContains(page, '<label for="id_code">6-digit code from your authenticator app:</label>')
    assertContains(page, 'autocomplete="one-time-code"')
    assertContains(page, 'inputmode="numeric"')
    enrol(staff)
    page = signed_in.get(VERIFY)
    assertContains(page, '<label for="id_code">')
    assertContains(page, '<label for="id_recovery_code">Recovery code:</label>')


def test_setting_up_confirms_the_app_then_shows_ten_recovery_codes_once(required, signed_in, staff):
    signed_in.get(ENROL)
    device = TOTPDevice.objects.get(user=staff)
    key_before = signed_in.session.session_key
    response = signed_in.post(
        ENROL, {"code": code_for(device), "next": "/admin/blog/article/"}, follow=True
    )
    assertRedirects(response, f"{MANAGE}?next=%2Fadmin%2Fblog%2Farticle%2F")
    device.refresh_from_db()
    assert device.confirmed
    assert signed_in.session.session_key != key_before
    codes = list(StaticToken.objects.filter(device__user=staff).values_list("token", flat=True))
    assert len(codes) == 10
    for code in codes:
        assertContains(response, f"<code>{code}</code>")
    assertContains(response, "this is the only time they are shown")
    assertContains(response, 'href="/admin/blog/article/"')
    # Shown once: the next visit says how many are left, not what they are.
    again = signed_in.get(MANAGE)
    assertNotContains(again, codes[0])
    assertContains(again, "<strong>10</strong> unused recovery codes")
    assert NEW_CODES_SESSION_KEY not in signed_in.session
    # And the admin is open.
    assert signed_in.get("/admin/blog/article/").status_code == 200


def test_a_wrong_code_at_set_up_says_so_in_the_field(required, signed_in, staff):
    signed_in.get(ENROL)
    device = TOTPDevice.objects.get(user=staff)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    response = signed_in.post(ENROL, {"code": wrong})
    assert response.status_code == 200
    assert response.context["form"].errors == {"code": [mfa.WRONG_CODE]}
    assertContains(response, "That code didn&#x27;t match. Check your phone&#x27;s clock")
    assertContains(response, 'aria-invalid="true"')
    assertContains(response, 'aria-describedby="id_code_error"')
    device.refresh_from_db()
    assert not device.confirmed
    assert not StaticDevice.objects.filter(user=staff).exists()
    assert signed_in.get("/admin/").status_code == 302


def test_a_code_of_the_wrong_shape_is_explained(required, signed_in):
    response = signed_in.post(ENROL, {"code": "12a4"})
    assert response.context["form"].errors == {
        "code": ["A code is 6 digits, like 123456. Enter the one your authenticator app shows now."]
    }
    response = signed_in.post(ENROL, {"code": ""})
    assert response.context["form"].errors == {
        "code": ["Enter the 6-digit code your authenticator app shows."]
    }


def test_someone_with_only_the_password_cannot_add_a_second_authenticator(
    required, signed_in, staff
):
    enrol(staff)
    assertRedirects(signed_in.get(ENROL), VERIFY, fetch_redirect_response=False)
    response = signed_in.post(ENROL, {"code": "123456"})
    assertRedirects(response, VERIFY, fetch_redirect_response=False)
    assert TOTPDevice.objects.filter(user=staff).count() == 1


# Signing in with a code ------------------------------------------------------------------------


def test_the_code_from_the_app_opens_the_admin(required, signed_in, staff):
    device, _ = enrol(staff)
    key_before = signed_in.session.session_key
    response = signed_in.post(VERIFY, {"code": code_for(device), "next": "/admin/blog/article/"})
    assertRedirects(response, "/admin/blog/article/")
    assert signed_in.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    assert signed_in.session.session_key != key_before
    for url in admin_pages():
        assert signed_in.get(url).status_code == 200, url
    # A verified session goes straight on.
    assertRedirects(signed_in.get(VERIFY), "/admin/", fetch_redirect_response=False)


def test_a_code_is_accepted_once(required, signed_in, staff):
    device, _ = enrol(staff)
    code = code_for(device)
    # Typed with a space in the middle, as some apps show it.
    signed_in.post(VERIFY, {"code": f"{code[:3]} {code[3:]}"})
    assert signed_in.get("/admin/").status_code == 200
    other = Client()
    other.force_login(staff)
    response = other.post(VERIFY, {"code": code})
    assert response.context["form"].errors == {"code": [mfa.WRONG_CODE]}
    assert other.get("/admin/").status_code == 302


def test_a_wrong_code_is_refused_in_plain_words_and_then_throttled(required, signed_in, staff):
    device, _ = enrol(staff)
    now = timezone.now()
    with time_machine.travel(now, tick=False):
        wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
        response = signed_in.post(VERIFY, {"code": wrong})
        assert response.status_code == 200
        assert response.context["form"].errors == {"code": [mfa.WRONG_CODE]}
        assertContains(response, "<title>Error: ")
        assert signed_in.get("/admin/").status_code == 302
        # Right away, even the right code waits: each wrong one doubles the wait.
        response = signed_in.post(VERIFY, {"code": code_for(device)})
        assert response.context["form"].errors == {
            "code": ["Too many wrong codes in a row. Wait 1 second, then try the newest code."]
        }
    with time_machine.travel(now + timedelta(seconds=2), tick=False):
        response = signed_in.post(VERIFY, {"code": code_for(device)})
        assertRedirects(response, "/admin/", fetch_redirect_response=False)


def test_next_never_leaves_the_site(required, signed_in, staff):
    device, _ = enrol(staff)
    response = signed_in.post(VERIFY, {"code": code_for(device), "next": "https://evil.example/"})
    assertRedirects(response, "/admin/", fetch_redirect_response=False)


# Recovery codes --------------------------------------------------------------------------------


def test_a_recovery_code_signs_in_once(required, signed_in, staff):
    _, codes = enrol(staff)
    response = signed_in.post(VERIFY, {"recovery_code": f" {codes[0].upper()[:4]}-{codes[0][4:]} "})
    assertRedirects(response, "/admin/", fetch_redirect_response=False)
    assert signed_in.get("/admin/").status_code == 200
    [message] = get_messages(response.wsgi_request)
    assert str(message).startswith("You signed in with a recovery code; 9 of them are left.")
    assert not StaticToken.objects.filter(token=codes[0]).exists()

    again = Client()
    again.force_login(staff)
    response = again.post(VERIFY, {"recovery_code": codes[0]})
    assert response.context["recovery_form"].errors == {"recovery_code": [mfa.WRONG_RECOVERY_CODE]}
    assertContains(response, '<details class="mfa-recovery" open>')
    assert again.get("/admin/").status_code == 302
    # Once the throttle's second has passed, an unused code works.
    with time_machine.travel(timezone.now() + timedelta(seconds=2)):
        response = again.post(VERIFY, {"recovery_code": codes[1]})
    assertRedirects(response, "/admin/", fetch_redirect_response=False)


def test_another_persons_recovery_code_does_not_work(required, signed_in, staff):
    enrol(staff)
    _, theirs = enrol(StaffUserFactory())
    response = signed_in.post(VERIFY, {"recovery_code": theirs[0]})
    assert response.context["recovery_form"].errors == {"recovery_code": [mfa.WRONG_RECOVERY_CODE]}
    assert StaticToken.objects.filter(token=theirs[0]).exists()


def test_new_recovery_codes_replace_the_old_ones(required, signed_in, staff):
    device, old = enrol(staff)
    signed_in.post(VERIFY, {"code": code_for(device)})
    response = signed_in.post(reverse("staff:mfa-recovery-codes"), follow=True)
    assertRedirects(response, MANAGE)
    new = response.context["new_codes"]
    assert len(new) == 10
    assert not set(new) & set(old)
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(new)
    assertContains(response, "New recovery codes made. The old ones no longer work.")


def test_the_page_of_codes_needs_the_code_even_where_two_factor_is_optional(
    settings, signed_in, staff
):
    settings.STAFF_MFA_REQUIRED = False
    enrol(staff)
    assertRedirects(
        signed_in.get(MANAGE),
        f"{VERIFY}?next=%2Fadmin%2Ftwo-factor%2F",
        fetch_redirect_response=False,
    )
    response = signed_in.post(reverse("staff:mfa-recovery-codes"))
    assert response["Location"].startswith(VERIFY)


def test_a_new_phone_starts_set_up_again(required, signed_in, staff):
    device, _ = enrol(staff)
    signed_in.post(VERIFY, {"code": code_for(device)})
    assertRedirects(
        signed_in.post(reverse("staff:mfa-new-phone")), ENROL, fetch_redirect_response=False
    )
    assert not TOTPDevice.objects.filter(user=staff, confirmed=True).exists()
    assert not StaticDevice.objects.filter(user=staff).exists()
    assert signed_in.get("/admin/")["Location"].startswith(ENROL)
