"""Record who opened which record of personal data (staff.models.PersonalDataAccess).

Apps holding personal data call `record()` from their admin views, downloads, exports and
deletions: the staff app knows nothing of what the records are.
"""

from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .models import PersonalDataAccess

Action = PersonalDataAccess.Action


def record(request, action: str, kind: str, ids: Iterable[int], *, by: str = "") -> int:
    """One row per record; `request` is the staff member's (None for the site's housekeeping).

    `by` names who acted when it was not staff, e.g. a candidate deleting their own data.
    """
    user = getattr(request, "user", None)
    user = user if user is not None and user.is_authenticated else None
    rows = [
        PersonalDataAccess(
            user=user,
            username=user.get_username() if user else by,
            action=Action(action),
            kind=kind,
            object_id=pk,
            request_id=getattr(request, "request_id", ""),
        )
        for pk in ids
    ]
    PersonalDataAccess.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def prune(*, now=None) -> int:
    """Delete rows older than PERSONAL_DATA_ACCESS_LOG_DAYS; returns how many went."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.PERSONAL_DATA_ACCESS_LOG_DAYS)
    deleted, _ = PersonalDataAccess.objects.filter(at__lt=cutoff).delete()
    return deleted
