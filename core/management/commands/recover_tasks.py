import math

from django.conf import settings
from django.core.management.base import BaseCommand

from core.tasks import MAX_CLAIMS, recover_stale_tasks


def seconds(value: str) -> int:
    number = int(value)
    if number < 0:
        raise ValueError(value)
    return number


def positive_seconds(value: str) -> float:
    number = float(value)
    if not (math.isfinite(number) and number > 0):
        raise ValueError(value)
    return number


def add_rule_arguments(parser) -> None:
    """--stale-after and --heartbeat-timeout: when a task counts as abandoned (also `worker`'s)."""
    parser.add_argument(
        "--stale-after",
        type=seconds,
        metavar="SECONDS",
        default=settings.TASK_STALE_AFTER,
        help="A task of a worker that sends no heartbeat (plain db_worker) running longer "
        "than this is taken as abandoned (default: the TASK_STALE_AFTER setting, "
        "%(default)s s). Keep it longer than any task takes.",
    )
    parser.add_argument(
        "--heartbeat-timeout",
        type=seconds,
        metavar="SECONDS",
        default=settings.TASK_HEARTBEAT_TIMEOUT,
        help="A `manage.py worker` silent for longer than this is taken for dead and its task "
        "run again (default: the TASK_HEARTBEAT_TIMEOUT setting, %(default)s s).",
    )


class Command(BaseCommand):
    help = (
        "Find background tasks left RUNNING by a worker that died (killed, out of memory, "
        "machine restarted): put each back in the queue, or mark it failed once "
        f"{MAX_CLAIMS} workers have died on it. `manage.py worker` does this by itself at start "
        "and every few minutes; run this after a crash, or from cron beside plain `db_worker`."
    )

    def add_arguments(self, parser):
        add_rule_arguments(parser)

    def handle(self, *args, stale_after, heartbeat_timeout, **options):
        outcome = recover_stale_tasks(stale_after=stale_after, heartbeat_timeout=heartbeat_timeout)
        self.stdout.write(
            f"Tasks of workers silent for more than {heartbeat_timeout} s (without heartbeats: "
            f"running for more than {stale_after} s): {len(outcome['requeued'])} put back in the "
            f"queue, {len(outcome['failed'])} marked failed."
        )
        for kind in ("requeued", "failed"):
            for task_id in outcome[kind]:
                self.stdout.write(f"  {kind}: {task_id}")
