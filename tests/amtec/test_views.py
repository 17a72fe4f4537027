import json
import re

import pytest
from django.db import connection
from django.urls import reverse
from pytest_django.asserts import assertContains

from tests.blog.factories import ArticleFactory, DraftArticleFactory

pytestmark = pytest.mark.django_db


def test_home_has_job_search_latest_articles_and_resume_call_to_action(client):
    articles = ArticleFactory.create_batch(4)
    DraftArticleFactory(title="Unfinished draft")
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assertContains(response, f'action="{reverse("jobs:job-list")}"')
    assertContains(response, 'name="q"')
    assertContains(response, '<label class="form-label" for="home-q">', count=1)
    for article in articles[1:]:
        assertContains(response, article.title)
    assertContains(response, "Submit your resume")
    assert "Unfinished draft" not in response.content.decode()


@pytest.mark.parametrize("count", [3, 30])
def test_home_query_count_is_constant(client, django_assert_num_queries, count):
    ArticleFactory.create_batch(count)
    # latest articles + featured/new jobs
    with django_assert_num_queries(2):
        client.get(reverse("home"))


def test_every_page_has_the_site_chrome_and_meta_tags(client):
    article = ArticleFactory()
    for url in ("/", "/blog/", article.get_absolute_url(), "/privacy/", "/jobs/", "/resume/"):
        response = client.get(url)
        assert response.status_code == 200, url
        content = response.content.decode()
        assert '<html lang="en">' in content
        assert 'href="#main"' in content and 'id="main"' in content
        assert content.count("<title>") == 1
        assert '<meta name="description" content="' in content
        assert f'<link rel="canonical" href="http://testserver{url}">' in content
        for tag in ('property="og:title"', 'property="og:description"', 'property="og:url"',
                    'name="twitter:card"'):  # fmt: skip
            assert tag in content, (url, tag)
        for link in ("/jobs/", "/blog/", "/resume/", "/privacy/"):
            assert f'href="{link}"' in content
        assert content.count("<h1") == 1, url


def test_security_headers(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "style-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_public_pages_carry_no_inline_script_or_style(client):
    article = ArticleFactory(with_image=True)
    for url in ("/", "/blog/", article.get_absolute_url(), "/privacy/", "/no-such-page/"):
        content = client.get(url).content.decode()
        assert "style=" not in content, url
        assert "<style" not in content, url
        # The only inline <script> allowed is JSON-LD data, which browsers never execute; other
        # scripts are files of our own (script-src 'self').
        inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", content)
        assert inline == ['<script type="application/ld+json">'] * len(inline), url


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "database": "ok",
        "cache": "ok",
        "storage": "ok",
    }
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_load_balancer_probes_by_address_and_over_plain_http(client, settings):
    settings.ALLOWED_HOSTS = ["careers.amtec.example"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.0.3.7:8000")
    assert response.status_code == 200
    assert json.loads(response.content)["status"] == "ok"
    assert response["X-Request-ID"]
    # Everything else still insists on a known host, and on HTTPS.
    assert client.get("/", HTTP_HOST="10.0.3.7:8000").status_code == 400
    assert client.get("/", HTTP_HOST="careers.amtec.example").status_code == 301


def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise connection.Database.OperationalError("database is down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["database"] == "unavailable"


def test_healthz_answers_503_when_the_cache_loses_values(client, monkeypatch):
    from django.core.cache import cache

    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {
        "status": "unavailable",
        "database": "ok",
        "cache": "unavailable",
        "storage": "ok",
    }


def test_healthz_answers_503_when_the_resume_store_fails(client, settings, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the resume folder should be")
    settings.STORAGES = {
        **settings.STORAGES,
        "resumes": {
            **settings.STORAGES["resumes"],
            "OPTIONS": {**settings.STORAGES["resumes"]["OPTIONS"], "location": blocked / "x"},
        },
    }
    response = client.get("/healthz")
    body = json.loads(response.content)
    assert (response.status_code, body["storage"], body["database"]) == (503, "unavailable", "ok")


def home_page_raising(client, monkeypatch, error):
    """The home page as a visitor gets it when building its content raises `error`."""
    from amtec import views

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(views.HomeView, "get_context_data", fail)
    client.raise_request_exception = False
    return client.get("/")


def test_database_unreachable_gives_the_branded_503(client, monkeypatch):
    from django.db import OperationalError

    # What Django raises when the server cannot be reached (the driver's error wrapped).
    response = home_page_raising(client, monkeypatch, OperationalError("connection refused"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assertContains(response, "We’ll be back in a few minutes", status_code=503)
    assert b"connection refused" not in response.content


def test_cache_unreachable_gives_the_branded_503_quickly(client, settings):
    import socket
    import time

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
    client.raise_request_exception = False
    started = time.monotonic()
    response = client.get("/")
    assert time.monotonic() - started < 10
    assert response.status_code == 503
    assertContains(response, "We’ll be back in a few minutes", status_code=503)
    health = client.get("/healthz")
    assert (health.status_code, json.loads(health.content)["cache"]) == (503, "unavailable")


def test_a_bug_in_a_query_is_still_a_500_not_a_503(client, monkeypatch):
    from django.db import ProgrammingError

    response = home_page_raising(client, monkeypatch, ProgrammingError("column does not exist"))
    assert response.status_code == 500
    assertContains(response, "Something went wrong on our side", status_code=500)


def test_branded_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assertContains(response, "We can't find that page", status_code=404)
    assertContains(response, 'href="/jobs/"', status_code=404)
    assertContains(response, '<meta name="robots" content="noindex">', status_code=404)


def test_branded_500_renders_without_a_request_context(client):
    from django.views.defaults import server_error

    response = server_error(client.get("/").wsgi_request)
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content
    assert b"/static/css/site.css" in response.content


def test_uncaught_error_shows_the_branded_500(client, monkeypatch):
    response = home_page_raising(client, monkeypatch, RuntimeError("boom"))
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content
    assert b"boom" not in response.content


def test_only_article_renditions_are_served_from_media(client):
    article = ArticleFactory(with_image=True)
    rendition = article.hero_images[0]["webp_url"]
    response = client.get(rendition)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert client.get(article.hero_image.url).status_code == 404
    assert client.get("/media/blog/renditions/../originals/hero.png").status_code == 404


def test_favicon_ico_redirects_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"


@pytest.mark.parametrize("page", ["²", "①", "9" * 4301])
def test_a_page_number_int_refuses_is_page_one_not_a_server_error(client, page):
    """The attack test's 7-byte request: `?page=²` passed isdigit() and crashed every page."""
    for path in ("/", "/jobs/", "/blog/", "/privacy/"):
        response = client.get(path, {"page": page})
        assert response.status_code == 200, path
        assertContains(response, f'<link rel="canonical" href="http://testserver{path}">')


def test_the_canonical_link_names_the_page_shown(client):
    for n in range(25):
        ArticleFactory(title=f"Article {n}")
    last = client.get("/blog/", {"page": "99"})
    assertContains(last, '<link rel="canonical" href="http://testserver/blog/?page=3">')
    junk = client.get("/blog/", {"page": "abc"})
    assertContains(junk, '<link rel="canonical" href="http://testserver/blog/">')


def test_the_dashboard_takes_odd_filter_values(admin_client):
    for value in ("²", "①", "9" * 4301, "abc"):
        assert (
            admin_client.get("/admin/", {"category": value, "recruiter": value}).status_code == 200
        )
