import io
from datetime import timedelta

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image

from blog.models import Article, Category
from tests.factories import UserFactory


def png_bytes(width=1600, height=900, color=(10, 85, 135)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "PNG")
    return buffer.getvalue()


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    description = "Advice on one part of the job search."


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published article, live since yesterday."""

    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"How to prepare for interview number {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    summary = "A short summary of the article."
    body = "## First steps\n\nSome **useful** advice for your job search.\n\n- one\n- two\n"
    author = factory.SubFactory(UserFactory)
    category = factory.SubFactory(CategoryFactory)
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))

    class Params:
        with_image = factory.Trait(
            hero_image=factory.LazyFunction(lambda: ContentFile(png_bytes(), name="hero.png")),
            hero_alt="A blue background",
        )


class DraftArticleFactory(ArticleFactory):
    status = Article.Status.DRAFT
    published_at = None


class ScheduledArticleFactory(ArticleFactory):
    published_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=3))
