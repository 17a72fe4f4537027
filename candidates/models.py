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


class ReasonRequired(InvalidTransition):
    """A skip past the usual next steps (new → hired, say) needs a reason on record."""

    def __init__(self, application, status):
        self.from_status, self.to_status = application.status, status
        Exception.__init__(
            self,
            f"Moving from {application.get_status_display().lower()} straight to "
            f"{Application.Status(status).label.lower()} skips steps: say why in the note.",
        )


class NothingToUndo(Exception):
    pass


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
    # Each use of a sign-in link to their page (/me/) moves this on, which retires every link
    # sent before it (candidates.tokens): a link works once.
    signed_in_at = models.DateTimeField(
        "last signed in", null=True, blank=True, editable=False,
        help_text="When the candidate last opened their own page with an emailed link.",
    )  # fmt: skip

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
    confirmed = models.BooleanField(
        default=True,
        editable=False,
        help_text="Sent with a known email address by someone not signed in: it becomes the "
        "current resume only when the address's owner confirms it from our email.",
    )
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
    # Forward jumps past the usual next step (a referral hired on the spot, an interview booked
    # from the first call): allowed with a reason, which the event keeps.
    SKIPS = {
        Status.NEW: {Status.INTERVIEWING, Status.OFFERED, Status.HIRED},
        Status.REVIEWING: {Status.OFFERED, Status.HIRED},
        Status.INTERVIEWING: {Status.HIRED},
        Status.OFFERED: set(),
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
    # Where the applicant came from (candidates.sources): a board, a campaign or a site's host.
    source = models.CharField(
        max_length=60, default="direct", db_index=True,
        help_text="The job board, campaign or site that sent the applicant; “direct” when none.",
    )  # fmt: skip
    utm_medium = models.CharField("campaign medium", max_length=100, blank=True)
    utm_campaign = models.CharField("campaign", max_length=100, blank=True)
    confirmed = models.BooleanField(
        default=True,
        editable=False,
        help_text="Sent with a known email address by someone not signed in: not confirmed until "
        "the address's owner uses the link we emailed.",
    )
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

    def candidate_status(self) -> str:
        """The stage as the candidate sees it on their page: never the staff pipeline's words."""
        return CANDIDATE_STATUS[self.status]

    def may_withdraw(self) -> bool:
        return Application.Status.WITHDRAWN in self.TRANSITIONS[self.status]

    def allowed_transitions(self) -> list[str]:
        return [s for s in self.Status if s in self.TRANSITIONS[self.status]]

    def allowed_skips(self) -> list[str]:
        return [s for s in self.Status if s in self.SKIPS[self.status]]

    def move_to(self, status, *, by, note: str = "") -> "ApplicationEvent":
        """The one way an application's status changes: checked, recorded, saved together.
        A skip (`SKIPS`) needs the note, which says why."""
        status = self.Status(status)
        kind = ApplicationEvent.Kind.MOVE
        if status in self.SKIPS[self.status]:
            if not note.strip():
                raise ReasonRequired(self, status)
            kind = ApplicationEvent.Kind.SKIP
        elif status not in self.TRANSITIONS[self.status]:
            raise InvalidTransition(self, status)
        return self._record(status, by=by, note=note, kind=kind)

    def last_move(self) -> "ApplicationEvent | None":
        """The move `undo_last_move` would take back: the latest event, unless it is an undo."""
        event = self.events.order_by("-at", "-pk").first()
        if event is None or event.kind == ApplicationEvent.Kind.UNDO:
            return None
        return event

    def undo_last_move(self, *, by, note: str = "") -> "ApplicationEvent":
        """Back to the status before the latest move, recorded as a move of its own."""
        event = self.last_move()
        if event is None or event.to_status != self.status:
            raise NothingToUndo("There is no move to undo.")
        reopened = event.from_status in self.OPEN_STATUSES and not self.is_open()
        if reopened and self._has_another_open():
            raise NothingToUndo(
                "This cannot be undone: the candidate has applied again since, and that "
                "application is still open."
            )
        return self._record(
            event.from_status,
            by=by,
            note=note or f"Undid “{event}”.",
            kind=ApplicationEvent.Kind.UNDO,
        )

    def _has_another_open(self) -> bool:
        others = Application.objects.open().filter(candidate_id=self.candidate_id)
        others = others.filter(job_id=self.job_id) if self.job_id else others.filter(job=None)
        return others.exclude(pk=self.pk).exists()

    def _record(self, status, *, by, note, kind) -> "ApplicationEvent":
        with transaction.atomic():
            event = ApplicationEvent.objects.create(
                application=self, from_status=self.status, to_status=status, by=by, note=note,
                kind=kind,
            )  # fmt: skip
            self.status = status
            self.status_changed_at = event.at
            self.save(update_fields=["status", "status_changed_at", "updated_at"])
        return event


# What the candidate sees for each stage (their page, /me/). Hired people know they are: an offer.
CANDIDATE_STATUS = {
    Application.Status.NEW: "Received",
    Application.Status.REVIEWING: "Under review",
    Application.Status.INTERVIEWING: "Interviewing",
    Application.Status.OFFERED: "Offer",
    Application.Status.HIRED: "Offer",
    Application.Status.REJECTED: "Not selected",
    Application.Status.WITHDRAWN: "Withdrawn",
}


class ProposedUpdateQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(confirmed_at__isnull=True)


class ProposedUpdate(models.Model):
    """What a submission with a known email asked to change, held until the address confirms.

    Anyone can type an address: until its owner uses the link we email, the candidate's details
    and current resume stay as they are, and staff see these proposed values beside them.
    """

    candidate = models.ForeignKey(
        Candidate, on_delete=models.CASCADE, related_name="proposed_updates"
    )
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="proposed_updates"
    )
    resume = models.ForeignKey(Resume, on_delete=models.CASCADE, related_name="+")
    application_is_new = models.BooleanField(
        default=False, help_text="The submission started this application (unconfirmed)."
    )
    details = models.JSONField(
        default=dict, help_text="The contact details as sent: name, phone, city, state…"
    )
    message = models.TextField(blank=True, max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = ProposedUpdateQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Proposed update #{self.pk} for candidate #{self.candidate_id}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None


class ApplicationEvent(models.Model):
    class Kind(models.TextChoices):
        MOVE = "move", "Move"
        SKIP = "skip", "Skip (with a reason)"
        UNDO = "undo", "Undo"

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    from_status = models.CharField(max_length=12, choices=Application.Status.choices)
    to_status = models.CharField(max_length=12, choices=Application.Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    note = models.TextField(blank=True)
    kind = models.CharField(max_length=4, choices=Kind.choices, default=Kind.MOVE)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class ApplicationNote(models.Model):
    """A staff note on an application: added, never overwritten, each with who and when."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="staff_notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    text = models.TextField("note", max_length=5000, help_text="Only staff see notes.")

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"Note on application {self.application_id} at {self.at:%Y-%m-%d %H:%M}"
