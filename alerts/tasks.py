"""Background work for job alerts: the confirmation email, and the periodic digest run."""

import logging

from django.tasks import task
from django.utils import timezone

from core.ratelimit import may_email
from core.tasks import send_or_retry

from .digests import remove_abandoned, send_due_digests
from .emails import confirmation_message
from .models import JobAlert

logger = logging.getLogger(__name__)


@task
def send_confirmation(alert_id: int, attempt: int = 1) -> int:
    """Email the confirmation link (or, for an alert already confirmed, its manage link).
    When the mail server fails, the task runs again later (core.tasks.send_or_retry)."""
    alert = JobAlert.objects.filter(pk=alert_id).first()
    if alert is None:  # removed before the worker got to it
        return 0
    if attempt == 1 and not may_email(alert.email):
        # Whoever typed the address, its mailbox has had its day's confirmations.
        logger.warning("Job alert %s: no confirmation, its mailbox's daily cap", alert_id)
        return 0
    return int(
        send_or_retry(
            confirmation_message(alert),
            task=send_confirmation,
            args=(alert_id,),
            attempt=attempt,
            about=f"confirmation for job alert {alert_id}",
        )
    )


@task
def send_job_alerts() -> dict:
    """What `manage.py send_job_alerts` does, for a scheduler that enqueues tasks. A digest the
    mail server does not take leaves its jobs unsent, and the next run sends them."""
    now = timezone.now()
    counts = send_due_digests(now=now)
    counts["abandoned"] = remove_abandoned(now=now)
    logger.info("Job alerts run: %s", counts)
    return counts
