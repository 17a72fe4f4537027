from django.core.management.base import BaseCommand

from candidates.services import purge_unconfirmed


class Command(BaseCommand):
    help = (
        "Delete submissions with a known email that their owner did not confirm within the "
        "link's 7 days: the proposed changes, the unconfirmed application and resume file."
    )

    def handle(self, *args, **options):
        updates, resumes = purge_unconfirmed()
        self.stdout.write(
            f"Removed {updates} unconfirmed update(s), with {resumes} resume file(s)."
        )
