"""Held resumes (the resume-first form) in the object store: kept, turned into a resume, and
purged, all through the Storage API on a real S3 server (moto)."""

import secrets
from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from .harness import FIXTURES
from .test_faults import s3_options

pytestmark = pytest.mark.production

RESUME = FIXTURES / "r06-delgado-cnc-machinist.pdf"


@pytest.fixture
def bucket(settings, moto_s3):
    """An empty private resume bucket of this test's own; returns a function listing its keys."""
    name = f"held-{secrets.token_hex(6)}"
    client = moto_s3.client()
    client.create_bucket(Bucket=name)
    settings.STORAGES = {
        **settings.STORAGES,
        "resumes": {
            "BACKEND": "core.storages.PrivateResumeStorage",
            "OPTIONS": s3_options(moto_s3.url, name),
        },
    }

    def keys() -> list[str]:
        return sorted(
            item["Key"] for item in client.list_objects_v2(Bucket=name).get("Contents", [])
        )

    return keys


def hold(session, *, now=None):
    from candidates import held
    from candidates.filetypes import inspect_upload

    upload = SimpleUploadedFile(RESUME.name, RESUME.read_bytes())
    detected = inspect_upload(upload, upload.name, max_bytes=5 * 1024 * 1024)
    return held.hold(session, upload, detected, now=now)


def test_purge_removes_expired_held_files_from_the_bucket(db, bucket):
    from candidates import held

    session = SessionStore()
    now = timezone.now()
    old = hold(session, now=now - timedelta(minutes=61))
    recent = hold(session, now=now - timedelta(minutes=5))
    assert bucket() == sorted([old.name, recent.name])
    assert held.purge_expired(now=now) == 1
    assert bucket() == [recent.name]


def test_a_held_file_becomes_the_resume_and_leaves_the_bucket(db, bucket, client):
    from candidates.models import Resume

    read = client.post(
        "/resume/",
        {"step": "read", "resume": SimpleUploadedFile(RESUME.name, RESUME.read_bytes())},
    )
    token = read.context["form"]["held"].value()
    assert [key.split("/")[0] for key in bucket()] == ["held"]
    sent = client.post(
        "/resume/",
        {"held": token, "name": "Luis Delgado", "email": "luis@example.com", "consent": "on"},
    )
    assert sent.status_code == 302
    resume = Resume.objects.get()
    assert bucket() == [resume.file.name]
    with resume.file.open("rb") as stored:
        assert stored.read() == RESUME.read_bytes()
