from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from jobs.models import InvalidStatusChange, Job
from tests.jobs.factories import DraftJobFactory, ExpiredJobFactory, JobFactory

pytestmark = pytest.mark.django_db


def test_open_queryset_and_instance_rule_agree(jobs_in_every_state):
    open_jobs = set(Job.objects.open())
    assert open_jobs == {jobs_in_every_state["open"]}
    for job in jobs_in_every_state.values():
        assert job.is_open() == (job in open_jobs)


def test_scheduled_and_expired_querysets_and_instance_rules_agree(jobs_in_every_state):
    scheduled, expired = set(Job.objects.scheduled()), set(Job.objects.expired())
    assert scheduled == {jobs_in_every_state["scheduled"]}
    assert expired == {jobs_in_every_state["expired"]}
    for job in jobs_in_every_state.values():
        assert job.is_scheduled() == (job in scheduled)
        assert job.is_expired() == (job in expired)


def test_the_rules_take_the_time_as_an_argument():
    """The same job at three moments: before its posting time, while open, after it closes."""
    posted = timezone.now() + timedelta(days=10)
    job = JobFactory(posted_at=posted, expires_at=posted + timedelta(days=30))
    moments = {
        "before": posted - timedelta(seconds=1),
        "open": posted,
        "closes": posted + timedelta(days=30),
    }
    expected = {"before": "scheduled", "open": "open", "closes": "expired"}
    rules = {"scheduled": "is_scheduled", "open": "is_open", "expired": "is_expired"}
    for moment, now in moments.items():
        for rule, method in rules.items():
            in_queryset = job in getattr(Job.objects, rule)(now=now)
            assert in_queryset == (expected[moment] == rule), (moment, rule)
            assert getattr(job, method)(now=now) == in_queryset, (moment, rule)
        assert job.is_gone(now=now) == (moment == "closes")


def test_gone_means_filled_closed_or_expired(jobs_in_every_state):
    gone = {name for name, job in jobs_in_every_state.items() if job.is_gone()}
    assert gone == {"filled", "closed", "expired"}


def test_reference_is_generated_unique_and_kept():
    job = JobFactory()
    assert job.reference.startswith("AMT-") and len(job.reference) == 10
    reference = job.reference
    job.title = "Renamed"
    job.save()
    assert job.reference == reference
    assert len({JobFactory().reference for _ in range(20)}) == 20


def test_database_constraints():
    job, other = JobFactory(), JobFactory()
    jobs = Job.objects.filter(pk=job.pk)
    with pytest.raises(IntegrityError), transaction.atomic():
        jobs.update(pay_min=Decimal("90000"), pay_max=Decimal("80000"))
    with pytest.raises(IntegrityError), transaction.atomic():
        jobs.update(expires_at=job.posted_at - timedelta(hours=1))
    with pytest.raises(IntegrityError), transaction.atomic():
        jobs.update(reference=other.reference)


def test_clean_explains_bad_pay_and_dates():
    job = JobFactory.build(pay_min=Decimal("30"), pay_max=Decimal("20"))
    with pytest.raises(ValidationError) as error:
        job.clean()
    assert "pay_max" in error.value.message_dict
    job = JobFactory.build(expires_at=timezone.now() - timedelta(days=5))
    with pytest.raises(ValidationError) as error:
        job.clean()
    assert "expires_at" in error.value.message_dict


@pytest.mark.parametrize(
    ("pay_min", "pay_max", "period", "expected"),
    [
        ("25", "30", "hour", "$25 \u2013 $30 an hour"),
        ("22.50", "27.75", "hour", "$22.50 \u2013 $27.75 an hour"),
        ("85000", "105000", "year", "$85,000 \u2013 $105,000 a year"),
        ("28", "28", "hour", "$28 an hour"),
        ("70000", None, "year", "From $70,000 a year"),
        (None, "40", "hour", "Up to $40 an hour"),
        (None, None, "year", ""),
    ],
)
def test_pay_is_formatted_for_people(pay_min, pay_max, period, expected):
    job = JobFactory.build(
        pay_min=pay_min and Decimal(pay_min),
        pay_max=pay_max and Decimal(pay_max),
        pay_period=period,
    )
    assert job.pay_display == expected


