"""OpenGraph images: every page has one, absolute; the site-wide default stands in for pages
(jobs, most of the site) that have no image of their own."""

import re

import pytest
from django.contrib.staticfiles import finders
from PIL import Image

from tests.blog.factories import ArticleFactory
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db
DEFAULT = "http://testserver/static/img/og-default.png"


def meta(content: str, attribute: str, name: str) -> list[str]:
    return re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', content)


def test_default_social_image_is_a_1200_by_630_png():
    with Image.open(finders.find("img/og-default.png")) as image:
        assert (image.format, image.size) == ("PNG", (1200, 630))


@pytest.mark.parametrize("kind", ["home", "job", "remote job", "article without image", "jobs"])
def test_pages_without_an_image_of_their_own_use_the_default(client, kind):
    url = {
        "home": lambda: "/",
        "jobs": lambda: "/jobs/",
        "job": lambda: JobFactory().get_absolute_url(),
        "remote job": lambda: JobFactory(workplace="remote").get_absolute_url(),
        "article without image": lambda: ArticleFactory().get_absolute_url(),
    }[kind]()
    content = client.get(url).content.decode()
    assert meta(content, "property", "og:image") == [DEFAULT]
    assert meta(content, "property", "og:image:width") == ["1200"]
    assert meta(content, "property", "og:image:height") == ["630"]
    assert meta(content, "property", "og:image:alt") == ["Amtec: jobs and career advice"]
    assert meta(content, "name", "twitter:card") == ["summary_large_image"]


def test_an_article_with_a_hero_uses_its_own_image_only(client):
    content = client.get(ArticleFactory(with_image=True).get_absolute_url()).content.decode()
    (image,) = meta(content, "property", "og:image")
    assert image.startswith("http://testserver/media/blog/renditions/")
    assert meta(content, "property", "og:image:alt") == ["A blue background"]
    assert meta(content, "name", "twitter:card") == ["summary_large_image"]
