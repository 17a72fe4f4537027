import uuid

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models, transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from phonenumber_field.modelfields import PhoneNumberField

from jobs.models import Category as JobCategory
from jobs.models import Job
from jobs.states import US_STATES

from .phones import INVALID_MESSAGE, TYPED_MAX_LENGTH, format_phone
from .storage import resume_storage


def get_resume_storage():
    return resume_storage


def resume_upload_to(instance, filename):
    # Random names: nothing about the candidate or the original file name reaches the store.
    return f"{timezone.now():%Y/%m}/{uuid.uuid4().hex}{instance.extension}"


class InvalidTransition(Exception):
    def __init__(self, application, status):
        self.from_status, self.to_status = application.status, status
        super().__init__(
            f"An application that is {application.get_status_display().lower()} cannot move to "
            f"{Application.Status(status).label.lower()}."
        )


class Candidate(models.Model):
    name = models.CharField(max_length=120)
    email = models.EmailField(max_length=254, help_text="One candidate per email address.")
    phone = PhoneNumberField(
        blank=True,
        max_length=16,  # E.164: "+" and at most 15 digits
        error_messages={"invalid": INVALID_MESSAGE},
        help_text="Type it any usual way, such as 937-555-0142; numbers outside the US start "
        "with + and the country code.",
    )
    phone_as_typed = models.CharField(
        "phone as typed",
        max_length=TYPED_MAX_LENGTH,
        blank=True,
        help_text="What the candidate typed when it was not a valid number, or had an extension. "
        "Correcting the phone above clears it.",
    )
    city = models.CharField(max_length=80, blank=True)
    state = models.CharField(max_length=2, choices=US_STATES, blank=True)
    desired_role = models.CharField("desired role", max_length=120, blank=True)
    desired_category = models.ForeignKey(
        JobCategory,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="desired category",
    )
    profile_url = models.URLField("LinkedIn or portfolio", max_length=300, blank=True)
    consent_at = models.DateTimeField(
        "privacy consent", help_text="When the candidate agreed to the privacy policy."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_activity_at = models.DateTimeField(
        default=timezone.now, help_text="Their last submission; used to purge inactive records."
    )

    class Meta:
        ordering = ["-last_activity_at"]
        # Seeing a candidate is not taking their data away: exports need this as well as the
        # view permissions of what they hold (resumes, applications).
        permissions = [("export_candidate", "Can export candidates' personal data")]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="candidates_candidate_email_ci_unique")
        ]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    def current_resume(self):
        return self.resumes.filter(is_current=True).first()

    def phone_display(self) -> str:
        """The number to call, as (937) 555-0142: with its extension, or as typed when it could
        not be read as a number; "" when there is none."""
        if self.phone_as_typed:
            return format_phone(self.phone_as_typed)
        return format_phone(self.phone)


class ResumeManager(models.Manager):
    def get_queryset(self):
        # The search vector is PostgreSQL's business; Python never needs to load it.
        return super().get_queryset().defer("search_vector")


class Resume(models.Model):
    class Extraction(models.TextChoices):
        PENDING = "pending", "Waiting"
        DONE = "done", "Text extracted"
        EMPTY = "empty", "No text found in the file"
        NO_TOOL = "no_tool", "No text: the program that reads this file type is not installed"
        UNSUPPORTED = "unsupported", "Not extracted for this file type"
        FAILED = "failed", "Extraction failed"

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="resumes")
    file = models.FileField(storage=get_resume_storage, upload_to=resume_upload_to, max_length=200)
    original_name = models.CharField("file name", max_length=200)
    size = models.PositiveIntegerField(help_text="Bytes.")
    kind = models.CharField("type", max_length=10)
    mime_type = models.CharField(max_length=100)
    sha256 = models.CharField("SHA-256", max_length=64)
    is_current = models.BooleanField("current", default=True)
    text = models.TextField(blank=True, editable=False)
    extraction_status = models.CharField(
        max_length=12, choices=Extraction.choices, default=Extraction.PENDING, editable=False
    )
    extraction_error = models.CharField(max_length=200, blank=True, editable=False)
    # Kept from `text` by a PostgreSQL trigger (migration 0002), for matching jobs to candidates.
    search_vector = SearchVectorField(null=True, editable=False)
    uploaded_at = models.DateTimeField(default=timezone.now)

    objects = ResumeManager()

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["candidate"],
                condition=Q(is_current=True),
                name="candidates_resume_one_current",
            ),
            models.UniqueConstraint(
                fields=["candidate", "sha256"], name="candidates_resume_unique_content"
            ),
        ]

    def __str__(self):
        return f"{self.original_name} ({self.uploaded_at:%Y-%m-%d})"

    def get_download_url(self):
        return reverse("admin:candidates_resume_download", args=[self.pk])

    @property
    def extension(self) -> str:
        # Kinds are the accepted extensions without the dot (candidates.filetypes).
        return f".{self.kind}" if self.kind else ""


