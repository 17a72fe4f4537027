"""The staff dashboard on the admin's front page: the pipeline at a glance.

Every figure comes from a handful of aggregate queries over applications and jobs, narrowed by the
recruiter and category filters; every number links to the admin list that shows those rows.
"""

import statistics
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import (
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    Min,
    OuterRef,
    Q,
    Window,
)
from django.db.models.functions import TruncDate
from django.urls import reverse
from django.utils import timezone

from candidates.models import Application
from jobs.models import Category, Job

WEEKS = 12
WAITING_COUNT = 10
TOP_JOBS = 10
EXPIRING_DAYS = 7
QUIET_DAYS = 14
JOBS_LISTED = 10
RECRUITER_NAME = ["recruiter__id", "recruiter__first_name", "recruiter__last_name",
                  "recruiter__username"]  # fmt: skip


@dataclass
class SourceWeeks:
    """Applications per week and source: a table (weeks down, sources across)."""

    sources: list[str]
    rows: list[tuple[str, list[int]]]


@dataclass
class Bar:
    label: str
    value: int
    url: str
    detail: str = ""


@dataclass
class Dashboard:
    filters: dict
    recruiters: list
    categories: list
    weekly: list[Bar]
    funnel: list[Bar]
    sources: list[Bar]
    by_source: list[Bar]
    by_source_weeks: "SourceWeeks"
    top_jobs: list[Bar]
    median_days_to_first_change: float | None
    measured_applications: int
    all_url: str
    waiting: list = field(default_factory=list)
    expiring: list = field(default_factory=list)
    quiet_jobs: list = field(default_factory=list)
    expiring_total: int = 0
    quiet_total: int = 0

    @property
    def total_applications(self) -> int:
        return sum(bar.value for bar in self.sources)


def _admin_list(model: str, **params) -> str:
    url = reverse(f"admin:{model}_changelist")
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    return f"{url}?{query}" if query else url


def _week_start(moment: datetime) -> datetime:
    local = timezone.localtime(moment)
    monday = local - timedelta(days=local.weekday())
    return monday.replace(hour=0, minute=0, second=0, microsecond=0)