def test_hourly_pay_is_annualised_for_comparison():
    job = JobFactory(pay_min=Decimal("25"), pay_max=Decimal("30"), pay_period="hour")
    assert job.annual_pay_min == Decimal("52000") and job.annual_pay_max == Decimal("62400")
    # The database computes it, whatever writes the row: an update() that skips save() too.
    Job.objects.filter(pk=job.pk).update(pay_max=Decimal("90000"), pay_period="year")
    job.refresh_from_db()
    assert job.annual_pay_max == Decimal("90000") and job.annual_pay_min == Decimal("25")


def test_markdown_is_rendered_and_sanitised_on_save():
    job = JobFactory(description="## Role\n\n<script>alert(1)</script>", requirements="- **CPA**")
    assert "<h2>Role</h2>" in job.description_html and "<script" not in job.description_html
    assert "<strong>CPA</strong>" in job.requirements_html


def test_status_changes_go_through_the_transition_map():
    job = DraftJobFactory()
    job.open_posting()
    assert job.status == Job.Status.OPEN and job.is_open()
    job.mark_filled()
    assert job.status == Job.Status.FILLED
    with pytest.raises(InvalidStatusChange):
        job.mark_filled()
    job.open_posting()
    job.close()
    with pytest.raises(InvalidStatusChange, match="closed job cannot be filled"):
        job.mark_filled()


def test_extend_pushes_the_closing_date_or_revives_an_expired_job():
    job = JobFactory(expires_at=timezone.now() + timedelta(days=5))
    before = job.expires_at
    job.extend(days=30)
    assert job.expires_at == before + timedelta(days=30)
    expired = ExpiredJobFactory()
    expired.extend(days=30)
    assert expired.is_open()
    assert expired.expires_at > timezone.now() + timedelta(days=29)


def test_duplicate_as_draft_copies_everything_but_identity_and_state():
    job = JobFactory(featured=True, expires_at=timezone.now() + timedelta(days=3))
    copy = job.duplicate_as_draft()
    assert copy.pk != job.pk and copy.reference != job.reference
    assert copy.status == Job.Status.DRAFT and not copy.featured
    assert copy.expires_at == copy.posted_at + timedelta(days=Job.DEFAULT_POSTING_DAYS)
    assert copy.title == f"{job.title} (copy)"
    assert (copy.description, copy.city, copy.pay_max) == (job.description, job.city, job.pay_max)
    job.refresh_from_db()
    assert job.status == Job.Status.OPEN


def test_location_display():
    assert JobFactory.build(workplace="remote").location_display == "Remote (US)"
    assert JobFactory.build(workplace="hybrid").location_display == "Dayton, OH (hybrid)"
    assert JobFactory.build(workplace="onsite").location_display == "Dayton, OH"


def test_home_and_similar_jobs_read_the_open_jobs_indexes(on_postgresql):
    if not on_postgresql:
        pytest.skip("PostgreSQL only: SQLite's planner, without statistics, sorts instead")
    job = JobFactory()
    JobFactory.create_batch(3, category=job.category)
    queries = {
        "jobs_job_open_featured_idx": Job.objects.open().order_by("-featured", "-posted_at", "-pk"),
        "jobs_job_open_similar_idx": Job.objects.open().similar_to(job),
    }
    # A few rows never need an index, and sorting them is cheap: leave the planner only ordered
    # index scans to choose (without a fitting index it would sort all the same).
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("SET enable_sort = off")
        try:
            plans = {index: queryset[:6].explain() for index, queryset in queries.items()}
        finally:
            cursor.execute("RESET enable_seqscan")
            cursor.execute("RESET enable_sort")
    for index, plan in plans.items():
        # Read in index order and stopped after six rows: no sort of every open job.
        assert f"Index Scan Backward using {index}" in plan and "Sort" not in plan, plan


@pytest.mark.parametrize("postal_code", ["4540", "454021", "45402-12", "OH 45402", "4540A"])
def test_a_mistyped_zip_code_is_refused_with_a_field_error(postal_code):
    job = JobFactory.build(postal_code=postal_code)
    with pytest.raises(ValidationError) as error:
        job.full_clean(exclude=["category", "recruiter", "slug"])
    assert error.value.message_dict["postal_code"] == [
        "Enter a 5-digit ZIP code, e.g. 45402 (or ZIP+4: 45402-1234)."
    ]


