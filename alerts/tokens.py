"""Signed, expiring links in alert emails: they stand in for an account.

A token is the alert's id signed with the site's secret key, a timestamp and a salt per purpose,
so a confirmation link cannot be used to unsubscribe, nor an old link forever. Nothing is stored:
every email carries freshly signed links.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse


@dataclass(frozen=True)
class Purpose:
    salt: str
    max_age: timedelta
    url_name: str


# A confirmation is used within days or not at all; manage and unsubscribe links must outlive
# a paused alert's silence and CAN-SPAM's 30 days, and every digest brings new ones.
CONFIRM = Purpose("alerts.confirm", timedelta(days=7), "alerts:alert-confirm")
MANAGE = Purpose("alerts.manage", timedelta(days=90), "alerts:alert-manage")
UNSUBSCRIBE = Purpose("alerts.unsubscribe", timedelta(days=90), "alerts:alert-unsubscribe")


class InvalidLink(Exception):
    """The link was altered, cut short or made for another purpose."""

    status = 400


class ExpiredLink(InvalidLink):
    """A genuine link, but too old."""

    status = 410


def make_token(alert_id: int, purpose: Purpose) -> str:
    return signing.TimestampSigner(salt=purpose.salt).sign(str(alert_id))


def read_token(token: str, purpose: Purpose) -> int:
    """The alert id a token names; raises ExpiredLink or InvalidLink."""
    signer = signing.TimestampSigner(salt=purpose.salt)
    try:
        value = signer.unsign(token, max_age=purpose.max_age)
    except signing.SignatureExpired as exc:
        raise ExpiredLink from exc
    except signing.BadSignature as exc:
        raise InvalidLink from exc
    try:
        return int(value)
    except ValueError as exc:  # signed by us, so never; but never a 500 either
        raise InvalidLink from exc


def link_path(alert_id: int, purpose: Purpose) -> str:
    return reverse(purpose.url_name, args=[make_token(alert_id, purpose)])


def link_url(alert_id: int, purpose: Purpose) -> str:
    """An absolute link, for emails."""
    return settings.SITE_URL + link_path(alert_id, purpose)
