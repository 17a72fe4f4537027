import math
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils import timezone

from core.markdown import plain_text, render_markdown

from .images import delete_renditions, make_renditions, validate_hero_image

WORDS_PER_MINUTE = 230


class Category(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True, help_text="Used in the web address.")
    description = models.TextField(
        blank=True, help_text="One or two sentences shown at the top of the category page."
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("blog:category-detail", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet):
    def published(self, *, now: datetime | None = None):
        """What visitors may see: published, with a publication time that has arrived."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now or timezone.now())

    def scheduled(self, *, now: datetime | None = None):
        """Published with a publication time still to come: visitors see it from then."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=now or timezone.now())

    def search(self, query: str):
        """Articles containing every word of the query in the title, summary or body."""
        result = self
        for word in query.split()[:10]:
            result = result.filter(
                Q(title__icontains=word) | Q(summary__icontains=word) | Q(body__icontains=word)
            )
        return result

    def for_listing(self):
        return self.select_related("category", "author").defer("body", "body_html")

    def related_to(self, article: "Article"):
        """Same category first, then the most recent of the rest."""
        return (
            self.exclude(pk=article.pk)
            .annotate(
                same_category=Case(
                    When(category_id=article.category_id, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("same_category", "-published_at", "-pk")
        )


def hero_upload_to(instance, filename):
    return f"blog/originals/{filename}"


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200,
        unique=True,
        help_text="Used in the web address. Changing it breaks links others have shared.",
    )
    summary = models.TextField(
        max_length=300,
        help_text="One or two sentences shown in article lists, the RSS feed and search results.",
    )
    body = models.TextField(
        help_text=(
            "Written in Markdown: ## for a heading, **bold**, *italic*, - for a list item, "
            "[text](/blog/other-article/) for a link, > for a quote."
        )
    )
    body_html = models.TextField(editable=False, default="")
    reading_minutes = models.PositiveSmallIntegerField(editable=False, default=1)
    hero_image = models.ImageField(
        upload_to=hero_upload_to,
        blank=True,
        validators=[validate_hero_image],
        help_text="At least 1200 pixels wide works best (JPEG, PNG or WebP). Resized copies are "
        "made for visitors.",
    )
    hero_alt = models.CharField(
        "hero image description",
        max_length=200,
        blank=True,
        help_text="Describe the image for people who cannot see it. Required with an image.",
    )
    hero_renditions = models.JSONField(default=list, blank=True, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="articles"
    )
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="articles")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        "publication date",
        null=True,
        blank=True,
        help_text="Visitors see the article from this moment. A future date schedules it; left "
        "empty, publishing sets it to now.",
    )
    seo_title = models.CharField(
        "search engine title",
        max_length=70,
        blank=True,
        help_text="Shown in Google's results. Leave empty to use the title.",
    )
    seo_description = models.CharField(
        "search engine description",
        max_length=160,
        blank=True,
        help_text="Shown under the title in Google's results. Leave empty to use the summary.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        indexes = [models.Index(fields=["status", "published_at"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="blog_article_published_has_date",
                violation_error_message="A published article needs a publication date.",
            ),
            models.CheckConstraint(
                condition=Q(hero_image="") | ~Q(hero_alt=""),
                name="blog_article_hero_has_alt",
                violation_error_message="Describe the image for people who cannot see it.",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("blog:article-detail", kwargs={"slug": self.slug})

    def is_published(self, *, now: datetime | None = None) -> bool:
        """The instance's side of `Article.objects.published()`."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= (now or timezone.now())
        )

    def is_scheduled(self, *, now: datetime | None = None) -> bool:
        """The instance's side of `Article.objects.scheduled()`."""
        return self.status == self.Status.PUBLISHED and not self.is_published(now=now)

    def publish(self, *, at=None) -> None:
        self.status = self.Status.PUBLISHED
        self.published_at = at or self.published_at or timezone.now()
        self.save(update_fields=["status", "published_at", "updated_at"])

    def unpublish(self) -> None:
        self.status = self.Status.DRAFT
        self.save(update_fields=["status", "updated_at"])

    @property
    def meta_title(self) -> str:
        return self.seo_title or self.title

    @property
    def meta_description(self) -> str:
        return self.seo_description or self.summary

    @property
    def hero_images(self) -> list[dict]:
        """Renditions widest first, each with `width`, `height`, `webp_url` and `jpeg_url`."""
        return [
            {
                **r,
                "webp_url": default_storage.url(r["webp"]),
                "jpeg_url": default_storage.url(r["jpeg"]),
            }
            for r in self.hero_renditions
        ]

    @property
    def hero(self) -> dict | None:
        """The widest rendition, for social previews and structured data."""
        images = self.hero_images
        return images[0] if images else None

    def clean(self):
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        if self.hero_image and not self.hero_alt.strip():
            raise ValidationError({"hero_alt": "Describe the image for people who cannot see it."})

    def _hero_changed(self) -> bool:
        if not self.pk:
            return bool(self.hero_image)
        previous = Article.objects.filter(pk=self.pk).values_list("hero_image", flat=True).first()
        return (previous or "") != (self.hero_image.name or "")

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        if update_fields is None or "body" in update_fields:
            self.body_html = render_markdown(self.body)
            words = len(plain_text(self.body_html).split())
            self.reading_minutes = max(1, math.ceil(words / WORDS_PER_MINUTE))
        hero_changed = update_fields is None and self._hero_changed()
        super().save(*args, **kwargs)
        if hero_changed:
            # The file is committed to storage by the save above; make its renditions now.
            old = self.hero_renditions
            self.hero_renditions = make_renditions(self.hero_image.name) if self.hero_image else []
            super().save(update_fields=["hero_renditions"])
            delete_renditions(old)