def build_dashboard(*, recruiter_id=None, category_id=None, now=None) -> Dashboard:
    now = now or timezone.now()
    job_filter = Q()
    app_filter = Q()
    link_filters = {}
    if recruiter_id:
        job_filter &= Q(recruiter_id=recruiter_id)
        app_filter &= Q(job__recruiter_id=recruiter_id)
        link_filters["job__recruiter__id__exact"] = recruiter_id
    if category_id:
        job_filter &= Q(category_id=category_id)
        app_filter &= Q(job__category_id=category_id)
        link_filters["job__category__id__exact"] = category_id
    applications = Application.objects.filter(app_filter)

    # Applications per week: one query, grouped by day and folded into weeks here, because
    # databases disagree on week truncation in a local time zone.
    first_week = _week_start(now) - timedelta(weeks=WEEKS - 1)
    # The same query splits each day by source, for "where applicants came from" per week.
    per_day = (
        applications.filter(created_at__gte=first_week)
        .annotate(day=TruncDate("created_at", tzinfo=timezone.get_current_timezone()))
        .values("day", "source")
        .annotate(n=Count("pk"))
    )
    week_counts = [0] * WEEKS
    source_weeks: dict[str, list[int]] = {}
    for row in per_day:
        index = (row["day"] - first_week.date()).days // 7
        if 0 <= index < WEEKS:
            week_counts[index] += row["n"]
            source_weeks.setdefault(row["source"], [0] * WEEKS)[index] += row["n"]
    weekly = []
    for index, count in enumerate(week_counts):
        start = first_week + timedelta(weeks=index)
        end = start + timedelta(weeks=1)
        weekly.append(
            Bar(
                label=f"{start:%b %-d}",
                value=count,
                url=_admin_list(
                    "candidates_application",
                    # Aware datetimes, as the admin's own date filter writes them.
                    created_at__gte=str(start),
                    created_at__lt=str(end),
                    **link_filters,
                ),
                detail=f"week of {start:%B %-d, %Y}",
            )
        )

    # Pipeline and sources: one aggregate query.
    counts = applications.aggregate(
        **{status: Count("pk", filter=Q(status=status)) for status in Application.Status.values},
        general=Count("pk", filter=Q(job__isnull=True)),
        for_jobs=Count("pk", filter=Q(job__isnull=False)),
    )
    funnel = [
        Bar(
            label=label,
            value=counts[status],
            url=_admin_list("candidates_application", status__exact=status, **link_filters),
        )
        for status, label in Application.Status.choices
    ]
    sources = [
        Bar("Job applications", counts["for_jobs"],
            _admin_list("candidates_application", job__isnull="False", **link_filters)),
        Bar("General resumes", counts["general"],
            _admin_list("candidates_application", job__isnull="True", **link_filters)),
    ]  # fmt: skip

    # Where applicants came from (candidates.sources) in those weeks, most first.
    ranked = sorted(source_weeks, key=lambda name: (-sum(source_weeks[name]), name))
    by_source = [
        Bar(name, sum(source_weeks[name]), _admin_list(
            "candidates_application", source__exact=name, created_at__gte=str(first_week),
            **link_filters))
        for name in ranked
    ]  # fmt: skip
    by_source_weeks = SourceWeeks(
        sources=ranked,
        rows=[
            (bar.label, [source_weeks[name][index] for name in ranked])
            for index, bar in enumerate(weekly)
        ],
    )

    open_jobs = Job.objects.open(now=now).filter(job_filter)
    top = (
        open_jobs.annotate(n=Count("applications"))
        .filter(n__gt=0)
        .order_by("-n", "-posted_at")
        .only("pk", "title", "reference")[:TOP_JOBS]
    )
    top_jobs = [
        Bar(
            label=job.title,
            value=job.n,
            url=_admin_list("candidates_application", job__id__exact=job.pk),
            detail=job.reference,
        )
        for job in top
    ]

    # Median days from application to its first status change, over applications that had one.
    median, measured = _median_wait(applications)

    waiting = list(
        applications.filter(status=Application.Status.NEW)
        .select_related("candidate", "job")
        .order_by("created_at", "pk")[:WAITING_COUNT]
    )
    # Two short lists of jobs, each with how many there are in all (a window count, so one
    # query each): only what the page shows is read.
    listed = ["pk", "title", "reference", "posted_at", "expires_at", *RECRUITER_NAME]
    expiring = list(
        open_jobs.filter(expires_at__gt=now, expires_at__lte=now + timedelta(days=EXPIRING_DAYS))
        .select_related("recruiter")
        .only(*listed)
        .annotate(total=Window(Count("pk")))
        .order_by("expires_at", "pk")[:JOBS_LISTED]
    )
    quiet_jobs = list(
        open_jobs.filter(posted_at__lte=now - timedelta(days=QUIET_DAYS))
        .exclude(Exists(Application.objects.filter(job=OuterRef("pk"))))
        .select_related("recruiter")
        .only(*listed)
        .annotate(total=Window(Count("pk")))
        .order_by("posted_at", "pk")[:JOBS_LISTED]
    )
    return Dashboard(
        filters={"recruiter": recruiter_id, "category": category_id},
        recruiters=list(
            get_user_model()
            .objects.filter(Exists(Job.objects.filter(recruiter=OuterRef("pk"))))
            .only("id", "first_name", "last_name", "username")
            .order_by("first_name", "last_name", "username")
        ),
        categories=list(Category.objects.all()),
        weekly=weekly,
        funnel=funnel,
        sources=sources,
        by_source=by_source,
        by_source_weeks=by_source_weeks,
        top_jobs=top_jobs,
        median_days_to_first_change=median,
        measured_applications=measured,
        all_url=_admin_list("candidates_application", **link_filters),
        waiting=waiting,
        expiring=expiring,
        quiet_jobs=quiet_jobs,
        expiring_total=expiring[0].total if expiring else 0,
        quiet_total=quiet_jobs[0].total if quiet_jobs else 0,
    )


def _median_wait(applications) -> tuple[float | None, int]:
    """The median days from application to first status change, and over how many: in one
    query, where the database numbers the waits in order and returns the middle one or two
    (reading every wait into Python took most of this page's time on a busy board)."""
    waits = (
        applications.annotate(first_change=Min("events__at"))
        .filter(first_change__isnull=False)
        .annotate(wait=ExpressionWrapper(F("first_change") - F("created_at"), DurationField()))
        .values("wait")
    )
    sql, params = waits.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT m.wait, m.n FROM (SELECT g.wait, COUNT(*) OVER () AS n, "  # noqa: S608
            f"ROW_NUMBER() OVER (ORDER BY g.wait) AS r FROM ({sql}) AS g) AS m "
            "WHERE m.r BETWEEN (m.n + 1) / 2 AND (m.n + 2) / 2",  # our own compiled SQL
            params,
        )
        rows = cursor.fetchall()
    if not rows:
        return None, 0
    # PostgreSQL answers an interval; SQLite, Django's microseconds.
    days = [
        (w if isinstance(w, timedelta) else timedelta(microseconds=w)).total_seconds() / 86400
        for w, _ in rows
    ]
    return round(statistics.mean(days), 1), rows[0][1]
