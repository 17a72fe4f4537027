"""What the apps' sitemaps share (a module of its own: amtec/sitemaps.py imports the apps' ones)."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max


class UpdatedAtSitemap(Sitemap):
    """A sitemap of model rows dated by their `updated_at`."""

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        """The index's date for this section, in one aggregate (Django's default loads every row
        to call lastmod() on each: 1.3 s for the index at 100,000 jobs)."""
        return self.items().aggregate(latest=Max("updated_at"))["latest"]
