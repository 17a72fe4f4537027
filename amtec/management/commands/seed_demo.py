import secrets

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

    def handle(self, *args, **options):
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
            self._demo_staff()

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

    def _demo_staff(self):
        User = get_user_model()
        if User.objects.filter(username=DEMO_STAFF_USERNAME).exists():
            self.stdout.write(
                f"Demo staff account '{DEMO_STAFF_USERNAME}' already exists (its password was "
                f"printed when it was created; reset it with: "
                f"manage.py changepassword {DEMO_STAFF_USERNAME})."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(
            username=DEMO_STAFF_USERNAME, email="", password=password, first_name="Demo"
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo staff account created (development only). Sign in at /admin/ as "
                f"'{DEMO_STAFF_USERNAME}' with password: {password}\n"
                "This password is shown once."
            )
        )
