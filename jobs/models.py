import secrets
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import connections, models
from django.db.models import F, Q, Value
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from core.markdown import render_markdown

from . import geo, pay_transparency
from .fulltext import JobSearchMixin
from .states import US_STATES

HOURS_PER_YEAR = 2080  # 40 hours x 52 weeks: how hourly pay is compared with salaries
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def _money(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return f"${amount:,.0f}" if amount == amount.to_integral_value() else f"${amount:,.2f}"


class InvalidStatusChange(Exception):
    def __init__(self, job, status):
        super().__init__(
            f"A {job.get_status_display().lower()} job cannot be {status.label.lower()}."
        )


class Category(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True, help_text="Used in search links.")
    description = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name


class JobRowQuerySet(JobSearchMixin, models.QuerySet):
    """What jobs and their search index rows (same field names) share: the open rule, search."""

    def open(self, *, now: datetime | None = None):
        """What job seekers may see and apply to: open, posted, and not expired at `now`."""
        now = now or timezone.now()
        return self.filter(status=Job.Status.OPEN, posted_at__lte=now).exclude(expires_at__lte=now)

    def scheduled(self, *, now: datetime | None = None):
        """Open, but with a posting time still to come: hidden until then."""
        return self.filter(status=Job.Status.OPEN, posted_at__gt=now or timezone.now())

    def expired(self, *, now: datetime | None = None):
        """Open, once posted, and past their closing time: gone from the site by the clock."""
        now = now or timezone.now()
        return self.filter(status=Job.Status.OPEN, posted_at__lte=now, expires_at__lte=now)


class JobQuerySet(JobRowQuerySet):
    search_path = "search_entry__"  # on PostgreSQL a job's search vectors are on its index row

    def for_search(self):
        """The rows a search filters, counts and sorts: on PostgreSQL the jobs' search index.

        `JobSearchEntry` has a job's filterable fields under the same names, so the same
        conditions apply to either; elsewhere the jobs themselves serve.
        """
        if connections[self.db].vendor != "postgresql":
            return self
        entries = JobSearchEntry.objects.using(self.db)
        return entries.filter(job__in=self) if self.query.has_filters() else entries

    def for_listing(self):
        return self.select_related("category").defer(
            "description", "requirements", "description_html", "requirements_html"
        )

    def similar_to(self, job: "Job"):
        """Jobs in the same category, featured and newest first."""
        return (
            self.filter(category_id=job.category_id)
            .exclude(pk=job.pk)
            .order_by("-featured", "-posted_at", "-pk")
        )


class JobManager(models.Manager.from_queryset(JobQuerySet)):
    def get_queryset(self):
        # The search vector is PostgreSQL's business; Python never needs to load it.
        return super().get_queryset().defer("search_vector")


# The fields the pay laws read: writing any of them on an open job checks the laws again.
PAY_RULE_FIELDS = {
    "status", "state", "city", "workplace", "remote_states", "pay_min", "pay_max", "benefits",
    "posted_at",
}  # fmt: skip


# The fields a job's coordinates come from.
PLACE_FIELDS = {"postal_code", "city", "state"}


class PayRuleNotMet(ValidationError):
    """Opening (or keeping open) a job that lacks what a pay-transparency law requires."""

    def __init__(self, job, problems):
        self.job, self.problems = job, problems
        super().__init__(pay_transparency.errors_by_field(problems))

    def __str__(self):
        return " ".join(dict.fromkeys(p.message for p in self.problems))


def _annual(field: str):
    """Pay a year: hourly pay times HOURS_PER_YEAR."""
    return models.Case(
        models.When(pay_period="hour", then=F(field) * Value(HOURS_PER_YEAR)),
        default=F(field),
        output_field=models.DecimalField(max_digits=12, decimal_places=2),
    )


class Job(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        OPEN = "open", "Open"
        FILLED = "filled", "Filled"
        CLOSED = "closed", "Closed"

    class EmploymentType(models.TextChoices):
        DIRECT_HIRE = "direct_hire", "Direct hire"
        CONTRACT = "contract", "Contract"
        CONTRACT_TO_HIRE = "contract_to_hire", "Contract to hire"
        TEMPORARY = "temporary", "Temporary"

    class Workplace(models.TextChoices):
        ONSITE = "onsite", "On-site"
        HYBRID = "hybrid", "Hybrid"
        REMOTE = "remote", "Remote"

    class PayPeriod(models.TextChoices):
        HOUR = "hour", "per hour"
        YEAR = "year", "per year"

    class Hours(models.TextChoices):
        FULL_TIME = "full_time", "Full-time"
        PART_TIME = "part_time", "Part-time"

    class Shift(models.TextChoices):
        DAY = "day", "Day shift"
        EVENING = "evening", "Evening shift"
        NIGHT = "night", "Night shift"
        ROTATING = "rotating", "Rotating shifts"
        WEEKEND = "weekend", "Weekend shift"

    class DurationUnit(models.TextChoices):
        WEEKS = "weeks", "weeks"
        MONTHS = "months", "months"

    # A posting with no closing date closes this long after it is posted, so every open job
    # says until when it is open (JobPosting's validThrough).
    DEFAULT_POSTING_DAYS = 60
    # Kinds of work that end: they have a length.
    FIXED_TERM = {
        EmploymentType.CONTRACT,
        EmploymentType.CONTRACT_TO_HIRE,
        EmploymentType.TEMPORARY,
    }

    TRANSITIONS = {
        Status.DRAFT: {Status.OPEN, Status.CLOSED},
        Status.OPEN: {Status.FILLED, Status.CLOSED},
        Status.FILLED: {Status.OPEN, Status.CLOSED},
        Status.CLOSED: {Status.OPEN},
    }

    title = models.CharField(max_length=120)
    slug = models.SlugField(
        max_length=140, help_text="Used in the web address; old addresses keep working."
    )
    reference = models.CharField(
        "reference code",
        max_length=20,
        unique=True,
        editable=False,
        help_text="Generated automatically. Candidates quote it when they call.",
    )
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="jobs")
    employment_type = models.CharField(max_length=20, choices=EmploymentType.choices)
    workplace = models.CharField(max_length=10, choices=Workplace.choices)
    city = models.CharField(max_length=80)
    state = models.CharField(max_length=2, choices=US_STATES)
    postal_code = models.CharField(
        "ZIP code",
        max_length=10,
        blank=True,
        validators=[
            RegexValidator(
                r"^\d{5}(-\d{4})?$", "Enter a 5-digit ZIP code, e.g. 45402 (or ZIP+4: 45402-1234)."
            )
        ],
    )
    # Where the job is, for searches by distance: from its ZIP code (its city when it has none).
    latitude = models.FloatField(
        null=True, editable=False, help_text="Set from the ZIP code (or city) when saved."
    )
    longitude = models.FloatField(
        null=True, editable=False, help_text="Set from the ZIP code (or city) when saved."
    )
    pay_min = models.DecimalField(
        "pay from", max_digits=10, decimal_places=2, null=True, blank=True
    )
    pay_max = models.DecimalField("pay to", max_digits=10, decimal_places=2, null=True, blank=True)
    pay_currency = models.CharField(max_length=3, default="USD", editable=False)
    pay_period = models.CharField(
        max_length=4, choices=PayPeriod.choices, default=PayPeriod.YEAR, blank=True
    )
    # Pay a year, so hourly and yearly pay compare (search filters and sorts on it): computed by
    # the database from pay and period, whatever writes the row.
    annual_pay_min = models.GeneratedField(
        expression=_annual("pay_min"),
        output_field=models.DecimalField(max_digits=12, decimal_places=2, null=True),
        db_persist=True,
    )
    annual_pay_max = models.GeneratedField(
        expression=_annual("pay_max"),
        output_field=models.DecimalField(max_digits=12, decimal_places=2, null=True),
        db_persist=True,
    )
    # The terms temp and contract workers choose by.
    pay_w2 = models.BooleanField(
        "W-2", default=True, help_text="Paid as an employee, with taxes withheld."
    )
    pay_1099 = models.BooleanField(
        "1099", default=False, help_text="Paid as an independent contractor, without withholding."
    )
    pay_c2c = models.BooleanField(
        "corp-to-corp", default=False, help_text="Paid to the worker's own company (C2C)."
    )
    hours = models.CharField(max_length=10, choices=Hours.choices, default=Hours.FULL_TIME)
    hours_per_week = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(84)],
        help_text="Where known.",
    )  # fmt: skip
    shift = models.CharField(max_length=10, choices=Shift.choices, blank=True)
    shift_hours = models.CharField(
        "shift hours", max_length=100, blank=True,
        help_text="As the schedule is: “Mon–Fri 6:00–14:30”, “3×12s, nights”.",
    )  # fmt: skip
    start_date = models.DateField("starts", null=True, blank=True)
    starts_immediately = models.BooleanField("starts immediately", default=False)
    duration = models.PositiveSmallIntegerField(
        "length", null=True, blank=True, validators=[MinValueValidator(1)],
        help_text="For contract and temporary jobs: 13 weeks, 6 months.",
    )  # fmt: skip
    duration_unit = models.CharField(
        "length in", max_length=6, choices=DurationUnit.choices, blank=True
    )
    converts_after_months = models.PositiveSmallIntegerField(
        "converts to permanent after (months)", null=True, blank=True,
        validators=[MinValueValidator(1)], help_text="For contract-to-hire jobs.",
    )  # fmt: skip
    openings = models.PositiveSmallIntegerField(
        default=1, validators=[MinValueValidator(1)], help_text="How many people are wanted."
    )
    remote_states = models.JSONField(
        "remote: open to residents of",
        default=list,
        blank=True,
        help_text="For a remote job, the states whose residents may take it (their pay laws "
        "then apply). Empty: anywhere in the US, and the strictest pay laws apply.",
    )
    benefits = models.TextField(
        max_length=1000,
        blank=True,
        help_text="A short description: health, dental and vision insurance, 401(k), paid time "
        "off… Several states' laws require one in the posting.",
    )
    summary = models.TextField(
        max_length=300, help_text="One or two sentences shown in search results."
    )
    description = models.TextField(
        help_text="The role, the team and what the person will do. Markdown: ## heading, "
        "- list item, **bold**."
    )
    requirements = models.TextField(
        help_text="Skills, experience and certifications, one per line starting with -."
    )
    description_html = models.TextField(editable=False, default="")
    requirements_html = models.TextField(editable=False, default="")
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    posted_at = models.DateTimeField(
        "posted", default=timezone.now, help_text="A future date keeps the job hidden until then."
    )
    expires_at = models.DateTimeField(
        "closes",
        null=True,
        blank=True,
        help_text="The job leaves the site at this moment. Left empty, it closes 60 days after "
        "it is posted.",
    )
    featured = models.BooleanField(default=False, help_text="Shown first on the home page.")
    recruiter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="jobs",
        limit_choices_to={"is_staff": True},
        help_text="The Amtec recruiter candidates will deal with; their name is shown.",
    )
    client_name = models.CharField(
        "client", max_length=120, blank=True, help_text="The employer Amtec is recruiting for."
    )
    confidential = models.BooleanField(
        "confidential client",
        default=False,
        help_text="Never show the client's name to the public.",
    )
    was_public = models.BooleanField(
        "was on the site",
        default=False,
        editable=False,
        help_text="Set when an open job that job seekers could see is filled or closed: its page "
        "then says the job has ended. A job closed before anyone could see it stays unknown.",
    )
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = JobManager()

    class Meta:
        ordering = ["-posted_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "posted_at"]),
            models.Index(fields=["state", "city"]),
            models.Index(fields=["postal_code"]),
            models.Index(fields=["annual_pay_max"]),
            models.Index(fields=["latitude", "longitude"]),  # a search's distance box
            # The home page's list and a job page's "similar jobs", read in index order.
            models.Index(
                fields=["featured", "posted_at", "id"],
                condition=Q(status="open"),
                name="jobs_job_open_featured_idx",
            ),
            models.Index(
                fields=["category", "featured", "posted_at", "id"],
                condition=Q(status="open"),
                name="jobs_job_open_similar_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(pay_min__isnull=True)
                | Q(pay_max__isnull=True)
                | Q(pay_min__lte=F("pay_max")),
                name="jobs_job_pay_min_lte_max",
                violation_error_message="The lowest pay must not be above the highest.",
            ),
            models.CheckConstraint(
                condition=Q(expires_at__isnull=True) | Q(expires_at__gt=F("posted_at")),
                name="jobs_job_expires_after_posted",
                violation_error_message="The closing date must be after the posting date.",
            ),
            models.CheckConstraint(
                condition=Q(pay_min__gte=0) | Q(pay_min__isnull=True),
                name="jobs_job_pay_not_negative",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.reference})" if self.reference else self.title

    def get_absolute_url(self):
        return reverse("jobs:job-detail", kwargs={"pk": self.pk, "slug": self.slug})

    def get_apply_url(self):
        return reverse("candidates:job-apply", kwargs={"pk": self.pk, "slug": self.slug})

    def is_open(self, *, now: datetime | None = None) -> bool:
        """The instance's side of `Job.objects.open()`."""
        now = now or timezone.now()
        return (
            self.status == self.Status.OPEN
            and self.posted_at <= now
            and not (self.expires_at and self.expires_at <= now)
        )

    def is_scheduled(self, *, now: datetime | None = None) -> bool:
        """The instance's side of `Job.objects.scheduled()`."""
        return self.status == self.Status.OPEN and self.posted_at > (now or timezone.now())

    def is_expired(self, *, now: datetime | None = None) -> bool:
        """The instance's side of `Job.objects.expired()`."""
        now = now or timezone.now()
        return (
            self.status == self.Status.OPEN
            and self.posted_at <= now
            and bool(self.expires_at and self.expires_at <= now)
        )

    def is_gone(self, *, now: datetime | None = None) -> bool:
        """The posting was on the site and has ended (HTTP 410): expired, or filled or closed
        after job seekers could see it. A draft or scheduled job closed unseen is never shown,
        not even as ended: its title may name a confidential search."""
        if self.status in (self.Status.FILLED, self.Status.CLOSED):
            return self.was_public
        return self.is_expired(now=now)

    @property
    def location(self) -> str:
        return f"{self.city}, {self.state}"

    @property
    def location_display(self) -> str:
        """Where the work happens, as job seekers read it."""
        if self.workplace == self.Workplace.REMOTE:
            if self.remote_states:
                return f"Remote ({', '.join(self.remote_states)} residents)"
            return "Remote (US)"
        if self.workplace == self.Workplace.HYBRID:
            return f"{self.location} (hybrid)"
        return self.location

    @property
    def pay_display(self) -> str:
        """Pay as people say it: "$25 - $30 an hour", "$85,000 - $105,000 a year"."""
        if self.pay_min is None and self.pay_max is None:
            return ""
        unit = "an hour" if self.pay_period == self.PayPeriod.HOUR else "a year"
        low, high = (_money(self.pay_min), _money(self.pay_max))
        if low and high and low != high:
            return f"{low} \u2013 {high} {unit}"
        if low and high:
            return f"{low} {unit}"
        return f"From {low} {unit}" if low else f"Up to {high} {unit}"

    @property
    def pay_arrangements(self) -> list[str]:
        """How the job is paid, as workers say it: ["W-2", "1099", "C2C"]."""
        chosen = [(self.pay_w2, "W-2"), (self.pay_1099, "1099"), (self.pay_c2c, "C2C")]
        return [label for on, label in chosen if on]

    @property
    def hours_display(self) -> str:
        label = self.get_hours_display()
        return f"{label}, {self.hours_per_week} hours a week" if self.hours_per_week else label

    @property
    def shift_display(self) -> str:
        parts = [self.get_shift_display() if self.shift else "", self.shift_hours]
        return " · ".join(p for p in parts if p)

    @property
    def start_display(self) -> str:
        if self.starts_immediately:
            return "Immediately"
        return (
            f"{self.start_date:%B} {self.start_date.day}, {self.start_date.year}"
            if (self.start_date)
            else ""
        )

    @property
    def length_display(self) -> str:
        """ "13 weeks", "6 months, then converts to permanent" """
        parts = []
        if self.duration:
            unit = self.get_duration_unit_display()
            parts.append(f"{self.duration} {unit[:-1] if self.duration == 1 else unit}")
        if self.converts_after_months:
            months = self.converts_after_months
            parts.append(f"converts to permanent after {months} month{'s' if months > 1 else ''}")
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]

    @property
    def public_client_name(self) -> str:
        return "" if self.confidential else self.client_name

    def pay_rule_problems(self, *, now: datetime | None = None) -> list:
        """What the pay-transparency laws covering this job ask for and it lacks, were it
        open now (jobs.pay_transparency)."""
        return pay_transparency.problems(self, pay_transparency.posting_day(self, now))

    def _refuse_unlawful_opening(self, *, now: datetime | None = None) -> None:
        found = self.pay_rule_problems(now=now)
        if found:
            raise PayRuleNotMet(self, found)

    def _move_to(self, status, *, now: datetime | None = None) -> None:
        if status not in self.TRANSITIONS[self.status]:
            raise InvalidStatusChange(self, status)
        if status == self.Status.OPEN:
            self._refuse_unlawful_opening(now=now)  # before anything changes
        if self.status == self.Status.OPEN and self.posted_at <= (now or timezone.now()):
            self.was_public = True  # posted, so seen (expired jobs too: they were, until then)
        self.status = status
        self.save(update_fields=["status", "was_public", "updated_at"])

    def open_posting(self) -> None:
        self._move_to(self.Status.OPEN)

    def mark_filled(self) -> None:
        self._move_to(self.Status.FILLED)

    def close(self) -> None:
        self._move_to(self.Status.CLOSED)

    def extend(self, *, days: int = 30, now: datetime | None = None) -> None:
        """Push the closing date out; an expired job comes back for `days` from now."""
        now = now or timezone.now()
        start = self.expires_at if self.expires_at and self.expires_at > now else now
        self.expires_at = start + timedelta(days=days)
        self.save(update_fields=["expires_at", "updated_at"])

    def duplicate_as_draft(self, *, now: datetime | None = None) -> "Job":
        copy = Job.objects.defer(None).get(pk=self.pk)
        copy.pk = None
        copy.reference = ""
        copy.status = self.Status.DRAFT
        copy.featured = False
        copy.was_public = False
        copy.posted_at = now or timezone.now()
        copy.expires_at = None
        copy.title = f"{self.title} (copy)"[: self._meta.get_field("title").max_length]
        copy._state.adding = True
        copy.save()
        return copy

    def set_coordinates(self) -> None:
        """Latitude and longitude from the ZIP code, or the city when there is no known ZIP."""
        point = geo.job_point(self.postal_code, self.city, self.state)
        self.latitude, self.longitude = point if point else (None, None)

    def clean(self):
        errors = {}
        if (self.pay_min is not None or self.pay_max is not None) and not self.pay_period:
            errors["pay_period"] = "Say whether the pay is per hour or per year."
        if self.pay_min is not None and self.pay_max is not None and self.pay_min > self.pay_max:
            errors["pay_max"] = "The highest pay must be at least the lowest."
        if self.expires_at and self.posted_at and self.expires_at <= self.posted_at:
            errors["expires_at"] = "The closing date must be after the posting date."
        if not (self.pay_w2 or self.pay_1099 or self.pay_c2c):
            errors["pay_w2"] = "Choose how the job is paid: W-2, 1099 or corp-to-corp."
        if self.duration is not None and self.employment_type not in self.FIXED_TERM:
            errors["duration"] = "Only contract and temporary jobs have a length."
        elif self.duration is not None and not self.duration_unit:
            errors["duration_unit"] = "Say whether the length is in weeks or months."
        if self.converts_after_months is not None and (
            self.employment_type != self.EmploymentType.CONTRACT_TO_HIRE
        ):
            errors["converts_after_months"] = "Only a contract-to-hire job converts."
        if self.starts_immediately and self.start_date:
            errors["start_date"] = "Give a start date, or tick “starts immediately”, not both."
        if self.workplace != self.Workplace.REMOTE and self.remote_states:
            errors["remote_states"] = "Only a remote job is open to residents of other states."
        if self.status == self.Status.OPEN and not errors:
            for field, messages in pay_transparency.errors_by_field(
                self.pay_rule_problems()
            ).items():
                errors.setdefault(field, []).extend(messages)
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or set(update_fields) & PLACE_FIELDS:
            self.set_coordinates()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "latitude", "longitude"}
                update_fields = kwargs["update_fields"]
        # However an open job is written (a form, a service, an import, the shell), the pay laws
        # hold: an open job is never saved without what they ask for.
        if self.status == self.Status.OPEN and (
            update_fields is None or set(update_fields) & PAY_RULE_FIELDS
        ):
            self._refuse_unlawful_opening()
        if update_fields is None:
            if not self.reference:
                self.reference = "AMT-" + "".join(
                    secrets.choice(REFERENCE_ALPHABET) for _ in range(6)
                )
            self.slug = self.slug or slugify(self.title)[:140]
            if self.expires_at is None and self.posted_at:
                self.expires_at = self.posted_at + timedelta(days=self.DEFAULT_POSTING_DAYS)
            self.description_html = render_markdown(self.description)
            self.requirements_html = render_markdown(self.requirements)
        super().save(*args, **kwargs)


