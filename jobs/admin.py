from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.translation import ngettext

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

    class Meta:
        model = Job
        fields = ["remote_states"]  # the admin's fieldsets add the rest


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
        return initial

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
