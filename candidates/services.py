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

from core import personal_data
from jobs.models import Job
from staff import access_log

from .filetypes import DetectedFile
from .models import Application, Candidate, ProposedUpdate, Resume
from .phones import read_phone
from .sources import Source
from .storage import resume_storage
from .tasks import (
    extract_resume_text,
    notify_recruiter,
    send_submission_emails,
    send_update_confirmation,
)
from .tokens import CONFIRM_UPDATE

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
    # A known email sent by someone not signed in as its owner: nothing applied until confirmed.
    unconfirmed: bool = False
    # The candidate had sent us a resume before (the page and staff hear "updated").
    returning: bool = False


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
    signed_in_candidate_id: int | None = None,
) -> Submission:
    """Record a resume, in general (job=None) or for one job.

    A new email makes a new candidate. A known email (any case) changes nothing the candidate has
    until the address's owner says so: anyone can type an address. The new resume is kept as an
    unconfirmed version (never current), a new application is marked unconfirmed, what was typed
    is held as a ProposedUpdate, and the address is emailed a link to confirm it
    (confirm_update applies it). The owner signed in on their page (`signed_in_candidate_id`,
    from candidates.me) is confirmed already: their details are updated, and the upload becomes
    their current resume unless it is identical to one they sent before. An open application for
    the same job (or an open general submission) is updated rather than duplicated.

    If anything fails, no rows remain and a file already written to the resume store is removed.
    Once the transaction's work is done, the file is kept whatever happens next: a connection lost
    during COMMIT may have committed the rows (the file is then theirs), and a commit that did not
    happen leaves an orphan file for `manage.py check_resumes --repair`, never a lost resume.
    """
    stored = []
    committing = False
    try:
        with transaction.atomic():
            candidate, is_known = _candidate_for(details)
            confirmed = not is_known or candidate.pk == signed_in_candidate_id
            returning = is_known and candidate.resumes.filter(confirmed=True).exists()
            if confirmed and is_known:
                _apply_details(candidate, _proposed_details(details))
            digest = _sha256(upload)
            resume, resume_is_new = _resume_for(
                candidate, upload, detected, digest, confirmed=confirmed, stored=stored
            )
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
                    utm_campaign=source.campaign, confirmed=confirmed,
                )  # fmt: skip
            elif confirmed:
                application.resume = resume
                if message:
                    application.message = message
                application.confirmed = True
                application.save(update_fields=["resume", "message", "confirmed", "updated_at"])

            if confirmed:
                _queue_submission_work(application, resume, resume_is_new, application_is_new)
            else:
                update = ProposedUpdate.objects.create(
                    candidate=candidate,
                    application=application,
                    resume=resume,
                    application_is_new=application_is_new,
                    details=_proposed_details(details),
                    message=message,
                )
                if resume_is_new:  # staff may read it meanwhile; nobody is emailed about it
                    transaction.on_commit(lambda: extract_resume_text.enqueue(resume.pk))
                transaction.on_commit(lambda: send_update_confirmation.enqueue(update.pk))
            committing = True
    except BaseException:
        if stored and not committing:
            _remove_quietly(stored[0])
        raise
    logger.info(
        "Resume submission recorded: application=%s new_application=%s new_resume=%s job=%s "
        "confirmed=%s",
        application.pk,
        application_is_new,
        resume_is_new,
        job.pk if job else None,
        confirmed,
    )
    return Submission(
        application, resume_is_new, application_is_new, unconfirmed=not confirmed,
        returning=returning,
    )  # fmt: skip


def _resume_for(candidate, upload, detected, digest, *, confirmed: bool, stored: list):
    """The candidate's resume for this upload, and whether it is a new version. A confirmed one
    becomes current; an unconfirmed one never touches which resume is current."""
    resume = candidate.resumes.filter(sha256=digest).first()
    if resume is None:
        resume = Resume(
            candidate=candidate,
            original_name=_display_name(upload.name),
            size=upload.size,
            kind=detected.kind,
            mime_type=detected.mime_type,
            sha256=digest,
            is_current=confirmed,
            confirmed=confirmed,
        )
        if confirmed:
            candidate.resumes.filter(is_current=True).update(is_current=False)
        stored.append(_store(resume, upload))
        resume.save()
        return resume, True
    if not resume.file or not resume_storage.exists(resume.file.name):
        # The same file was sent before but its stored copy is gone (a restore from backup, a
        # lost write): keep this one.
        stored.append(_store(resume, upload))
        resume.save(update_fields=["file"])
    if confirmed:
        _make_current(candidate, resume)
    return resume, False


