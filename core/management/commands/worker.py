import logging
import os
import socket
import threading
import time
from datetime import datetime

from django.core.management.base import CommandError
from django.db import connections
from django.utils import timezone
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker

from core.tasks import HEARTBEAT_EVERY, MAX_CLAIMS, recover_stale_tasks
from core.tasks_db import claims_guarded

from .recover_tasks import add_rule_arguments, positive_seconds, seconds

logger = logging.getLogger("core.tasks")


class Command(db_worker.Command):
    help = (
        "Run the background worker (django-tasks-db's db_worker, same options) with a heartbeat, "
        "and recover tasks whose worker died: at start, and every --recover-every seconds, a "
        "task whose worker has been silent for TASK_HEARTBEAT_TIMEOUT (or, for a worker without "
        "heartbeats, that has run longer than TASK_STALE_AFTER) goes back in the queue, or is "
        f"marked failed after {MAX_CLAIMS} tries. Give each worker a stable, unique --worker-id "
        "(e.g. host name and number): a worker restarted under its old id takes back its "
        "unfinished task at once."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--recover-every",
            type=seconds,
            default=5 * 60,
            metavar="SECONDS",
            help="How often to look for abandoned tasks; 0: only at start (default: %(default)s).",
        )
        add_rule_arguments(parser)
        parser.add_argument(
            "--heartbeat-every",
            type=positive_seconds,
            default=HEARTBEAT_EVERY,
            metavar="SECONDS",
            help="How often this worker records that it is alive (default: %(default)s).",
        )

    def handle(self, *, recover_every, stale_after, heartbeat_every, heartbeat_timeout, **options):
        # With --reload, this process only watches files and restarts a child that does the work.
        watcher = (
            options["reload"]
            and not options["batch"]
            and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true"
        )
        if watcher:
            super().handle(**options)
            return
        if heartbeat_timeout < 2 * heartbeat_every:
            # Else this worker's recovery would take live workers for dead between two beats.
            raise CommandError(
                f"The heartbeat timeout ({heartbeat_timeout} s) must be at least twice "
                "--heartbeat-every "
                f"({heartbeat_every} s)."
            )
        heartbeat = Heartbeat(options["worker_id"])
        # Before the first claim: every task claimed from now on is this run's.
        heartbeat.beat()
        rules = {"stale_after": stale_after, "heartbeat_timeout": heartbeat_timeout}
        recover(heartbeat, **rules)
        stop = threading.Event()
        # A thread, not a step in db_worker's loop: that loop is the library's, and the worker
        # must say it is alive (and recover others' tasks) while a long task runs.
        keeper = threading.Thread(
            target=keep_alive,
            args=(heartbeat, stop),
            kwargs={
                "beat_every": heartbeat_every,
                "recover_every": 0 if options["batch"] else recover_every,
                **rules,
            },
            name="worker-heartbeat",
            daemon=True,
        )
        keeper.start()
        try:
            with claims_guarded():
                super().handle(**options)
        finally:
            # Also on SIGTERM/SIGINT: db_worker leaves by SystemExit, after the current task.
            stop.set()
            keeper.join(timeout=10)
            heartbeat.end()


class Heartbeat:
    """This worker's row in WorkerHeartbeat, for the tasks it claims during this run."""

    def __init__(self, worker_id: str):
        self.worker_id = worker_id
        self.started_at: datetime = timezone.now()
        self.hostname = socket.gethostname()[:255]
        self.pid = os.getpid()

    def beat(self) -> None:
        from core.models import WorkerHeartbeat

        try:
            # One statement (an upsert): it also writes the row again if recovery deleted it.
            WorkerHeartbeat.objects.bulk_create(
                [
                    WorkerHeartbeat(
                        worker_id=self.worker_id,
                        started_at=self.started_at,
                        last_seen=timezone.now(),
                        hostname=self.hostname,
                        pid=self.pid,
                    )
                ],
                update_conflicts=True,
                unique_fields=["worker_id"],
                update_fields=["started_at", "last_seen", "hostname", "pid"],
            )
        except Exception:
            # The database unreachable for a moment must not stop the worker; a worker that
            # stays unable to beat for TASK_HEARTBEAT_TIMEOUT has its task run again elsewhere.
            logger.exception("Recording worker %s's heartbeat failed", self.worker_id)

    def end(self) -> None:
        from core.models import WorkerHeartbeat

        try:
            # Only this run's row: a later run under the same id may have replaced it.
            WorkerHeartbeat.objects.filter(
                worker_id=self.worker_id, started_at=self.started_at
            ).delete()
        except Exception:
            logger.exception("Removing worker %s's heartbeat failed", self.worker_id)


def recover(heartbeat: Heartbeat, **rules) -> None:
    try:
        recover_stale_tasks(
            worker_id=heartbeat.worker_id, worker_started_at=heartbeat.started_at, **rules
        )
    except Exception:
        # Recovery failing (the database unreachable for a moment) must not stop the worker.
        logger.exception("Recovering abandoned tasks failed; trying again later")


def keep_alive(
    heartbeat: Heartbeat,
    stop: threading.Event,
    *,
    beat_every: float,
    recover_every: float,
    **rules,
) -> None:
    """Beat every `beat_every` seconds and recover every `recover_every` (0: never) until
    `stop` is set."""
    next_beat = time.monotonic() + beat_every
    next_recovery = time.monotonic() + recover_every if recover_every else None
    while True:
        due = next_beat if next_recovery is None else min(next_beat, next_recovery)
        if stop.wait(max(0.0, due - time.monotonic())):
            return
        try:
            if time.monotonic() >= next_beat:
                heartbeat.beat()
                next_beat = time.monotonic() + beat_every
            if next_recovery is not None and time.monotonic() >= next_recovery:
                recover(heartbeat, **rules)
                next_recovery = time.monotonic() + recover_every
        finally:
            connections.close_all()  # this thread's own connections
