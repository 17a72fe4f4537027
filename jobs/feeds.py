from django.contrib.syndication.views import Feed
from django.urls import reverse

from .models import Category, Job
from .search import JobSearch

FEED_SIZE = 50


class JobFeed(Feed):
    """Open jobs, newest first, narrowed by the same query string as the job search."""

    description = "Open jobs from Amtec, newest first."
    ttl = 30

    def get_object(self, request, *args, **kwargs):
        self.query_string = request.GET.urlencode()
        return JobSearch.from_query(request.GET, categories=Category.objects.all())

    def title(self, search):
        return f"Amtec jobs matching “{search.query}”" if search.query else "Amtec open jobs"

    def link(self, search):
        return reverse("jobs:job-list") + (f"?{self.query_string}" if self.query_string else "")

    def items(self, search):
        return (
            search.results(Job.objects.all())
            .for_listing()
            .order_by("-posted_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, job):
        return f"{job.title} – {job.location_display}"

    def item_description(self, job):
        parts = [job.summary, job.get_workplace_display(), job.get_employment_type_display()]
        terms = [
            "/".join(job.pay_arrangements), job.hours_display, job.shift_display,
            f"starts {job.start_display.lower()}" if job.starts_immediately else (
                f"starts {job.start_display}" if job.start_display else ""
            ),
            job.length_display, job.pay_display,
        ]  # fmt: skip
        return " · ".join(p for p in [*parts, *terms] if p)

    def item_pubdate(self, job):
        return job.posted_at

    def item_updateddate(self, job):
        return job.updated_at

    def item_categories(self, job):
        return [job.category.name]
