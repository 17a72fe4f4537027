import re
from io import StringIO

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.urls import reverse

from blog.demo import demo_articles
from blog.demo import demo_categories as demo_article_categories
from blog.models import Article
from blog.models import Category as ArticleCategory
from jobs.demo import demo_jobs
from jobs.models import Category as JobCategory
from jobs.models import Job
from tests.media import media_settings

pytestmark = pytest.mark.django_db

ARTICLES = demo_articles()
ARTICLE_CATEGORIES = demo_article_categories()
JOBS = demo_jobs()


def run_seed():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory):
    """Where the module's seed keeps its uploads and resumes, as settings."""
    return media_settings(tmp_path_factory.mktemp("seeded"), django_settings.STORAGES)


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, seed_files):
    """The demo, seeded once for the whole module (a seed takes seconds); returns its output.

    It stays in a transaction that is rolled back after the module's last test. Each test runs in
    a transaction of its own inside it (a savepoint), so whatever one test writes is gone before
    the next, exactly as without the shared seed.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        with override_settings(DEBUG=False, **seed_files):
            output = run_seed()
        yield output
        transaction.set_rollback(True)


def test_seed_loads_articles_and_jobs_and_is_idempotent(seeded):
    assert Article.objects.published().count() == len(ARTICLES) >= 12
    assert ArticleCategory.objects.count() == len(ARTICLE_CATEGORIES) >= 4
    assert all(len(a.hero_renditions) == 2 and a.hero_alt for a in Article.objects.all())
    assert Job.objects.count() == len(JOBS) >= 60
    assert f"{len(ARTICLES)} article(s) added" in seeded and f"{len(JOBS)} job(s) added" in seeded

    again = run_seed()
    assert "0 article(s) added" in again and "0 job(s) added" in again
    assert Article.objects.count() == len(ARTICLES)
    assert Job.objects.count() == len(JOBS)
    # Without DEBUG no account that can sign in is created, and no password is printed.
    assert not any(user.has_usable_password() for user in get_user_model().objects.all())
    assert "password:" not in seeded + again


def test_demo_jobs_cover_the_whole_board(seeded):
    open_jobs = Job.objects.open()
    assert open_jobs.count() >= 50
    assert JobCategory.objects.filter(jobs__in=open_jobs).distinct().count() >= 8
    for field, choices in (
        ("employment_type", Job.EmploymentType),
        ("workplace", Job.Workplace),
        ("pay_period", Job.PayPeriod),
    ):
        assert set(open_jobs.values_list(field, flat=True)) == set(choices.values), field
    assert open_jobs.filter(featured=True).exists()
    assert open_jobs.filter(confidential=True).exists()
    gone = [job for job in Job.objects.all() if job.is_gone()]
    statuses = {job.status for job in gone} | {"expired" for job in gone if job.status == "open"}
    assert statuses >= {"filled", "closed", "expired"}
    assert len({(job.city, job.state) for job in open_jobs}) >= 15
    assert all(job.recruiter.is_staff for job in Job.objects.select_related("recruiter"))


def test_demo_pipeline_fills_the_staff_dashboard(seeded):
    from candidates.dashboard import build_dashboard
    from candidates.models import Application

    assert Application.objects.count() >= 40
    board = build_dashboard()
    assert sum(bar.value for bar in board.weekly) >= 30
    assert sum(1 for bar in board.funnel if bar.value) >= 5
    assert all(bar.value for bar in board.sources)
    assert len(board.top_jobs) == 10 and board.waiting
    assert board.median_days_to_first_change is not None
    assert "demo application(s) added" in seeded


def test_demo_candidates_have_valid_phones(seeded, seed_files):
    from candidates.models import Candidate

    candidates = list(Candidate.objects.all())
    assert candidates and all(c.phone and c.phone.is_valid() for c in candidates)
    assert all(c.phone.as_e164.startswith("+1") and not c.phone_as_typed for c in candidates)
    with override_settings(**seed_files):
        for candidate in candidates:  # and the same number on their resume
            with candidate.current_resume().file.open() as resume:
                assert candidate.phone_display() in resume.read().decode()


def test_demo_staff_account_only_in_debug_with_password_printed_once(seeded, settings, client):
    settings.DEBUG = True
    first = run_seed()
    password = re.search(r"with password: (\S+)", first).group(1)
    signed_in = client.post(
        reverse("admin:login"), {"username": "demo-staff", "password": password, "next": "/admin/"}
    )
    assert signed_in.status_code == 302 and client.get("/admin/").status_code == 200
    second = run_seed()
    assert password not in second
    assert get_user_model().objects.filter(username="demo-staff").count() == 1


def test_every_link_in_demo_content_resolves(seeded, client):
    for article in Article.objects.all():
        links = set(re.findall(r'href="(/[^"]*)"', article.body_html))
        assert len([link for link in links if link.startswith("/blog/")]) >= 2, article.slug
        for link in links:
            assert client.get(link).status_code == 200, (article.slug, link)
    for job in Job.objects.open():
        assert client.get(job.get_absolute_url()).status_code == 200
