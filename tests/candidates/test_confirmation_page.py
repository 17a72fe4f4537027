"""The page after a submission (issue 21, 9; issue 18, 4; issue 21, 5): it says what happened to
the resume, never "still reading" for ever, shows similar open jobs and offers a job alert."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from alerts.models import JobAlert
from candidates.models import Candidate, Resume
from tests.candidates.conftest import DOCX, fixture_upload
from tests.candidates.signin import sign_in
from tests.candidates.test_views import form_data
from tests.jobs.factories import ClosedJobFactory, JobFactory

pytestmark = pytest.mark.django_db
DONE = "/resume/sent/"
STILL_READING = "We are still reading your resume"


def send(client, django_capture_on_commit_callbacks, *, url=None, run=True, **overrides):
    with django_capture_on_commit_callbacks(execute=run):
        response = client.post(url or reverse("candidates:resume-submit"), form_data(**overrides))
    assert response.status_code == 302, response.content[:400]
    return client.get(DONE)


def test_a_resume_that_replaces_an_earlier_one_says_so(client, django_capture_on_commit_callbacks):
    first = send(client, django_capture_on_commit_callbacks)
    assertNotContains(first, "replaces the one you sent us before")
    sign_in(client, Candidate.objects.get())
    again = send(client, django_capture_on_commit_callbacks, resume=fixture_upload(DOCX))
    assertContains(again, "This resume replaces the one you sent us before.")


def test_staff_get_an_updated_notice_instead_of_a_second_new(
    client, django_capture_on_commit_callbacks
):
    send(client, django_capture_on_commit_callbacks)
    (first,) = [m for m in mail.outbox if m.to == ["recruiting@amtec.example"]]
    assert first.subject == "New general resume submission"
    mail.outbox.clear()
    sign_in(client, Candidate.objects.get())
    send(client, django_capture_on_commit_callbacks, resume=fixture_upload(DOCX))
    (second,) = [m for m in mail.outbox if m.to == ["recruiting@amtec.example"]]
    assert second.subject.startswith("Updated resume")
    assert "it replaces the one they sent before" in second.body


def test_a_resume_that_could_not_be_read_says_so_and_what_to_do(
    client, django_capture_on_commit_callbacks
):
    send(client, django_capture_on_commit_callbacks)
    Resume.objects.update(extraction_status=Resume.Extraction.FAILED)
    page = client.get(DONE)
    assertContains(page, "We could not read the text of your file")
    assertContains(page, "send the same resume as a PDF or Word file")
    assertNotContains(page, STILL_READING)


def test_still_reading_gives_way_to_a_plain_message(client, django_capture_on_commit_callbacks):
    # The worker has not run: the resume waits to be read.
    send(client, django_capture_on_commit_callbacks, run=False)
    assert Resume.objects.get().extraction_status == Resume.Extraction.PENDING
    assertContains(client.get(DONE), STILL_READING)
    with time_machine.travel(timezone.now() + timedelta(minutes=3), tick=False):
        later = client.get(DONE)
    assertNotContains(later, STILL_READING)
    assertContains(later, "taking longer than usual. Nothing is lost")


def test_the_page_after_applying_shows_similar_open_jobs(
    client, django_capture_on_commit_callbacks
):
    job = JobFactory(title="CNC Machinist")
    similar = JobFactory(title="CNC Lathe Operator", category=job.category)
    ClosedJobFactory(title="CNC Setup Tech (closed)", category=job.category)
    JobFactory(title="Staff Accountant")  # another category
    # Before the resume is read (no matches yet, which would list the same jobs only once).
    page = send(client, django_capture_on_commit_callbacks, url=job.get_apply_url(), run=False)
    assertContains(page, "Similar open jobs")
    assertContains(page, similar.get_absolute_url())
    assertNotContains(page, "(closed)")
    assertNotContains(page, "Staff Accountant")


def test_the_job_page_shows_similar_open_jobs(client):
    job = JobFactory(title="CNC Machinist")
    similar = JobFactory(title="CNC Lathe Operator", category=job.category)
    ClosedJobFactory(title="CNC Setup Tech (closed)", category=job.category)
    page = client.get(job.get_absolute_url())
    assertContains(page, "Similar jobs")
    assertContains(page, similar.get_absolute_url())
    assertNotContains(page, "(closed)")


def test_the_page_after_applying_offers_a_job_alert_like_the_job(
    client, django_capture_on_commit_callbacks
):
    job = JobFactory(title="CNC Machinist", state="OH", workplace="onsite")
    page = send(client, django_capture_on_commit_callbacks, url=job.get_apply_url())
    assertContains(page, "Hear about jobs like this one")
    assertContains(page, job.category.name)
    form = page.content.decode().split('id="after-applying-alert-heading"', 1)[1]
    assert 'action="/alerts/"' in form and 'value="jane.doe@example.com"' in form
    assert 'name="csrfmiddlewaretoken"' in form
    query = form.split('name="query" value="', 1)[1].split('"', 1)[0]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("alerts:alert-create"),
            {
                "email": "jane.doe@example.com",
                "frequency": "weekly",
                "query": query.replace("&amp;", "&"),
            },
        )
    assert response.status_code == 302
    alert = JobAlert.objects.get()
    assert f"category={job.category.slug}" in alert.query and "location=OH" in alert.query
    assert not alert.is_confirmed  # the usual double opt-in
