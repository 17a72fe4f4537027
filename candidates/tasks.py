"""Background work for submissions; queued on commit by candidates.services.

Each email is a task of its own, so that a mail server failure retries that email alone (see
core.tasks), and every task here is safe to run twice: a worker that dies mid-task has it run
again (core.tasks.recover_stale_tasks).
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse

from core.ratelimit import may_email
from core.tasks import send_or_retry

from . import held, tokens
from .extraction import (
    ExtractionError,
    ToolMissing,
    UnsupportedForExtraction,
    extract_text,
)
from .matching import jobs_for_resume
from .models import Application, Candidate, ProposedUpdate, Resume
from .prefill import fields_from_text
from .storage import resume_storage

logger = logging.getLogger(__name__)
MATCHES_IN_EMAIL = 5


@task
def extract_resume_text(
    resume_id: int, confirm_application_id: int | None = None, application_is_new: bool = False
) -> str:
    """Store a resume's text for search and matching. Failure is recorded, never raised.

    With `confirm_application_id`, the candidate's confirmation email is sent once the text is in
    (or known to be missing), so it can list the open jobs that match the resume. A worker killed
    mid-extraction has the whole task run again, confirmation included.
    """
    try:
        return _extract(resume_id)
    finally:
        if confirm_application_id is not None:
            send_confirmation_email.enqueue(confirm_application_id, application_is_new)


def _extract(resume_id: int) -> str:
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
    except ToolMissing as exc:
        # Kept, and flagged "no text" for staff: a machine without antiword or Tesseract.
        status, error = Resume.Extraction.NO_TOOL, str(exc)[:200]
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
def read_held_scan(name: str, kind: str) -> str:
    """OCR a scan or photo held at the first step of the resume form, and keep the contact
    details it shows beside it (candidates.held), for the form to fill in. A file already
    discarded or purged is left alone; any failure is kept as "could not read"."""
    if not held.is_held_name(name) or not resume_storage.exists(name):
        return "gone"
    fields = None
    try:
        with resume_storage.open(name, "rb") as fh:
            fields = fields_from_text(extract_text(fh, kind, ocr=True))
    except ExtractionError as exc:
        logger.info("A held scan could not be read: %s", type(exc).__name__)
    except Exception as exc:
        logger.warning("Reading a held scan failed: %s", type(exc).__name__)
    if not resume_storage.exists(name):  # discarded while it was read
        return "gone"
    held.store_fields(name, fields)
    return "read" if fields is not None else "unread"


@task
def send_submission_emails(application_id: int, is_new: bool) -> int:
    """Confirm to the candidate and tell the recruiter: for a submission with no new resume to
    read first (an identical file sent again). Two tasks, so that each email is retried alone."""
    send_confirmation_email.enqueue(application_id, is_new)
    notify_recruiter.enqueue(application_id, is_new)
    return 2


@task
def send_confirmation_email(application_id: int, is_new: bool, attempt: int = 1) -> int:
    """The candidate's confirmation, with the open jobs matching their resume when it was read."""
    application = _application(application_id)
    if application is None:
        return 0
    if attempt == 1 and not may_email(application.candidate.email):
        # Submissions are kept and staff told; the address typed has had its day's emails.
        logger.warning("Application %s: no confirmation, its mailbox's daily cap", application_id)
        return 0
    try:
        matches = [
            match
            for match in jobs_for_resume(application.resume, limit=MATCHES_IN_EMAIL + 1)
            if match.job.pk != application.job_id  # they know about the job they applied for
        ][:MATCHES_IN_EMAIL]
    except Exception:
        # Suggestions are a bonus; the confirmation itself must go out.
        logger.exception("Matching jobs for application %s failed", application_id)
        matches = []
    context = {**_context(application, is_new), "matches": matches}
    return int(
        send_or_retry(
            _email("candidates/email/submission_received", context, application.candidate.email),
            task=send_confirmation_email,
            args=(application_id, is_new),
            attempt=attempt,
            about=f"candidate's confirmation for application {application_id}",
        )
    )


