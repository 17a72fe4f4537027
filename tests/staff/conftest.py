import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from staff import mfa
from tests.factories import StaffUserFactory


def code_for(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    """The code the person's authenticator app shows now (or that many 30-second steps later)."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def enrol(user) -> tuple[TOTPDevice, list[str]]:
    """A person who set up two-factor sign-in: their authenticator and recovery codes."""
    device = TOTPDevice.objects.create(user=user, name=mfa.TOTP_DEVICE_NAME, confirmed=True)
    return device, mfa.make_recovery_codes(user)


@pytest.fixture
def required(settings):
    settings.STAFF_MFA_REQUIRED = True


@pytest.fixture
def staff(db):
    user = StaffUserFactory(permissions=["view_article", "view_resume", "view_candidate"])
    user.set_password("a-long-staff-password")
    user.save()
    return user


@pytest.fixture
def signed_in(client, staff):
    """Signed in with the password only (the admin's login page), not yet with a code."""
    client.force_login(staff)
    return client
