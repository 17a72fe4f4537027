from datetime import timedelta

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone

from jobs.models import Job

from .tokens import CONFIRM

# An hour of slack: the sender runs hourly and each run takes a moment, so a strict 24 hours
# would push a daily alert an hour later every day.
SLACK = timedelta(hours=1)


class AlertLimitReached(Exception):
    def __init__(self):
        super().__init__(
            f"This email address already has {JobAlert.MAX_PER_EMAIL} job alerts, the most we "
            "allow. Use the “Manage this alert” link in one of our emails to delete one you no "
            "longer need, then try again."
        )


class JobAlertQuerySet(models.QuerySet):
    def for_email(self, email: str):
        return self.filter(email__iexact=email.strip())

    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def active(self):
        """Alerts that receive digests: confirmed by their owner and not paused."""
        return self.confirmed().filter(paused=False)

    def due(self, now):
        """Active alerts whose last digest is a period (less the slack) old, or that have none."""
        condition = Q(last_sent_at__isnull=True)
        for frequency, interval in JobAlert.INTERVALS.items():
            condition |= Q(frequency=frequency, last_sent_at__lte=now - interval)
        return self.active().filter(condition)

    def pending(self, now):
        """Unconfirmed alerts whose confirmation link still works."""
        return self.filter(confirmed_at__isnull=True, created_at__gt=now - CONFIRM.max_age)

    def abandoned(self, now):
        """Unconfirmed alerts whose confirmation link has expired: nobody can confirm them now."""
        return self.filter(confirmed_at__isnull=True, created_at__lte=now - CONFIRM.max_age)

    def counting_towards_limit(self):
        # Only alerts the owner confirmed: anyone can type an address, so unconfirmed sign-ups
        # must not fill its quota and lock the owner out.
        return self.confirmed()


class JobAlert(models.Model):
    class Frequency(models.TextChoices):
        DAILY = "daily", "Daily"
        WEEKLY = "weekly", "Weekly"

    INTERVALS = {
        Frequency.DAILY: timedelta(days=1) - SLACK,
        Frequency.WEEKLY: timedelta(days=7) - SLACK,
    }
    MAX_PER_EMAIL = 10
    # Unconfirmed sign-ups kept per address: past it the oldest go, so a stranger's sign-ups
    # can neither pile up nor crowd out the owner's own.
    MAX_PENDING_PER_EMAIL = 10
    MAX_JOBS_PER_DIGEST = 20
    # The first digest may include jobs posted the day before the sign-up: the visitor was
    # probably looking at them, but may not have applied yet.
    LOOKBACK = timedelta(days=1)

    email = models.EmailField(max_length=254)
    query = models.CharField(
        "search",
        # Short enough for the unique index on (email, search) to fit PostgreSQL's limit.
        max_length=1500,
        blank=True,
        editable=False,
        help_text="The job search, as it appears after “?” in a /jobs/ address.",
    )
    description = models.CharField(
        "search in words", max_length=300, editable=False, help_text="As the subscriber saw it."
    )
    frequency = models.CharField(max_length=6, choices=Frequency.choices, default=Frequency.DAILY)
    created_at = models.DateTimeField(
        "requested",
        default=timezone.now,
        editable=False,
        help_text="When the alert was asked for (for an unconfirmed alert: the latest request).",
    )
    confirmed_at = models.DateTimeField(
        "confirmed",
        null=True,
        blank=True,
        editable=False,
        help_text="When the subscriber used the link in the confirmation email. Nothing is sent "
        "before that.",
    )
    paused = models.BooleanField(default=False, help_text="No emails while paused.")
    last_sent_at = models.DateTimeField("last sent", null=True, blank=True, editable=False)

    objects = JobAlertQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "query",
                name="alerts_jobalert_unique_email_query",
                violation_error_message="This email address already has an alert for this search.",
            ),
        ]
        indexes = [models.Index(fields=["confirmed_at", "paused", "last_sent_at"])]

    def __str__(self):
        return f"{self.description} → {self.email}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    def is_active(self) -> bool:
        return self.is_confirmed and not self.paused

    def is_due(self, now) -> bool:
        if not self.is_active():
            return False
        return (
            self.last_sent_at is None or self.last_sent_at <= now - self.INTERVALS[self.frequency]
        )

    @property
    def status_display(self) -> str:
        if not self.is_confirmed:
            return "Waiting for confirmation"
        return "Paused" if self.paused else "Active"

    @property
    def search_path(self) -> str:
        return "/jobs/" + (f"?{self.query}" if self.query else "")

    def jobs_since(self):
        """The oldest posting date a digest includes."""
        return self.created_at - self.LOOKBACK

    def confirm(self, *, now) -> bool:
        """Record the owner's confirmation; False when it was already confirmed."""
        if self.is_confirmed:
            return False
        self.confirmed_at = now
        self.save(update_fields=["confirmed_at"])
        return True

    def pause(self) -> None:
        self.paused = True
        self.save(update_fields=["paused"])

    def resume(self) -> None:
        self.paused = False
        self.save(update_fields=["paused"])

    def set_frequency(self, frequency: str) -> None:
        self.frequency = self.Frequency(frequency)
        self.save(update_fields=["frequency"])

    def record_sent(self, jobs, *, now) -> None:
        SentJob.objects.bulk_create(SentJob(alert=self, job=job, sent_at=now) for job in jobs)
        self.last_sent_at = now
        self.save(update_fields=["last_sent_at"])


class SentJob(models.Model):
    """A job one alert has emailed: it is never emailed by that alert again."""

    alert = models.ForeignKey(JobAlert, on_delete=models.CASCADE, related_name="sent_jobs")
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = "job sent"
        verbose_name_plural = "jobs sent"
        constraints = [
            models.UniqueConstraint(fields=["alert", "job"], name="alerts_sentjob_once_per_alert")
        ]

    def __str__(self):
        return f"{self.job} (sent {self.sent_at:%Y-%m-%d})"
