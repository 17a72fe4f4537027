"""Two-factor sign-in for staff: a code from an authenticator app (TOTP) after the password, with
one-time recovery codes for a lost phone. Built on django-otp's devices; the rules are here, the
pages in staff/views.py and the gate on every admin page in staff/middleware.py.

A staff user is *enrolled* once they have confirmed a TOTP device. Until then their first sign-in
asks them to set one up (staff.views.EnrolView); afterwards every sign-in asks for a code
(staff.views.VerifyView).
"""

import logging
import math
import re
from base64 import b32encode

import segno
from django.conf import settings
from django.db import transaction
from django.template.defaultfilters import pluralize
from django.utils import timezone
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

logger = logging.getLogger(__name__)

RECOVERY_CODE_COUNT = 10
TOTP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"
# Recovery codes are 8 lowercase letters and digits (StaticToken.random_token); people type them
# with spaces or dashes, or in capitals.
_NOT_A_CODE_CHARACTER = re.compile(r"[\s-]+")


class Refused(Exception):
    """The code was not accepted; the message says why, in plain words."""


WRONG_CODE = "That code didn't match. Check your phone's clock and try the newest code."
WRONG_RECOVERY_CODE = (
    "That recovery code didn't match, or it was used already. Each one works only once."
)
STALE_ENROLMENT = "This set-up page is out of date. Scan the new QR code below, then enter a code."


def required() -> bool:
    """Whether staff must pass the second step to use the admin (STAFF_MFA_REQUIRED)."""
    return settings.STAFF_MFA_REQUIRED


def applies_to(user) -> bool:
    """Two-factor sign-in concerns people who may open the admin."""
    return user.is_authenticated and user.is_active and user.is_staff


def is_verified(user) -> bool:
    """Whether this session passed the second step (django-otp's middleware tells)."""
    return bool(getattr(user, "is_verified", None) and user.is_verified())


def must_verify(user) -> bool:
    """A signed-in staff user who may not open admin pages until they enter a code."""
    return required() and applies_to(user) and not is_verified(user)


def is_enrolled(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_device(user) -> TOTPDevice:
    """The user's unconfirmed authenticator, made on first asking. Reloading the set-up page keeps
    the same secret, so a phone that already scanned it still gives the right codes."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)
    return device


def secret_for_display(device: TOTPDevice) -> str:
    """The secret in the form authenticator apps accept when typed: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device: TOTPDevice) -> str:
    """The device's otpauth:// address as an inline SVG QR code: no image host, no inline style
    (the page's content security policy allows neither). Dark on white, so it scans in dark mode."""
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=5,
        dark="#000",
        light="#fff",
        title="QR code to scan with your authenticator app",
        svgclass="mfa-qr",
        lineclass=None,
    )
    # role="img" with its <title>: screen readers announce one image, not a drawing.
    return svg.replace("<svg ", '<svg role="img" ', 1)


def normalize_recovery_code(code: str) -> str:
    return _NOT_A_CODE_CHARACTER.sub("", code).lower()


def confirm_enrolment(request, code: str) -> list[str]:
    """Confirm the user's pending authenticator with a code from the app: the session is then
    verified, and the new recovery codes are returned (to be shown once). Raises Refused."""
    with transaction.atomic():
        device = (
            TOTPDevice.objects.select_for_update()
            .filter(user=request.user, confirmed=False)
            .order_by("pk")
            .first()
        )
        problem = _check(device, _digits(code), WRONG_CODE) if device else STALE_ENROLMENT
        if not problem:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            # One authenticator per person: any other (a second set-up page left open) goes.
            TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
            codes = make_recovery_codes(request.user)
    # Outside the transaction: a wrong code's count must stay written for the throttle.
    if problem:
        raise Refused(problem)
    _sign_in_with(request, device)
    logger.info("Two-factor sign-in set up: user=%s", request.user.pk)
    return codes


@transaction.atomic
def make_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes with RECOVERY_CODE_COUNT new ones (returned, to be shown
    once): the old ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = []
    while len(codes) < RECOVERY_CODE_COUNT:
        code = StaticToken.random_token()
        if code not in codes:
            codes.append(code)
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def verify_code(request, code: str):
    """Check a 6-digit code from the user's authenticator app; on success the session is verified
    and the device returned. Raises Refused."""
    return _verify(request, TOTPDevice, _digits(code), WRONG_CODE)


def verify_recovery_code(request, code: str):
    """Check a recovery code (used up by this); on success the session is verified. Raises
    Refused."""
    return _verify(request, StaticDevice, normalize_recovery_code(code), WRONG_RECOVERY_CODE)


def _digits(code: str) -> str:
    return re.sub(r"\s+", "", code)


def _verify(request, model, token: str, wrong: str):
    with transaction.atomic():
        device = (
            model.objects.select_for_update()
            .filter(user=request.user, confirmed=True)
            .order_by("pk")
            .first()
        )
        problem = _check(device, token, wrong) if device else wrong
    # Outside the transaction: a wrong code's count must stay written for the throttle.
    if problem:
        raise Refused(problem)
    _sign_in_with(request, device)
    return device


def _check(device, token: str, wrong: str) -> str | None:
    """Why the device refuses the token, or None when it accepts it (and uses it up)."""
    allowed, why = device.verify_is_allowed()
    if not allowed:
        # django-otp's throttle: each wrong code in a row doubles the wait before the next try.
        wait = max(1, math.ceil((why["locked_until"] - timezone.now()).total_seconds()))
        logger.warning("Two-factor code refused while throttled: user=%s", device.user_id)
        return (
            f"Too many wrong codes in a row. Wait {wait} second{pluralize(wait)}, "
            "then try the newest code."
        )
    if not token or not device.verify_token(token):
        logger.info("Two-factor code did not match: user=%s kind=%s", device.user_id, device.name)
        return wrong
    return None


def _sign_in_with(request, device) -> None:
    # A new session key for the more trusted session: a key seen before the second step (a
    # fixated or leaked cookie) is worth nothing after it.
    request.session.cycle_key()
    otp_login(request, device)


@transaction.atomic
def reset(user, *, by=None) -> None:
    """Forget the user's authenticator and recovery codes: their next sign-in sets up a new one,
    and any session verified with the old ones must verify again."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    logger.warning(
        "Two-factor sign-in reset: user=%s by=%s",
        user.pk,
        by.pk if by is not None else "manage.py",
    )
