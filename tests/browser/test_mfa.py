import time
from base64 import b32decode

import pytest
from django_otp.oath import TOTP
from playwright.sync_api import expect

from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-staff-password"


def authenticator_code(secret: str, *, steps_ahead: int = 0) -> str:
    """What an authenticator app given this secret (as the page shows it) displays: now, or that
    many 30-second steps later. A code once used is refused, so a second sign-in right after
    set-up takes the next one, as the app would show it half a minute later."""
    secret = secret.replace(" ", "")
    totp = TOTP(b32decode(secret + "=" * (-len(secret) % 8)))
    totp.time = time.time() + steps_ahead * 30
    return f"{totp.token():06d}"


def wrong_code(secret: str) -> str:
    """A code the app shows at no moment near now."""
    near = {authenticator_code(secret, steps_ahead=steps) for steps in range(-3, 4)}
    return next(code for code in ("000000", "111111", "222222") if code not in near)


def sign_in_with_password(page, username):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def log_out(page):
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", name="Logged out")).to_be_visible()


def test_staff_set_up_two_factor_then_sign_in_with_a_code_or_a_recovery_code(
    page, settings, assert_accessible
):
    settings.STAFF_MFA_REQUIRED = True
    user = StaffUserFactory()
    user.set_password(PASSWORD)
    user.save()

    # First sign-in: the password, then setting up the authenticator app.
    sign_in_with_password(page, user.username)
    expect(page.get_by_role("heading", name="Set up two-factor sign-in")).to_be_visible()
    expect(
        page.get_by_role("img", name="QR code to scan with your authenticator app")
    ).to_be_visible()
    assert_accessible(page)
    secret = page.locator("#mfa-secret").inner_text()
    code_field = page.get_by_label("6-digit code from your authenticator app")
    expect(code_field).to_have_attribute("inputmode", "numeric")
    expect(code_field).to_have_attribute("autocomplete", "one-time-code")
    code_field.fill(authenticator_code(secret))
    page.get_by_role("button", name="Turn on two-factor sign-in").click()

    # The recovery codes, once.
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    codes = page.locator(".mfa-codes code").all_inner_texts()
    assert len(codes) == 10
    assert len(set(codes)) == 10
    assert_accessible(page)
    page.get_by_role("link", name="I have stored them: continue").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    log_out(page)

    # Next sign-in: the password, then a code from the app.
    sign_in_with_password(page, user.username)
    expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("6-digit code from your authenticator app").fill(
        authenticator_code(secret, steps_ahead=1)
    )
    page.get_by_role("button", name="Continue", exact=True).click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    log_out(page)

    # A mistyped code says so at the field; then, no phone to hand: a recovery code instead.
    sign_in_with_password(page, user.username)
    page.get_by_label("6-digit code from your authenticator app").fill(wrong_code(secret))
    page.get_by_role("button", name="Continue", exact=True).click()
    expect(page.get_by_text("That code didn't match. Check your phone's clock")).to_be_visible()
    expect(page.get_by_label("6-digit code from your authenticator app")).to_have_attribute(
        "aria-invalid", "true"
    )
    assert_accessible(page)
    page.get_by_text("No phone? Use a recovery code").click()
    page.get_by_label("Recovery code").fill(codes[0])
    page.get_by_role("button", name="Continue with a recovery code").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    expect(
        page.get_by_text("You signed in with a recovery code; 9 of them are left.")
    ).to_be_visible()
    log_out(page)
