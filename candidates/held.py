"""Resumes held between the two steps of the resume-first form.

Choosing a file uploads it once: it is checked as any upload is, kept in the private resume store
under `held/`, and the form carries a signed token for it instead of the file. The token is bound
to the visitor's session (a random value kept there is part of the signing salt) and lasts an
hour; the submit turns the held file into the candidate's resume. Nothing about a candidate is
recorded before that submit, and a held file nobody confirms is purged (`purge_expired`, run by
`manage.py purge_held_resumes` or the task of the same name).

A scan or photo has no text to read at once: OCR takes seconds a page. The first step queues
`candidates.tasks.read_held_scan`, which writes what it read beside the held file
(`<name>.fields.json`, in the same private store, so any process sees it); the form then asks
for it (`scan_state`) until it is there or SCAN_WAIT has passed. It goes with the held file.

Each held file's name starts with the time it was held, so the purge needs no database row and
no storage timestamps (an object store's and the clock's may disagree): only the store's listing.
"""

import json
import logging
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from django.core import signing
from django.core.files import File
from django.core.files.base import ContentFile
from django.tasks import task
from django.utils import timezone

from .filetypes import DetectedFile
from .storage import resume_storage

logger = logging.getLogger(__name__)

PREFIX = "held"
MAX_AGE = 60 * 60  # seconds: the token's life, and a held file's
SALT = "candidates.held-resume"
SESSION_KEY = "candidates:held-binding"
FIELDS_SUFFIX = ".fields.json"
# Seconds after a scan was held beyond which the form stops waiting for its OCR and says to type.
SCAN_WAIT = 30

EXPIRED_MESSAGE = (
    "We keep a chosen file for an hour, and that time has passed. Please choose your resume "
    "file again."
)
REFUSED_MESSAGE = (
    "We could not use the file you chose earlier. Please choose your resume file again."
)


