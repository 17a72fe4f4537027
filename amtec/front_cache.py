"""What each content change purges from the front cache (core.front_cache does the purging).

The project wires it because the rules span apps: a job appears on its own page, the job search,
the home page, the feeds and the sitemap; an article on its page, the blog, its category, the
home page, the feed and the sitemap. Tag backends (Varnish xkey, Fastly, Cloudflare) purge by
the tags the pages carry (HTTP_CACHE_PAGES, core.http_cache); nginx by the paths listed here.

Changes made by the clock alone (a job's closing time passing, a scheduled job or article going
live) have no save to hear: `manage.py purge_front_cache`, run every minute, purges what the
clock changed in its window. A job's own page never outlives its closing time anyway (its
max-age and s-maxage stop there).
"""

from datetime import datetime, timedelta

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_save
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from blog.models import Article
from blog.models import Category as ArticleCategory
from core.front_cache import queue_purge
from core.http_cache import SITE_TAG, object_tag
from jobs.models import Category as JobCategory
from jobs.models import Job

JOBS_TAG, ARTICLES_TAG = "jobs", "articles"


def job_listing_paths() -> list[str]:
    """The pages that list jobs and that nginx's purge re-fetches. The job boards' feeds and
    the sitemap are tagged for tag backends but left to their s-maxage (5 and 10 minutes) on
    nginx: re-writing a 25 MB feed for every change would cost more than it saves."""
    return [reverse("home"), reverse("jobs:job-list"), reverse("jobs:job-feed")]


def article_listing_paths() -> list[str]:
    return [reverse("home"), reverse("blog:article-list"), reverse("blog:article-feed")]


def purge_job(job: Job) -> None:
    # A draft nobody outside Amtec saw is on no page: nothing to purge.
    if job.status != Job.Status.OPEN and not job.was_public:
        return
    # A changed slug leaves the old address answering 301: nginx keeps it by URL, so it goes too.
    moved = job.__dict__.pop("_front_cache_old_paths", [])
    queue_purge(
        tags=[object_tag(job), JOBS_TAG],
        paths=[*_own_page(job), *moved, *job_listing_paths()],
    )


def purge_article(article: Article) -> None:
    queue_purge(
        tags=[object_tag(article), ARTICLES_TAG],
        paths=[*_own_page(article), *_own_page(article.category), *article_listing_paths()],
    )


def _own_page(instance) -> list[str]:
    # A row written without its model's save() (bulk_create, raw SQL) may have no slug yet.
    try:
        return [instance.get_absolute_url()]
    except NoReverseMatch:
        return []


def purge_everything() -> None:
    """Every tagged page (after a deploy that changes templates, say); nginx: the listings."""
    queue_purge(tags=[SITE_TAG], paths=sorted({*job_listing_paths(), *article_listing_paths()}))


def purge_clock_changes(*, since: datetime, now: datetime | None = None) -> dict[str, int]:
    """Purge the jobs and articles whose visibility the clock changed in (since, now]: jobs that
    closed or were posted, articles whose publication time came. Returns the counts."""
    now = now or timezone.now()
    posted = Q(posted_at__gt=since, posted_at__lte=now)
    closed = Q(expires_at__gt=since, expires_at__lte=now)
    jobs = list(
        Job.objects.filter(posted | closed, status=Job.Status.OPEN).only(
            "pk", "slug", "status", "was_public"
        )
    )
    articles = list(
        Article.objects.filter(
            status=Article.Status.PUBLISHED, published_at__gt=since, published_at__lte=now
        ).select_related("category")
    )
    for job in jobs:
        purge_job(job)
    for article in articles:
        purge_article(article)
    return {"jobs": len(jobs), "articles": len(articles)}


def _job_changed(sender, instance, **kwargs):
    purge_job(instance)


def _job_saving(sender, instance, update_fields=None, raw=False, **kwargs):
    """Remember the page address a save is about to change (one query, on saves that can)."""
    if raw or instance.pk is None or (update_fields is not None and "slug" not in update_fields):
        return
    old = Job.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
    if old and old != instance.slug:
        instance._front_cache_old_paths = [
            reverse("jobs:job-detail", kwargs={"pk": instance.pk, "slug": old})
        ]


def _article_changed(sender, instance, **kwargs):
    if kwargs.get("signal") is post_delete or instance.category_id:
        purge_article(instance)


def _category_changed(sender, instance, **kwargs):
    # A category's name is on every page that shows its jobs or articles.
    purge_everything()


def connect() -> None:
    """Called from AmtecConfig.ready()."""
    pre_save.connect(_job_saving, sender=Job, dispatch_uid="front-cache-job-pre-save")
    for signal in (post_save, post_delete):
        signal.connect(_job_changed, sender=Job, dispatch_uid=f"front-cache-job-{signal}")
        signal.connect(
            _article_changed, sender=Article, dispatch_uid=f"front-cache-article-{signal}"
        )
        for model in (JobCategory, ArticleCategory):
            signal.connect(
                _category_changed,
                sender=model,
                dispatch_uid=f"front-cache-{model._meta.label}-{signal}",
            )


DEFAULT_WINDOW = timedelta(seconds=120)
