from django.core.management.base import BaseCommand, CommandError

from candidates.privacy import purge_inactive


class Command(BaseCommand):
    help = "Delete candidates with no activity for N months, with their resumes and files."

    def add_arguments(self, parser):
        parser.add_argument("--inactive-months", type=int, required=True, metavar="N")

    def handle(self, *args, inactive_months, **options):
        if inactive_months < 1:
            raise CommandError("--inactive-months must be at least 1.")
        candidates, files = purge_inactive(months=inactive_months)
        self.stdout.write(
            f"Removed {candidates} candidate(s) inactive for {inactive_months} month(s), "
            f"with {files} resume file(s)."
        )
