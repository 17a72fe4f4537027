"""Job alerts: sign-up with double opt-in, and the owner's changes. One transaction per change.

The digests themselves are in alerts/digests.py (the periodic task runs them).
"""

import logging
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from jobs.models import Category

from .models import AlertLimitReached, JobAlert
from .search import alert_query, describe, job_search
from .tasks import send_confirmation

logger = logging.getLogger(__name__)


def subscribe(*, email: str, query_string: str, frequency: str) -> JobAlert:
    """Ask for an alert on a /jobs/ search; the owner must confirm it from the email we send.

    The same email and search give the same alert: an unconfirmed one is renewed (new frequency,
    a fresh start) and its confirmation sent again; a confirmed one is left exactly as its owner
    set it (whoever asks may not be the owner) and the email offers its manage link instead.
    Raises AlertLimitReached when the address already has the most confirmed alerts allowed
    (unconfirmed ones do not count: anyone can type an address; the oldest are dropped instead,
    past MAX_PENDING_PER_EMAIL).
    """
    email, frequency = email.strip(), JobAlert.Frequency(frequency)
    search = job_search(query_string, categories=Category.objects.all())
    query, description = alert_query(search), describe(search)[:300]
    now = timezone.now()
    with transaction.atomic():
        alert = JobAlert.objects.select_for_update().for_email(email).filter(query=query).first()
        if alert is None:
            mine = JobAlert.objects.for_email(email)
            if mine.counting_towards_limit().count() >= JobAlert.MAX_PER_EMAIL:
                raise AlertLimitReached
            _drop_oldest_pending(mine, keep=JobAlert.MAX_PENDING_PER_EMAIL - 1)
            alert = _create(email=email, query=query, description=description, frequency=frequency)
        elif not alert.is_confirmed:
            alert.frequency = frequency
            alert.description = description
            alert.created_at = now  # the confirmation link we are about to send starts now
            alert.save(update_fields=["frequency", "description", "created_at"])
        transaction.on_commit(lambda: send_confirmation.enqueue(alert.pk))
    logger.info("Job alert %s requested (confirmed: %s)", alert.pk, alert.is_confirmed)
    return alert


def _drop_oldest_pending(alerts, *, keep: int) -> None:
    pending = alerts.filter(confirmed_at__isnull=True).order_by("-created_at", "-pk")
    stale = list(pending.values_list("pk", flat=True)[keep:])
    if stale:
        JobAlert.objects.filter(pk__in=stale).delete()


def _create(**fields) -> JobAlert:
    try:
        with transaction.atomic():
            return JobAlert.objects.create(**fields)
    except IntegrityError:
        # The same request, twice at once (a double click): use the one that got in first.
        return (
            JobAlert.objects.select_for_update()
            .for_email(fields["email"])
            .get(query=fields["query"])
        )


def confirm(alert: JobAlert, *, now: datetime | None = None) -> bool:
    """The owner used the confirmation link. False when the alert was already confirmed.

    Raises AlertLimitReached when the owner already has the most confirmed alerts allowed: the
    quota is checked here, where the owner acts, not at sign-up, where anyone can.
    """
    with transaction.atomic():
        alert = JobAlert.objects.select_for_update().get(pk=alert.pk)
        if alert.is_confirmed:
            return False
        others = JobAlert.objects.for_email(alert.email).counting_towards_limit()
        if others.count() >= JobAlert.MAX_PER_EMAIL:
            raise AlertLimitReached
        confirmed = alert.confirm(now=now or timezone.now())
    if confirmed:
        logger.info("Job alert %s confirmed", alert.pk)
    return confirmed


def update(alert: JobAlert, *, frequency: str, paused: bool) -> None:
    """The owner's choices from the manage page."""
    with transaction.atomic():
        if frequency != alert.frequency:
            alert.set_frequency(frequency)
        if paused and not alert.paused:
            alert.pause()
        elif not paused and alert.paused:
            alert.resume()


def remove(alert: JobAlert, *, reason: str) -> None:
    """Unsubscribe or delete: the alert, its email address and its history go."""
    pk = alert.pk
    alert.delete()
    logger.info("Job alert %s removed (%s)", pk, reason)