@task
def notify_recruiter(application_id: int, is_new: bool, attempt: int = 1) -> int:
    """Tell the job's recruiter (or the staff inbox, for a general resume) about a submission."""
    application = _application(application_id)
    if application is None:
        return 0
    recruiter = application.job.recruiter if application.job else None
    staff_to = (
        recruiter.email if recruiter and recruiter.email else settings.STAFF_NOTIFICATION_EMAIL
    )
    return int(
        send_or_retry(
            _email("candidates/email/new_submission", _context(application, is_new), staff_to),
            task=notify_recruiter,
            args=(application_id, is_new),
            attempt=attempt,
            about=f"recruiter's notification for application {application_id}",
        )
    )


@task
def send_update_confirmation(update_id: int, attempt: int = 1) -> int:
    """Ask the address's owner to confirm what someone sent with their email (services)."""
    related = ProposedUpdate.objects.select_related("candidate", "application__job")
    update = related.filter(pk=update_id).first()
    if update is None or update.is_confirmed:
        return 0
    candidate = update.candidate
    if attempt == 1 and not may_email(candidate.email):
        logger.warning("Proposed update %s: no confirmation email, mailbox's daily cap", update_id)
        return 0
    context = {
        "candidate": candidate,
        "update": update,
        "job": update.application.job,
        "confirm_url": tokens.link_url(tokens.confirm_update_token(update), tokens.CONFIRM_UPDATE),
        "confirm_days": tokens.CONFIRM_UPDATE.max_age.days,
        "me_url": settings.SITE_URL + reverse("candidates:me"),
        "amtec": settings.AMTEC,
        "site_url": settings.SITE_URL,
    }
    # To the address we have on file, not as it was typed this time.
    message = _email("candidates/email/confirm_update", context, candidate.email)
    return int(
        send_or_retry(
            message,
            task=send_update_confirmation,
            args=(update_id,),
            attempt=attempt,
            about=f"confirmation of proposed update {update_id}",
        )
    )


@task
def send_sign_in_link(candidate_id: int, attempt: int = 1) -> int:
    """A link to the candidate's own page (/me/), asked for on its sign-in form."""
    candidate = Candidate.objects.filter(pk=candidate_id).first()
    if candidate is None:
        return 0
    context = {
        "candidate": candidate,
        "sign_in_url": tokens.link_url(tokens.sign_in_token(candidate), tokens.SIGN_IN),
        "minutes": int(tokens.SIGN_IN.max_age.total_seconds() // 60),
        "amtec": settings.AMTEC,
        "site_url": settings.SITE_URL,
    }
    return int(
        send_or_retry(
            _email("candidates/email/sign_in", context, candidate.email),
            task=send_sign_in_link,
            args=(candidate_id,),
            attempt=attempt,
            about=f"sign-in link for candidate {candidate_id}",
        )
    )


def _application(application_id: int) -> Application | None:
    return (
        Application.objects.select_related(
            "candidate", "job", "job__recruiter", "resume", "resume__candidate"
        )
        .filter(pk=application_id)
        .first()
    )


def _context(application: Application, is_new: bool) -> dict:
    resume = application.resume
    # Staff hear "updated" when this candidate had sent a resume before this one.
    returning = (
        application.candidate.resumes.filter(confirmed=True, uploaded_at__lt=resume.uploaded_at)
        .exclude(pk=resume.pk)
        .exists()
        or application.candidate.applications.filter(confirmed=True)
        .exclude(pk=application.pk)
        .exists()
    )
    return {
        "application": application,
        "returning": returning,
        "candidate": application.candidate,
        "job": application.job,
        "is_new": is_new,
        "amtec": settings.AMTEC,
        "site_url": settings.SITE_URL,
        "admin_url": settings.SITE_URL
        + reverse("admin:candidates_application_change", args=[application.pk]),
    }


def _email(template: str, context: dict, to: str) -> EmailMessage:
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    return EmailMessage(subject=subject, body=body, to=[to])
