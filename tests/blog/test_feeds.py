import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.blog.factories import ArticleFactory, DraftArticleFactory, ScheduledArticleFactory

pytestmark = pytest.mark.django_db


def test_feed_is_valid_rss_with_absolute_links_and_full_summaries(client):
    article = ArticleFactory(summary="A full summary, " * 12)
    DraftArticleFactory(title="Hidden draft")
    ScheduledArticleFactory(title="Hidden scheduled")
    response = client.get(reverse("blog:article-feed"))
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("link") == "http://testserver/blog/"
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == [article.title]
    item = items[0]
    assert item.findtext("link") == f"http://testserver{article.get_absolute_url()}"
    assert item.findtext("description") == article.summary
    assert item.findtext("category") == article.category.name
    assert item.findtext("pubDate")
    assert "example.com" not in response.content.decode()


def test_feed_uses_the_requesting_host(client, settings):
    settings.ALLOWED_HOSTS = ["careers.amtec.example"]
    ArticleFactory()
    response = client.get(reverse("blog:article-feed"), headers={"host": "careers.amtec.example"})
    assert b"http://careers.amtec.example/blog/" in response.content
