import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains

from blog.models import Article
from tests.blog.factories import ArticleFactory, CategoryFactory, DraftArticleFactory, png_bytes

pytestmark = pytest.mark.django_db


def test_changelist_shows_columns_thumbnail_and_filters(staff_client):
    ArticleFactory(with_image=True, title="With a picture")
    DraftArticleFactory(title="Still a draft")
    response = staff_client.get(reverse("admin:blog_article_changelist"))
    assert response.status_code == 200
    for text in ("With a picture", "Still a draft", "Live", "Hidden", "visibility", "Scheduled"):
        assertContains(response, text)
    assertContains(response, 'class="blog-thumbnail"')
    assertContains(response, "/media/blog/renditions/")
    live = staff_client.get(reverse("admin:blog_article_changelist"), {"visibility": "live"})
    assertContains(live, "With a picture")
    assert "Still a draft" not in live.content.decode()


def test_add_form_defaults_author_to_current_user_and_prefills_slug(staff_client, staff_user):
    response = staff_client.get(reverse("admin:blog_article_add"))
    form = response.context["adminform"].form
    assert form.initial["author"] == staff_user.pk
    assertContains(response, "data-prepopulated-fields")
    assertContains(response, "&quot;#id_slug&quot;")


def test_staff_can_create_an_article_with_an_image(staff_client, staff_user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    category = CategoryFactory()
    response = staff_client.post(
        reverse("admin:blog_article_add"),
        {
            "title": "Negotiating an offer",
            "slug": "negotiating-an-offer",
            "category": category.pk,
            "author": staff_user.pk,
            "summary": "How to ask for more.",
            "body": "## Start with research\n\nKnow the market.",
            "hero_image": SimpleUploadedFile("offer.png", png_bytes(), "image/png"),
            "hero_alt": "A handshake drawn in blue",
            "status": "published",
            "published_at_0": "",
            "published_at_1": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="negotiating-an-offer")
    assert article.is_published()
    assert len(article.hero_renditions) == 2


@pytest.mark.parametrize(
    ("upload", "alt", "message"),
    [
        (b"not an image", "alt", "Upload a valid image"),
        (None, "", "Describe the image for people who cannot see it."),
    ],
)
def test_bad_image_or_missing_alt_text_is_a_field_error(
    staff_client, staff_user, upload, alt, message
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = png_bytes() if upload is None else upload
    response = staff_client.post(
        reverse("admin:blog_article_add"),
        {
            "title": "T", "slug": "t", "category": CategoryFactory().pk, "author": staff_user.pk,
            "summary": "S", "body": "B", "status": "draft",
            "hero_image": SimpleUploadedFile("x.png", data, "image/png"), "hero_alt": alt,
        },
    )  # fmt: skip
    assert response.status_code == 200
    assertContains(response, message)
    assert not Article.objects.exists()


def test_bulk_publish_and_unpublish(staff_client):
    drafts = DraftArticleFactory.create_batch(2)
    url = reverse("admin:blog_article_changelist")
    response = staff_client.post(
        url, {"action": "publish_selected", "_selected_action": [a.pk for a in drafts]}, follow=True
    )
    assertContains(response, "2 articles published.")
    assert Article.objects.published().count() == 2
    response = staff_client.post(
        url, {"action": "unpublish_selected", "_selected_action": [drafts[0].pk]}, follow=True
    )
    assertContains(response, "1 article unpublished.")
    assert list(Article.objects.published()) == [Article.objects.get(pk=drafts[1].pk)]


def test_view_on_site_previews_a_draft(staff_client):
    draft = DraftArticleFactory()
    change = staff_client.get(reverse("admin:blog_article_change", args=[draft.pk]))
    assertContains(change, "View on site")
    view_on_site = reverse("admin:view_on_site", args=[change.context["content_type_id"], draft.pk])
    preview = staff_client.get(view_on_site, follow=True)
    assert preview.status_code == 200
    assertContains(preview, "Preview.")
