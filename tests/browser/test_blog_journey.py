import re

import pytest
from playwright.sync_api import expect

from tests.blog.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def advice():
    interviewing = CategoryFactory(name="Interviewing", slug="interviewing")
    pay = CategoryFactory(name="Pay and benefits", slug="pay")
    first = ArticleFactory(
        title="Preparing for a phone interview",
        slug="phone-interview",
        category=interviewing,
        with_image=True,
        body="## Before the call\n\nRead [handling rejection](/blog/rejection/).",
    )
    second = ArticleFactory(
        title="Handling rejection after an interview",
        slug="rejection",
        category=interviewing,
        with_image=True,
    )
    ArticleFactory(title="The federal overtime rule", slug="overtime", category=pay)
    return first, second


def test_reader_goes_from_home_to_article_to_related_article_to_category(
    page, live_server, advice, assert_accessible
):
    first, second = advice

    page.goto("/")
    expect(page).to_have_title(re.compile("Amtec"))
    assert_accessible(page)
    # The first Tab reaches the skip link, which then takes keyboard users past the header.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    page.get_by_role("link", name=first.title).click()
    expect(page).to_have_url(f"{live_server.url}/blog/phone-interview/")
    expect(page.get_by_role("heading", level=1)).to_have_text(first.title)
    hero = page.locator(".article-hero img")
    expect(hero).to_have_attribute("alt", "A blue background")
    # The rendition really loads (waits for it: the machine may be busy).
    page.wait_for_function(
        "() => { const i = document.querySelector('.article-hero img');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    assert_accessible(page)

    page.get_by_role("region", name="Keep reading").get_by_role("link", name=second.title).click()
    expect(page).to_have_url(f"{live_server.url}/blog/rejection/")
    expect(page.get_by_role("heading", level=1)).to_have_text(second.title)
    assert_accessible(page)

    page.get_by_role("navigation", name="Breadcrumb").get_by_role(
        "link", name="Interviewing"
    ).click()
    expect(page).to_have_url(f"{live_server.url}/blog/category/interviewing/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Interviewing")
    expect(page.get_by_role("link", name=first.title)).to_be_visible()
    expect(page.get_by_role("link", name="The federal overtime rule")).to_have_count(0)
    assert_accessible(page)


def test_article_search_works_with_the_keyboard_and_without_javascript(
    browser, live_server, advice
):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/blog/")
    page.get_by_label("Search articles").fill("overtime")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/blog/\?q=overtime"))
    expect(page.get_by_role("link", name="The federal overtime rule")).to_be_visible()
    expect(page.get_by_role("link", name="Preparing for a phone interview")).to_have_count(0)
    context.close()
