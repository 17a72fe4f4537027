from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import ngettext

from core.markdown import render_markdown

from . import pay_transparency, syndication
from .models import Category, InvalidStatusChange, Job, PayRuleNotMet
from .states import US_STATES


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "job_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(job_count=Count("jobs"))

    @admin.display(description="jobs", ordering="job_count")
    def job_count(self, obj):
        return obj.job_count


class VisibilityFilter(admin.SimpleListFilter):
    title = "on the site"
    parameter_name = "visible"

    def lookups(self, request, model_admin):
        return [
            ("yes", "Visible to job seekers"),
            ("scheduled", "Open, posting later"),
            ("expired", "Open but expired"),
        ]

    def queryset(self, request, queryset):
        rules = {"yes": queryset.open, "scheduled": queryset.scheduled, "expired": queryset.expired}
        return rules[self.value()]() if self.value() in rules else queryset


class PayRuleFilter(admin.SimpleListFilter):
    """Open jobs a pay-transparency law now covers and they do not meet: after a new law takes
    effect, say. They stay open (nothing is closed silently) until staff fix or close them."""

    title = "pay laws"
    parameter_name = "pay_rules"

    def lookups(self, request, model_admin):
        return [("unmet", "Pay rule not met")]

    def queryset(self, request, queryset):
        if self.value() != "unmet":
            return queryset
        # Only jobs missing something a law can ask for are read and checked one by one.
        lacking = Q(pay_min__isnull=True) | Q(pay_max__isnull=True) | Q(benefits="")
        now = timezone.now()
        suspects = queryset.filter(lacking, status=Job.Status.OPEN).exclude(
            pk__in=Job.objects.expired(now=now).values("pk")
        )
        unmet = [job.pk for job in suspects if job.pay_rule_problems(now=now)]
        return queryset.filter(pk__in=unmet)


