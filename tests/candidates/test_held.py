"""The held file of the resume-first form: its token, its hour, its purge."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.sessions.backends.db import SessionStore
from django.core import signing
from django.core.management import call_command
from django.utils import timezone

from candidates import held
from candidates.filetypes import inspect_upload
from candidates.management.commands.check_resumes import check
from tests.candidates.conftest import PDF, fixture_upload

pytestmark = pytest.mark.django_db


def hold_pdf(session, **kwargs):
    upload = fixture_upload(PDF)
    detected = inspect_upload(upload, upload.name, max_bytes=5 * 1024 * 1024)
    return held.hold(session, upload, detected, **kwargs)


def test_a_held_file_reads_back_in_its_session_under_its_own_name(resume_files):
    session = SessionStore()
    kept = hold_pdf(session)
    assert resume_files() == [kept.name] and kept.name.startswith("held/")
    again = held.read(session, kept.token)
    assert again == kept
    assert (again.original_name, again.detected.kind, again.size) == (PDF, "pdf", kept.size)
    with again.open() as opened:
        assert opened.name == PDF
        assert opened.read() == fixture_upload(PDF).read()


def test_a_token_is_refused_in_another_session():
    kept = hold_pdf(SessionStore())
    other = SessionStore()
    other[held.SESSION_KEY] = "someone-else"
    for session in (other, SessionStore()):  # another visitor's binding, or none at all
        with pytest.raises(held.HeldFileRefused) as refused:
            held.read(session, kept.token)
        assert refused.value.message == held.REFUSED_MESSAGE


def test_an_altered_token_is_refused():
    session = SessionStore()
    kept = hold_pdf(session)
    value, _, signature = kept.token.rpartition(":")
    flipped = signature[:-1] + ("A" if signature[-1] != "A" else "B")
    forged_payload = signing.dumps(
        {"f": "2026/01/someone-elses.pdf", "o": "x.pdf", "s": 1, "k": "pdf", "m": "", "e": ""},
        salt="candidates.held-resume",  # the salt without this session's binding
    )
    for token in (f"{value}:{flipped}", forged_payload, "", "garbage", kept.token + "x"):
        with pytest.raises(held.HeldFileRefused) as refused:
            held.read(session, token)
        assert refused.value.message == held.REFUSED_MESSAGE


def test_a_token_signed_for_a_file_outside_the_held_folder_is_refused():
    """Even with the right key, the token can only ever name a held file."""
    session = SessionStore()
    hold_pdf(session)  # gives the session its binding
    salt = f"{held.SALT}:{session[held.SESSION_KEY]}"
    payload = {"f": "2026/01/a-resume.pdf", "o": "x.pdf", "s": 1, "k": "pdf", "m": "", "e": ""}
    with pytest.raises(held.HeldFileRefused):
        held.read(session, signing.dumps(payload, salt=salt))


def test_a_token_lasts_an_hour():
    session = SessionStore()
    kept = hold_pdf(session)
    with time_machine.travel(timezone.now() + timedelta(minutes=59)):
        assert held.read(session, kept.token).name == kept.name
    later = time_machine.travel(timezone.now() + timedelta(minutes=61))
    with later, pytest.raises(held.HeldFileRefused) as refused:
        held.read(session, kept.token)
    assert refused.value.message == held.EXPIRED_MESSAGE
    assert "choose your resume file again" in refused.value.message


def test_purge_removes_held_files_after_their_hour_and_leaves_the_rest(resume_files, settings):
    session = SessionStore()
    now = timezone.now()
    old = hold_pdf(session, now=now - timedelta(minutes=61))
    recent = hold_pdf(session, now=now - timedelta(minutes=30))
    root = settings.STORAGES["resumes"]["OPTIONS"]["location"]
    (root / "2026").mkdir(parents=True)
    (root / "2026" / "a-resume.pdf").write_bytes(b"%PDF-")  # a candidate's: never the purge's
    (root / "held" / "notes.txt").write_bytes(b"not ours")  # no time in its name: left alone
    assert held.purge_expired(now=now) == 1
    assert sorted(resume_files()) == sorted(["2026/a-resume.pdf", recent.name, "held/notes.txt"])
    assert old.name not in resume_files()
    with pytest.raises(held.HeldFileRefused):
        held.read(session, old.token).open()  # even within a token's life, a purged file is gone


def test_purge_command_and_task(resume_files, capsys):
    hold_pdf(SessionStore(), now=timezone.now() - timedelta(hours=2))
    call_command("purge_held_resumes")
    assert "1 file(s)" in capsys.readouterr().out
    assert resume_files() == []
    hold_pdf(SessionStore(), now=timezone.now() - timedelta(hours=2))
    result = held.purge_held_resumes.enqueue()  # the immediate backend in tests
    assert result.return_value == 1 and resume_files() == []


def test_purge_with_nothing_held_yet():
    assert held.purge_expired() == 0


def test_check_resumes_leaves_held_files_alone(resume_files):
    hold_pdf(SessionStore(), now=timezone.now() - timedelta(hours=3))
    report = check(repair=True, grace=timedelta(minutes=60))
    assert report["consistent"] and report["orphan_files"] == [] and report["stored_files"] == 0
    assert len(resume_files()) == 1  # the purge's to remove, not check_resumes'


def test_a_store_that_refuses_the_file_raises_oserror(settings, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_bytes(b"")
    settings.STORAGES = {
        **settings.STORAGES,
        "resumes": {**settings.STORAGES["resumes"], "OPTIONS": {"location": blocked}},
    }
    with pytest.raises(OSError):
        hold_pdf(SessionStore())


def test_discard_is_quiet_when_the_file_is_already_gone(resume_files):
    kept = hold_pdf(SessionStore())
    held.discard(kept)
    held.discard(kept)
    assert resume_files() == []


def test_read_uses_io_that_the_services_accept():
    """submit_resume reads name, size, chunks and seeks: the opened held file has them all."""
    session = SessionStore()
    kept = hold_pdf(session)
    with kept.open() as opened:
        assert opened.size == kept.size
        opened.seek(0)
        assert b"".join(opened.chunks()) == fixture_upload(PDF).read()
