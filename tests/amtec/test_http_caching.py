"""Caching headers: public pages a CDN can keep, private pages nobody shares, on time."""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.http_cache import public_cache_control
from tests.blog.factories import ArticleFactory, DraftArticleFactory
from tests.jobs.factories import DraftJobFactory, FilledJobFactory, JobFactory

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, str | None]:
    out = {}
    for part in response["Cache-Control"].split(","):
        name, _, value = part.strip().partition("=")
        out[name] = value or None
    return out


@pytest.fixture
def content():
    job = JobFactory(title="Cached Welder")
    article = ArticleFactory(title="Cached advice")
    return {"job": job, "article": article}


def public_urls(content):
    job, article = content["job"], content["article"]
    return {
        "home": "/",
        "jobs": "/jobs/",
        "jobs-query": "/jobs/?q=welder&workplace=onsite&page=1",
        "job": job.get_absolute_url(),
        "article": article.get_absolute_url(),
        "blog": "/blog/",
        "category": article.category.get_absolute_url(),
        "job-feed": "/jobs/feed/?q=welder",
        "article-feed": "/blog/feed/",
        "sitemap": "/sitemap.xml",
        "sitemap-jobs": "/sitemap-jobs.xml",
        "indeed": "/jobs/syndication/indeed.xml",
    }


EXPECTED_TYPE = {
    "home": "home",
    "jobs": "jobs",
    "jobs-query": "jobs",
    "job": "job",
    "article": "article",
    "blog": "articles",
    "category": "articles",
    "job-feed": "job-feed",
    "article-feed": "article-feed",
    "sitemap": "sitemap",
    "sitemap-jobs": "sitemap",
    "indeed": "syndication",
}


def test_every_public_page_type_is_public_with_its_own_durations(content, settings):
    anonymous = Client()
    for name, url in public_urls(content).items():
        response = anonymous.get(url)
        assert response.status_code == 200, name
        policy = settings.HTTP_CACHE_PAGES[EXPECTED_TYPE[name]]
        cc = directives(response)
        assert "public" in cc, name
        assert "private" not in cc and "no-store" not in cc, name
        # The job page may be capped by its closing time (60 days away here: not reached).
        assert int(cc["max-age"]) == policy["max_age"], name
        assert int(cc["s-maxage"]) == policy["s_maxage"], name
        assert int(cc["stale-while-revalidate"]) == policy["swr"], name
        assert int(cc["stale-if-error"]) == policy["sie"], name
        # A validator, no cookie, and no Vary on Cookie (which would split a CDN's cache).
        assert response.has_header("ETag") or response.has_header("Last-Modified"), name
        assert not response.cookies, name
        assert "Set-Cookie" not in response.headers, name
        assert "cookie" not in response.get("Vary", "").lower(), name
        assert "site" in response["Cache-Tag"].split(","), name


def test_pages_carry_the_tags_their_purges_name(content):
    job, article = content["job"], content["article"]
    anonymous = Client()
    assert anonymous.get(job.get_absolute_url())["Surrogate-Key"].split() == [
        f"job-{job.pk}",
        "site",
    ]
    assert f"article-{article.pk}" in anonymous.get(article.get_absolute_url())["Cache-Tag"]
    assert set(anonymous.get("/")["Cache-Tag"].split(",")) == {"articles", "jobs", "site"}
    assert set(anonymous.get("/jobs/?q=x")["Cache-Tag"].split(",")) == {"jobs", "site"}


