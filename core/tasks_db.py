"""Where the worker reaches into django-tasks-db: the one module that relies on its internals.

django-tasks-db's worker has no hook for what `manage.py worker` needs, so this module adapts it,
and tests/core/test_tasks_db.py fails if the library changes under it:
- `claims_guarded()` swaps the Worker class that `db_worker.Command.handle` builds (it looks the
  class up by its module-level name, `db_worker.Worker`) for `GuardedWorker`;
- `GuardedWorker.run_task` makes the task's result land only while the task is still this
  worker's claim (`record_only_if_still_claimed`), replacing the result row's `save`, which the
  library's `set_successful` and `set_failed` end with (`save(update_fields=...)`);
- `same_claim` and `last_worker` read the row's `status`, `started_at` and `worker_ids`.
Pinned in pyproject.toml to the release line these were checked against.
"""

import logging
from contextlib import contextmanager

from django.tasks import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger("core.tasks")


def last_worker(row) -> str | None:
    """The id of the worker that claimed the task last (django-tasks-db appends each claim)."""
    return row.worker_ids[-1] if row.worker_ids else None


def same_claim(pk, started_at):
    """The task `pk` only while it is still the claim made at `started_at`: RUNNING since then."""
    return DBTaskResult.objects.filter(
        pk=pk, status=TaskResultStatus.RUNNING, started_at=started_at
    )


def record_only_if_still_claimed(db_task_result) -> None:
    """Make the worker's own record of `db_task_result`'s result (SUCCESSFUL or FAILED) land
    only while the task is still the claim this worker made: RUNNING since the same moment.

    A worker taken for dead while it was alive (frozen: a paused virtual machine, a process
    stopped for longer than TASK_HEARTBEAT_TIMEOUT) may finish after recovery has put its task
    back in the queue, given it to another worker, or marked it failed. Its late result must not
    overwrite that. (Its side effects, such as an email sent, have happened: the rerun can repeat
    them, as with any rerun.)
    """

    claimed_at = db_task_result.started_at

    def save(*, update_fields):
        # django-tasks-db's set_successful and set_failed end with a plain save(update_fields=…).
        still_ours = same_claim(db_task_result.pk, claimed_at)
        if not still_ours.update(**{name: getattr(db_task_result, name) for name in update_fields}):
            logger.warning(
                "Task %s finished (%s) on worker %s after recovery had taken it from that worker "
                "(silent too long); the result was not recorded.",
                db_task_result.pk,
                db_task_result.status,
                last_worker(db_task_result),
            )

    db_task_result.save = save


class GuardedWorker(db_worker.Worker):
    def run_task(self, db_task_result):
        record_only_if_still_claimed(db_task_result)
        super().run_task(db_task_result)


@contextmanager
def claims_guarded():
    """While inside, `db_worker.Command.handle` runs tasks with `GuardedWorker`."""
    # handle() builds its Worker by this module-level name and has no hook for another class;
    # put it back after, for any later command in the same process (tests).
    original, db_worker.Worker = db_worker.Worker, GuardedWorker
    try:
        yield
    finally:
        db_worker.Worker = original
