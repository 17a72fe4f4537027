"""Multi-step writes for candidates: one transaction each, side effects queued on commit."""

import hashlib
import logging
from dataclasses import dataclass

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import get_valid_filename
from phonenumber_field.phonenumber import PhoneNumber

from jobs.models import Job

from .filetypes import DetectedFile
from .models import Application, Candidate, Resume
from .phones import read_phone
from .sources import Source
from .storage import resume_storage
from .tasks import extract_resume_text, notify_recruiter, send_submission_emails

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CandidateDetails:
    name: str
    email: str
    phone: PhoneNumber | str = ""  # as the form read it, or text in any usual format
    city: str = ""
    state: str = ""
    desired_role: str = ""
    desired_category_id: int | None = None
    profile_url: str = ""


@dataclass(frozen=True)
class Submission:
    application: Application
    resume_is_new: bool
    application_is_new: bool


class StorageUnavailable(OSError):
    """The resume store could not keep the file; nothing was recorded."""


def submit_resume(
    *,
    details: CandidateDetails,
    upload: UploadedFile,
    detected: DetectedFile,
    job: Job | None = None,
    message: str = "",
    source: Source | None = None,
) -> Submission:
    """Record a resume, in general (job=None) or for one job.

    A returning candidate (same email, any case) is updated, and the upload becomes their current
    resume unless it is identical to one they sent before. An open application for the same job
    (or an open general submission) is updated rather than duplicated. If anything fails, no rows
    remain and a file already written to the resume store is removed.

    Once the transaction's work is done, the file is kept whatever happens next: a connection lost
    during COMMIT may have committed the rows (the file is then theirs), and a commit that did not
    happen leaves an orphan file for `manage.py check_resumes --repair`, never a lost resume.
    """
    stored_name = None
    committing = False
    try:
        with transaction.atomic():
            candidate = _candidate_for(details)
            digest = _sha256(upload)
            resume = candidate.resumes.filter(sha256=digest).first()
            resume_is_new = resume is None
            if resume_is_new:
                resume = Resume(
                    candidate=candidate,
                    original_name=_display_name(upload.name),
                    size=upload.size,
                    kind=detected.kind,
                    mime_type=detected.mime_type,
                    sha256=digest,
                    is_current=True,
                )
                candidate.resumes.filter(is_current=True).update(is_current=False)
                stored_name = _store(resume, upload)
                resume.save()
            else:
                if not resume.file or not resume_storage.exists(resume.file.name):
                    # The same file was sent before but its stored copy is gone (a restore from
                    # backup, a lost write): keep this one.
                    stored_name = _store(resume, upload)
                    resume.save(update_fields=["file"])
                if not resume.is_current:
                    candidate.resumes.filter(is_current=True).update(is_current=False)
                    resume.is_current = True
                    resume.save(update_fields=["is_current"])

            application = (
                Application.objects.open()
                .select_for_update()
                .filter(candidate=candidate, job=job)
                .first()
            )
            application_is_new = application is None
            if application_is_new:
                source = source or Source()
                application = Application.objects.create(
                    candidate=candidate, job=job, resume=resume, message=message,
                    source=source.source, utm_medium=source.medium,
                    utm_campaign=source.campaign,
                )  # fmt: skip
            else:
                application.resume = resume
                if message:
                    application.message = message
                application.save(update_fields=["resume", "message", "updated_at"])

            if resume_is_new:
                # The candidate's confirmation follows the extraction, so that it can list the
                # open jobs matching the resume; the recruiter hears at once.
                transaction.on_commit(
                    lambda: extract_resume_text.enqueue(
                        resume.pk,
                        confirm_application_id=application.pk,
                        application_is_new=application_is_new,
                    )
                )
                transaction.on_commit(
                    lambda: notify_recruiter.enqueue(application.pk, application_is_new)
                )
            else:
                transaction.on_commit(
                    lambda: send_submission_emails.enqueue(application.pk, application_is_new)
                )
            committing = True
    except BaseException:
        if stored_name and not committing:
            _remove_quietly(stored_name)
        raise
    logger.info(
        "Resume submission recorded: application=%s new_application=%s new_resume=%s job=%s",
        application.pk,
        application_is_new,
        resume_is_new,
        job.pk if job else None,
    )
    return Submission(application, resume_is_new, application_is_new)


def _store(resume: Resume, upload: UploadedFile) -> str:
    """Write the upload to the resume store; returns its stored name."""
    upload.seek(0)
    try:
        resume.file.save(resume_upload_name(resume), upload, save=False)
    except Exception as exc:
        # A full disk, or an object store that is down or refuses: the same to the candidate
        # ("please try again") whatever the backend's own exception type.
        raise StorageUnavailable("The resume store refused the file.") from exc
    return resume.file.name


def resume_upload_name(resume: Resume) -> str:
    return f"resume{resume.extension}"  # upload_to replaces it with a random name


def _candidate_for(details: CandidateDetails) -> Candidate:
    """Get or create the candidate for this email, safely under concurrent first submissions."""
    now = timezone.now()
    # Only a valid number is stored as one; anything else typed is kept beside it, not lost.
    phone, phone_as_typed = read_phone(details.phone)
    fields = {
        "name": details.name,
        "city": details.city,
        "state": details.state,
        "desired_role": details.desired_role,
        "desired_category_id": details.desired_category_id,
        "profile_url": details.profile_url,
        "consent_at": now,
        "last_activity_at": now,
    }
    candidate = Candidate.objects.select_for_update().filter(email__iexact=details.email).first()
    if candidate is None:
        try:
            with transaction.atomic():
                return Candidate.objects.create(
                    email=details.email, phone=phone, phone_as_typed=phone_as_typed, **fields
                )
        except IntegrityError:
            # Someone else created this email between our look-up and insert: use theirs.
            candidate = Candidate.objects.select_for_update().get(email__iexact=details.email)
    # Returning candidate: what they typed now is their latest information; blanks keep the old.
    for field, value in fields.items():
        if value not in ("", None):
            setattr(candidate, field, value)
    if phone or phone_as_typed:  # a phone given now replaces the number and what was typed
        candidate.phone, candidate.phone_as_typed = phone, phone_as_typed
    candidate.save()
    return candidate


def _sha256(upload) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def _display_name(name: str) -> str:
    """The original file name, made safe to show and to offer as a download name."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1].replace("\x00", "")
    try:
        return get_valid_filename(base)[-150:]
    except SuspiciousFileOperation:
        return "resume"


def _remove_quietly(name: str) -> None:
    try:
        resume_storage.delete(name)
    except Exception:
        logger.exception("Could not remove an orphaned resume file from the store")
