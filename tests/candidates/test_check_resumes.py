"""`manage.py check_resumes`: rows without files and files without rows, on a real resume store."""

import json
import os
import time
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command

from candidates.models import Resume
from candidates.storage import resume_storage
from tests.candidates.factories import ResumeFactory

pytestmark = pytest.mark.django_db
ORPHAN = "2025/01/0123456789abcdef0123456789abcdef.pdf"


def check_resumes(*args) -> tuple[int, str]:
    out = StringIO()
    try:
        call_command("check_resumes", *args, stdout=out)
    except SystemExit as exit:
        return exit.code, out.getvalue()
    return 0, out.getvalue()


def store_orphan(name: str = ORPHAN, *, hours_old: float) -> str:
    name = resume_storage.save(name, ContentFile(b"%PDF-1.4 left behind"))
    modified = time.time() - hours_old * 3600
    os.utime(resume_storage.path(name), (modified, modified))
    return name


def test_an_empty_store_is_consistent():
    code, out = check_resumes()
    assert code == 0
    assert "0 file(s); database: 0 resume row(s)" in out and out.strip().endswith("Consistent.")


def test_rows_and_files_that_match_are_consistent(resume_files):
    ResumeFactory.create_batch(2)
    assert len(resume_files()) == 2  # in their year/month folders
    code, out = check_resumes()
    assert code == 0
    assert "2 file(s); database: 2 resume row(s)" in out and "Consistent." in out


def test_a_row_whose_file_is_missing_is_reported_and_never_deleted(resume_files):
    kept, lost = ResumeFactory.create_batch(2)
    resume_storage.delete(lost.file.name)
    for args in ((), ("--repair",)):
        code, out = check_resumes(*args)
        assert code == 1
        assert "Resume rows whose file is missing from the store: 1" in out
        assert f"resume {lost.pk} (candidate {lost.candidate_id}): {lost.file.name}" in out
        assert f"resume {kept.pk} " not in out
        assert "Differences found." in out
    assert Resume.objects.count() == 2 and resume_files() == [kept.file.name]


def test_an_orphan_file_is_reported_and_kept_without_repair(resume_files):
    resume = ResumeFactory()
    store_orphan(hours_old=3)
    code, out = check_resumes()
    assert code == 1
    assert "Stored files with no resume row: 1" in out
    assert f"{ORPHAN} (modified " in out and "): kept" in out and "--repair" in out
    assert resume_files() == sorted([resume.file.name, ORPHAN])


def test_repair_deletes_old_orphans_only(resume_files):
    resume = ResumeFactory()
    store_orphan(hours_old=2)
    code, out = check_resumes("--repair")
    assert code == 0  # consistent once repaired
    assert f"{ORPHAN} (modified " in out and "): deleted" in out
    assert resume_files() == [resume.file.name]
    assert check_resumes()[0] == 0


def test_an_orphan_younger_than_the_grace_period_is_left_alone(resume_files):
    # A file being uploaded right now has no row yet: its row is written after the file.
    store_orphan(hours_old=0.5)
    code, out = check_resumes("--repair")
    assert code == 0
    assert "Files younger than 60 min with no row yet (uploads in progress?), left alone: 1" in out
    assert resume_files() == [ORPHAN]
    # A shorter grace period makes it an orphan.
    code, out = check_resumes("--repair", "--grace-minutes", "20")
    assert code == 0 and "): deleted" in out and resume_files() == []


def test_json_report_for_monitoring():
    lost = ResumeFactory()
    resume_storage.delete(lost.file.name)
    store_orphan(hours_old=5)
    young = store_orphan("2026/11/fedcba9876543210fedcba9876543210.docx", hours_old=0)
    code, out = check_resumes("--json")
    assert code == 1
    report = json.loads(out)
    assert report["consistent"] is False
    assert report["resume_rows"] == 1 and report["stored_files"] == 2
    assert report["missing_files"] == [
        {"resume": lost.pk, "candidate": lost.candidate_id, "file": lost.file.name}
    ]
    assert [(o["file"], o["deleted"]) for o in report["orphan_files"]] == [(ORPHAN, False)]
    assert report["recent_files"] == [young]
