from datetime import timedelta

import factory
from django.utils import timezone

from alerts.models import JobAlert
from alerts.search import describe, job_search
from jobs.models import Category


def _description(alert) -> str:
    return describe(job_search(alert.query, categories=Category.objects.all()))


class JobAlertFactory(factory.django.DjangoModelFactory):
    """A confirmed, daily alert on every job, asked for an hour ago and never sent."""

    class Meta:
        model = JobAlert

    email = factory.Sequence(lambda n: f"seeker{n}@example.com")
    query = ""
    description = factory.LazyAttribute(_description)
    frequency = JobAlert.Frequency.DAILY
    created_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))
    confirmed_at = factory.LazyFunction(lambda: timezone.now() - timedelta(minutes=50))
    paused = False
    last_sent_at = None


class PendingAlertFactory(JobAlertFactory):
    confirmed_at = None


class PausedAlertFactory(JobAlertFactory):
    paused = True


class WeeklyAlertFactory(JobAlertFactory):
    frequency = JobAlert.Frequency.WEEKLY
