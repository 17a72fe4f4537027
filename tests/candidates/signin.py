"""Signing a test client in to a candidate's own page (/me/) without the email round trip.

The real round trip (form, email, link, button) is tested in test_me.py; elsewhere a test that
needs "the owner, signed in" uses this.
"""

from django.utils import timezone

from candidates import me


def sign_in(client, candidate) -> None:
    session = client.session
    until = timezone.now() + me.SIGNED_IN_FOR
    session[me.SESSION_KEY] = {"id": candidate.pk, "until": until.timestamp()}
    session.save()
