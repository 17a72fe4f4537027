import re
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from alerts import tokens
from tests.jobs.factories import JobCategoryFactory, JobFactory


class _SignerAt(signing.TimestampSigner):
    """Django's own signer, with the clock set: a link as it was made at `at`."""

    def __init__(self, at: datetime, **kwargs):
        super().__init__(**kwargs)
        self.at = at

    def timestamp(self):
        return signing.b62_encode(int(self.at.timestamp()))


def token_made_at(alert, purpose: tokens.Purpose, at: datetime) -> str:
    return _SignerAt(at, salt=purpose.salt).sign(str(alert.pk))


def path_made_at(alert, purpose: tokens.Purpose, at: datetime) -> str:
    return reverse(purpose.url_name, args=[token_made_at(alert, purpose, at)])


def link_in(message, kind: str) -> str:
    """The path of the first /alerts/<kind>/<token>/ link in an email."""
    match = re.search(rf"https?://[^/\s]+(/alerts/{kind}/[^/\s]+/)", message.body)
    assert match, f"no {kind} link in:\n{message.body}"
    return match.group(1)


@pytest.fixture
def board(db):
    """Jobs in two categories, posted this morning: two Python jobs, two shop-floor jobs."""
    posted = timezone.now() - timedelta(hours=3)
    it = JobCategoryFactory(name="Information technology", slug="it")
    shop = JobCategoryFactory(name="Manufacturing", slug="manufacturing")
    return {
        "remote_contract": JobFactory(
            title="Python Developer",
            category=it,
            workplace="remote",
            employment_type="contract",
            pay_min=Decimal("50"),
            pay_max=Decimal("65"),
            pay_period="hour",
            posted_at=posted,
        ),
        "hybrid_python": JobFactory(
            title="Senior Python Engineer",
            category=it,
            workplace="hybrid",
            city="Columbus",
            posted_at=posted - timedelta(minutes=1),
        ),
        "machinist": JobFactory(title="CNC Machinist", category=shop, posted_at=posted),
        "inspector": JobFactory(title="Quality Inspector", category=shop, posted_at=posted),
    }
