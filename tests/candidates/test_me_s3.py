"""Deletion from the candidate's page leaves nothing in an S3 resume store either (moto, in
process: the same boto3 calls django-storages makes against AWS)."""

import pytest
from django.core import mail
from django.urls import reverse
from moto import mock_aws

from candidates.models import Candidate, Resume
from tests.candidates.conftest import DOCX, PDF, fixture_upload
from tests.candidates.signin import sign_in
from tests.candidates.test_confirm_updates import submit

pytestmark = pytest.mark.django_db

BUCKET = "amtec-resumes-test"


@pytest.fixture
def s3_resumes(settings, monkeypatch):
    """The resume store is a private bucket (core.storages.PrivateResumeStorage) on moto."""
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    with mock_aws():
        import boto3

        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket=BUCKET)
        settings.STORAGES = {
            **settings.STORAGES,
            "resumes": {
                "BACKEND": "core.storages.PrivateResumeStorage",
                "OPTIONS": {
                    "bucket_name": BUCKET,
                    "region_name": "us-east-1",
                    "file_overwrite": False,
                },
            },
        }

        def keys() -> list[str]:
            listing = client.list_objects_v2(Bucket=BUCKET)
            return [item["Key"] for item in listing.get("Contents", [])]

        yield keys


def test_deletion_removes_every_resume_object(
    client, s3_resumes, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submit(fixture_upload(PDF))
        submit(fixture_upload(DOCX))  # a known email: an unconfirmed version, stored too
    candidate = Candidate.objects.get()
    stored = sorted(r.file.name for r in Resume.objects.all())
    assert sorted(s3_resumes()) == stored and len(stored) == 2
    mail.outbox.clear()

    sign_in(client, candidate)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("candidates:me-delete"), {"confirm": "yes"})
    assert response.status_code == 302
    assert s3_resumes() == []
    assert not Candidate.objects.exists() and not Resume.objects.exists()


def test_the_export_reads_the_files_from_the_store(client, s3_resumes):
    import io
    import zipfile

    submit(fixture_upload(PDF))
    sign_in(client, Candidate.objects.get())
    response = client.get(reverse("candidates:me-export"))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    (name,) = [n for n in archive.namelist() if n.startswith("resumes/")]
    assert archive.read(name) == fixture_upload(PDF).read()
