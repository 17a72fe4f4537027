import csv
import json

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import ngettext
from phonenumber_field.modelfields import PhoneNumberField

from jobs.admin import JobAdmin
from jobs.models import Job
from staff import access_log
from staff.access_log import Action, LoggedAccessAdmin

from .matching import candidates_for_job, jobs_for_resume
from .models import (
    Application,
    ApplicationEvent,
    ApplicationNote,
    Candidate,
    InvalidTransition,
    NothingToUndo,
    Resume,
)
from .phones import TYPED_MAX_LENGTH, PhoneInput, format_phone, phone_in_search
from .privacy import candidate_export

MATCHES_IN_ADMIN = 10
CANDIDATES_SHOWN = 10

# What each kind of personal data needs: a candidate's contact details, their resumes (the files,
# and the text read from them, which search and matching also show), and their applications
# (messages, history, staff notes).
SEES_CANDIDATES = "candidates.view_candidate"
SEES_RESUMES = "candidates.view_resume"
SEES_APPLICATIONS = "candidates.view_application"
EXPORTS = "candidates.export_candidate"
PDF_TYPE = "application/pdf"
# The inline resume: a document of its own that can run nothing, load nothing and is shown only
# inside the admin's own pages (the browser's PDF viewer draws it).
INLINE_RESUME_CSP = "sandbox; default-src 'none'; frame-ancestors 'self'; form-action 'none'"


def may(request, *perms: str) -> bool:
    return request.user.has_perms(perms)


def download_link(resume):
    if not resume.pk:
        return "—"
    return format_html(
        '<a href="{}">Download {}</a>', resume.get_download_url(), resume.original_name
    )


class ResumeInline(admin.TabularInline):
    model = Resume
    extra = 0
    can_delete = False
    fields = [
        "uploaded_at", "download", "kind", "size", "is_current", "confirmed", "extraction_status",
    ]  # fmt: skip
    readonly_fields = fields
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="file")
    def download(self, resume):
        return download_link(resume)


class ApplicationInline(admin.TabularInline):
    model = Application
    extra = 0
    can_delete = False
    fields = ["job", "status", "confirmed", "created_at", "resume"]
    readonly_fields = fields
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Candidate)
class CandidateAdmin(LoggedAccessAdmin):
    log_kind = "candidate"
    list_display = [
        "name", "email", "phone_number", "city", "state", "desired_role", "last_activity_at",
    ]  # fmt: skip
    list_filter = ["state", "desired_category", "last_activity_at"]
    # A whole number in any format is also matched exactly: see get_search_results.
    search_fields = ["name", "email", "phone", "phone_as_typed"]
    readonly_fields = ["consent_at", "created_at", "last_activity_at"]
    formfield_overrides = {
        # Staff type the number as they like (the stored E.164 form is at most 16 characters).
        PhoneNumberField: {
            "widget": PhoneInput(attrs={"class": "vTextField"}),
            "max_length": TYPED_MAX_LENGTH,
        }
    }
    inlines = [ResumeInline, ApplicationInline]
    actions = ["export_json"]

    def has_add_permission(self, request):
        return False  # candidates come from the site's forms, with their consent recorded

    def get_search_fields(self, request):
        # Matching resume text tells what a resume says: only for staff who may read resumes.
        fields = super().get_search_fields(request)
        return [*fields, "resumes__text"] if may(request, SEES_RESUMES) else fields

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.proposed_updates.pending().exists():
            fields.append("proposed_changes")  # (issue 18, 3: confirmed updates)
        # The matches name the words the resume shares with each job.
        return [*fields, "best_matching_jobs"] if may(request, SEES_RESUMES) else fields

    @admin.display(description="proposed changes, not confirmed")
    def proposed_changes(self, candidate):
        """What submissions with this email asked to change, beside what the record holds:
        nothing applies until the address's owner uses the link we emailed them."""
        return render_to_string(
            "admin/candidates/proposed_updates.html",
            {"rows": proposed_rows(candidate), "may_download": True},
        )

    def has_export_permission(self, request):
        # "Everything held" is resumes and applications too: all of it, or none.
        return may(request, EXPORTS, SEES_CANDIDATES, SEES_RESUMES, SEES_APPLICATIONS)

    @admin.display(description="phone", ordering="phone")
    def phone_number(self, candidate):
        if candidate.phone_as_typed and not candidate.phone:
            return f"{candidate.phone_as_typed} (as typed: not a valid number)"
        return candidate.phone_display()

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        # Numbers are stored +19375550142; staff type (937) 555-0142, 937-555-0142, ...
        if e164 := phone_in_search(search_term):
            results |= queryset.filter(phone=e164)
        return results, may_have_duplicates

    def save_model(self, request, obj, form, change):
        if "phone" in form.changed_data and "phone_as_typed" not in form.changed_data:
            obj.phone_as_typed = ""  # the number was corrected: what was typed is settled
        super().save_model(request, obj, form, change)

    @admin.display(description="best-matching open jobs")
    def best_matching_jobs(self, candidate):
        resume = candidate.current_resume() if candidate.pk else None
        matches = jobs_for_resume(resume, limit=MATCHES_IN_ADMIN) if resume else []
        return render_to_string(
            "admin/candidates/matching_jobs.html", {"resume": resume, "matches": matches}
        )

    @admin.action(
        description="Export everything held on the selected candidates (JSON)",
        permissions=["export"],
    )
    def export_json(self, request, queryset):
        data = [candidate_export(candidate) for candidate in queryset]
        access_log.record(request, Action.EXPORT, self.log_kind, [c.pk for c in queryset])
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, indent=2), content_type="application/json"
        )
        response["Content-Disposition"] = 'attachment; filename="candidate-data.json"'
        response["Cache-Control"] = "no-store"
        return response


