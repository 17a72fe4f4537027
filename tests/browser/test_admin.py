import pytest
from playwright.sync_api import expect

from tests.blog.factories import ArticleFactory, DraftArticleFactory
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def signed_in(page):
    user = StaffUserFactory()
    user.set_password("a-long-staff-password")
    user.save()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill("a-long-staff-password")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    return page


def test_admin_works_under_the_content_security_policy(signed_in, live_server):
    """The page fixture fails on any console error, which is where CSP violations show up."""
    page = signed_in
    ArticleFactory(with_image=True, title="Published with a picture")
    draft = DraftArticleFactory(title="A draft to preview")

    page.goto("/admin/blog/article/")
    expect(page.get_by_role("link", name="Published with a picture")).to_be_visible()
    page.wait_for_function(
        "() => { const i = document.querySelector('img.blog-thumbnail');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )

    page.goto("/admin/blog/article/add/")
    page.get_by_label("Title:", exact=True).fill("Negotiating Your First Offer")
    page.get_by_label("Title:", exact=True).blur()
    # The slug is filled in from the title by the admin's own script.
    expect(page.get_by_label("Slug:", exact=True)).to_have_value("negotiating-your-first-offer")

    page.goto(f"/admin/blog/article/{draft.pk}/change/")
    page.get_by_role("link", name="View on site").click()
    expect(page).to_have_url(f"{live_server.url}{draft.get_absolute_url()}")
    expect(page.get_by_role("note")).to_contain_text("only staff can see this page")
    expect(page.locator('meta[name="robots"]')).to_have_attribute("content", "noindex, nofollow")