@pytest.mark.parametrize("postal_code", ["45402", "45402-1234", ""])
def test_zip_and_zip_plus_four_are_accepted(postal_code):
    JobFactory.build(postal_code=postal_code).full_clean(exclude=["category", "recruiter", "slug"])


def test_a_posting_without_a_closing_date_closes_sixty_days_after_posting():
    job = JobFactory(expires_at=None)
    assert job.expires_at == job.posted_at + timedelta(days=60)
    chosen = timezone.now() + timedelta(days=10)
    assert JobFactory(expires_at=chosen).expires_at == chosen


@pytest.mark.parametrize(
    "terms, field",
    [
        ({"pay_w2": False, "pay_1099": False, "pay_c2c": False}, "pay_w2"),
        ({"employment_type": "direct_hire", "duration": 6, "duration_unit": "months"}, "duration"),
        ({"employment_type": "contract", "duration": 13, "duration_unit": ""}, "duration_unit"),
        ({"employment_type": "contract", "converts_after_months": 6}, "converts_after_months"),
        ({"starts_immediately": True, "start_date": date(2027, 1, 4)}, "start_date"),
        ({"hours_per_week": 0}, "hours_per_week"),
        ({"openings": 0}, "openings"),
    ],
)
def test_terms_that_do_not_fit_the_job_are_refused_at_their_field(terms, field):
    job = DraftJobFactory.build(**terms)
    with pytest.raises(ValidationError) as error:
        job.full_clean(exclude=["category", "recruiter"])
    assert field in error.value.message_dict


def test_terms_read_as_workers_say_them():
    job = JobFactory.build(
        employment_type="contract_to_hire", pay_w2=True, pay_c2c=True, hours="part_time",
        hours_per_week=24, shift="night", shift_hours="Sun–Thu 22:30–7:00", duration=6,
        duration_unit="months", converts_after_months=6, start_date=date(2027, 1, 4),
    )  # fmt: skip
    assert job.pay_arrangements == ["W-2", "C2C"]
    assert job.hours_display == "Part-time, 24 hours a week"
    assert job.shift_display == "Night shift · Sun–Thu 22:30–7:00"
    assert job.start_display == "January 4, 2027"
    assert job.length_display == "6 months, converts to permanent after 6 months"
    job.starts_immediately, job.start_date, job.duration = True, None, 1
    job.duration_unit, job.converts_after_months = "weeks", None
    assert (job.start_display, job.length_display) == ("Immediately", "1 week")


def test_a_job_is_placed_from_its_zip_code_or_else_its_city_when_saved():
    from jobs import geo

    job = JobFactory(postal_code="45402", city="Dayton", state="OH")
    assert (job.latitude, job.longitude) == geo.zip_point("45402")
    job.postal_code = "77002"
    job.save(update_fields=["postal_code"])  # the coordinates follow, even in a partial save
    job.refresh_from_db()
    assert (job.latitude, job.longitude) == geo.zip_point("77002")
    job.postal_code, job.city, job.state = "", "Houston", "TX"
    job.save()
    job.refresh_from_db()
    assert (job.latitude, job.longitude) == geo.city_point("Houston", "TX")
    job.city = "Atlantis"
    job.save()
    job.refresh_from_db()
    assert job.latitude is job.longitude is None


def test_postgresql_search_index_carries_the_coordinates(on_postgresql):
    if not on_postgresql:
        pytest.skip("PostgreSQL only: the search index is PostgreSQL's")
    from jobs import geo
    from jobs.models import JobSearchEntry

    job = JobFactory(postal_code="45402")
    entry = JobSearchEntry.objects.get(pk=job.pk)
    assert (entry.latitude, entry.longitude) == geo.zip_point("45402")
    Job.objects.filter(pk=job.pk).update(latitude=1.5, longitude=2.5)  # any write path
    entry.refresh_from_db()
    assert (entry.latitude, entry.longitude) == (1.5, 2.5)