PROPOSED_FIELDS = [
    ("name", "name"), ("phone", "phone"), ("city", "city"), ("state", "state"),
    ("desired_role", "desired role"), ("profile_url", "LinkedIn or portfolio"),
]  # fmt: skip


def proposed_rows(candidate) -> list[dict]:
    """Each pending proposed update, field by field: current value, proposed value."""
    rows = []
    for update in candidate.proposed_updates.pending().select_related("resume", "application__job"):
        proposed = dict(update.details)
        proposed["phone"] = format_phone(proposed.get("phone") or proposed.get("phone_as_typed"))
        current = {"phone": candidate.phone_display()}
        changes = []
        for field, label in PROPOSED_FIELDS:
            now = current.get(field, getattr(candidate, field, ""))
            new = proposed.get(field) or ""
            if new and str(new) != str(now):
                changes.append({"label": label, "current": now, "proposed": new})
        rows.append({"update": update, "changes": changes})
    return rows


class StatusFilter(admin.SimpleListFilter):
    title = "stage"
    parameter_name = "stage"

    def lookups(self, request, model_admin):
        return [("open", "Open (not decided)"), ("closed", "Decided")]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.open()
        if self.value() == "closed":
            return queryset.exclude(status__in=Application.OPEN_STATUSES)
        return queryset


def _move_action(status):
    label = Application.Status(status).label

    @admin.action(description=f"Move selected to “{label}”", permissions=["change"])
    def action(modeladmin, request, queryset):
        moved, refused = 0, []
        for application in queryset.select_related("candidate"):
            try:
                application.move_to(status, by=request.user)
                moved += 1
            except InvalidTransition as error:
                refused.append(f"#{application.pk}: {error}")
        if moved:
            modeladmin.message_user(
                request,
                ngettext(
                    "%(n)d application moved to %(s)s.", "%(n)d applications moved to %(s)s.", moved
                )
                % {"n": moved, "s": label},
                messages.SUCCESS,
            )
        if refused:
            modeladmin.message_user(request, "Not moved — " + " ".join(refused), messages.WARNING)

    action.__name__ = f"move_to_{status}"
    return action


