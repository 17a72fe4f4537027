"""Background work for job alerts: the confirmation email, and the periodic digest run."""

import logging

from django.tasks import task
from django.utils import timezone

from .emails import confirmation_message
from .models import JobAlert

logger = logging.getLogger(__name__)


@task
def send_confirmation(alert_id: int) -> int:
    """Email the confirmation link (or, for an alert already confirmed, its manage link)."""
    alert = JobAlert.objects.filter(pk=alert_id).first()
    if alert is None:  # removed before the worker got to it
        return 0
    confirmation_message(alert).send()
    return 1


@task
def send_job_alerts() -> dict:
    """What `manage.py send_job_alerts` does, for a scheduler that enqueues tasks."""
    from .services import remove_abandoned, send_due_digests

    now = timezone.now()
    counts = send_due_digests(now=now)
    counts["abandoned"] = remove_abandoned(now=now)
    logger.info("Job alerts run: %s", counts)
    return counts
