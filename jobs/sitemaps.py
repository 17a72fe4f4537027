from django.contrib.sitemaps import Sitemap

from .models import Job


class JobSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8
    limit = 10000

    def items(self):
        return Job.objects.open().only("pk", "slug", "updated_at").order_by("-posted_at", "-pk")

    def lastmod(self, job):
        return job.updated_at
