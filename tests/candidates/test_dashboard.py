"""The staff dashboard's figures, against data whose answers are worked out by hand."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from candidates.dashboard import build_dashboard
from candidates.models import Application, ApplicationEvent
from tests.candidates.factories import ApplicationFactory, ResumeFactory
from tests.factories import StaffUserFactory
from tests.jobs.factories import JobCategoryFactory, JobFactory

pytestmark = pytest.mark.django_db
NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 25, 15, 0, tzinfo=NY)  # a Wednesday
PAGE_QUERIES = 13  # the whole front page, figures and all, and the access log of its list


def apply(job, *, days_ago, status_path=(), first_change_after_days=None):
    resume = ResumeFactory()
    application = ApplicationFactory(job=job, resume=resume, candidate=resume.candidate)
    created = NOW - timedelta(days=days_ago)
    Application.objects.filter(pk=application.pk).update(created_at=created)
    application.refresh_from_db()
    for status in status_path:
        application.move_to(status, by=None)
    if first_change_after_days is not None:
        first = application.events.order_by("at").first()
        ApplicationEvent.objects.filter(pk=first.pk).update(
            at=created + timedelta(days=first_change_after_days)
        )
    return application


@pytest.fixture
def pipeline():
    dana, marcus = StaffUserFactory(first_name="Dana"), StaffUserFactory(first_name="Marcus")
    it, shop = JobCategoryFactory(name="IT"), JobCategoryFactory(name="Shop")
    posted = NOW - timedelta(days=30)
    developer = JobFactory(title="Developer", recruiter=dana, category=it, posted_at=posted)
    welder = JobFactory(title="Welder", recruiter=marcus, category=shop, posted_at=posted)
    quiet = JobFactory(title="Quiet job", recruiter=marcus, category=shop, posted_at=posted)
    closing = JobFactory(
        title="Closing soon", recruiter=dana, category=it, posted_at=NOW - timedelta(days=2),
        expires_at=NOW + timedelta(days=3),
    )  # fmt: skip
    # This week (Mon Nov 23 onwards): 2; last week: 1; 5 weeks ago: 1; 13 weeks ago: 1 (outside).
    a1 = apply(developer, days_ago=1, status_path=["reviewing"], first_change_after_days=0.5)
    a2 = apply(developer, days_ago=2)
    a3 = apply(welder, days_ago=8, status_path=["reviewing", "interviewing"],
               first_change_after_days=2)  # fmt: skip
    a4 = apply(None, days_ago=35, status_path=["rejected"], first_change_after_days=4)
    a5 = apply(developer, days_ago=91)
    return locals()


def test_weekly_counts_funnel_sources_and_median(pipeline, django_assert_num_queries):
    with django_assert_num_queries(9):
        board = build_dashboard(now=NOW)
    assert [bar.value for bar in board.weekly] == [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 2]
    assert board.weekly[-1].label == "Nov 23"
    funnel = {bar.label: bar.value for bar in board.funnel}
    assert funnel == {"New": 2, "Reviewing": 1, "Interviewing": 1, "Offered": 0, "Hired": 0,
                      "Rejected": 1, "Withdrawn": 0}  # fmt: skip
    assert [(b.label, b.value) for b in board.sources] == [
        ("Job applications", 4),
        ("General resumes", 1),
    ]
    assert board.total_applications == 5
    # First changes after 0.5, 2 and 4 days: the median is 2.
    assert board.median_days_to_first_change == 2.0 and board.measured_applications == 3


def test_top_jobs_lists_and_links(pipeline):
    board = build_dashboard(now=NOW)
    assert [(b.label, b.value) for b in board.top_jobs] == [("Developer", 3), ("Welder", 1)]
    assert [a.pk for a in board.waiting] == [pipeline["a5"].pk, pipeline["a2"].pk]
    assert [j.title for j in board.expiring] == ["Closing soon"]
    assert [j.title for j in board.quiet_jobs] == ["Quiet job"]
    assert board.funnel[0].url == "/admin/candidates/application/?status__exact=new"
    assert board.weekly[-1].url == (
        "/admin/candidates/application/?created_at__gte=2026-11-23+00%3A00%3A00-05%3A00"
        "&created_at__lt=2026-11-30+00%3A00%3A00-05%3A00"
    )


def test_filters_by_recruiter_and_category(pipeline):
    dana = pipeline["dana"]
    board = build_dashboard(now=NOW, recruiter_id=dana.pk)
    assert board.total_applications == 3  # Developer's three; general resumes have no recruiter
    assert [j.title for j in board.quiet_jobs] == []
    assert f"job__recruiter__id__exact={dana.pk}" in board.funnel[0].url
    shop = build_dashboard(now=NOW, category_id=pipeline["shop"].pk)
    assert [(b.label, b.value) for b in shop.top_jobs] == [("Welder", 1)]
    assert [j.title for j in shop.quiet_jobs] == ["Quiet job"]
    assert shop.median_days_to_first_change == 2.0


def test_empty_dashboard():
    board = build_dashboard(now=NOW)
    assert all(bar.value == 0 for bar in board.weekly + board.funnel + board.sources)
    assert board.top_jobs == [] and board.median_days_to_first_change is None
    assert board.waiting == [] and board.expiring == [] and board.quiet_jobs == []


def test_every_dashboard_link_opens_the_filtered_admin_list(pipeline):
    admin = Client()
    admin.force_login(StaffUserFactory(is_superuser=True, username="boss"))
    board = build_dashboard(now=NOW, recruiter_id=pipeline["dana"].pk,
                            category_id=pipeline["it"].pk)  # fmt: skip
    for bar in board.weekly[-2:] + board.funnel + board.sources + board.top_jobs:
        response = admin.get(bar.url)
        assert response.status_code == 200, bar.url
        assert response.context["cl"].result_count == bar.value, bar.url


def test_staff_land_on_the_dashboard(pipeline):
    recruiter = StaffUserFactory(permissions=["view_application", "view_candidate", "view_job"])
    client = Client()
    client.force_login(recruiter)
    # The pipeline is set at NOW: the page is looked at then (its jobs close 60 days on).
    with time_machine.travel(NOW, tick=False):
        response = client.get(reverse("admin:index"))
        filtered = client.get(
            reverse("admin:index"), {"recruiter": pipeline["dana"].pk, "category": "x"}
        )
    assertContains(response, "Pipeline at a glance")
    assertContains(response, 'role="img"')
    assertContains(response, '<desc id="applications-per-week-desc">')
    assertContains(response, "Show the numbers")
    assertContains(response, "Quiet job")
    assertNotContains(filtered, "Quiet job")


def test_staff_without_pipeline_permission_see_no_figures(pipeline):
    editor = StaffUserFactory(permissions=["view_article"])
    client = Client()
    client.force_login(editor)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    assertNotContains(response, "Pipeline at a glance")
    assert Client().get(reverse("admin:index")).status_code == 302


def test_front_page_queries_do_not_grow_with_the_board(pipeline, django_assert_num_queries):
    """Counted for the whole page (session, user, permissions, the figures, the recent
    actions), before and after the board grows: the lists and names come with their queries."""
    boss = StaffUserFactory(is_superuser=True, username="boss")
    client = Client()
    client.force_login(boss)
    with time_machine.travel(NOW, tick=False):
        client.get(reverse("admin:index"))  # content types and the like, cached from here on
        with django_assert_num_queries(PAGE_QUERIES):
            first = client.get(reverse("admin:index"))
        for n in range(14):
            recruiter = StaffUserFactory(first_name=f"Recruiter {n}")
            JobFactory(title=f"Quiet {n}", recruiter=recruiter, posted_at=NOW - timedelta(days=20))
            JobFactory(title=f"Closing {n}", recruiter=recruiter, posted_at=NOW - timedelta(days=2),
                       expires_at=NOW + timedelta(days=1))  # fmt: skip
            apply(pipeline["developer"], days_ago=n % 9, status_path=["reviewing"])
        with django_assert_num_queries(PAGE_QUERIES):
            grown = client.get(reverse("admin:index"))
    assert first.status_code == grown.status_code == 200
    board = grown.context["dashboard"]
    assert len(board.quiet_jobs) == 10 and board.quiet_total == 15  # 14 and "Quiet job"
    assert len(board.expiring) == 10 and board.expiring_total == 15
    assertContains(grown, "The 10 posted longest ago of 15.")
    assertContains(grown, "The 10 closing soonest of 15.")


def test_front_page_leads_with_the_common_tasks(pipeline):
    recruiter = StaffUserFactory(
        permissions=["view_application", "view_candidate", "view_job", "add_job"]
    )
    client = Client()
    client.force_login(recruiter)
    with time_machine.travel(NOW, tick=False):
        page = client.get(reverse("admin:index"))
    body = page.content.decode()
    tasks = body.index('aria-label="Common tasks"')
    assert tasks < body.index("Pipeline at a glance")
    assertContains(page, f'href="{reverse("admin:jobs_job_add")}"')
    assertContains(page, "?status__exact=new")
    assertNotContains(page, "Write an article")  # no permission to
    assertContains(page, 'class="colM"')  # the whole width, no right-hand column
    editor = StaffUserFactory(permissions=["view_article", "add_article"])
    client.force_login(editor)
    page = client.get(reverse("admin:index"))
    assertContains(page, "Write an article")
    assertNotContains(page, "Post a job")


def test_median_of_an_even_number_of_waits(pipeline):
    # A fourth measured application, changed after 6 days: waits 0.5, 2, 4, 6 -> median 3.
    apply(pipeline["welder"], days_ago=20, status_path=["reviewing"], first_change_after_days=6)
    board = build_dashboard(now=NOW)
    assert board.median_days_to_first_change == 3.0 and board.measured_applications == 4
