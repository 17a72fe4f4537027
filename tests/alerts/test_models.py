from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.http import QueryDict
from django.utils import timezone

from alerts.models import JobAlert, SentJob
from alerts.search import alert_query, describe, job_search
from jobs.models import Category, Job
from tests.alerts.factories import (
    JobAlertFactory,
    PausedAlertFactory,
    PendingAlertFactory,
    WeeklyAlertFactory,
)
from tests.jobs.factories import JobCategoryFactory, JobFactory

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def search(query: str):
    return job_search(query, categories=Category.objects.all())


@pytest.mark.parametrize(
    ("factory", "last_sent", "due"),
    [
        (JobAlertFactory, None, True),
        (JobAlertFactory, timedelta(hours=23), True),
        (JobAlertFactory, timedelta(hours=22, minutes=59), False),
        (JobAlertFactory, timedelta(days=3), True),
        (WeeklyAlertFactory, None, True),
        (WeeklyAlertFactory, timedelta(days=6, hours=23), True),
        (WeeklyAlertFactory, timedelta(days=6, hours=22), False),
        (WeeklyAlertFactory, timedelta(days=1), False),
        (PendingAlertFactory, None, False),
        (PausedAlertFactory, None, False),
        (PausedAlertFactory, timedelta(days=30), False),
    ],
)
def test_due_queryset_and_instance_agree(factory, last_sent, due):
    alert = factory(last_sent_at=NOW - last_sent if last_sent else None)
    assert (alert in JobAlert.objects.due(NOW)) is due
    assert alert.is_due(NOW) is due


def test_an_hourly_run_keeps_a_daily_alert_at_the_same_hour():
    """Sent at 9:00:05 yesterday, the 9:00:01 run today must still send it."""
    alert = JobAlertFactory(last_sent_at=NOW - timedelta(days=1) + timedelta(seconds=4))
    assert alert in JobAlert.objects.due(NOW)


def test_active_means_confirmed_and_not_paused():
    active = JobAlertFactory()
    pending = PendingAlertFactory()
    paused = PausedAlertFactory()
    assert list(JobAlert.objects.active()) == [active]
    assert [a.is_active() for a in (active, pending, paused)] == [True, False, False]
    assert [a.status_display for a in (active, pending, paused)] == [
        "Active",
        "Waiting for confirmation",
        "Paused",
    ]


def test_unconfirmed_alerts_are_abandoned_when_their_link_expires():
    fresh = PendingAlertFactory(created_at=NOW - timedelta(days=6, hours=23))
    stale = PendingAlertFactory(created_at=NOW - timedelta(days=7, minutes=1))
    old_but_confirmed = JobAlertFactory(created_at=NOW - timedelta(days=90))
    assert list(JobAlert.objects.pending(NOW)) == [fresh]
    assert list(JobAlert.objects.abandoned(NOW)) == [stale]
    assert set(JobAlert.objects.counting_towards_limit()) == {old_but_confirmed}


def test_confirm_pause_resume_and_frequency_go_through_methods():
    alert = PendingAlertFactory()
    assert alert.confirm(now=NOW) is True
    assert alert.confirm(now=NOW + timedelta(hours=1)) is False
    alert.refresh_from_db()
    assert alert.confirmed_at == NOW
    alert.pause()
    assert not JobAlert.objects.active().filter(pk=alert.pk).exists()
    alert.resume()
    assert JobAlert.objects.active().filter(pk=alert.pk).exists()
    alert.set_frequency("weekly")
    alert.refresh_from_db()
    assert alert.frequency == JobAlert.Frequency.WEEKLY
    with pytest.raises(ValueError):
        alert.set_frequency("hourly")


def test_one_alert_per_email_and_search_whatever_the_case_of_the_email():
    JobAlertFactory(email="Jane@Example.com", query="q=python")
    JobAlertFactory(email="jane@example.com", query="q=java")
    with pytest.raises(IntegrityError), transaction.atomic():
        JobAlertFactory(email="JANE@example.COM", query="q=python")


def test_a_job_is_recorded_once_per_alert():
    alert, job = JobAlertFactory(), JobFactory()
    SentJob.objects.create(alert=alert, job=job)
    SentJob.objects.create(alert=JobAlertFactory(), job=job)
    with pytest.raises(IntegrityError), transaction.atomic():
        SentJob.objects.create(alert=alert, job=job)


def test_alert_query_keeps_the_search_and_drops_how_it_was_shown():
    JobCategoryFactory(slug="it")
    JobCategoryFactory(slug="engineering")
    form = search(
        "sort=pay&page=3&posted=7&q=+python++developer&workplace=remote&workplace=hybrid"
        "&category=it&category=engineering&pay=75000&utm_source=x&location=Dayton,+OH&type="
    )
    assert alert_query(form) == (
        "q=python+developer&location=Dayton%2C+OH&workplace=hybrid&workplace=remote"
        "&category=engineering&category=it&pay=75000"
    )


def test_the_same_search_in_another_order_is_the_same_alert_query():
    first = alert_query(search("workplace=remote&workplace=hybrid&q=python"))
    second = alert_query(search(QueryDict("q=python&workplace=hybrid&workplace=remote&page=2")))
    assert first == second


def test_parameters_the_job_board_would_ignore_are_not_kept():
    assert alert_query(search("workplace=moon&pay=12&category=nope&q=welder")) == "q=welder"


def test_description_reads_like_the_search():
    JobCategoryFactory(name="Information technology", slug="it")
    assert describe(search("q=python&workplace=remote&type=contract")) == (
        "“python” jobs · Remote · Contract"
    )
    assert describe(
        search("location=Dayton,+OH&workplace=remote&workplace=onsite&category=it&pay=75000")
    ) == (
        "Jobs in Dayton, OH · On-site or Remote · Information technology · "
        "$75,000+ a year (about $36/hr)"
    )
    assert describe(search("")) == "All jobs"
    assert describe(search("sort=pay&page=2")) == "All jobs"


def test_an_alert_keeps_the_distance_of_a_search():
    assert alert_query(search("near=77002&radius=50&sort=distance")) == "near=77002&radius=50"
    # 25 miles unless chosen: the same search as the explicit one, so the same alert.
    assert alert_query(search("near=77002")) == alert_query(search("near=77002&radius=25"))
    assert alert_query(search("radius=50")) == ""  # no place to measure from
    assert describe(search("near=77002&radius=25")) == "Jobs within 25 miles of 77002"
    assert describe(search("q=welder&near=Dayton,+OH&radius=10&workplace=onsite")) == (
        "“welder” jobs within 10 miles of Dayton, OH · On-site"
    )


def test_an_alert_by_distance_matches_what_the_page_shows():
    near = JobFactory(title="Houston welder", city="Houston", state="TX", postal_code="77002")
    JobFactory(title="Dayton welder")
    alert_search = search("near=77002&radius=25")
    assert list(alert_search.results(Job.objects.all())) == [near]


def test_search_path_links_to_the_jobs_page():
    assert JobAlertFactory(query="q=python&workplace=remote").search_path == (
        "/jobs/?q=python&workplace=remote"
    )
    assert JobAlertFactory(query="").search_path == "/jobs/"


def test_digests_look_back_one_day_before_the_sign_up():
    alert = JobAlertFactory(created_at=NOW)
    assert alert.jobs_since() == NOW - timedelta(days=1)
