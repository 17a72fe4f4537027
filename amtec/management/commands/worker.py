import logging
import os
import threading
import time

from django.db import connections
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker

from amtec.tasks import MAX_CLAIMS, recover_stale_tasks

from .recover_tasks import seconds

logger = logging.getLogger("amtec.tasks")


class Command(db_worker.Command):
    help = (
        "Run the background worker (django-tasks-db's db_worker, same options) and recover "
        "tasks whose worker died: at start, and every --recover-every seconds, a task RUNNING "
        "for longer than TASK_STALE_AFTER goes back in the queue (or is marked failed after "
        f"{MAX_CLAIMS} tries). Give each worker a stable --worker-id (e.g. host name and "
        "number): a worker restarted under its old id takes back its unfinished task at once."
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
        parser.add_argument(
            "--stale-after",
            type=seconds,
            metavar="SECONDS",
            help="A task running longer than this is taken as abandoned (default: the "
            "TASK_STALE_AFTER setting, 15 minutes). Keep it longer than any task takes.",
        )

    def handle(self, *, recover_every, stale_after, **options):
        # With --reload, this process only watches files and restarts a child that does the work.
        watcher = (
            options["reload"]
            and not options["batch"]
            and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true"
        )
        if not watcher:
            recover(stale_after, restarted_worker_id=options["worker_id"])
            if not options["batch"] and recover_every:
                # A thread, not a step in db_worker's loop: that loop is the library's, and a
                # long task must not hold up recovery of the others.
                threading.Thread(
                    target=recover_periodically,
                    args=(recover_every, stale_after),
                    name="task-recovery",
                    daemon=True,
                ).start()
        super().handle(**options)


def recover(stale_after: int | None, *, restarted_worker_id: str | None = None) -> None:
    try:
        recover_stale_tasks(stale_after=stale_after, restarted_worker_id=restarted_worker_id)
    except Exception:
        # Recovery failing (the database unreachable for a moment) must not stop the worker.
        logger.exception("Recovering abandoned tasks failed; trying again later")


def recover_periodically(every: int, stale_after: int | None) -> None:
    while True:
        time.sleep(every)
        recover(stale_after)
        connections.close_all()  # this thread's own connections
