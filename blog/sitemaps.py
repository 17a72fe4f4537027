from django.contrib.sitemaps import Sitemap
from django.db.models import Max

from core.sitemaps import UpdatedAtSitemap

from .models import Article, Category


class ArticleSitemap(UpdatedAtSitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at")


class CategorySitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.4

    def items(self):
        return (
            Category.objects.filter(articles__in=Article.objects.published())
            .annotate(last_updated=Max("articles__updated_at"))
            .order_by("name")
        )

    def lastmod(self, item):
        return item.last_updated
