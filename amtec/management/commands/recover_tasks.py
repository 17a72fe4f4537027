from django.core.management.base import BaseCommand

from amtec.tasks import MAX_CLAIMS, recover_stale_tasks, stale_after_setting


def seconds(value: str) -> int:
    number = int(value)
    if number < 0:
        raise ValueError(value)
    return number


class Command(BaseCommand):
    help = (
        "Find background tasks left RUNNING by a worker that died (killed, out of memory, "
        "machine restarted): put each back in the queue, or mark it failed once "
        f"{MAX_CLAIMS} workers have died on it. `manage.py worker` does this by itself at start "
        "and every few minutes; run this after a crash, or from cron beside plain `db_worker`."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--stale-after",
            type=seconds,
            metavar="SECONDS",
            help="A task running longer than this is taken as abandoned (default: the "
            "TASK_STALE_AFTER setting, 15 minutes). Keep it longer than any task takes.",
        )

    def handle(self, *args, stale_after=None, **options):
        stale_after = stale_after_setting() if stale_after is None else stale_after
        outcome = recover_stale_tasks(stale_after=stale_after)
        self.stdout.write(
            f"Tasks running for more than {stale_after} s: {len(outcome['requeued'])} put back "
            f"in the queue, {len(outcome['failed'])} marked failed."
        )
        for kind in ("requeued", "failed"):
            for task_id in outcome[kind]:
                self.stdout.write(f"  {kind}: {task_id}")