class ApplicationWorkForm(forms.ModelForm):
    """The application's own page: move it on (or skip ahead, with a reason), or add a note.
    Nothing here overwrites: a move is an event and a note is a new entry in the timeline."""

    new_status = forms.ChoiceField(
        label="Move to",
        required=False,
        help_text="Leave as it is to add a note only. A skip past the usual next step needs a "
        "note that says why.",
    )
    note = forms.CharField(
        label="Note",
        required=False,
        max_length=ApplicationNote._meta.get_field("text").max_length,
        widget=forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"}),
        help_text="Added to the timeline with your name and the time; with a move, it says why.",
    )

    class Meta:
        model = Application
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        application = self.instance
        choices = [("", f"(stays {application.get_status_display().lower()})")]
        if application.pk:
            labels = Application.Status
            choices += [(s, labels(s).label) for s in application.allowed_transitions()]
            choices += [
                (s, f"{labels(s).label} (skips steps: say why)")
                for s in application.allowed_skips()
            ]
        self.fields["new_status"].choices = choices

    def clean(self):
        cleaned = super().clean()
        status, note = cleaned.get("new_status"), (cleaned.get("note") or "").strip()
        if status in self.instance.allowed_skips() and not note:
            self.add_error(
                "note",
                f"Moving straight to {Application.Status(status).label.lower()} skips steps: "
                "say why.",
            )
        cleaned["note"] = note
        return cleaned


