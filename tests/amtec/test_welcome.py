"""`make run`'s last words: the demo sign-in printed after the start-up output, not before it."""

import re
import stat
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from amtec.management.commands import welcome
from candidates.tasks import extract_resume_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_tasks(settings):
    # As `make run` queues them: in the database, for the worker beside the server.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_welcome_prints_the_sign_in_once_the_site_answers_then_forgets_it(
    live_server, tmp_path, settings, client, database_tasks
):
    settings.DEBUG = True
    get_user_model().objects.filter(username="demo-staff").delete()
    sign_in = tmp_path / "sign-in"
    seeded = StringIO()
    call_command("seed_demo", credentials_file=sign_in, stdout=seeded)
    assert "password" not in seeded.getvalue()  # not in the terminal, under the emails to come
    assert stat.S_IMODE(sign_in.stat().st_mode) == 0o600
    # The demo content queued its emails and resume reading; the worker in `make run` empties
    # the queue. Here nothing runs it, so it is emptied by hand before asking for the welcome.
    from django_tasks_db.models import DBTaskResult

    assert welcome._queued() > 0
    DBTaskResult.objects.all().delete()

    out = StringIO()
    call_command("welcome", url=live_server.url, credentials_file=sign_in, stdout=out)
    printed = out.getvalue()
    assert f"running at {live_server.url}/" in printed
    assert "SUBMISSION_RATE_LIMIT" in printed and "10 minutes" in printed
    password = re.search(r"with password: (\S+)", printed).group(1)
    assert not sign_in.exists()
    signed_in = client.post(
        reverse("admin:login"), {"username": "demo-staff", "password": password, "next": "/admin/"}
    )
    assert signed_in.status_code == 302


def test_only_tasks_due_now_hold_the_welcome_back(database_tasks):
    from datetime import timedelta

    from django.utils import timezone

    before = welcome._queued()
    extract_resume_text.using(run_after=timezone.now() + timedelta(hours=1)).enqueue(0)
    assert welcome._queued() == before  # a retry due later
    extract_resume_text.enqueue(0)
    assert welcome._queued() == before + 1
