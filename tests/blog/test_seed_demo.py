import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from blog.demo_content import ARTICLES, CATEGORIES
from blog.models import Article, Category

pytestmark = pytest.mark.django_db


def run_seed():
    from io import StringIO

    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_seed_loads_published_articles_with_images_and_is_idempotent(settings, client):
    settings.DEBUG = False
    first = run_seed()
    assert Article.objects.published().count() == len(ARTICLES) >= 12
    assert Category.objects.count() == len(CATEGORIES) >= 4
    assert all(len(a.hero_renditions) == 2 and a.hero_alt for a in Article.objects.all())
    assert "14 article(s) added" in first

    second = run_seed()
    assert "0 article(s) added" in second
    assert Article.objects.count() == len(ARTICLES)
    assert Category.objects.count() == len(CATEGORIES)
    # Without DEBUG no staff account is created.
    assert not get_user_model().objects.filter(is_staff=True).exists()
    assert "password" not in first + second


def test_demo_staff_account_only_in_debug_with_password_printed_once(settings, client):
    settings.DEBUG = True
    first = run_seed()
    password = re.search(r"with password: (\S+)", first).group(1)
    assert client.login(username="demo-staff", password=password)
    second = run_seed()
    assert password not in second
    assert get_user_model().objects.filter(username="demo-staff").count() == 1


def test_internal_links_in_demo_articles_resolve(settings, client):
    settings.DEBUG = False
    run_seed()
    for article in Article.objects.all():
        links = set(re.findall(r'href="(/[^"]*)"', article.body_html))
        assert len([link for link in links if link.startswith("/blog/")]) >= 2, article.slug
        for link in links:
            assert client.get(link).status_code == 200, (article.slug, link)
