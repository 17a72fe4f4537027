"""Signed links emailed in place of an account: an id signed with the site's secret key, a
timestamp and a salt per purpose, so a link made for one purpose works for no other, nor an old
one for ever. Nothing is stored for a link. Each app's own `tokens` module says what it signs and
where its links go (alerts.tokens, candidates.tokens)."""

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from django.core import signing


@dataclass(frozen=True)
class Purpose:
    salt: str
    max_age: timedelta
    url_name: str

    @property
    def signer(self) -> signing.TimestampSigner:
        return signing.TimestampSigner(salt=self.salt)


class InvalidLink(Exception):
    """Altered, cut short, made for another purpose, or (a single-use link) already used."""

    status = 400


class ExpiredLink(InvalidLink):
    """A genuine link, but older than its purpose's max_age."""

    status = 410


@contextmanager
def refusing_bad_tokens():
    """Read a token inside this: an old one raises ExpiredLink, anything else wrong InvalidLink
    (ValueError included: signed by us, so never, but never a 500 either)."""
    try:
        yield
    except signing.SignatureExpired as exc:
        raise ExpiredLink from exc
    except (signing.BadSignature, ValueError) as exc:
        raise InvalidLink from exc
