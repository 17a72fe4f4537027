"""Job alert digests: the new jobs an alert's search finds, emailed to its owner when due."""

import logging
from datetime import datetime

from django.db import transaction

from core.tasks import MAIL_ERRORS, describe_mail_error
from jobs.models import Category, Job

from .emails import digest_message
from .models import JobAlert
from .search import job_search

logger = logging.getLogger(__name__)


def new_jobs(alert: JobAlert, *, now: datetime | None = None, categories=None):
    """Open jobs the alert's search finds at `now`, posted since it began, that it has not sent."""
    categories = Category.objects.all() if categories is None else categories
    search = job_search(alert.query, categories=categories, now=now)
    return (
        search.results(Job.objects.all())
        .filter(posted_at__gte=alert.jobs_since())
        .exclude(pk__in=alert.sent_jobs.values("job_id"))
        .for_listing()
        .order_by("-posted_at", "-pk")
    )


def send_digest(alert: JobAlert, *, now: datetime, categories=None) -> int:
    """Email an active alert its new jobs; returns how many were sent (0: no email).

    The jobs are recorded as sent and the email sent in one transaction, the email last: if the
    mail server refuses it, nothing is recorded and the next run tries again. The alert's row is
    locked first, so two senders running at once cannot email the same jobs twice.
    """
    with transaction.atomic():
        alert = JobAlert.objects.active().select_for_update().filter(pk=alert.pk).first()
        if alert is None:  # paused, unsubscribed or never confirmed
            return 0
        matching = new_jobs(alert, now=now, categories=categories)
        jobs = list(matching[: JobAlert.MAX_JOBS_PER_DIGEST])
        if not jobs:
            return 0
        more = matching.count() - len(jobs) if len(jobs) == JobAlert.MAX_JOBS_PER_DIGEST else 0
        alert.record_sent(jobs, now=now)
        digest_message(alert, jobs, more=more).send()
    logger.info("Job alert %s: digest sent with %s job(s)", alert.pk, len(jobs))
    return len(jobs)


def send_due_digests(*, now: datetime) -> dict:
    """Send every due alert its digest. One failure is logged and the others still go."""
    counts = {"due": 0, "sent": 0, "jobs": 0, "empty": 0, "failed": 0}
    categories = list(Category.objects.all())
    # A list, not a cursor: each digest commits on its own while we go through them.
    for alert in list(JobAlert.objects.due(now).order_by("pk")):
        counts["due"] += 1
        try:
            sent = send_digest(alert, now=now, categories=categories)
        except MAIL_ERRORS as error:
            # Nothing was recorded: the next run sends these jobs. The server's words can quote
            # the address, so only the kind of failure is logged.
            logger.error(
                "Job alert %s: the mail server did not take the digest (%s); the next run "
                "tries again.",
                alert.pk,
                describe_mail_error(error),
            )
            counts["failed"] += 1
            continue
        except Exception:
            logger.exception("Job alert %s: the digest could not be sent", alert.pk)
            counts["failed"] += 1
            continue
        if sent:
            counts["sent"] += 1
            counts["jobs"] += sent
        else:
            counts["empty"] += 1
    return counts


def remove_abandoned(*, now: datetime) -> int:
    """Forget sign-ups nobody confirmed in time: we keep no address its owner did not confirm."""
    _, deleted = JobAlert.objects.abandoned(now).delete()
    return deleted.get(JobAlert._meta.label, 0)
