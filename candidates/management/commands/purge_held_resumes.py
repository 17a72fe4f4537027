import time

from django.core.management.base import BaseCommand

from candidates.held import MAX_AGE, purge_expired


class Command(BaseCommand):
    help = (
        "Delete resumes held by the resume-first form for more than an hour that nobody sent "
        "(the files behind its one-hour tokens). Run it every few minutes or hourly (cron, a "
        "systemd timer); running it more often is harmless."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=int,
            metavar="SECONDS",
            help="Keep running, once every SECONDS (for development; production uses a scheduler).",
        )

    def handle(self, *args, every=None, **options):
        while True:
            removed = purge_expired()
            if removed or not every:  # a line a minute saying nothing would bury make run's output
                self.stdout.write(
                    f"Held resumes: {removed} file(s) older than {MAX_AGE // 60} minutes removed."
                )
            if not every:
                return
            time.sleep(every)
