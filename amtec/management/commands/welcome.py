"""The last words of `make run`: where the site is, how to sign in, and the local limits.

`make run` starts the worker, the alert digests and the web server together, and the worker then
prints every email the demo content queued (a confirmation and a recruiter notice per demo
application). A password printed by `seed_demo` before all that scrolls out of sight, so
`seed_demo --credentials-file` writes it to a private file instead, and this command prints it
once the site answers and the queue is quiet, then deletes the file.
"""

import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django_tasks_db.models import DBTaskResult

# How long to wait for the server to answer, and then for the queued emails to be printed.
SERVER_WAIT = 90
QUEUE_WAIT = 120


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (our own server)
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _queued() -> int:
    """Tasks due now that no worker has finished; retries due later do not count."""
    return DBTaskResult.objects.ready().count() + DBTaskResult.objects.running().count()


def _wait(until, seconds: float, every: float = 0.5) -> bool:
    deadline = time.monotonic() + seconds
    while not until():
        if time.monotonic() > deadline:
            return False
        time.sleep(every)
    return True


def _per(seconds: int) -> str:
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return "hour" if hours == 1 else f"{hours} hours"
    return f"{seconds // 60} minutes"


class Command(BaseCommand):
    help = "Wait for the development server and worker, then say where to go and how to sign in."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000", help="the site's address")
        parser.add_argument(
            "--credentials-file",
            type=Path,
            help="the file seed_demo wrote the demo staff sign-in to; printed, then deleted",
        )

    def handle(self, *args, url, credentials_file, **options):
        url = url.rstrip("/")
        if not _wait(lambda: _answers(f"{url}/healthz"), SERVER_WAIT):
            self.stderr.write(f"The server did not answer at {url}/ within {SERVER_WAIT} s.")
        _wait(lambda: _queued() == 0, QUEUE_WAIT)

        lines = [
            f"Amtec careers is running at {url}/",
            f"Staff admin: {url}/admin/",
        ]
        if credentials_file and credentials_file.exists():
            lines += credentials_file.read_text().splitlines()
            credentials_file.unlink()
        lines += [
            "Emails print in this terminal (resume confirmations, sign-in links, alerts).",
            "Local limits (.env or the environment changes them; README, Settings):",
            *self._limits(),
            "Stop with Ctrl-C.",
        ]
        width = max(len(line) for line in lines)
        rule = "=" * width
        self.stdout.write(self.style.SUCCESS("\n".join(["", rule, *lines, rule, ""])))

    def _limits(self):
        count, seconds = settings.SUBMISSION_RATE_LIMIT
        tries, tries_seconds = settings.SUBMISSION_ATTEMPT_RATE_LIMIT
        alerts, alert_seconds = settings.ALERT_SIGNUP_RATE_LIMIT
        return [
            f"  {count} accepted resume submissions per address and per email every {_per(seconds)}"
            " (SUBMISSION_RATE_LIMIT)",
            f"  {tries} other tries (forms sent back with a mistake, files read first) per address"
            f" every {_per(tries_seconds)} (SUBMISSION_ATTEMPT_RATE_LIMIT)",
            f"  {settings.CONFIRMATION_EMAILS_PER_DAY} confirmation emails per mailbox a day"
            " (CONFIRMATION_EMAILS_PER_DAY)",
            f"  {alerts} job alert sign-ups per address and per email every {_per(alert_seconds)}"
            " (ALERT_SIGNUP_RATE_LIMIT)",
        ]
