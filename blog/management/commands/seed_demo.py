import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from blog.demo_content import ARTICLES, CATEGORIES
from blog.demo_images import draw_hero
from blog.models import Article, Category

AUTHORS = [
    ("dana.whitaker", "Dana", "Whitaker"),
    ("marcus.reyes", "Marcus", "Reyes"),
    ("priya.shah", "Priya", "Shah"),
]
DEMO_STAFF_USERNAME = "demo-staff"


class Command(BaseCommand):
    help = (
        "Load Amtec's demo content: advice articles with their categories, authors and images. "
        "Safe to run again: existing content is left alone and nothing is duplicated."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            categories = {
                c["slug"]: Category.objects.get_or_create(
                    slug=c["slug"], defaults={"name": c["name"], "description": c["description"]}
                )[0]
                for c in CATEGORIES
            }
            authors = [self._author(*names) for names in AUTHORS]
            created = 0
            now = timezone.now()
            for index, data in enumerate(ARTICLES):
                if Article.objects.filter(slug=data["slug"]).exists():
                    continue
                article = Article(
                    title=data["title"],
                    slug=data["slug"],
                    category=categories[data["category"]],
                    author=authors[index % len(authors)],
                    summary=data["summary"],
                    body=data["body"],
                    seo_title=data.get("seo_title", ""),
                    seo_description=data.get("seo_description", ""),
                    status=Article.Status.PUBLISHED,
                    published_at=now - timedelta(days=data["days_ago"], hours=index),
                    hero_alt="Abstract illustration of circles and bands in Amtec's colors",
                )
                article.hero_image.save(
                    f"{data['slug']}.png", ContentFile(draw_hero(data["title"], index)), save=False
                )
                article.save()
                created += 1
        self.stdout.write(
            f"Demo content: {created} article(s) added, {Article.objects.count()} in total."
        )
        if settings.DEBUG:
            self._demo_staff()

    def _author(self, username, first_name, last_name):
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"first_name": first_name, "last_name": last_name}
        )
        if created:
            # Bylines only: these accounts cannot sign in.
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
