"""Signed links emailed to a candidate: signing in to their page (/me/), and confirming an update
someone sent with their email address.

Nothing is stored for a link. A sign-in link signs the candidate's id with a fingerprint of their
email and of when they last signed in: using a link moves `Candidate.signed_in_at` on, so that
link and every one sent before it stop working (single use), and a link for an address the record
no longer has never works. A confirmation link signs the proposed update's id; the update is used
once (its `confirmed_at`).
"""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.http import urlencode

# The link problems are core's, named here too: views catch tokens.InvalidLink.
from core.signed_links import ExpiredLink as ExpiredLink
from core.signed_links import InvalidLink, Purpose, refusing_bad_tokens

from .models import Candidate, ProposedUpdate

SIGN_IN = Purpose("candidates.sign-in", timedelta(minutes=30), "candidates:me-sign-in")
# Long enough for someone who checks their email at the weekend; the update waits unapplied.
CONFIRM_UPDATE = Purpose(
    "candidates.confirm-update", timedelta(days=7), "candidates:me-confirm-update"
)


def fingerprint(candidate: Candidate) -> str:
    used = candidate.signed_in_at.isoformat() if candidate.signed_in_at else ""
    value = f"{candidate.pk}:{candidate.email.strip().lower()}:{used}"
    return salted_hmac(SIGN_IN.salt, value, algorithm="sha256").hexdigest()[:32]


def _unsign(token: str, purpose: Purpose) -> dict:
    with refusing_bad_tokens():
        return purpose.signer.unsign_object(token, max_age=purpose.max_age)


def _sign(value: dict, purpose: Purpose) -> str:
    return purpose.signer.sign_object(value)


def sign_in_token(candidate: Candidate) -> str:
    return _sign({"c": candidate.pk, "f": fingerprint(candidate)}, SIGN_IN)


def read_sign_in_token(token: str) -> Candidate:
    """The candidate a sign-in link is for; raises ExpiredLink or InvalidLink (used links too)."""
    value = _unsign(token, SIGN_IN)
    if not isinstance(value, dict):
        raise InvalidLink
    candidate = Candidate.objects.filter(pk=value.get("c")).first()
    if candidate is None or not constant_time_compare(str(value.get("f")), fingerprint(candidate)):
        raise InvalidLink  # used already, another address now, or deleted
    return candidate


def confirm_update_token(update: ProposedUpdate) -> str:
    return _sign({"u": update.pk}, CONFIRM_UPDATE)


def read_confirm_update_token(token: str) -> ProposedUpdate | None:
    """The proposed update a link confirms (None when it has since gone); raises ExpiredLink or
    InvalidLink."""
    value = _unsign(token, CONFIRM_UPDATE)
    if not isinstance(value, dict) or not isinstance(value.get("u"), int):
        raise InvalidLink
    return ProposedUpdate.objects.select_related("candidate").filter(pk=value["u"]).first()


def link_path(token: str, purpose: Purpose) -> str:
    # The token goes in the query string: the access log records paths without it
    # (core.middleware), so a working link never reaches the logs.
    return f"{reverse(purpose.url_name)}?{urlencode({'token': token})}"


def link_url(token: str, purpose: Purpose) -> str:
    return settings.SITE_URL + link_path(token, purpose)
