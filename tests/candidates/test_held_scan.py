"""Scans and photos at the first step: read by OCR in the background, their fields kept beside
the held file, and shown to the session that holds it (upload.js asks; "Check again" without
JavaScript). The immediate task backend of the tests runs the OCR during the first step."""

import json
from datetime import timedelta

import pytest
import time_machine
from django.contrib.sessions.backends.db import SessionStore
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from candidates import held
from candidates.filetypes import inspect_upload
from candidates.models import Candidate, Resume
from candidates.tasks import read_held_scan
from tests.candidates.conftest import PDF, fixture_upload
from tests.candidates.test_extraction_tools import needs

pytestmark = pytest.mark.django_db

SCAN = "r06-delgado-cnc-machinist-scan.pdf"
PHOTO = "r06-delgado-cnc-machinist-photo.png"
DELGADO = {"name": "Roberto Delgado", "email": "roberto.delgado@example.com"}
READING = "Reading your scan - this takes a few seconds"
COULD_NOT = "We could not read your details from this file"


def read_step(client, upload, **typed):
    return client.post(
        reverse("candidates:resume-submit"), {"step": "read", "resume": upload, **typed}
    )


def token_of(response) -> str:
    return response.context["form"]["held"].value()


def poll(client, token):
    return client.get(reverse("candidates:held-fields"), headers={"X-Held-Token": token})


def hold(session, name):
    upload = fixture_upload(name)
    detected = inspect_upload(upload, upload.name, max_bytes=5 * 1024 * 1024)
    return held.hold(session, upload, detected)


def test_the_task_keeps_the_fields_beside_the_held_scan(resume_files):
    needs("pdftoppm", "tesseract")
    kept = hold(SessionStore(), SCAN)
    assert held.scan_state(kept).state == "reading"  # nothing read yet
    assert read_held_scan.call(kept.name, "pdf") == "read"
    assert resume_files() == sorted([kept.name, held.fields_name(kept.name)])
    state = held.scan_state(kept)
    assert state.state == "read"
    assert {k: state.fields[k] for k in DELGADO} == DELGADO
    assert read_held_scan.call(kept.name, "pdf") == "read"  # safe to run twice
    assert resume_files() == sorted([kept.name, held.fields_name(kept.name)])


def test_the_task_leaves_a_file_already_gone_alone(resume_files):
    kept = hold(SessionStore(), SCAN)
    held.discard(kept)
    assert read_held_scan.call(kept.name, "pdf") == "gone"
    assert read_held_scan.call("2026/01/a-candidates-resume.pdf", "pdf") == "gone"
    assert resume_files() == []


def test_a_scan_no_ocr_could_read_says_so_and_waiting_has_an_end(resume_files, settings):
    settings.RESUME_TESSERACT = "/nonexistent/tesseract"
    kept = hold(SessionStore(), SCAN)
    later = timezone.now() + timedelta(seconds=held.SCAN_WAIT + 1)
    assert held.scan_state(kept, now=later).state == "unread"  # no answer in time
    assert read_held_scan.call(kept.name, "pdf") == "unread"
    assert held.scan_state(kept).state == "unread"


def test_discard_and_the_purge_remove_the_fields_too(resume_files):
    needs("tesseract")
    session = SessionStore()
    first, second = hold(session, PHOTO), hold(session, PHOTO)
    for kept in (first, second):
        held.store_fields(kept.name, {"name": "Roberto Delgado"})
    held.discard(first)
    assert resume_files() == sorted([second.name, held.fields_name(second.name)])
    assert held.purge_expired() == 0  # within its hour
    with time_machine.travel(timezone.now() + timedelta(minutes=61)):
        assert held.purge_expired() == 2  # the file and its fields
    assert resume_files() == []


