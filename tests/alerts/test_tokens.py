from datetime import timedelta

import pytest
from django.utils import timezone

from alerts import tokens
from tests.alerts.conftest import token_made_at
from tests.alerts.factories import JobAlertFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("purpose", [tokens.CONFIRM, tokens.MANAGE, tokens.UNSUBSCRIBE])
def test_a_token_names_its_alert_for_its_purpose_only(purpose):
    alert = JobAlertFactory()
    token = tokens.make_token(alert.pk, purpose)
    assert tokens.read_token(token, purpose) == alert.pk
    for other in {tokens.CONFIRM, tokens.MANAGE, tokens.UNSUBSCRIBE} - {purpose}:
        with pytest.raises(tokens.InvalidLink) as refused:
            tokens.read_token(token, other)
        assert not isinstance(refused.value, tokens.ExpiredLink)


def test_lifetimes():
    assert tokens.CONFIRM.max_age == timedelta(days=7)
    assert tokens.MANAGE.max_age == tokens.UNSUBSCRIBE.max_age == timedelta(days=90)


@pytest.mark.parametrize(
    ("purpose", "age", "works"),
    [
        (tokens.CONFIRM, timedelta(days=6, hours=23), True),
        (tokens.CONFIRM, timedelta(days=7, minutes=1), False),
        (tokens.MANAGE, timedelta(days=89), True),
        (tokens.MANAGE, timedelta(days=90, minutes=1), False),
        (tokens.UNSUBSCRIBE, timedelta(days=90, minutes=1), False),
    ],
)
def test_tokens_expire(purpose, age, works):
    alert = JobAlertFactory()
    token = token_made_at(alert, purpose, timezone.now() - age)
    if works:
        assert tokens.read_token(token, purpose) == alert.pk
    else:
        with pytest.raises(tokens.ExpiredLink):
            tokens.read_token(token, purpose)


@pytest.mark.parametrize(
    "token", ["", "1", "1:abc", "1:abc:def", "x" * 500, "1:1xWZe8:" + "A" * 43]
)
def test_anything_else_is_invalid(token):
    with pytest.raises(tokens.InvalidLink) as refused:
        tokens.read_token(token, tokens.MANAGE)
    assert refused.value.status == 400


def test_links_are_absolute_for_emails(settings):
    settings.SITE_URL = "https://careers.amtec.example"
    url = tokens.link_url(7, tokens.UNSUBSCRIBE)
    assert url.startswith("https://careers.amtec.example/alerts/unsubscribe/7:")
    assert url.endswith("/")
