from django.conf import settings
from django.core.management.base import BaseCommand

from staff.access_log import prune


class Command(BaseCommand):
    help = "Delete personal-data access log rows older than PERSONAL_DATA_ACCESS_LOG_DAYS (daily)."

    def handle(self, *args, **options):
        deleted = prune()
        days = settings.PERSONAL_DATA_ACCESS_LOG_DAYS
        self.stdout.write(f"{deleted} access log row(s) older than {days} days deleted.")
