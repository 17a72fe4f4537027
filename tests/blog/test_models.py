from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from blog.models import Article
from tests.blog.factories import (
    ArticleFactory,
    CategoryFactory,
    DraftArticleFactory,
    ScheduledArticleFactory,
)

pytestmark = pytest.mark.django_db


def test_published_queryset_and_instance_rule_agree():
    live = ArticleFactory()
    draft = DraftArticleFactory()
    scheduled = ScheduledArticleFactory()
    published = set(Article.objects.published())
    assert published == {live}
    for article in (live, draft, scheduled):
        assert article.is_published() == (article in published)
    assert scheduled.is_scheduled() and not draft.is_scheduled() and not live.is_scheduled()


def test_the_publication_rule_takes_the_time_as_an_argument():
    when = timezone.now() + timedelta(days=30)
    article = ScheduledArticleFactory(published_at=when)
    before, at = when - timedelta(seconds=1), when
    assert article in Article.objects.scheduled(now=before)
    assert article not in Article.objects.published(now=before)
    assert article.is_scheduled(now=before) and not article.is_published(now=before)
    assert article in Article.objects.published(now=at)
    assert article not in Article.objects.scheduled(now=at)
    assert article.is_published(now=at) and not article.is_scheduled(now=at)


def test_scheduled_article_goes_live_when_its_time_comes():
    article = ScheduledArticleFactory(published_at=timezone.now() + timedelta(seconds=1))
    assert article not in Article.objects.published()
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now())
    assert article in Article.objects.published()


def test_publishing_without_a_date_sets_it_to_now():
    article = DraftArticleFactory()
    before = timezone.now()
    article.publish()
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert before <= article.published_at <= timezone.now()
    assert article.is_published()


def test_publish_keeps_a_future_date_so_it_stays_scheduled():
    when = timezone.now() + timedelta(days=2)
    article = DraftArticleFactory(published_at=when)
    article.publish()
    assert article.published_at == when
    assert not article.is_published()


def test_unpublish_hides_the_article():
    article = ArticleFactory()
    article.unpublish()
    assert article not in Article.objects.published()


def test_database_refuses_published_article_without_date():
    article = ArticleFactory()
    with pytest.raises(IntegrityError):
        Article.objects.filter(pk=article.pk).update(published_at=None)


def test_database_refuses_hero_image_without_alt_text():
    article = ArticleFactory()
    with pytest.raises(IntegrityError):
        Article.objects.filter(pk=article.pk).update(hero_image="blog/originals/x.png", hero_alt="")


def test_body_is_rendered_and_reading_time_computed_on_save():
    article = ArticleFactory(body="word " * 700)
    assert article.reading_minutes == 4  # 700 words at 230 a minute, rounded up
    article.body = "## Short\n\nJust a few words."
    article.save()
    article.refresh_from_db()
    assert article.reading_minutes == 1
    assert "<h2>Short</h2>" in article.body_html


def test_related_articles_same_category_first_then_most_recent():
    category, other = CategoryFactory(), CategoryFactory()
    now = timezone.now()
    article = ArticleFactory(category=category)
    old_same = ArticleFactory(category=category, published_at=now - timedelta(days=30))
    new_other = ArticleFactory(category=other, published_at=now - timedelta(hours=1))
    older_other = ArticleFactory(category=other, published_at=now - timedelta(days=60))
    DraftArticleFactory(category=category)
    related = list(Article.objects.published().related_to(article))
    assert related == [old_same, new_other, older_other]


def test_search_matches_every_word_in_title_summary_or_body():
    ArticleFactory(title="Phone interview tips", body="Prepare a quiet room.")
    ArticleFactory(title="Overtime rules", summary="Who gets paid extra", body="Forty hours.")
    assert [a.title for a in Article.objects.search("phone quiet")] == ["Phone interview tips"]
    assert [a.title for a in Article.objects.search("PAID extra")] == ["Overtime rules"]
    assert not Article.objects.search("phone overtime").exists()


def test_meta_title_and_description_fall_back():
    article = ArticleFactory(seo_title="", seo_description="")
    assert article.meta_title == article.title
    assert article.meta_description == article.summary
    article.seo_title, article.seo_description = "SEO title", "SEO description"
    assert (article.meta_title, article.meta_description) == ("SEO title", "SEO description")