OPEN = ["new", "reviewing", "interviewing", "offered"]


class ApplicationQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=Application.OPEN_STATUSES)


class Application(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        REVIEWING = "reviewing", "Reviewing"
        INTERVIEWING = "interviewing", "Interviewing"
        OFFERED = "offered", "Offered"
        HIRED = "hired", "Hired"
        REJECTED = "rejected", "Rejected"
        WITHDRAWN = "withdrawn", "Withdrawn"

    OPEN_STATUSES = OPEN
    TRANSITIONS = {
        Status.NEW: {Status.REVIEWING, Status.REJECTED, Status.WITHDRAWN},
        Status.REVIEWING: {Status.INTERVIEWING, Status.REJECTED, Status.WITHDRAWN},
        Status.INTERVIEWING: {Status.OFFERED, Status.REJECTED, Status.WITHDRAWN},
        Status.OFFERED: {Status.HIRED, Status.REJECTED, Status.WITHDRAWN},
        Status.HIRED: set(),
        Status.REJECTED: set(),
        Status.WITHDRAWN: set(),
    }

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="applications")
    job = models.ForeignKey(
        Job,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
        help_text="Empty for a general resume submission.",
    )
    # RESTRICT: a resume sent with an application stays, unless its candidate is deleted.
    resume = models.ForeignKey(Resume, on_delete=models.RESTRICT, related_name="applications")
    message = models.TextField(blank=True, max_length=2000)
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.NEW, editable=False
    )
    status_changed_at = models.DateTimeField(default=timezone.now, editable=False)
    notes = models.TextField("staff notes", blank=True, help_text="Only staff see these.")
    # Where the applicant came from (candidates.sources): a board, a campaign or a site's host.
    source = models.CharField(
        max_length=60, default="direct", db_index=True,
        help_text="The job board, campaign or site that sent the applicant; “direct” when none.",
    )  # fmt: skip
    utm_medium = models.CharField("campaign medium", max_length=100, blank=True)
    utm_campaign = models.CharField("campaign", max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "created_at"])]
        constraints = [
            # One open application per candidate and job, and one open general submission.
            models.UniqueConstraint(
                fields=["candidate", "job"],
                condition=Q(status__in=OPEN, job__isnull=False),
                name="candidates_application_one_open_per_job",
            ),
            models.UniqueConstraint(
                fields=["candidate"],
                condition=Q(status__in=OPEN, job__isnull=True),
                name="candidates_application_one_open_general",
            ),
        ]

    def __str__(self):
        target = self.job.title if self.job_id else "general resume"
        return f"{self.candidate.name} – {target}"

    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def allowed_transitions(self) -> list[str]:
        return [s for s in self.Status if s in self.TRANSITIONS[self.status]]

    def move_to(self, status, *, by, note: str = "") -> "ApplicationEvent":
        """The one way an application's status changes: checked, recorded, saved together."""
        status = self.Status(status)
        if status not in self.TRANSITIONS[self.status]:
            raise InvalidTransition(self, status)
        with transaction.atomic():
            event = ApplicationEvent.objects.create(
                application=self, from_status=self.status, to_status=status, by=by, note=note
            )
            self.status = status
            self.status_changed_at = event.at
            self.save(update_fields=["status", "status_changed_at", "updated_at"])
        return event


class ApplicationEvent(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=12, choices=Application.Status.choices)
    to_status = models.CharField(max_length=12, choices=Application.Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"
