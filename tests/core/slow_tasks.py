"""Tasks for tests of the worker, some run by real worker processes (which import them by their
path, `tests.core.slow_tasks.slow_at_first`, from the repository root)."""

import os
import time
from datetime import timedelta
from pathlib import Path

from django.tasks import task
from django.utils import timezone


@task
def slow_at_first(log_path: str, slow_runs: int = 1, seconds: float = 60) -> int:
    """Note each run in the file at `log_path`; the first `slow_runs` runs then take `seconds`,
    time for a test to kill the worker. Returns which run this is."""
    log = Path(log_path)
    run = len(log.read_text().splitlines()) + 1 if log.exists() else 1
    with log.open("a") as fh:
        fh.write(f"run {run} in process {os.getpid()}\n")
    if run <= slow_runs:
        time.sleep(seconds)
    return run


@task(takes_context=True)
def outlived_by_recovery(context, on_claim: int) -> int:
    """On its `on_claim`th claim, as if its worker froze (a paused virtual machine) while running
    it, for longer than the heartbeat timeout: another worker's recovery takes the worker for
    dead meanwhile. Returns which claim this is."""
    from core.models import WorkerHeartbeat
    from core.tasks import recover_stale_tasks

    claims = context.task_result.worker_ids
    if len(claims) == on_claim:
        WorkerHeartbeat.objects.filter(pk=claims[-1]).update(
            last_seen=timezone.now() - timedelta(hours=1)
        )
        recover_stale_tasks()
    return len(claims)


@task
def workers_alive() -> list[str]:
    """The workers with a heartbeat while this task runs."""
    from core.models import WorkerHeartbeat

    return [
        heartbeat.worker_id for heartbeat in WorkerHeartbeat.objects.all() if heartbeat.is_alive()
    ]
