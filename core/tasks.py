"""What keeps background work from being silently lost: email retries and stuck-task recovery.

Emails. A task that sends an email calls `send_or_retry`: when the mail server is down or refuses
the message, the task queues itself again to run later (EMAIL_RETRY_DELAYS), and after the last
attempt it fails, so that staff see it under "Task results" in the admin.

Stuck tasks. django-tasks-db marks a task RUNNING when a worker claims it and never looks at it
again: if the worker dies (killed, out of memory, machine restarted) the task would stay RUNNING
for ever. `manage.py worker` records a heartbeat (core.models.WorkerHeartbeat) every
HEARTBEAT_EVERY seconds while it runs, and `recover_stale_tasks` (run by `manage.py worker` at
start and every few minutes, and by `manage.py recover_tasks`) puts a task back in the queue when
its worker has gone silent for TASK_HEARTBEAT_TIMEOUT, or, after MAX_CLAIMS workers have died on
it, marks it failed for staff. A task whose worker is alive is left alone however long it runs.
Only for a worker that sends no heartbeats (plain `db_worker`) does age alone decide
(TASK_STALE_AFTER). One case remains where a task runs twice at once: a worker that froze
(a paused virtual machine, a stopped process, native code holding the GIL) for longer than the
timeout is taken for dead while alive; when it wakes, its late result is not recorded over what
recovery decided meanwhile (core/tasks_db.py), but what the task did is done.

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

from .tasks_db import last_worker, same_claim

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
# A worker records that it is alive this often (seconds), and one silent for longer than the
# timeout (the TASK_HEARTBEAT_TIMEOUT setting, 120: four missed heartbeats) is taken for dead.
HEARTBEAT_EVERY = 30
# The heartbeat of a worker silent this long (seconds) and holding no task is deleted.
FORGET_SILENT_WORKERS_AFTER = 24 * 60 * 60


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


def recover_stale_tasks(
    *,
    stale_after: int | None = None,
    heartbeat_timeout: int | None = None,
    worker_id: str | None = None,
    worker_started_at: datetime | None = None,
    now: datetime | None = None,
) -> dict[str, list[str]]:
    """Put tasks whose worker died back in the queue, or fail them after MAX_CLAIMS tries.

    A RUNNING task is abandoned when the worker that last claimed it
    - has been silent (no heartbeat) for more than `heartbeat_timeout` seconds
      (TASK_HEARTBEAT_TIMEOUT), or has started again since it claimed the task; or,
    - sending no heartbeats at all (plain `db_worker`), claimed it more than `stale_after` seconds
      ago (TASK_STALE_AFTER; that must be longer than any task takes).
    A worker calling this passes its own `worker_id` and the moment it (last) started: a task
    it claimed before then is from its previous run and abandoned; one claimed since is its own.
    Returns the ids of the tasks put back ("requeued") and failed ("failed").
    """
    from django_tasks_db.models import DBTaskResult

    from core.models import WorkerHeartbeat

    now = now or timezone.now()
    stale_after = settings.TASK_STALE_AFTER if stale_after is None else stale_after
    if heartbeat_timeout is None:
        heartbeat_timeout = settings.TASK_HEARTBEAT_TIMEOUT
    outcome = {"requeued": [], "failed": []}
    # A list first: each row is then changed on its own, only if nobody changed it meanwhile.
    running = list(DBTaskResult.objects.running().only("id", "started_at", "worker_ids"))
    holding = {last_worker(row) for row in running} - {None}
    heartbeats = WorkerHeartbeat.objects.in_bulk(holding)
    for row in running:
        worker = last_worker(row)
        if worker is not None and worker == worker_id:
            own_start = worker_started_at or now
            why = "restarted since it claimed the task" if _claimed_before(row, own_start) else None
        elif (heartbeat := heartbeats.get(worker)) is None:
            # No heartbeat (plain db_worker, or an older worker): only the task's age tells.
            stale = row.started_at is None or row.started_at < now - timedelta(seconds=stale_after)
            why = f"no heartbeat, task older than {stale_after} s" if stale else None
        elif _claimed_before(row, heartbeat.started_at):
            why = "restarted since it claimed the task"
        elif not heartbeat.is_alive(timeout=heartbeat_timeout, now=now):
            why = f"silent since {heartbeat.last_seen.isoformat(timespec='seconds')}"
        else:
            why = None  # alive: never taken from it, however long the task runs
        if why is None:
            continue
        unchanged = same_claim(row.pk, row.started_at)
        claims = len(row.worker_ids)
        since = row.started_at.isoformat(timespec="seconds") if row.started_at else "unknown"
        if claims < MAX_CLAIMS:
            if unchanged.update(status=TaskResultStatus.READY):
                outcome["requeued"].append(str(row.pk))
                logger.warning(
                    "Task %s: its worker %s stopped (%s; task running since %s); put back in the "
                    "queue (claimed %s of %s times).",
                    row.pk,
                    worker,
                    why,
                    since,
                    claims,
                    MAX_CLAIMS,
                )
            continue
        reason = (
            f"The worker running this task stopped (worker {worker}, {why}; running since "
            f"{since} with no result); not retried after {claims} attempts."
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
    _forget_long_silent_workers(now, holding=holding)
    return outcome


def _claimed_before(row, moment: datetime) -> bool:
    # Both times come from the clock of the machine the worker runs on.
    return row.started_at is None or row.started_at < moment


def _forget_long_silent_workers(now: datetime, *, holding: set[str]) -> None:
    """Drop heartbeats of workers silent for a day that hold no task (`holding`: the workers
    that do): a worker killed without a fixed --worker-id leaves a row nobody will overwrite. (A
    worker that comes back writes its row again.)"""
    from core.models import WorkerHeartbeat

    WorkerHeartbeat.objects.silent(timeout=FORGET_SILENT_WORKERS_AFTER, now=now).exclude(
        worker_id__in=holding
    ).delete()
