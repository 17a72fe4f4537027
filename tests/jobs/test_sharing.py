"""Send to a friend: one fixed email with the job's link, rate-limited, the address kept nowhere."""

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains

from tests.jobs.factories import ClosedJobFactory, JobFactory

pytestmark = pytest.mark.django_db


def send(client, job, email="friend@example.com"):
    return client.post(reverse("jobs:job-share", args=[job.pk, job.slug]), {"email": email})


def test_the_job_page_links_the_form_and_the_email_is_fixed(client, settings):
    settings.SITE_URL = "https://careers.amtec.example"
    job = JobFactory(title="CNC Machinist")
    page = client.get(job.get_absolute_url())
    assertContains(page, reverse("jobs:job-share", args=[job.pk, job.slug]))
    form = client.get(reverse("jobs:job-share", args=[job.pk, job.slug]))
    assertContains(form, "Your friend")
    assert list(form.context["form"].fields) == ["email"]  # nothing else can be typed
    response = send(client, job)
    assertContains(response, "We emailed your friend")
    [message] = mail.outbox
    assert message.to == ["friend@example.com"] and "CNC Machinist" in message.subject
    link = f"https://careers.amtec.example{job.get_absolute_url()}?source=referral"
    assert link in message.body


def test_the_address_is_stored_nowhere(client):
    job = JobFactory()
    send(client, job, email="kept.nowhere@example.com")
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if table.startswith("jobs_job_fts"):
                continue
            columns = [
                c.name for c in connection.introspection.get_table_description(cursor, table)
            ]
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - table names from the schema
            for row in cursor.fetchall():
                assert "kept.nowhere" not in repr(row), (table, columns)


def test_bad_addresses_get_a_field_error(client):
    job = JobFactory()
    response = send(client, job, email="not an email")
    assertContains(response, "Please correct 1 thing below")
    response = send(client, job, email="victim@example.com\r\nBcc: x@example.com")
    assert response.status_code == 200 and not mail.outbox


def test_rate_limited_per_visitor_and_per_mailbox(settings):
    job = JobFactory()
    visitor = Client(REMOTE_ADDR="203.0.113.5")
    for n in range(5):
        assert send(visitor, job, email=f"friend{n}@example.com").status_code == 200
    assert send(visitor, job, email="friend9@example.com").status_code == 429
    for n in range(5):  # one mailbox, however spelled, from many visitors
        send(Client(REMOTE_ADDR=f"198.51.100.{n}"), job, email=f"victim+{n}@gmail.com")
    blocked = send(Client(REMOTE_ADDR="198.51.100.99"), job, email="vic.tim@gmail.com")
    assert blocked.status_code == 429
    assert sum("victim" in m.to[0] for m in mail.outbox) == 5


def test_the_daily_cap_holds_quietly(client, settings):
    settings.CONFIRMATION_EMAILS_PER_DAY = 1
    job = JobFactory()
    send(Client(REMOTE_ADDR="203.0.113.1"), job, email="someone@example.com")
    response = send(Client(REMOTE_ADDR="203.0.113.2"), job, email="someone+x@example.com")
    assertContains(response, "We emailed your friend")
    assert len(mail.outbox) == 1


def test_only_open_jobs(client):
    job = ClosedJobFactory()
    assert client.get(reverse("jobs:job-share", args=[job.pk, job.slug])).status_code == 404


def test_an_application_from_the_link_is_a_referral(client):
    from tests.candidates.conftest import PDF, fixture_upload

    job = JobFactory()
    page = f"http://testserver{job.get_absolute_url()}?source=referral"
    client.get(job.get_apply_url(), HTTP_REFERER=page)
    client.post(job.get_apply_url(), {"name": "Jo Friend", "email": "jo@example.com",
                "resume": fixture_upload(PDF), "consent": "on", "website": ""},
                HTTP_REFERER=page)  # fmt: skip
    from candidates.models import Application

    assert Application.objects.get().source == "referral"