@admin.register(Application)
class ApplicationAdmin(LoggedAccessAdmin):
    log_kind = "application"
    form = ApplicationWorkForm
    change_form_template = "admin/candidates/application/change_form.html"
    change_list_template = "admin/candidates/application/change_list.html"
    list_display = [
        "candidate", "job", "status", "source", "created_at", "status_changed_at", "resume_link",
    ]  # fmt: skip
    list_filter = [
        StatusFilter, "status", "confirmed", "source", "job", "job__recruiter", "job__category",
        "created_at",
    ]  # fmt: skip
    list_select_related = ["candidate", "job", "resume"]
    search_fields = ["candidate__name", "candidate__email", "job__title", "job__reference"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "candidate", "job", "resume_link", "message", "status", "status_changed_at", "created_at",
        "source", "utm_medium", "utm_campaign",
    ]  # fmt: skip
    DETAILS = [
        "candidate", "job", "resume_link", "message", "status", "status_changed_at", "created_at",
        "source", "utm_medium", "utm_campaign",
    ]  # fmt: skip
    # The page's template puts the timeline after the first fieldset and the resume after all.
    fieldsets = [
        (None, {"fields": DETAILS}),
        ("Move on or add a note", {"fields": ["new_status", "note"]}),
    ]
    actions = [*(_move_action(s) for s in Application.Status if s != "new"), "export_csv"]

    def has_add_permission(self, request):
        return False  # applications come from candidates

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("candidate", "job", "resume")

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not self.has_change_permission(request, obj):
            return [fs for fs in fieldsets if fs[0] != "Move on or add a note"]
        return fieldsets

    def get_urls(self):
        return [
            path(
                "export-job/<int:job_id>/",
                self.admin_site.admin_view(self.export_job_view),
                name="candidates_application_export_job",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        # Filtered by one job (from the job's page, or the job filter): its applications as CSV.
        job_id = request.GET.get("job__id__exact", "")
        extra = {}
        if job_id.isdecimal() and self.has_export_permission(request):
            extra["export_job"] = Job.objects.filter(pk=job_id).only("pk", "reference").first()
        return super().changelist_view(request, {**(extra_context or {}), **extra})

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST" and "_undo" in request.POST:
            return self._undo(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def _undo(self, request, object_id):
        application = self.get_object(request, object_id)
        if application is None or not self.has_change_permission(request, application):
            raise PermissionDenied
        try:
            event = application.undo_last_move(by=request.user)
        except NothingToUndo as error:
            self.message_user(request, str(error), messages.WARNING)
        else:
            self.message_user(
                request, f"Undone: the application is {event.get_to_status_display().lower()} "
                "again.", messages.SUCCESS,
            )  # fmt: skip
        return redirect("admin:candidates_application_change", application.pk)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        status, note = form.cleaned_data.get("new_status"), form.cleaned_data.get("note")
        if status:
            try:
                obj.move_to(status, by=request.user, note=note)
            except InvalidTransition as error:  # moved by someone else since the page loaded
                self.message_user(request, f"Not moved — {error}", messages.WARNING)
                status = ""
        if note and not status:
            ApplicationNote.objects.create(application=obj, author=request.user, text=note)

    def response_change(self, request, obj):
        # Working on an application is a series of steps: stay on its page.
        if "_continue" not in request.POST and "_save" in request.POST:
            request.POST = request.POST.copy()
            request.POST["_continue"] = "1"
        return super().response_change(request, obj)

    @admin.display(description="resume")
    def resume_link(self, application):
        return download_link(application.resume)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk:
            context.update(self._work_context(request, obj))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _work_context(self, request, application) -> dict:
        events = list(application.events.select_related("by"))
        notes = list(application.staff_notes.select_related("author"))
        last = max(events, key=lambda e: (e.at, e.pk)) if events else None
        undoable = last if last and last.kind != ApplicationEvent.Kind.UNDO else None
        entries = sorted(
            [{"kind": "event", "at": e.at, "event": e} for e in events]
            + [{"kind": "note", "at": n.at, "note": n} for n in notes],
            key=lambda entry: entry["at"],
        )
        resume = application.resume
        return {
            "timeline": entries,
            "undoable": undoable if self.has_change_permission(request, application) else None,
            # The download link stays for everyone; its view checks, and refuses.
            "resume": resume if may(request, SEES_RESUMES) else None,
            "resume_is_pdf": resume.kind == "pdf" and resume.mime_type == PDF_TYPE,
        }

    def has_export_permission(self, request):
        # Each row holds the candidate's contact details.
        return may(request, EXPORTS, SEES_APPLICATIONS, SEES_CANDIDATES)

    @admin.action(description="Export selected applications (CSV)", permissions=["export"])
    def export_csv(self, request, queryset):
        return self._csv(request, queryset, "applications")

    def export_job_view(self, request, job_id):
        """Every application to one job, from the job's page or the list filtered by it."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self.has_export_permission(request):
            raise PermissionDenied
        job = get_object_or_404(Job, pk=job_id)
        applications = Application.objects.filter(job=job)
        return self._csv(request, applications, f"applications-{job.reference}")

    def _csv(self, request, queryset, name):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{name}-{timezone.now():%Y%m%d-%H%M}.csv"'
        )
        response["Cache-Control"] = "no-store"
        writer = csv.writer(response)
        writer.writerow(["application", "job reference", "job", "status", "applied", "name",
                         "email", "phone", "city", "state", "resume", "source"])  # fmt: skip
        rows = queryset.select_related("candidate", "job", "resume").order_by(
            "job_id", "created_at"
        )
        access_log.record(request, Action.EXPORT, self.log_kind, [a.pk for a in rows])
        for application in rows:
            candidate = application.candidate
            writer.writerow(
                [
                    _cell(value)
                    for value in (
                        application.pk,
                        application.job.reference if application.job else "",
                        application.job.title if application.job else "(general)",
                        application.get_status_display(),
                        application.created_at.isoformat(),
                        candidate.name,
                        candidate.email,
                        candidate.phone_display(),
                        candidate.city,
                        candidate.state,
                        request.build_absolute_uri(application.resume.get_download_url()),
                        application.source,
                    )
                ]
            )
        return response


def _cell(value):
    """Spreadsheets run cells starting with these as formulas; a leading quote keeps them text."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@admin.register(Resume)
class ResumeAdmin(LoggedAccessAdmin):
    log_kind = "resume"
    list_display = ["original_name", "candidate", "kind", "size", "is_current", "uploaded_at",
                    "extraction_status"]  # fmt: skip
    list_filter = ["kind", "extraction_status", "is_current"]
    search_fields = ["candidate__name", "candidate__email", "original_name", "text"]
    list_select_related = ["candidate"]
    readonly_fields = [
        "candidate", "download", "original_name", "size", "kind", "mime_type", "sha256",
        "is_current", "uploaded_at", "extraction_status", "extraction_error", "text",
    ]  # fmt: skip
    exclude = ["file"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="file")
    def download(self, resume):
        return download_link(resume)

    def get_urls(self):
        return [
            path(
                "<int:pk>/download/",
                self.admin_site.admin_view(self.download_view),
                name="candidates_resume_download",
            ),
            path(
                "<int:pk>/inline/",
                self.admin_site.admin_view(self.inline_view),
                name="candidates_resume_inline",
            ),
            *super().get_urls(),
        ]

    def inline_view(self, request, pk):
        """The PDF for the browser's own viewer, in the application's page."""
        if not may(request, SEES_RESUMES):
            raise PermissionDenied
        resume = get_object_or_404(Resume, pk=pk)
        if resume.kind != "pdf" or resume.mime_type != PDF_TYPE:
            raise Http404("Only PDF resumes are shown in the page; download the others.")
        access_log.record(request, Action.VIEW, self.log_kind, [resume.pk])
        response = FileResponse(
            resume.file.open("rb"),
            as_attachment=False,
            filename=resume.original_name,
            content_type=PDF_TYPE,
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = INLINE_RESUME_CSP
        response["Cross-Origin-Resource-Policy"] = "same-origin"
        response["X-Frame-Options"] = "SAMEORIGIN"
        return response

    def download_view(self, request, pk):
        if not may(request, SEES_RESUMES):
            raise PermissionDenied
        resume = get_object_or_404(Resume, pk=pk)
        access_log.record(request, Action.DOWNLOAD, self.log_kind, [resume.pk])
        response = FileResponse(
            resume.file.open("rb"),
            as_attachment=True,
            filename=resume.original_name,
            content_type=resume.mime_type,
        )
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response


class JobWithCandidatesAdmin(JobAdmin):
    """The job board's page for a job, with the candidates whose current resume matches it best.

    Candidates add themselves to the jobs admin (the job board knows nothing of candidates): this
    replaces jobs' registration, which the admin has loaded first (INSTALLED_APPS order).
    """

    change_form_template = "admin/candidates/job_change_form.html"

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # Candidates are personal data: only staff who may see them get the ranking, and each
        # candidate it shows goes in the access log as listed. The ranking names the words each
        # resume shares with the job: resumes too.
        if obj is not None and obj.pk and may(request, SEES_CANDIDATES, SEES_RESUMES):
            matches = candidates_for_job(obj, limit=CANDIDATES_SHOWN)
            access_log.record(
                request, Action.LIST, CandidateAdmin.log_kind, [m.candidate.pk for m in matches]
            )
            context["best_matches"] = matches
        # The job's applications: a link to their list, and their export for those who may.
        if obj is not None and obj.pk and may(request, SEES_APPLICATIONS):
            context["job_applications"] = {
                "count": obj.applications.count(),
                "url": reverse("admin:candidates_application_changelist")
                + f"?job__id__exact={obj.pk}",
                "export_url": reverse("admin:candidates_application_export_job", args=[obj.pk])
                if may(request, EXPORTS, SEES_APPLICATIONS, SEES_CANDIDATES)
                else "",
            }
        return super().render_change_form(request, context, add, change, form_url, obj)


admin.site.unregister(Job)
admin.site.register(Job, JobWithCandidatesAdmin)
