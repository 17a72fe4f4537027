"""The signed-link rules alerts.tokens and candidates.tokens share: a link works for its own
purpose only, and a bad link is refused as a 400, an old one as a 410, never a 500."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from core.signed_links import ExpiredLink, InvalidLink, Purpose, refusing_bad_tokens

DAY = Purpose("tests.day", timedelta(days=1), "unused")
OTHER = Purpose("tests.other", timedelta(days=1), "unused")


def read(token, purpose=DAY):
    with refusing_bad_tokens():
        return purpose.signer.unsign_object(token, max_age=purpose.max_age)


def test_a_token_reads_back_for_its_purpose_only():
    token = DAY.signer.sign_object({"id": 7})
    assert read(token) == {"id": 7}
    with pytest.raises(InvalidLink) as refused:
        read(token, OTHER)
    assert type(refused.value) is InvalidLink and refused.value.status == 400


def test_an_old_token_is_expired():
    token = DAY.signer.sign_object({"id": 7})
    later = timezone.now() + timedelta(days=1, minutes=1)
    with time_machine.travel(later, tick=False), pytest.raises(ExpiredLink) as refused:
        read(token)
    assert refused.value.status == 410


@pytest.mark.parametrize("token", ["", "x", "1:abc:def", "x" * 500])
def test_anything_else_is_invalid(token):
    with pytest.raises(InvalidLink) as refused:
        read(token)
    assert type(refused.value) is InvalidLink


def test_a_value_error_while_reading_is_a_bad_link_not_a_500():
    with pytest.raises(InvalidLink), refusing_bad_tokens():
        int("not an id")
