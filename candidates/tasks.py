"""Background work for submissions; queued on commit by candidates.services."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse

from .extraction import ExtractionError, UnsupportedForExtraction, extract_text
from .models import Application, Resume

logger = logging.getLogger(__name__)


@task
def extract_resume_text(resume_id: int) -> str:
    """Store a resume's text for search and matching. Failure is recorded, never raised."""
    resume = Resume.objects.filter(pk=resume_id).first()
    if resume is None:
        return "gone"
    text, error = "", ""
    try:
        with resume.file.open("rb") as fh:
            text = extract_text(fh, resume.kind)
        status = Resume.Extraction.DONE if text.strip() else Resume.Extraction.EMPTY
    except UnsupportedForExtraction:
        status = Resume.Extraction.UNSUPPORTED
    except ExtractionError as exc:
        status, error = Resume.Extraction.FAILED, str(exc)[:200]
    except Exception:
        status, error = Resume.Extraction.FAILED, "Unexpected error while reading the file."
        logger.exception("Resume text extraction failed for resume %s", resume_id)
    Resume.objects.filter(pk=resume_id).update(
        text=text, extraction_status=status, extraction_error=error
    )
    logger.info("Resume %s text extraction: %s", resume_id, status)
    return status


@task
def send_submission_emails(application_id: int, is_new: bool) -> int:
    """Confirm to the candidate; tell the job's recruiter (or the staff inbox) about it."""
    application = (
        Application.objects.select_related("candidate", "job", "job__recruiter", "resume")
        .filter(pk=application_id)
        .first()
    )
    if application is None:
        return 0
    context = {
        "application": application,
        "candidate": application.candidate,
        "job": application.job,
        "is_new": is_new,
        "amtec": settings.AMTEC,
        "site_url": settings.SITE_URL,
        "admin_url": settings.SITE_URL
        + reverse("admin:candidates_application_change", args=[application.pk]),
    }
    recruiter = application.job.recruiter if application.job else None
    staff_to = (
        recruiter.email if recruiter and recruiter.email else settings.STAFF_NOTIFICATION_EMAIL
    )
    messages = [
        _email("candidates/email/submission_received", context, application.candidate.email),
        _email("candidates/email/new_submission", context, staff_to),
    ]
    for message in messages:
        message.send()
    return len(messages)


def _email(template: str, context: dict, to: str) -> EmailMessage:
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    return EmailMessage(subject=subject, body=body, to=[to])
