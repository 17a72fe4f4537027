import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from blog.demo import load_blog_demo
from blog.models import Article
from candidates.demo import load_candidates_demo
from jobs.demo import load_jobs_demo
from jobs.models import Job

# Amtec's (fictional) recruiters: bylines on articles and the named recruiter on jobs.
RECRUITERS = [
    ("dana.whitaker", "Dana", "Whitaker"),
    ("marcus.reyes", "Marcus", "Reyes"),
    ("priya.shah", "Priya", "Shah"),
    ("tom.okafor", "Tom", "Okafor"),
]
DEMO_STAFF_USERNAME = "demo-staff"


class Command(BaseCommand):
    help = (
        "Load Amtec's demo content: advice articles, jobs, and fictional candidates with "
        "applications. Safe to run again: existing content is left alone, nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--credentials-file",
            type=Path,
            help="write the new demo staff sign-in to this file (readable by you only) instead of "
            "printing it; `manage.py welcome` prints it once the server is up",
        )

    def handle(self, *args, credentials_file=None, **options):
        with transaction.atomic():
            recruiters = [self._recruiter(*names) for names in RECRUITERS]
            articles = load_blog_demo(authors=recruiters)
            jobs = load_jobs_demo(recruiters=recruiters)
            applications = load_candidates_demo()
        self.stdout.write(
            f"Demo content: {articles} article(s) added, {Article.objects.count()} in total; "
            f"{jobs} job(s) added, {Job.objects.count()} in total; "
            f"{applications} demo application(s) added."
        )
        if settings.DEBUG:
            self._demo_staff(credentials_file)

    def _recruiter(self, username, first_name, last_name):
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={"first_name": first_name, "last_name": last_name, "is_staff": True},
        )
        if created:
            # Names for bylines and job pages only: these accounts cannot sign in.
            user.set_unusable_password()
            user.save(update_fields=["password"])
        return user

    def _demo_staff(self, credentials_file: Path | None):
        User = get_user_model()
        if User.objects.filter(username=DEMO_STAFF_USERNAME).exists():
            self._tell(
                credentials_file,
                f"Demo staff account '{DEMO_STAFF_USERNAME}' (its password was printed when it was "
                f"created; reset it with: manage.py changepassword {DEMO_STAFF_USERNAME})",
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(
            username=DEMO_STAFF_USERNAME, email="", password=password, first_name="Demo"
        )
        sign_in = (
            f"Demo staff account created (development only). Sign in at /admin/ as "
            f"'{DEMO_STAFF_USERNAME}' with password: {password}\n"
            "(a development-only account; this password is shown once)"
        )
        self._tell(credentials_file, sign_in, style=self.style.SUCCESS)

    def _tell(self, credentials_file: Path | None, text: str, style=str):
        if credentials_file is None:
            self.stdout.write(style(text))
            return
        credentials_file.parent.mkdir(parents=True, exist_ok=True)
        credentials_file.touch(mode=0o600)
        credentials_file.chmod(0o600)  # touch() leaves an existing file's mode as it was
        credentials_file.write_text(text + "\n")
        self.stdout.write("The demo staff sign-in is printed once the site is up.")
