"""Demo articles for `manage.py seed_demo`: the content is data, in demo_data/ beside this code."""

import tomllib
from datetime import timedelta
from importlib.resources import files

from django.core.files.base import ContentFile
from django.utils import timezone

from .demo_images import draw_hero
from .models import Article, Category

HERO_ALT = "Abstract illustration of circles and bands in Amtec's colors"
DATA = files(__package__) / "demo_data"


def _data(name: str) -> dict:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


def demo_categories() -> list[dict]:
    """The demo blog categories (name, slug, description), in the order they are created."""
    return _data("categories.toml")["categories"]


def demo_articles() -> list[dict]:
    """The demo articles in seeding order, each with its Markdown `body` from articles/<slug>.md."""
    return [
        {
            **article,
            "body": (DATA / "articles" / f"{article['slug']}.md").read_text(encoding="utf-8"),
        }
        for article in _data("articles.toml")["articles"]
    ]


def load_blog_demo(*, authors) -> int:
    """Adds the demo categories and articles that are missing; returns how many articles."""
    categories = {
        c["slug"]: Category.objects.get_or_create(
            slug=c["slug"], defaults={"name": c["name"], "description": c["description"]}
        )[0]
        for c in demo_categories()
    }
    existing = set(Article.objects.values_list("slug", flat=True))
    now = timezone.now()
    created = 0
    for index, data in enumerate(demo_articles()):
        if data["slug"] in existing:
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
            hero_alt=HERO_ALT,
        )
        article.hero_image.save(
            f"{data['slug']}.png", ContentFile(draw_hero(data["title"], index)), save=False
        )
        article.save()
        created += 1
    return created