class JobSearchEntry(models.Model):
    """One job as keyword search and the search filters see it: the jobs' search index.

    PostgreSQL only. Triggers on jobs_job keep one row per job whose status is open (migration
    0003 creates the table, which Django does not manage), so every write path - save(),
    bulk_create(), update(), raw SQL - keeps it current; open() still applies the dates. It holds
    the fields a search filters, counts and sorts on, under the same names as on Job, in about
    430 bytes a row: counting and ranking the thousands of jobs a broad keyword matches reads
    these rows, not the jobs' text. `document` is the job's full search
    vector (GIN-indexed and stored out of line: matching reads the index, never the vectors);
    `rank_vector` the title and summary part that ranks results, kept in line.
    """

    job = models.OneToOneField(
        Job,
        on_delete=models.DO_NOTHING,  # the triggers delete the row with its job
        primary_key=True,
        db_constraint=False,
        related_name="search_entry",
    )
    status = models.CharField(max_length=10, choices=Job.Status.choices)
    posted_at = models.DateTimeField()
    expires_at = models.DateTimeField(null=True)
    workplace = models.CharField(max_length=10, choices=Job.Workplace.choices)
    employment_type = models.CharField(max_length=20, choices=Job.EmploymentType.choices)
    category = models.ForeignKey(
        Category, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    # A double: the job's numeric(12, 2) amounts stay distinct and in order; cheaper to compare.
    annual_pay_max = models.FloatField(null=True)
    city = models.CharField(max_length=80)
    state = models.CharField(max_length=2)
    postal_code = models.CharField(max_length=10)
    # The terms the search filters on (migration 0011).
    pay_w2 = models.BooleanField(default=True)
    pay_1099 = models.BooleanField(default=False)
    pay_c2c = models.BooleanField(default=False)
    hours = models.CharField(max_length=10, choices=Job.Hours.choices)
    shift = models.CharField(max_length=10, choices=Job.Shift.choices)
    starts_immediately = models.BooleanField(default=False)
    # Where the job is, for searches by distance (migration 0013).
    latitude = models.FloatField(null=True)
    longitude = models.FloatField(null=True)
    rank_vector = SearchVectorField()
    document = SearchVectorField()
    # The facets the row is counted under, packed in one number (migration 0016, generated).
    facet_key = models.BigIntegerField(editable=False)

    objects = JobRowQuerySet.as_manager()

    class Meta:
        managed = False

    def __str__(self):
        return f"Search entry for job {self.pk}"
