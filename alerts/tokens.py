"""Signed, expiring links in alert emails: they stand in for an account.

A token is the alert's id signed with the site's secret key, a timestamp and a salt per purpose,
so a confirmation link cannot be used to unsubscribe, nor an old link forever. Nothing is stored:
every email carries freshly signed links.
"""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse

# The link problems are core's, named here too: views catch tokens.InvalidLink.
from core.signed_links import ExpiredLink as ExpiredLink
from core.signed_links import InvalidLink as InvalidLink
from core.signed_links import Purpose, refusing_bad_tokens

# A confirmation is used within days or not at all; manage and unsubscribe links must outlive
# a paused alert's silence and CAN-SPAM's 30 days, and every digest brings new ones.
CONFIRM = Purpose("alerts.confirm", timedelta(days=7), "alerts:alert-confirm")
MANAGE = Purpose("alerts.manage", timedelta(days=90), "alerts:alert-manage")
UNSUBSCRIBE = Purpose("alerts.unsubscribe", timedelta(days=90), "alerts:alert-unsubscribe")


def make_token(alert_id: int, purpose: Purpose) -> str:
    return purpose.signer.sign(str(alert_id))


def read_token(token: str, purpose: Purpose) -> int:
    """The alert id a token names; raises ExpiredLink or InvalidLink."""
    with refusing_bad_tokens():
        return int(purpose.signer.unsign(token, max_age=purpose.max_age))


def link_path(alert_id: int, purpose: Purpose) -> str:
    return reverse(purpose.url_name, args=[make_token(alert_id, purpose)])


def link_url(alert_id: int, purpose: Purpose) -> str:
    """An absolute link, for emails."""
    return settings.SITE_URL + link_path(alert_id, purpose)
