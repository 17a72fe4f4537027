"""What a candidate's data is, for exporting it on request and purging it when stale."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from staff import access_log

from .models import Candidate
from .phones import format_phone


def candidate_export(candidate: Candidate) -> dict:
    """Everything held on one candidate (files are listed, not embedded)."""
    return {
        "candidate": {
            "name": candidate.name,
            "email": candidate.email,
            "phone": format_phone(candidate.phone),
            "phone_as_typed": candidate.phone_as_typed,
            "city": candidate.city,
            "state": candidate.state,
            "desired_role": candidate.desired_role,
            "desired_category": str(candidate.desired_category or ""),
            "profile_url": candidate.profile_url,
            "consent_at": candidate.consent_at,
            "created_at": candidate.created_at,
            "last_activity_at": candidate.last_activity_at,
        },
        "resumes": [
            {
                "file_name": resume.original_name,
                "type": resume.kind,
                "size": resume.size,
                "sha256": resume.sha256,
                "current": resume.is_current,
                "uploaded_at": resume.uploaded_at,
                "extracted_text": resume.text,
            }
            for resume in candidate.resumes.all()
        ],
        "applications": [
            {
                "job": application.job.title if application.job else None,
                "job_reference": application.job.reference if application.job else None,
                "status": application.status,
                "message": application.message,
                "applied_at": application.created_at,
                "history": [
                    {"from": e.from_status, "to": e.to_status, "at": e.at, "note": e.note}
                    for e in application.events.all()
                ],
            }
            for application in candidate.applications.select_related("job")
        ],
    }


def purge_inactive(*, months: int) -> tuple[int, int]:
    """Delete candidates with no activity for `months` months; returns (candidates, files)."""
    cutoff = timezone.now() - timedelta(days=round(months * 30.44))
    stale = Candidate.objects.filter(last_activity_at__lt=cutoff)
    with transaction.atomic():
        files = sum(candidate.resumes.count() for candidate in stale)
        candidates = stale.count()
        ids = stale.values_list("pk", flat=True)
        access_log.record(None, access_log.Action.DELETE, "candidate", ids)
        stale.delete()  # resume files go with their rows (candidates.signals)
    return candidates, files
