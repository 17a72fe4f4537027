import logging

import pytest
from django.contrib import admin
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from tests.factories import StaffUserFactory, UserFactory

from .conftest import code_for, enrol

pytestmark = pytest.mark.django_db

VERIFY = reverse("staff:mfa-verify")
ENROL = reverse("staff:mfa-enrol")


@pytest.fixture
def superuser_client(db):
    boss = UserFactory(username="boss", is_staff=True, is_superuser=True)
    device, _ = enrol(boss)
    client = Client()
    client.force_login(boss)
    client.post(VERIFY, {"code": code_for(device)})
    return client


def _reset(client, user, **extra):
    return client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "reset_two_factor", "_selected_action": [user.pk], **extra},
    )


def test_a_superuser_resets_a_lost_device_after_confirming(
    required, superuser_client, signed_in, staff, caplog
):
    device, _ = enrol(staff)
    signed_in.post(VERIFY, {"code": code_for(device)})
    assert signed_in.get("/admin/").status_code == 200

    changelist = superuser_client.get(reverse("admin:auth_user_changelist"))
    assertContains(changelist, '<option value="reset_two_factor">Reset two-factor sign-in</option>')
    confirm = _reset(superuser_client, staff)
    assertContains(confirm, "Reset two-factor sign-in?")
    assertContains(confirm, staff.username)
    assert TOTPDevice.objects.filter(user=staff).exists()

    with caplog.at_level(logging.INFO, logger="staff.mfa"):
        response = _reset(superuser_client, staff, post="yes")
    assertRedirects(response, reverse("admin:auth_user_changelist"), fetch_redirect_response=False)
    assert not TOTPDevice.objects.filter(user=staff).exists()
    assert not StaticDevice.objects.filter(user=staff).exists()
    boss = response.wsgi_request.user
    [record] = [r for r in caplog.records if r.name == "staff.mfa"]
    assert record.getMessage() == f"Two-factor sign-in reset: user={staff.pk} by={boss.pk}"
    assert staff.username not in record.getMessage()
    assert staff.email not in record.getMessage()

    # Their session verified with the old phone must set up the new one.
    assert signed_in.get("/admin/")["Location"].startswith(ENROL)


def test_staff_who_are_not_superusers_cannot_reset(required, staff):
    manager = StaffUserFactory(permissions=["view_user", "change_user"])
    device, _ = enrol(manager)
    client = Client()
    client.force_login(manager)
    client.post(VERIFY, {"code": code_for(device)})
    enrol(staff)

    changelist = client.get(reverse("admin:auth_user_changelist"))
    assert changelist.status_code == 200
    assertNotContains(changelist, "reset_two_factor")
    _reset(client, staff)
    _reset(client, staff, post="yes")
    assert TOTPDevice.objects.filter(user=staff).exists()
    assert StaticToken.objects.filter(device__user=staff).count() == 10


def test_the_user_list_shows_who_has_set_up_two_factor(required, superuser_client, staff):
    enrol(staff)
    page = superuser_client.get(reverse("admin:auth_user_changelist"))
    assertContains(page, "two-factor sign-in")
    assert {user.username: user.has_two_factor for user in page.context["cl"].result_list} == {
        "boss": True,
        staff.username: True,
    }


def test_no_one_can_read_or_add_devices_in_the_admin():
    assert not admin.site.is_registered(TOTPDevice)
    assert not admin.site.is_registered(StaticDevice)


def test_a_superuser_who_lost_theirs_resets_it_with_manage_py(staff, capsys):
    enrol(staff)
    call_command("staff_reset_mfa", staff.username)
    assert not TOTPDevice.objects.filter(user=staff).exists()
    assert not StaticDevice.objects.filter(user=staff).exists()
    assert f"Two-factor sign-in reset for {staff.username}" in capsys.readouterr().out
    with pytest.raises(CommandError, match="No user is called 'nobody'"):
        call_command("staff_reset_mfa", "nobody")
