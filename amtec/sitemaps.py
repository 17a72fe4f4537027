from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from blog.sitemaps import ArticleSitemap, CategorySitemap
from jobs.sitemaps import JobSitemap


class PageSitemap(Sitemap):
    """The site's fixed pages."""

    changefreq = "daily"

    def items(self):
        return ["home", "blog:article-list", "jobs:job-list", "candidates:resume-submit", "privacy"]

    def location(self, item):
        return reverse(item)

    def priority(self, item):
        return 1.0 if item == "home" else 0.5


SITEMAPS = {
    "pages": PageSitemap,
    "jobs": JobSitemap,
    "articles": ArticleSitemap,
    "categories": CategorySitemap,
}
