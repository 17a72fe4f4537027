from candidates.held import MAX_AGE, purge_expired
from core.commands import RepeatingCommand


class Command(RepeatingCommand):
    help = (
        "Delete resumes held by the resume-first form for more than an hour that nobody sent "
        "(the files behind its one-hour tokens). Run it every few minutes or hourly (cron, a "
        "systemd timer); running it more often is harmless."
    )

    def run_once(self, *, repeating, **options):
        removed = purge_expired()
        if removed or not repeating:
            self.stdout.write(
                f"Held resumes: {removed} file(s) older than {MAX_AGE // 60} minutes removed."
            )