class JobForm(forms.ModelForm):
    remote_states = forms.MultipleChoiceField(
        label="Remote: open to residents of",
        choices=US_STATES,
        required=False,
        widget=FilteredSelectMultiple("states", is_stacked=False),
        help_text=Job._meta.get_field("remote_states").help_text,
    )

    # Which submit button was pressed: "publish" (Save and publish) or "preview"; set by
    # JobAdmin.get_form for the request.
    intent = ""

    class Meta:
        model = Job
        fields = ["remote_states"]  # the admin's fieldsets add the rest

    def _post_clean(self):
        status = self.instance.status
        if self.intent == "publish" and status != Job.Status.OPEN:
            # Validate as the job will be once open: the pay laws' refusals land on their fields.
            self.instance.status = Job.Status.OPEN
        try:
            super()._post_clean()
        finally:
            self.instance.status = status
        if self.intent == "publish" and Job.Status.OPEN not in Job.TRANSITIONS[status]:
            self.add_error(None, f"A job that is {self.instance.get_status_display().lower()} "
                           "cannot be published.")  # fmt: skip

    def is_valid(self):
        valid = super().is_valid()  # validates, so a preview shows any errors too
        return valid and self.intent != "preview"


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    form = JobForm
    list_display = [
        "title", "reference", "status", "on_site", "category", "location", "workplace",
        "posted_at", "expires_at", "recruiter", "featured",
    ]  # fmt: skip
    list_filter = [
        "status", VisibilityFilter, PayRuleFilter, "category", "workplace", "employment_type",
        "featured", "confidential", "recruiter",
    ]  # fmt: skip
    list_select_related = ["category", "recruiter"]
    search_fields = ["title", "reference", "city", "state", "postal_code", "client_name"]
    date_hierarchy = "posted_at"
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["reference", "status", "pay_laws", "created_at", "updated_at"]
    actions = ["open_jobs", "mark_filled", "close_jobs", "extend_30_days", "duplicate_as_draft"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "reference", "status", "category", "recruiter"]}),
        (
            "Where and how",
            {
                "fields": [
                    "employment_type",
                    "workplace",
                    "city",
                    "state",
                    "postal_code",
                    "remote_states",
                ]
            },
        ),
        (
            "Terms",
            {
                "fields": [
                    ("pay_w2", "pay_1099", "pay_c2c"),
                    ("hours", "hours_per_week"),
                    ("shift", "shift_hours"),
                    ("start_date", "starts_immediately"),
                    ("duration", "duration_unit"),
                    "converts_after_months",
                    "openings",
                ],
                "description": "What temp and contract workers choose by: how they are paid, "
                "the hours and shift, when it starts and how long it lasts.",
            },
        ),
        ("Pay", {"fields": ["pay_min", "pay_max", "pay_period", "benefits", "pay_laws"]}),
        ("The job", {"fields": ["summary", "description", "requirements"]}),
        ("Client", {"fields": ["client_name", "confidential"]}),
        ("Publishing", {"fields": ["posted_at", "expires_at", "featured"]}),
        ("Details", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def changelist_view(self, request, extra_context=None):
        # The feeds the job boards read, for staff to hand to Indeed, LinkedIn and the rest.
        count, _ = syndication.version()
        feeds = [
            {
                "name": board.name,
                "url": settings.SITE_URL + reverse("jobs:syndication-feed", args=[board.slug]),
                "count": count,
            }
            for board in syndication.BOARDS
        ]
        return super().changelist_view(request, {**(extra_context or {}), "job_feeds": feeds})

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("recruiter", request.user.pk)
        # What the model would do on save, shown: a job posted now closes DEFAULT_POSTING_DAYS on.
        now = timezone.localtime().replace(second=0, microsecond=0)
        initial.setdefault("posted_at", now)
        initial.setdefault("expires_at", now + timedelta(days=Job.DEFAULT_POSTING_DAYS))
        return initial

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        intent = ""
        if request.method == "POST":
            intent = "publish" if "_publish" in request.POST else ""
            intent = "preview" if "_preview" in request.POST else intent
        return type(form.__name__, (form,), {"intent": intent})

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context["adminform"].form
        status = obj.status if obj else Job.Status.DRAFT
        context["can_publish"] = self.has_change_permission(request, obj) and (
            Job.Status.OPEN in Job.TRANSITIONS[status]
        )
        if form.intent == "preview":
            context["preview"] = {
                "description": render_markdown(form.data.get("description", "")),
                "requirements": render_markdown(form.data.get("requirements", "")),
            }
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if form.intent == "publish":
            try:
                obj.open_posting()
            except (InvalidStatusChange, PayRuleNotMet) as error:  # changed since validation
                self.message_user(request, f"Saved, not published — {error}", messages.WARNING)

    def response_add(self, request, obj, post_url_continue=None):
        self._say_published(request, obj)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        self._say_published(request, obj)
        return super().response_change(request, obj)

    def _say_published(self, request, job):
        if "_publish" not in request.POST or job.status != Job.Status.OPEN:
            return
        if job.is_scheduled():
            posted = timezone.localtime(job.posted_at)
            when = f"it appears on the site on {posted:%B %-d, %Y at %H:%M}"
        else:
            when = "it is on the site now"
        closes = timezone.localtime(job.expires_at)
        self.message_user(
            request,
            format_html(
                "Published {} ({}): {}, until {}. <a href=\"{}\">View it on the site</a>.",
                job.title, job.reference, when, f"{closes:%B %-d, %Y}", job.get_absolute_url(),
            ),
            messages.SUCCESS,
        )  # fmt: skip

    @admin.display(description="pay laws that apply")
    def pay_laws(self, job):
        if not job.pk:
            return "Saved jobs list the pay-transparency laws that cover them here."
        on = pay_transparency.posting_day(job)
        rules = pay_transparency.rules_for(job, on)
        if not rules:
            return "None: no pay-transparency law covers this job's location."
        return format_html_join(
            "", "<div>{}: {}</div>", ((rule.jurisdiction, _asks(rule)) for rule in rules)
        )

    @admin.display(description="location", ordering="city")
    def location(self, job):
        return job.location

    @admin.display(description="visible", boolean=True)
    def on_site(self, job):
        return job.is_open()

    def _change_status(self, request, queryset, method, done):
        changed, refused = 0, []
        for job in queryset:
            try:
                getattr(job, method)()
                changed += 1
            except (InvalidStatusChange, PayRuleNotMet) as error:
                refused.append(f"{job.reference}: {error}")
        if changed:
            self.message_user(
                request,
                ngettext("%(n)d job %(done)s.", "%(n)d jobs %(done)s.", changed)
                % {"n": changed, "done": done},
                messages.SUCCESS,
            )
        if refused:
            self.message_user(request, "Not changed — " + "; ".join(refused), messages.WARNING)

    @admin.action(description="Open selected jobs to candidates", permissions=["change"])
    def open_jobs(self, request, queryset):
        self._change_status(request, queryset, "open_posting", "opened")

    @admin.action(description="Mark selected jobs filled", permissions=["change"])
    def mark_filled(self, request, queryset):
        self._change_status(request, queryset, "mark_filled", "marked filled")

    @admin.action(description="Close selected jobs", permissions=["change"])
    def close_jobs(self, request, queryset):
        self._change_status(request, queryset, "close", "closed")

    @admin.action(description="Extend closing date by 30 days", permissions=["change"])
    def extend_30_days(self, request, queryset):
        jobs = list(queryset)
        for job in jobs:
            job.extend(days=30)
        self.message_user(
            request,
            ngettext("%d job extended by 30 days.", "%d jobs extended by 30 days.", len(jobs))
            % len(jobs),
            messages.SUCCESS,
        )

    @admin.action(description="Duplicate selected jobs as drafts", permissions=["add"])
    def duplicate_as_draft(self, request, queryset):
        copies = [job.duplicate_as_draft() for job in queryset]
        self.message_user(
            request,
            ngettext("%d draft copy created.", "%d draft copies created.", len(copies))
            % len(copies),
            messages.SUCCESS,
        )


def _asks(rule) -> str:
    asks = ["a pay range"] + (["a description of benefits"] if rule.benefits else [])
    return f"{rule.law} asks for {' and '.join(asks)}"
