import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from blog.models import Article
from tests.blog.factories import (
    ArticleFactory,
    CategoryFactory,
    DraftArticleFactory,
    ScheduledArticleFactory,
)
from tests.sitemaps import sitemap_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles():
    category = CategoryFactory(name="Interviewing", slug="interviewing")
    return {
        "live": ArticleFactory(title="Live phone interview advice", category=category),
        "draft": DraftArticleFactory(title="Draft phone interview advice", category=category),
        "scheduled": ScheduledArticleFactory(
            title="Scheduled phone interview advice", category=category
        ),
    }


def pages_listing_articles(client, category):
    return {
        "home": client.get(reverse("home")),
        "list": client.get(reverse("blog:article-list")),
        "search": client.get(reverse("blog:article-list"), {"q": "phone interview"}),
        "category": client.get(category.get_absolute_url()),
        "feed": client.get(reverse("blog:article-feed")),
    }


def test_only_published_articles_appear_anywhere(client, articles):
    category = articles["live"].category
    for name, response in pages_listing_articles(client, category).items():
        assert response.status_code == 200, name
        assertContains(response, "Live phone interview advice", msg_prefix=name)
        assertNotContains(response, "Draft phone interview advice", msg_prefix=name)
        assertNotContains(response, "Scheduled phone interview advice", msg_prefix=name)
    sitemap = sitemap_text(client)
    assert articles["live"].get_absolute_url() in sitemap
    assert articles["draft"].get_absolute_url() not in sitemap
    assert articles["scheduled"].get_absolute_url() not in sitemap


def test_draft_and_scheduled_articles_are_404_for_visitors(client, articles, django_user_model):
    assert client.get(articles["live"].get_absolute_url()).status_code == 200
    assert client.get(articles["draft"].get_absolute_url()).status_code == 404
    assert client.get(articles["scheduled"].get_absolute_url()).status_code == 404
    # Signed in but not staff: still nothing.
    client.force_login(django_user_model.objects.create_user("visitor", password="x"))
    assert client.get(articles["draft"].get_absolute_url()).status_code == 404


def test_staff_preview_drafts_never_cached_and_noindex(staff_client, articles):
    for key in ("draft", "scheduled"):
        response = staff_client.get(articles[key].get_absolute_url())
        assert response.status_code == 200
        assertContains(response, "Preview.")
        assertContains(response, '<meta name="robots" content="noindex, nofollow">', html=True)
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert "no-store" in response["Cache-Control"]
        assertNotContains(response, "application/ld+json")
    live = staff_client.get(articles["live"].get_absolute_url())
    assertNotContains(live, "Preview.")
    assert "X-Robots-Tag" not in live


def test_staff_without_blog_permission_cannot_preview(client, articles):
    from tests.factories import StaffUserFactory

    client.force_login(StaffUserFactory(permissions=["view_category"]))
    assert client.get(articles["draft"].get_absolute_url()).status_code == 404


def test_article_page_has_everything_a_reader_needs(client):
    related_category = CategoryFactory()
    article = ArticleFactory(
        with_image=True,
        category=related_category,
        title="Handling rejection",
        body="## Breathe\n\nRead [our interview guide](/blog/interview-guide/).",
    )
    related = ArticleFactory.create_batch(4, category=related_category)
    response = client.get(article.get_absolute_url())
    content = response.content.decode()
    assert response.status_code == 200
    assertContains(response, "<h1", count=1)
    assertContains(response, "Handling rejection")
    assertContains(response, article.author.get_full_name())
    assertContains(response, "1 min read")
    assertContains(response, '<a href="/blog/interview-guide/">our interview guide</a>', html=True)
    assertContains(response, reverse("jobs:job-list"))
    assertContains(response, reverse("candidates:resume-submit"))
    # Renditions in srcset, never the original upload.
    assert "blog/renditions/" in content and "1200w" in content and "600w" in content
    assert article.hero_image.url not in content
    assert 'type="image/webp"' in content
    # Three related articles, most recent first, not the article itself.
    shown = [a for a in related if a.get_absolute_url() in content]
    assert len(shown) == 3
    assert content.count('class="card article-card') == 3
    # Social and structured data.
    assertContains(response, '<meta property="og:type" content="article">', html=True)
    assertContains(response, "http://testserver/media/blog/renditions/")
    assertContains(response, '"@type": "BlogPosting"')
    assertContains(
        response,
        f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">',
        html=True,
    )