def test_the_page_cache_keeps_the_headers_on_a_hit(content):
    anonymous = Client()
    url = content["job"].get_absolute_url()
    first = anonymous.get(url)
    second = anonymous.get(url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    for header in ("Cache-Control", "Cache-Tag", "Surrogate-Key", "ETag"):
        assert second[header] == first[header], header


def test_a_filled_jobs_410_and_a_changed_slugs_redirect_are_public_and_tagged():
    filled = FilledJobFactory()
    anonymous = Client()
    gone = anonymous.get(filled.get_absolute_url())
    assert gone.status_code == 410
    assert "public" in directives(gone)
    assert f"job-{filled.pk}" in gone["Cache-Tag"]
    open_job = JobFactory()
    moved = anonymous.get(f"/jobs/{open_job.pk}/old-slug/")
    assert moved.status_code == 301
    assert "public" in directives(moved) and f"job-{open_job.pk}" in moved["Cache-Tag"]


def test_a_job_page_is_never_fresh_past_the_jobs_closing_time():
    moment = timezone.now()
    with time_machine.travel(moment, tick=False):
        job = JobFactory(
            posted_at=moment - timedelta(days=3), expires_at=moment + timedelta(seconds=45)
        )
        response = Client().get(job.get_absolute_url())
        cc = directives(response)
        assert (cc["max-age"], cc["s-maxage"], cc["stale-while-revalidate"]) == ("45", "45", "0")
    # Served again from the page cache 30 s later: the time left has shrunk, not restarted.
    with time_machine.travel(moment + timedelta(seconds=30), tick=False):
        again = Client().get(job.get_absolute_url())
        assert again["X-Page-Cache"] == "hit"
        assert (directives(again)["max-age"], directives(again)["s-maxage"]) == ("15", "15")
    # Past it: the page is not served from any cache, and answers 410.
    with time_machine.travel(moment + timedelta(seconds=46), tick=False):
        after = Client().get(job.get_absolute_url())
        assert after.status_code == 410


def test_the_cap_keeps_stale_serving_inside_the_jobs_time():
    moment = timezone.now()
    # 10 minutes left: s-maxage 600 reaches the end exactly, so no stale serving after it.
    header = public_cache_control("job", fresh_until=moment + timedelta(seconds=600), now=moment)
    assert "s-maxage=600, stale-while-revalidate=0" in header
    header = public_cache_control("job", fresh_until=moment + timedelta(seconds=630), now=moment)
    assert "s-maxage=600, stale-while-revalidate=30" in header
    header = public_cache_control("job", fresh_until=moment - timedelta(seconds=5), now=moment)
    assert "max-age=0, s-maxage=0, stale-while-revalidate=0" in header


def test_stale_if_error_never_serves_a_job_past_its_closing_time():
    """With the app down, a shared cache may serve a stored page for stale-if-error seconds past
    its freshness: for a job, never past the moment it closes."""
    moment = timezone.now()
    day = settings.HTTP_CACHE_PAGES["job"]["sie"]
    assert day > 3600  # the normal allowance, far longer than the hour below
    header = public_cache_control("job", fresh_until=moment + timedelta(hours=1), now=moment)
    assert "s-maxage=600" in header and "stale-if-error=3000" in header  # 3,600 - 600
    header = public_cache_control("job", fresh_until=moment + timedelta(seconds=300), now=moment)
    assert "s-maxage=300" in header and "stale-if-error=0" in header
    header = public_cache_control("job", fresh_until=None, now=moment)
    assert f"stale-if-error={day}" in header  # no closing time: the page type's allowance


@pytest.mark.parametrize("url_name", ["resume", "apply", "alerts"])
def test_form_pages_are_private_and_never_stored(url_name):
    job = JobFactory()
    url = {"resume": "/resume/", "apply": job.get_apply_url(), "alerts": "/alerts/?q=welder"}
    response = Client().get(url[url_name])
    assert response.status_code == 200
    cc = directives(response)
    assert "private" in cc and "no-store" in cc
    assert "public" not in cc and "Cache-Tag" not in response


def test_a_page_that_says_nothing_about_caching_is_private_by_default(rf):
    """/me/ and whatever comes next: private unless it chooses otherwise."""
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse

    from core.http_cache import CacheHeadersMiddleware

    request = rf.get("/me/")
    request.user = AnonymousUser()
    response = CacheHeadersMiddleware(lambda r: HttpResponse("<p>your applications</p>"))(request)
    assert response["Cache-Control"] == "private, no-store"


def test_a_public_page_that_sets_a_cookie_becomes_private(rf):
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from core.cache import cache_public_page
    from core.http_cache import CacheHeadersMiddleware

    @cache_public_page(page="jobs")
    def with_cookie(request):
        response = HttpResponse("hi")
        response.set_cookie("seen", "1")
        return response

    @cache_public_page(page="jobs")
    def with_form(request):
        return HttpResponse(f"<form method=post>{get_token(request)}</form>")

    for view in (with_cookie, with_form):
        request = rf.get("/x/")
        request.user = AnonymousUser()
        response = CacheHeadersMiddleware(view)(request)
        assert response["Cache-Control"] == "private, no-store", view.__name__
        assert "Cache-Tag" not in response


def test_signed_in_staff_never_get_a_public_response(staff_client, content):
    draft_job, draft_article = DraftJobFactory(), DraftArticleFactory()
    urls = [*public_urls(content).values(), draft_job.get_absolute_url(),
            draft_article.get_absolute_url(), "/robots.txt", "/no-such-page/"]  # fmt: skip
    for url in urls:
        response = staff_client.get(url)
        cc = directives(response)
        assert "public" not in cc, url
        assert "no-store" in cc or "private" in cc, url
        assert "Cache-Tag" not in response and "Surrogate-Key" not in response, url
    preview = staff_client.get(draft_article.get_absolute_url())
    assert preview.status_code == 200 and "no-store" in preview["Cache-Control"]


def test_an_unchanged_page_answers_304_to_a_conditional_get(content):
    anonymous = Client()
    for url in ("/", "/jobs/?q=welder", content["job"].get_absolute_url(), "/blog/"):
        first = anonymous.get(url)
        again = anonymous.get(url, headers={"if-none-match": first["ETag"]})
        assert again.status_code == 304, url
        assert again["Cache-Control"] == first["Cache-Control"], url
        assert again.content == b""
    feed = anonymous.get(reverse("jobs:syndication-feed", args=["indeed"]))
    assert (
        anonymous.get(
            reverse("jobs:syndication-feed", args=["indeed"]),
            headers={"if-none-match": feed["ETag"]},
        ).status_code
        == 304
    )


def test_a_changed_page_answers_200_to_the_old_etag(content, django_capture_on_commit_callbacks):
    anonymous = Client()
    url = content["job"].get_absolute_url()
    etag = anonymous.get(url)["ETag"]
    job = content["job"]
    with django_capture_on_commit_callbacks(execute=True):
        job.title = "Senior Cached Welder"
        job.save()
    changed = anonymous.get(url, headers={"if-none-match": etag})
    assert changed.status_code == 200 and b"Senior Cached Welder" in changed.content


def test_tracking_parameters_share_one_cached_page(content):
    anonymous = Client()
    first = anonymous.get("/jobs/?q=welder&utm_source=newsletter&utm_medium=email")
    assert first["X-Page-Cache"] == "miss"
    for url in ("/jobs/?q=welder", "/jobs/?utm_campaign=x&q=welder&source=indeed&gclid=1"):
        assert anonymous.get(url)["X-Page-Cache"] == "hit", url
    assert anonymous.get("/jobs/?q=nurse")["X-Page-Cache"] == "miss"


def test_a_404_is_public_for_a_minute_only():
    response = Client().get("/jobs/999999/nothing/")
    assert response.status_code == 404
    assert directives(response)["s-maxage"] == "60"


def test_public_pages_come_gzipped_to_who_asks_with_the_same_etag_each_time(content):
    import gzip

    url = content["job"].get_absolute_url()
    plain = Client().get(url)
    zipped = Client().get(url, headers={"accept-encoding": "gzip, deflate, br"})
    again = Client().get(url, headers={"accept-encoding": "gzip"})
    assert "Content-Encoding" not in plain
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    assert zipped["Vary"] == plain["Vary"] == "Accept-Encoding"
    # Another render (the page cache's copy): the same bytes, so the same ETag on every worker.
    assert again["X-Page-Cache"] == "hit" and again["ETag"] == zipped["ETag"]
    assert again["ETag"] != plain["ETag"]
    # Form pages are left as they are (a CSRF token must not meet compression).
    form = Client().get("/resume/", headers={"accept-encoding": "gzip"})
    assert "Content-Encoding" not in form


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CACHE_PURGE_BACKEND": "akamai"}, "CACHE_PURGE_BACKEND='akamai': use none, nginx"),
        ({"CACHE_PURGE_BACKEND": "nginx"}, "CACHE_PURGE_BACKEND=nginx needs CACHE_PURGE_URL"),
    ],
)
def test_a_purge_backend_without_what_it_needs_stops_the_start(tmp_path, env, message):
    from tests.amtec.test_settings import start_django

    result = start_django(tmp_path, DEBUG="true", **env)
    assert result.returncode != 0
    assert message in result.stderr
