"""What keeps background work from being silently lost: email retries and stuck-task recovery.

Emails. A task that sends an email calls `send_or_retry`: when the mail server is down or refuses
the message, the task queues itself again to run later (EMAIL_RETRY_DELAYS), and after the last
attempt it fails, so that staff see it under "Task results" in the admin.

Stuck tasks. django-tasks-db marks a task RUNNING when a worker claims it and never looks at it
again: if the worker dies (killed, out of memory, machine restarted) the task would stay RUNNING
for ever. `recover_stale_tasks` (run by `manage.py worker` at start and every few minutes, and by
`manage.py recover_tasks`) puts such a task back in the queue, or, after MAX_CLAIMS workers have
died on it, marks it failed for staff.

Both rules mean a task can run more than once, so tasks must be safe to run twice. Resume text
extraction rewrites the same text. An email is sent at least once: a worker killed after the mail
server accepted a message but before the task was recorded as done sends it again on the rerun.
"""

import logging
import smtplib
import traceback
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.tasks import Task, TaskResultStatus
from django.utils import timezone

logger = logging.getLogger(__name__)

# The wait before each new attempt at an email the mail server did not take: 7 attempts spread
# over about 10½ hours (a mail server down overnight), then the task fails for staff to see.
EMAIL_RETRY_DELAYS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=3),
    timedelta(hours=6),
)
EMAIL_ATTEMPTS = len(EMAIL_RETRY_DELAYS) + 1
# What a mail server being down, slow or refusing looks like (SMTPException and the socket
# errors ConnectionError and TimeoutError are all OSErrors; listed for the reader).
MAIL_ERRORS = (smtplib.SMTPException, ConnectionError, TimeoutError, OSError)

# A worker that dies on the same task this many times is not given it again.
MAX_CLAIMS = 3
DEFAULT_STALE_AFTER = 15 * 60  # seconds; TASK_STALE_AFTER in settings


class EmailNotSent(Exception):
    """The mail server did not take an email after every attempt."""


class WorkerStopped(Exception):
    """The workers running a task kept dying before it finished (recorded by recovery)."""


def send_or_retry(
    message: EmailMessage, *, task: Task, args: tuple, attempt: int, about: str
) -> bool:
    """Send `message` for `task`; True when the mail server took it.

    When it did not, `task` is queued again with `args` and `attempt + 1`, to run after the next
    delay, and False is returned; after the last attempt (or where the task backend cannot run a
    task later), EmailNotSent is raised so that the task's result is FAILED. `about` names the
    email in logs and for staff: ids only, never an address.
    """
    try:
        message.send()
    except MAIL_ERRORS as error:
        _retry_later(task, args, attempt=attempt, about=about, error=error)
        return False
    return True


def _retry_later(task: Task, args: tuple, *, attempt: int, about: str, error: Exception) -> None:
    reason = describe_mail_error(error)
    if attempt >= EMAIL_ATTEMPTS or not task.get_backend().supports_defer:
        logger.error(
            "The %s was not sent: the mail server failed %s time(s), last with %s. Given up; "
            "the task's result in the admin shows it as failed.",
            about,
            attempt,
            reason,
        )
        # `from None`: the mail server's own words can quote an address; the class says enough.
        raise EmailNotSent(
            f"The {about} was not sent: the mail server failed {attempt} time(s), "
            f"last with {reason}."
        ) from None
    run_after = timezone.now() + EMAIL_RETRY_DELAYS[attempt - 1]
    task.using(run_after=run_after).enqueue(*args, attempt=attempt + 1)
    logger.warning(
        "The %s was not sent (attempt %s of %s, %s); trying again after %s.",
        about,
        attempt,
        EMAIL_ATTEMPTS,
        reason,
        run_after.isoformat(timespec="seconds"),
    )


def describe_mail_error(error: BaseException) -> str:
    """The kind of failure and its SMTP code or errno, without the server's text (which can
    quote an email address)."""
    codes = []
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = sorted({code for code, _ in error.recipients.values()})
    elif getattr(error, "smtp_code", None):
        codes = [error.smtp_code]
    elif getattr(error, "errno", None):
        codes = [f"errno {error.errno}"]
    return type(error).__name__ + (f" ({', '.join(map(str, codes))})" if codes else "")


def stale_after_setting() -> int:
    return int(getattr(settings, "TASK_STALE_AFTER", DEFAULT_STALE_AFTER))


def recover_stale_tasks(
    *,
    stale_after: int | None = None,
    restarted_worker_id: str | None = None,
    now: datetime | None = None,
) -> dict[str, list[str]]:
    """Put tasks whose worker died back in the queue, or fail them after MAX_CLAIMS tries.

    A task counts as abandoned when it has been RUNNING for more than `stale_after` seconds
    (TASK_STALE_AFTER; it must be longer than any task takes), or when `restarted_worker_id` —
    a worker starting up under the id it had before — was the last to claim it.
    Returns the ids of the tasks put back ("requeued") and failed ("failed").
    """
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    stale_after = stale_after_setting() if stale_after is None else stale_after
    cutoff = now - timedelta(seconds=stale_after)
    outcome = {"requeued": [], "failed": []}
    # A list first: each row is then changed on its own, only if nobody changed it meanwhile.
    running = list(DBTaskResult.objects.running().only("id", "started_at", "worker_ids"))
    for row in running:
        last_worker = row.worker_ids[-1] if row.worker_ids else None
        stale = row.started_at is None or row.started_at < cutoff
        if not (stale or (restarted_worker_id and last_worker == restarted_worker_id)):
            continue
        unchanged = DBTaskResult.objects.filter(
            pk=row.pk, status=TaskResultStatus.RUNNING, started_at=row.started_at
        )
        claims = len(row.worker_ids)
        since = row.started_at.isoformat(timespec="seconds") if row.started_at else "unknown"
        if claims < MAX_CLAIMS:
            if unchanged.update(status=TaskResultStatus.READY):
                outcome["requeued"].append(str(row.pk))
                logger.warning(
                    "Task %s: its worker %s stopped (running since %s); put back in the queue "
                    "(claimed %s of %s times).",
                    row.pk,
                    last_worker,
                    since,
                    claims,
                    MAX_CLAIMS,
                )
            continue
        reason = (
            f"The worker running this task stopped (worker {last_worker}, running since {since} "
            f"with no result); not retried after {claims} attempts."
        )
        if unchanged.update(
            status=TaskResultStatus.FAILED,
            finished_at=now,
            return_value=None,
            exception_class_path=f"{WorkerStopped.__module__}.{WorkerStopped.__qualname__}",
            traceback="".join(traceback.format_exception(WorkerStopped(reason))),
        ):
            outcome["failed"].append(str(row.pk))
            logger.error("Task %s: %s", row.pk, reason)
    return outcome