def test_structured_data_is_valid_json_with_required_fields(client):
    import json
    import re

    article = ArticleFactory(with_image=True, title="A </script> title")
    content = client.get(article.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    data = json.loads(block.group(1))
    assert data["@type"] == "BlogPosting"
    assert data["headline"] == "A </script> title"
    assert data["author"]["name"] == article.author.get_full_name()
    assert data["datePublished"].startswith(article.published_at.date().isoformat()[:4])
    assert data["image"][0].startswith("http://testserver/media/blog/renditions/")
    assert "</script>" not in block.group(1)


def test_rendered_markdown_cannot_inject_script(client):
    article = ArticleFactory(body="Hello <script>alert('x')</script> [x](javascript:alert(1))")
    response = client.get(article.get_absolute_url())
    assertNotContains(response, "alert('x')</script>")
    assertNotContains(response, "javascript:")


def test_list_paginates_ten_per_page(client):
    ArticleFactory.create_batch(23)
    first = client.get(reverse("blog:article-list"))
    assert len(first.context["articles"]) == 10
    assertContains(first, 'rel="next"')
    third = client.get(reverse("blog:article-list"), {"page": 3})
    assert len(third.context["articles"]) == 3
    assertContains(third, '<link rel="canonical" href="http://testserver/blog/?page=3">', html=True)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("abc", 1),
        ("", 1),
        ("0", 1),
        ("-3", 1),
        ("2", 2),
        ("999999", 3),
        ("9" * 40, 3),
        ("1e3", 1),
        ("%00", 1),
        ("\uff12", 2),  # a full-width digit is still a number
    ],
)
def test_any_page_parameter_gives_a_sensible_page(client, page, expected):
    ArticleFactory.create_batch(23)
    response = client.get(f"{reverse('blog:article-list')}?page={page}")
    assert response.status_code == 200
    assert response.context["page_obj"].number == expected


@pytest.mark.parametrize(
    "query",
    ["%00", "'; DROP TABLE blog_article; --", "<script>", "%", "_", "\\", "💼 résumé", "a" * 500,
     "%ff%fe", "q[]=1"],
)  # fmt: skip
def test_odd_search_strings_never_500(client, query):
    ArticleFactory(title="Interview tips")
    response = client.get(f"{reverse('blog:article-list')}?q={query}&page=abc")
    assert response.status_code == 200
    assertNotContains(response, "<script>")
    assert Article.objects.count() == 1


def test_search_finds_articles_and_keeps_the_query_in_the_form(client):
    ArticleFactory(title="Preparing for a phone interview")
    ArticleFactory(title="Federal overtime rules")
    response = client.get(reverse("blog:article-list"), {"q": "overtime"})
    assertContains(response, "Federal overtime rules")
    assertNotContains(response, "Preparing for a phone interview")
    assertContains(response, 'value="overtime"')
    assertContains(response, "1 article matching")
    assertContains(response, '<meta name="robots" content="noindex, follow">', html=True)
    empty = client.get(reverse("blog:article-list"), {"q": "astronaut"})
    assertContains(empty, "0 articles matching")
    assertContains(empty, "Try fewer or different words")


def test_category_page_lists_only_its_published_articles(client):
    ours, theirs = CategoryFactory(name="Pay"), CategoryFactory(name="Interviewing")
    mine = ArticleFactory(category=ours, title="Overtime explained")
    ArticleFactory(category=theirs, title="Phone interviews")
    response = client.get(ours.get_absolute_url())
    assertContains(response, mine.title)
    assertNotContains(response, "Phone interviews")
    assert client.get("/blog/category/no-such-category/").status_code == 404


def test_empty_category_says_so(client):
    category = CategoryFactory()
    DraftArticleFactory(category=category)
    assertContains(client.get(category.get_absolute_url()), "no articles in this category yet")


@pytest.mark.parametrize("count", [3, 30])
def test_list_and_detail_query_counts_do_not_grow_with_articles(
    client, django_assert_num_queries, count
):
    articles = ArticleFactory.create_batch(count, with_image=True)
    article = articles[0]
    # list: count + page + category filter
    with django_assert_num_queries(3):
        assert client.get(reverse("blog:article-list")).status_code == 200
    # category: category + count + page
    with django_assert_num_queries(3):
        assert client.get(article.category.get_absolute_url()).status_code == 200
    # detail: article (with category and author) + related articles
    with django_assert_num_queries(2):
        assert client.get(article.get_absolute_url()).status_code == 200
    # search: count + page + category filter
    with django_assert_num_queries(3):
        assert client.get(reverse("blog:article-list"), {"q": "interview"}).status_code == 200