def test_the_first_step_queues_the_scan_and_check_again_fills_the_form(client, resume_files):
    needs("pdftoppm", "tesseract")
    response = read_step(client, fixture_upload(SCAN), phone="815 555 0199")
    assert response.status_code == 200 and not response.context["form"].errors
    assertContains(response, READING)
    assertContains(response, 'name="step" value="check"')
    assertNotContains(response, COULD_NOT)
    assertNotContains(response, 'value="Roberto Delgado"')  # shown once asked for
    token = token_of(response)
    checked = client.post(
        reverse("candidates:resume-submit"),
        {"step": "check", "held": token, "phone": "815 555 0199", "desired_role": "Machinist"},
    )
    assert checked.status_code == 200
    for value in DELGADO.values():
        assertContains(checked, f'value="{value}"')
    assertContains(checked, 'value="815 555 0199"')  # typed: kept, not replaced
    assertContains(checked, 'value="Machinist"')
    assertContains(checked, "From your resume we filled in: name, email, city, state.")
    assertNotContains(checked, READING)
    assert not checked.context["form"].errors
    assert token_of(checked) == token
    assert not Candidate.objects.exists() and not Resume.objects.exists()


def test_check_again_does_not_count_as_a_try(client, settings):
    needs("tesseract")
    settings.SUBMISSION_ATTEMPT_RATE_LIMIT = (1, 3600)
    token = token_of(read_step(client, fixture_upload(PHOTO)))  # the one try
    for _ in range(3):
        checked = client.post(reverse("candidates:resume-submit"), {"step": "check", "held": token})
        assert checked.status_code == 200
        assertContains(checked, 'value="roberto.delgado@example.com"')
        assert poll(client, token).status_code == 200
    assert read_step(client, fixture_upload(PDF)).status_code == 429  # a second read is one


def test_the_endpoint_gives_the_fields_to_the_owning_session_only(client, resume_files):
    needs("tesseract")
    token = token_of(read_step(client, fixture_upload(PHOTO)))
    answer = poll(client, token)
    assert answer.status_code == 200
    assert "no-store" in answer["Cache-Control"]
    body = answer.json()
    assert body["state"] == "read"
    assert {k: body["fields"][k] for k in DELGADO} == DELGADO
    assert set(body["labels"]) == set(body["fields"])
    # Another visitor, a token altered or missing, or one past its hour: refused.
    other = client.__class__()
    other.get(reverse("candidates:resume-submit"))
    value, _, signature = token.rpartition(":")
    flipped = signature[:-1] + ("A" if signature[-1] != "A" else "B")
    for refused in (poll(other, token), poll(client, f"{value}:{flipped}"), poll(client, "")):
        assert refused.status_code == 403
        assert refused.json() == {"state": "refused"}
        assert "Delgado" not in refused.content.decode()
    with time_machine.travel(timezone.now() + timedelta(minutes=61)):
        assert poll(client, token).status_code == 403
    assert client.post(reverse("candidates:held-fields")).status_code == 405


def test_the_endpoint_gives_only_this_held_files_fields(client, resume_files):
    needs("tesseract")
    token = token_of(read_step(client, fixture_upload(PHOTO)))
    kept = held.read(client.session, token)
    held.store_fields(kept.name, {"name": "Someone Else Entirely"})
    body = poll(client, token).json()
    assert body["fields"] == {"name": "Someone Else Entirely"}
    sidecar = held.fields_name(kept.name)
    assert json.loads(held.resume_storage.open(sidecar).read())["read"] is True


def test_without_ocr_a_scan_reads_as_before(client, settings):
    settings.RESUME_TESSERACT = "/nonexistent/tesseract"  # a machine without OCR
    response = read_step(client, fixture_upload(SCAN))
    assertContains(response, COULD_NOT)
    assertNotContains(response, READING)
    assertNotContains(response, 'value="check"')


def test_check_again_stops_waiting_after_a_while(client, resume_files):
    needs("tesseract")
    token = token_of(read_step(client, fixture_upload(PHOTO)))
    kept = held.read(client.session, token)
    held.resume_storage.delete(held.fields_name(kept.name))  # as if no worker had run it yet

    def check():
        return client.post(reverse("candidates:resume-submit"), {"step": "check", "held": token})

    assertContains(check(), READING)
    assert poll(client, token).json() == {"state": "reading", "fields": {}, "labels": {}}
    with time_machine.travel(timezone.now() + timedelta(seconds=held.SCAN_WAIT + 5)):
        assertContains(check(), COULD_NOT)
        assertNotContains(check(), READING)
        assert poll(client, token).json()["state"] == "unread"
