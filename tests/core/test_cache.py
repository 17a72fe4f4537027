"""The anonymous page cache: fast repeats, and never a stale page after content changes."""

import pytest
from django.test import Client
from django.urls import reverse

from blog.models import Article
from tests.blog.factories import ArticleFactory, DraftArticleFactory
from tests.jobs.factories import DraftJobFactory, JobFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run a change as its own committed transaction would: on-commit hooks included."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            return change()

    return run


def test_second_anonymous_request_is_served_from_the_cache(client, django_assert_num_queries):
    JobFactory.create_batch(3)
    first = client.get(reverse("jobs:job-list"))
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(reverse("jobs:job-list"))
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    # Security headers are fresh on every response, cached or not.
    assert "default-src 'self'" in second["Content-Security-Policy"]
    assert second["X-Frame-Options"] == "DENY"


def test_closing_a_job_removes_it_from_cached_pages_at_once(client, commit):
    job = JobFactory(title="Cached Welder")
    for url in ("/", reverse("jobs:job-list"), job.get_absolute_url(), reverse("jobs:job-feed"),
                "/sitemap-jobs.xml"):  # fmt: skip
        assert job.get_absolute_url() in client.get(url).content.decode(), url
        assert client.get(url)["X-Page-Cache"] == "hit", url
    commit(job.close)
    assert job.get_absolute_url() not in client.get(reverse("jobs:job-list")).content.decode()
    assert "Cached Welder" not in client.get("/").content.decode()
    assert client.get(job.get_absolute_url()).status_code == 410
    assert "Cached Welder" not in client.get(reverse("jobs:job-feed")).content.decode()
    assert job.get_absolute_url() not in client.get("/sitemap-jobs.xml").content.decode()


def test_opening_a_job_shows_it_at_once(client, commit):
    draft = DraftJobFactory(title="Brand new opening")
    client.get(reverse("jobs:job-list"))
    commit(draft.open_posting)
    assert "Brand new opening" in client.get(reverse("jobs:job-list")).content.decode()


def test_publishing_and_editing_an_article_show_at_once(client, commit):
    draft = DraftArticleFactory(title="Fresh advice")
    live = ArticleFactory(title="Old title")
    client.get(reverse("blog:article-list"))
    client.get(live.get_absolute_url())
    commit(draft.publish)
    assert "Fresh advice" in client.get(reverse("blog:article-list")).content.decode()

    def edit():
        live.title = "New title"
        live.save()

    commit(edit)
    assert "New title" in client.get(live.get_absolute_url()).content.decode()
    commit(lambda: Article.objects.get(pk=live.pk).unpublish())
    assert client.get(live.get_absolute_url()).status_code == 404


def test_signed_in_staff_are_never_served_cached_pages(client, staff_client):
    draft = DraftArticleFactory()
    anonymous = Client()
    assert anonymous.get(draft.get_absolute_url()).status_code == 404
    preview = staff_client.get(draft.get_absolute_url())
    assert preview.status_code == 200 and "X-Page-Cache" not in preview
    assert anonymous.get(draft.get_absolute_url()).status_code == 404


def test_errors_and_different_query_strings_are_not_mixed_up(client):
    JobFactory(title="Python Developer")
    JobFactory(title="Welder")
    assert client.get("/no-such-page/").status_code == 404
    assert "X-Page-Cache" not in client.get("/no-such-page/")
    python = client.get(reverse("jobs:job-list"), {"q": "python"}).content.decode()
    welder = client.get(reverse("jobs:job-list"), {"q": "welder"}).content.decode()
    assert "Python Developer" in python and "Python Developer" not in welder


def test_a_page_that_used_a_csrf_token_is_not_cached(rf):
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from core.cache import cache_public_page

    calls = []

    @cache_public_page
    def form_page(request):
        calls.append(1)
        return HttpResponse(f"<form method=post>{get_token(request)}</form>")

    @cache_public_page
    def plain_page(request):
        calls.append(2)
        return HttpResponse("<p>hello</p>")

    for view in (form_page, form_page, plain_page, plain_page):
        request = rf.get("/some-page/" if view is form_page else "/other-page/")
        request.user = AnonymousUser()
        view(request)
    assert calls == [1, 1, 2]


def test_unchanged_feed_answers_304_to_a_conditional_request(client):
    JobFactory()
    first = client.get(reverse("jobs:job-feed"))
    assert first["ETag"]
    again = client.get(reverse("jobs:job-feed"), headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    sitemap = client.get("/sitemap.xml")
    assert client.get("/sitemap.xml", headers={"if-none-match": sitemap["ETag"]}).status_code == 304
