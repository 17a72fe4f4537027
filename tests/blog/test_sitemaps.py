import pytest
from django.utils import timezone

from tests.blog.factories import (
    ArticleFactory,
    CategoryFactory,
    DraftArticleFactory,
    ScheduledArticleFactory,
)
from tests.sitemaps import sitemap_entries

pytestmark = pytest.mark.django_db


def test_sitemap_lists_published_articles_with_last_modified_dates(client):
    live = ArticleFactory()
    DraftArticleFactory(slug="secret-draft")
    ScheduledArticleFactory(slug="secret-scheduled")
    entries = sitemap_entries(client)
    url = f"http://testserver{live.get_absolute_url()}"
    assert entries[url] == timezone.localdate(live.updated_at).isoformat()
    assert not any("secret" in loc for loc in entries)
    assert all(loc.startswith("http://testserver/") for loc in entries)


def test_sitemap_lists_only_categories_with_published_articles(client):
    used, unused, drafts_only = CategoryFactory(), CategoryFactory(), CategoryFactory()
    ArticleFactory(category=used)
    DraftArticleFactory(category=drafts_only)
    entries = sitemap_entries(client)
    assert f"http://testserver{used.get_absolute_url()}" in entries
    assert f"http://testserver{unused.get_absolute_url()}" not in entries
    assert f"http://testserver{drafts_only.get_absolute_url()}" not in entries


def test_sitemap_includes_the_fixed_pages(client):
    entries = sitemap_entries(client)
    for path in ("/", "/blog/", "/jobs/", "/resume/", "/privacy/"):
        assert f"http://testserver{path}" in entries


def test_every_sitemap_url_answers_200(client):
    ArticleFactory.create_batch(3)
    for loc in sitemap_entries(client):
        assert client.get(loc.removeprefix("http://testserver")).status_code == 200, loc


def test_the_index_dates_the_articles_from_one_aggregate_of_published_ones(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    older, newer = ArticleFactory(), ArticleFactory()
    DraftArticleFactory()  # saved last: the newest change, but not published
    with CaptureQueriesContext(connection) as captured:
        index = client.get("/sitemap.xml").content.decode()
    dated = f"sitemap-articles.xml</loc><lastmod>{timezone.localtime(newer.updated_at).isoformat()}"
    assert dated in index and older.updated_at < newer.updated_at
    article_queries = [q["sql"] for q in captured.captured_queries if '"blog_article"' in q["sql"]]
    assert not any(sql.startswith('SELECT "blog_article"."id"') for sql in article_queries)