class HeldFileRefused(Exception):
    """The token is expired, altered, from another visitor, or its file is gone. `message` is
    plain words for the candidate."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class HeldResume:
    name: str  # in the resume store
    original_name: str  # as the candidate's computer called it: shown back to them only
    size: int
    detected: DetectedFile
    token: str

    def open(self) -> File:
        """The held file, under its original name, for `submit_resume` to store as a resume."""
        try:
            stored = resume_storage.open(self.name, "rb")
        except FileNotFoundError:
            raise HeldFileRefused(EXPIRED_MESSAGE) from None
        return File(stored, name=self.original_name)


def hold(session, upload, detected: DetectedFile, *, now: datetime | None = None) -> HeldResume:
    """Keep an upload that passed every check; returns it with its token for the form.

    Raises OSError when the store refuses the file (nothing is kept then).
    """
    now = now or timezone.now()
    wanted = f"{PREFIX}/{int(now.timestamp())}-{uuid.uuid4().hex}{detected.extension}"
    upload.seek(0)
    try:
        name = resume_storage.save(wanted, upload)
    except Exception as exc:
        raise OSError("The resume store refused a held file.") from exc
    finally:
        upload.seek(0)
    payload = {
        "f": name,
        "o": (upload.name or "resume")[-150:],
        "s": upload.size,
        "k": detected.kind,
        "m": detected.mime_type,
        "e": detected.extension,
    }
    token = signing.dumps(payload, salt=_salt(session, create=True), compress=True)
    return _held(payload, token)


def read(session, token: str) -> HeldResume:
    """The held resume a token names, if this session holds it and it is under an hour old."""
    salt = _salt(session, create=False)
    if salt is None:
        raise HeldFileRefused(REFUSED_MESSAGE)
    try:
        payload = signing.loads(token, salt=salt, max_age=MAX_AGE)
    except signing.SignatureExpired:
        raise HeldFileRefused(EXPIRED_MESSAGE) from None
    except signing.BadSignature:
        raise HeldFileRefused(REFUSED_MESSAGE) from None
    try:
        held = _held(payload, token)
    except (KeyError, TypeError, ValueError):  # signed by us, so only an older format
        raise HeldFileRefused(REFUSED_MESSAGE) from None
    if not held.name.startswith(f"{PREFIX}/"):
        raise HeldFileRefused(REFUSED_MESSAGE)
    return held


def discard(held: HeldResume) -> None:
    """Remove a held file that was used or replaced, and what was read from it; a failure
    leaves them to the purge."""
    for name in (held.name, fields_name(held.name)):
        try:
            resume_storage.delete(name)
        except Exception:
            logger.exception("Could not remove a held resume file; the purge will")


def fields_name(name: str) -> str:
    """Where the fields read from the held file `name` by OCR are kept."""
    return f"{name}{FIELDS_SUFFIX}"


def store_fields(name: str, fields: dict | None) -> None:
    """Keep what OCR read from the held file `name`; None: it could not be read. Overwrites
    (a task run twice writes the same)."""
    record = {"read": fields is not None, "fields": fields or {}}
    target = fields_name(name)
    if resume_storage.exists(target):
        resume_storage.delete(target)
    resume_storage.save(target, ContentFile(json.dumps(record).encode()))


@dataclass(frozen=True)
class ScanState:
    state: str  # "reading", "read" or "unread" (OCR failed, or SCAN_WAIT passed)
    fields: dict


def scan_state(held: HeldResume, *, now: datetime | None = None) -> ScanState:
    """How the background reading of this held scan stands: one small read of the store."""
    try:
        with resume_storage.open(fields_name(held.name), "rb") as fh:
            record = json.loads(fh.read(64 * 1024))
    except FileNotFoundError:
        held_at = _held_at(held.name.removeprefix(f"{PREFIX}/"))
        waited = (now or timezone.now()).timestamp() - (held_at or 0)
        return ScanState("unread" if waited > SCAN_WAIT else "reading", {})
    except (OSError, ValueError):
        logger.warning("Could not read the fields kept beside a held resume")
        return ScanState("unread", {})
    fields = record.get("fields") if isinstance(record, dict) else None
    if not record.get("read") or not isinstance(fields, dict):
        return ScanState("unread", {})
    return ScanState("read", {str(k): str(v) for k, v in fields.items() if isinstance(v, str)})


def purge_expired(*, now: datetime | None = None) -> int:
    """Delete held files older than MAX_AGE; returns how many went."""
    cutoff = (now or timezone.now()).timestamp() - MAX_AGE
    try:
        _, names = resume_storage.listdir(PREFIX)
    except FileNotFoundError:  # nothing held yet: the folder does not exist
        return 0
    removed = 0
    for name in names:
        held_at = _held_at(name)
        if held_at is None or held_at >= cutoff:
            continue  # not ours, or still within its hour
        try:
            resume_storage.delete(f"{PREFIX}/{name}")
        except Exception:
            logger.exception("Could not purge a held resume file")
            continue
        removed += 1
    return removed


@task
def purge_held_resumes() -> int:
    """What `manage.py purge_held_resumes` does, for a scheduler that enqueues tasks."""
    removed = purge_expired()
    logger.info("Held resumes purged: %s", removed)
    return removed


def is_held_name(name: str) -> bool:
    """A name in the resume store that is a held file, not a candidate's resume."""
    return name.startswith(f"{PREFIX}/")


def _held_at(name: str) -> int | None:
    stamp, dash, _ = name.partition("-")
    return int(stamp) if dash and stamp.isdigit() else None


def _held(payload: dict, token: str) -> HeldResume:
    return HeldResume(
        name=str(payload["f"]),
        original_name=str(payload["o"]),
        size=int(payload["s"]),
        detected=DetectedFile(
            kind=str(payload["k"]), mime_type=str(payload["m"]), extension=str(payload["e"])
        ),
        token=token,
    )


def _salt(session, *, create: bool) -> str | None:
    binding = session.get(SESSION_KEY)
    if binding is None:
        if not create:
            return None
        binding = session[SESSION_KEY] = secrets.token_urlsafe(16)
    return f"{SALT}:{binding}"