def _make_current(candidate: Candidate, resume: Resume) -> None:
    if resume.is_current and resume.confirmed:
        return
    candidate.resumes.filter(is_current=True).exclude(pk=resume.pk).update(is_current=False)
    resume.is_current = resume.confirmed = True
    resume.save(update_fields=["is_current", "confirmed"])


def _queue_submission_work(application, resume, resume_is_new, application_is_new) -> None:
    if resume_is_new:
        # The candidate's confirmation follows the extraction, so that it can list the open
        # jobs matching the resume; the recruiter hears at once.
        transaction.on_commit(
            lambda: extract_resume_text.enqueue(
                resume.pk,
                confirm_application_id=application.pk,
                application_is_new=application_is_new,
            )
        )
        transaction.on_commit(lambda: notify_recruiter.enqueue(application.pk, application_is_new))
    else:
        transaction.on_commit(
            lambda: send_submission_emails.enqueue(application.pk, application_is_new)
        )


class UpdateAlreadyUsed(Exception):
    """The proposed update was confirmed before (a link used twice)."""


def confirm_update(update: ProposedUpdate, *, now=None) -> Application:
    """The address's owner confirmed what was sent with it: apply the details, make the resume
    current, and confirm the application (or put the resume on the open one it updated)."""
    now = now or timezone.now()
    with transaction.atomic():
        update = ProposedUpdate.objects.select_for_update().get(pk=update.pk)
        if update.is_confirmed:
            raise UpdateAlreadyUsed
        candidate = Candidate.objects.select_for_update().get(pk=update.candidate_id)
        _apply_details(candidate, update.details, now=now)
        resume = update.resume
        _make_current(candidate, resume)
        application = Application.objects.select_for_update().get(pk=update.application_id)
        # New to staff when nobody had confirmed it yet (the recruiter has not heard of it).
        is_new = not application.confirmed
        application.resume = resume
        if update.message:
            application.message = update.message
        application.confirmed = True
        application.save(update_fields=["resume", "message", "confirmed", "updated_at"])
        update.confirmed_at = now
        update.save(update_fields=["confirmed_at"])
        transaction.on_commit(lambda: notify_recruiter.enqueue(application.pk, is_new))
    logger.info("Proposed update %s confirmed (application %s)", update.pk, application.pk)
    return application


def _proposed_details(details: CandidateDetails) -> dict:
    phone, phone_as_typed = read_phone(details.phone)
    return {
        "name": details.name,
        "phone": str(phone) if phone else "",
        "phone_as_typed": phone_as_typed,
        "city": details.city,
        "state": details.state,
        "desired_role": details.desired_role,
        "desired_category_id": details.desired_category_id,
        "profile_url": details.profile_url,
    }


def _apply_details(candidate: Candidate, proposed: dict, *, now=None) -> None:
    """What the owner sent is their latest information; blanks keep the old."""
    now = now or timezone.now()
    for field in ("name", "city", "state", "desired_role", "desired_category_id", "profile_url"):
        value = proposed.get(field)
        if value not in ("", None):
            setattr(candidate, field, value)
    if proposed.get("phone") or proposed.get("phone_as_typed"):
        # A phone given now replaces the number and what was typed.
        candidate.phone = proposed.get("phone") or ""
        candidate.phone_as_typed = proposed.get("phone_as_typed") or ""
    candidate.consent_at = candidate.last_activity_at = now
    candidate.save()


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


