from datetime import timedelta

from django.utils import timezone

from amtec.front_cache import DEFAULT_WINDOW, purge_clock_changes, purge_everything
from core.commands import RepeatingCommand
from core.front_cache import enabled


class Command(RepeatingCommand):
    help = (
        "Purge from the front cache (CACHE_PURGE_BACKEND) what the clock changed: jobs that "
        "closed or were posted, articles whose publication time came, in the last --window "
        "seconds. Run it every minute (cron, a systemd timer); purging twice is harmless. "
        "--all purges every page."
    )

    every_help = "Keep running, once every SECONDS (where no scheduler runs it)."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--window",
            type=int,
            default=int(DEFAULT_WINDOW.total_seconds()),
            metavar="SECONDS",
            help="How far back to look (default 120: two runs of a one-minute schedule overlap).",
        )
        parser.add_argument("--all", action="store_true", help="Purge every page.")

    def handle(self, *args, **options):
        if not enabled():
            self.stdout.write("CACHE_PURGE_BACKEND is none: nothing to purge.")
            return
        if options["all"]:
            purge_everything()
            self.stdout.write("Every page queued for purging.")
            return
        super().handle(*args, **options)

    def run_once(self, *, repeating, window, **options):
        now = timezone.now()
        counts = purge_clock_changes(since=now - timedelta(seconds=window), now=now)
        if counts["jobs"] or counts["articles"] or not repeating:
            self.stdout.write(
                f"Queued purges for {counts['jobs']} job(s) and {counts['articles']} "
                "article(s) the clock changed."
            )
