"""Job alerts in an owner's export and erasure (core.personal_data; connected in apps.py)."""

import logging

from .models import JobAlert

logger = logging.getLogger(__name__)


def export_alerts(sender, *, email: str, **kwargs):
    return "job_alerts", [
        {
            "search": alert.description,
            "address": alert.search_path,
            "frequency": alert.frequency,
            "requested_at": alert.created_at,
            "confirmed_at": alert.confirmed_at,
            "paused": alert.paused,
            "last_sent_at": alert.last_sent_at,
        }
        for alert in JobAlert.objects.for_email(email)
    ]


def erase_alerts(sender, *, email: str, **kwargs) -> int:
    # Their sent-job history goes with them (cascade).
    _, by_model = JobAlert.objects.for_email(email).delete()
    count = by_model.get(JobAlert._meta.label, 0)
    logger.info("Job alerts erased at their owner's request: %s", count)
    return count
