"""A task for tests of the worker, run by real worker processes (which import it by its path,
`tests.amtec.slow_tasks.slow_at_first`, from the repository root)."""

import os
import time
from pathlib import Path

from django.tasks import task


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
