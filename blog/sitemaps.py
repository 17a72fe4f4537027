from django.contrib.sitemaps import Sitemap
from django.db.models import Max

from .models import Article, Category


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("-published_at")

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        """The index's date for this section, in one aggregate, not by loading every article."""
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


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
