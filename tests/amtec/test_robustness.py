"""Nothing a visitor sends produces a server error: every public URL with odd query strings and
unexpected methods."""

import itertools

import pytest

from tests.blog.factories import ArticleFactory
from tests.jobs.factories import ClosedJobFactory, JobFactory

pytestmark = pytest.mark.django_db

ODD_VALUES = [
    "", "%00", "abc", "-1", "0", "9" * 30, "%ff%fe", "<script>", "'\"", "a" * 3000, "%E2%80%AE",
    "1e5", "[]", "%0d%0aSet-Cookie:x=1",
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
]


def public_paths():
    job, closed, article = JobFactory(), ClosedJobFactory(), ArticleFactory()
    return [
        "/", "/jobs/", "/jobs/feed/", "/blog/", "/blog/feed/", "/alerts/", "/resume/",
        "/resume/sent/", "/alerts/check-your-email/", "/sitemap.xml", "/sitemap-jobs.xml",
        "/sitemap-articles.xml", "/robots.txt", "/healthz", "/privacy/", job.get_absolute_url(),
        job.get_apply_url(), closed.get_absolute_url(), closed.get_apply_url(),
        article.get_absolute_url(), article.category.get_absolute_url(), f"/jobs/{job.pk}/%00/",
        "/jobs/999999999999999999999/x/", "/alerts/confirm/x/", "/alerts/manage/x/",
        "/alerts/unsubscribe/x/", "/alerts/manage/x/delete/", "/blog/category/%00/",
        "/media/blog/renditions/%00", "/media/blog/renditions/..%2f..%2fsettings.py",
    ]  # fmt: skip


def test_odd_query_strings_and_methods_never_cause_a_server_error(client):
    errors = []
    for path in public_paths():
        for parameter, value in itertools.product(PARAMETERS, ODD_VALUES):
            response = client.get(f"{path}?{parameter}={value}")
            if response.status_code >= 500:
                errors.append((path, parameter, value, response.status_code))
        for method in ("post", "put", "patch", "delete", "options"):
            response = getattr(client, method)(path, data={"q": "\x00", "email": "x"})
            if response.status_code >= 500:
                errors.append((path, method, response.status_code))
    assert errors == []