def _candidate_for(details: CandidateDetails) -> tuple[Candidate, bool]:
    """The candidate for this email, and whether they were known before; created safely under
    concurrent first submissions. A known candidate is returned unchanged."""
    candidate = Candidate.objects.select_for_update().filter(email__iexact=details.email).first()
    if candidate is not None:
        return candidate, True
    now = timezone.now()
    # Only a valid number is stored as one; anything else typed is kept beside it, not lost.
    phone, phone_as_typed = read_phone(details.phone)
    try:
        with transaction.atomic():
            return Candidate.objects.create(
                email=details.email,
                phone=phone,
                phone_as_typed=phone_as_typed,
                name=details.name,
                city=details.city,
                state=details.state,
                desired_role=details.desired_role,
                desired_category_id=details.desired_category_id,
                profile_url=details.profile_url,
                consent_at=now,
                last_activity_at=now,
            ), False
    except IntegrityError:
        # Someone else created this email between our look-up and insert: theirs, and known.
        return Candidate.objects.select_for_update().get(email__iexact=details.email), True


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


WITHDRAWN_NOTE = "Withdrawn by the candidate on their own page."
SELF_SERVICE = "the candidate (their page)"


def withdraw(application: Application) -> None:
    """The candidate withdrew from their page: in the application's history like a staff move."""
    application.move_to(Application.Status.WITHDRAWN, by=None, note=WITHDRAWN_NOTE)
    logger.info("Application %s withdrawn by the candidate", application.pk)


def add_resume_version(*, candidate: Candidate, upload: UploadedFile, detected: DetectedFile):
    """A newer resume from the signed-in candidate's page: their current one from now on (an
    identical file sent before becomes current again). An open general submission carries it,
    and its recruiters hear of the update. Returns (resume, is_new)."""
    stored = []
    committing = False
    try:
        with transaction.atomic():
            candidate = Candidate.objects.select_for_update().get(pk=candidate.pk)
            resume, is_new = _resume_for(
                candidate, upload, detected, _sha256(upload), confirmed=True, stored=stored
            )
            candidate.last_activity_at = timezone.now()
            candidate.save(update_fields=["last_activity_at"])
            general = (
                Application.objects.open().select_for_update()
                .filter(candidate=candidate, job=None).first()
            )  # fmt: skip
            if general is not None:
                general.resume, general.confirmed = resume, True
                general.save(update_fields=["resume", "confirmed", "updated_at"])
                transaction.on_commit(lambda: notify_recruiter.enqueue(general.pk, False))
            if is_new:
                transaction.on_commit(lambda: extract_resume_text.enqueue(resume.pk))
            committing = True
    except BaseException:
        if stored and not committing:
            _remove_quietly(stored[0])
        raise
    logger.info("Resume %s added from the candidate's page (new: %s)", resume.pk, is_new)
    return resume, is_new


def erase_candidate(candidate: Candidate, *, request=None) -> None:
    """Everything held about the candidate, at their request: their record, resumes (rows now,
    files once committed: candidates.signals), applications with their history, proposed updates,
    and what other apps hold for their email (core.personal_data: job alerts). Staff see one
    access-log line, without the data."""
    pk, email = candidate.pk, candidate.email
    with transaction.atomic():
        access_log.record(request, access_log.Action.DELETE, "candidate", [pk], by=SELF_SERVICE)
        Candidate.objects.filter(pk=pk).delete()
        personal_data.erase(email)
    logger.info("Candidate %s erased at their own request", pk)


def purge_unconfirmed(*, now=None) -> tuple[int, int]:
    """Drop what nobody confirmed in time: each proposed update whose link has expired, the
    application it started (still unconfirmed), and its resume version when nothing else uses
    it (the file goes with the row: candidates.signals). Returns (updates, resumes) removed."""
    cutoff = (now or timezone.now()) - CONFIRM_UPDATE.max_age
    updates = resumes = 0
    expired = ProposedUpdate.objects.pending().filter(created_at__lte=cutoff)
    for update in expired.select_related("application", "resume"):
        with transaction.atomic():
            if not ProposedUpdate.objects.filter(pk=update.pk).exists():
                continue  # gone with an application purged a moment ago
            application, resume = update.application, update.resume
            update.delete()
            updates += 1
            if update.application_is_new and not application.confirmed:
                application.delete()  # its other pending updates go with it
            if (
                not resume.confirmed
                and not resume.applications.exists()
                and not ProposedUpdate.objects.filter(resume=resume).exists()
            ):
                resume.delete()
                resumes += 1
    if updates:
        logger.info("Unconfirmed updates purged: %s (resumes: %s)", updates, resumes)
    return updates, resumes
