from django.contrib import admin, messages
from django.db.models import Count
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import ngettext

from staff.access_log import LoggedAccessAdmin

from . import digests
from .models import JobAlert, SentJob


class StatusFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [
            ("active", "Active"),
            ("paused", "Paused"),
            ("unconfirmed", "Waiting for confirmation"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "active":
            return queryset.active()
        if self.value() == "paused":
            return queryset.confirmed().filter(paused=True)
        if self.value() == "unconfirmed":
            return queryset.filter(confirmed_at__isnull=True)
        return queryset


class SentJobInline(admin.TabularInline):
    model = SentJob
    extra = 0
    can_delete = False
    fields = ["job", "sent_at"]
    readonly_fields = fields
    ordering = ["-sent_at", "-pk"]

    # The history is part of the alert: whoever may see the alert sees it, nobody edits it.
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("alerts.view_jobalert") or request.user.has_perm(
            "alerts.change_jobalert"
        )

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("job")


@admin.register(JobAlert)
class JobAlertAdmin(LoggedAccessAdmin):
    # An alert is its owner's email address and what they look for: personal data.
    log_kind = "job alert"
    list_display = [
        "email",
        "description",
        "frequency",
        "confirmed",
        "paused",
        "last_sent_at",
        "jobs_sent",
    ]
    list_filter = [StatusFilter, "frequency", "created_at", "last_sent_at"]
    search_fields = ["email", "description"]
    date_hierarchy = "created_at"
    fields = [
        "email",
        "description",
        "search_link",
        "frequency",
        "status",
        "created_at",
        "confirmed_at",
        "last_sent_at",
    ]
    # The owner decides what their alert does, through the links in their emails; staff can
    # pause an alert (a complaint, a bouncing address), send one now, or delete it.
    readonly_fields = fields
    inlines = [SentJobInline]
    actions = ["pause", "send_digest_now"]

    def has_add_permission(self, request):
        return False  # alerts come from the site, confirmed by their owner

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(jobs_sent_count=Count("sent_jobs"))

    @admin.display(boolean=True, ordering="confirmed_at")
    def confirmed(self, alert):
        return alert.is_confirmed

    @admin.display(description="jobs sent", ordering="jobs_sent_count")
    def jobs_sent(self, alert):
        return alert.jobs_sent_count

    @admin.display(description="status")
    def status(self, alert):
        return alert.status_display

    @admin.display(description="search")
    def search_link(self, alert):
        return format_html(
            '<a href="{}">See the jobs this search finds today</a>', alert.search_path
        )

    @admin.action(
        description="Pause the selected alerts (no emails until the owner resumes)",
        permissions=["change"],
    )
    def pause(self, request, queryset):
        alerts = [alert for alert in queryset if not alert.paused]
        for alert in alerts:
            alert.pause()
        self.message_user(
            request,
            ngettext("%d alert paused.", "%d alerts paused.", len(alerts)) % len(alerts),
            messages.SUCCESS,
        )

    @admin.action(description="Send the selected alerts their new jobs now", permissions=["change"])
    def send_digest_now(self, request, queryset):
        now = timezone.now()
        sent = jobs = 0
        for alert in queryset:
            count = digests.send_digest(alert, now=now)
            sent += bool(count)
            jobs += count
        skipped = len(queryset) - sent
        message = ngettext(
            "%(sent)d digest sent with %(jobs)d job(s).",
            "%(sent)d digests sent with %(jobs)d job(s).",
            sent,
        ) % {"sent": sent, "jobs": jobs}
        if skipped:
            message += f" {skipped} not sent: nothing new, not confirmed by their owner, or paused."
        self.message_user(request, message, messages.SUCCESS if sent else messages.WARNING)
