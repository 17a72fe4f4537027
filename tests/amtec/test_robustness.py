"""Nothing a visitor sends produces a server error: every public URL with odd query strings and
unexpected methods, one test per URL so a failure names the page (33 URLs, one test each)."""

import itertools

import pytest
from django.urls import reverse

from tests.blog.factories import ArticleFactory
from tests.jobs.factories import ClosedJobFactory, JobFactory

pytestmark = pytest.mark.django_db

ODD_VALUES = [
    "", "%00", "abc", "-1", "0", "9" * 30, "%ff%fe", "<script>", "'\"", "a" * 3000, "%E2%80%AE",
    "1e5", "[]", "%0d%0aSet-Cookie:x=1",
    # isdigit() is true for these but int() refuses them (and Python's int() refuses more than
    # 4,300 digits): each once made every HTML page a 500 through ?page=.
    "²", "①", "9" * 4301,
]  # fmt: skip
PARAMETERS = [
    "q",
    "page",
    "p",
    "location",
    "workplace",
    "type",
    "category",
    "pay",
    "posted",
    "sort",
    "paid",
    "hours",
    "shift",
    "start",
    "near",
    "radius",
    "source",
    "utm_source",
]
METHODS = ["post", "put", "patch", "delete", "options"]


def _on(name, url, kind="job"):
    """A page of one of the objects every test creates; the test id is its URL pattern."""
    return pytest.param(lambda site: url(site[kind]), id=name)


PUBLIC_PATHS = [
    "/", "/jobs/", "/jobs/feed/", "/blog/", "/blog/feed/", "/alerts/", "/resume/",
    "/resume/sent/", "/alerts/check-your-email/", "/sitemap.xml", "/sitemap-jobs.xml",
    "/sitemap-articles.xml", "/robots.txt", "/healthz", "/privacy/",
    "/jobs/syndication/indeed.xml", "/jobs/syndication/linkedin.xml",
    _on("/jobs/<id>/<slug>/send/", lambda job: reverse("jobs:job-share", args=[job.pk, job.slug])),
    _on("/jobs/<id>/<slug>/", lambda job: job.get_absolute_url()),
    _on("/jobs/<id>/<slug>/apply/", lambda job: job.get_apply_url()),
    _on("/jobs/<id>/<slug>/ (closed)", lambda job: job.get_absolute_url(), "closed"),
    _on("/jobs/<id>/<slug>/apply/ (closed)", lambda job: job.get_apply_url(), "closed"),
    _on("/blog/<slug>/", lambda article: article.get_absolute_url(), "article"),
    _on("/blog/category/<slug>/", lambda article: article.category.get_absolute_url(), "article"),
    _on("/jobs/<id>/%00/", lambda job: f"/jobs/{job.pk}/%00/"),
    "/jobs/999999999999999999999/x/", "/alerts/confirm/x/", "/alerts/manage/x/",
    "/alerts/unsubscribe/x/", "/alerts/manage/x/delete/", "/blog/category/%00/",
    "/media/blog/renditions/%00", "/media/blog/renditions/..%2f..%2fsettings.py",
]  # fmt: skip


@pytest.fixture
def site():
    # Every page is tried with an open job, a closed one and an article in the database.
    return {"job": JobFactory(), "closed": ClosedJobFactory(), "article": ArticleFactory()}


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_odd_query_strings_and_methods_never_cause_a_server_error(client, site, path):
    path = path(site) if callable(path) else path
    errors = []
    for parameter, value in itertools.product(PARAMETERS, ODD_VALUES):
        response = client.get(f"{path}?{parameter}={value}")
        if response.status_code >= 500:
            errors.append((parameter, value[:40], response.status_code))
    for method in METHODS:
        response = getattr(client, method)(path, data={"q": "\x00", "email": "x"})
        if response.status_code >= 500:
            errors.append((method, response.status_code))
    assert errors == []
