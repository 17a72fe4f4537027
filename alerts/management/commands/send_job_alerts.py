from django.utils import timezone

from alerts.digests import remove_abandoned, send_due_digests
from core.commands import RepeatingCommand


class Command(RepeatingCommand):
    help = (
        "Email every due job alert its digest of new matching jobs, and forget sign-ups nobody "
        "confirmed in time. Run it hourly (cron, a systemd timer); alerts that are not due are "
        "left alone, so running it more often is harmless."
    )

    def run_once(self, *, repeating=False, **options):
        now = timezone.now()
        counts = send_due_digests(now=now)
        abandoned = remove_abandoned(now=now)
        if repeating and not counts["due"] and not abandoned:
            return  # a line a minute saying nothing would bury the dev server's output
        self.stdout.write(
            f"Job alerts: {counts['due']} due, {counts['sent']} emailed with {counts['jobs']} "
            f"job(s), {counts['empty']} with nothing new, {counts['failed']} failed; "
            f"{abandoned} unconfirmed sign-up(s) forgotten."
        )
        if counts["failed"]:
            self.stderr.write(f"{counts['failed']} digest(s) failed: see the log for details.")
