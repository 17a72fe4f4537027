"""Record who opened which record of personal data (staff.models.PersonalDataAccess).

Apps holding personal data give their admin `LoggedAccessAdmin` and call `record()` from their
other views, downloads and exports: the staff app knows nothing of what the records are.
"""

from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.db.models import Value
from django.db.models.functions import Concat
from django.utils import timezone

from .models import PersonalDataAccess

Action = PersonalDataAccess.Action


def record(request, action: str, kind: str, ids: Iterable[int], *, by: str = "") -> int:
    """One row per record; `request` is the staff member's (None for the site's housekeeping).

    `by` names who acted when it was not staff, e.g. a candidate deleting their own data.
    """
    user = getattr(request, "user", None)
    user = user if user is not None and user.is_authenticated else None
    rows = [
        PersonalDataAccess(
            user=user,
            username=user.get_username() if user else by,
            action=Action(action),
            kind=kind,
            object_id=pk,
            request_id=getattr(request, "request_id", ""),
        )
        for pk in ids
    ]
    PersonalDataAccess.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def prune(*, now=None) -> int:
    """Delete rows older than PERSONAL_DATA_ACCESS_LOG_DAYS; returns how many went."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.PERSONAL_DATA_ACCESS_LOG_DAYS)
    deleted, _ = PersonalDataAccess.objects.filter(at__lt=cutoff).delete()
    return deleted


def history_repr(kind: str):
    """How the admin's history (LogEntry.object_repr) names a record of personal data: its kind
    and id, "candidate #12" (an expression over LogEntry's own object_id)."""
    return Concat(Value(f"{kind} #"), "object_id")


def forget_admin_history_reprs(apps, kinds: dict[str, str]) -> int:
    """For a data migration: the admin history (LogEntry) written before LoggedAccessAdmin names
    its records by kind and id, as it does now. `kinds` maps "app_label.model" to the kind."""
    entries = apps.get_model("admin", "LogEntry").objects
    types = apps.get_model("contenttypes", "ContentType").objects
    changed = 0
    for label, kind in kinds.items():
        app_label, model = label.split(".")
        content_type = types.filter(app_label=app_label, model=model).first()
        if content_type is not None:
            changed += entries.filter(content_type=content_type).update(
                object_repr=history_repr(kind)
            )
    return changed


class LoggedAccessAdmin(admin.ModelAdmin):
    """The admin of a model holding personal data: each record a staff member opens, sees in a
    change list or on an action's confirmation page, reads the history of, is asked to confirm
    the deletion of, or deletes goes in the access log, as `log_kind`.

    The admin's own history (django.contrib.admin's LogEntry, shown under "Recent actions" and
    on each record's history page, and kept after the record is gone) names the record by kind
    and id, "candidate #12", never by what `str()` makes of it (a name and an email address).
    """

    log_kind = ""

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        context = getattr(response, "context_data", None) or {}
        if response.status_code == 200 and request.method == "GET" and "cl" in context:
            record(request, Action.LIST, self.log_kind, [o.pk for o in context["cl"].result_list])
        elif response.status_code == 200 and request.method == "POST" and "queryset" in context:
            # An action's page before it acts (delete_selected's "Are you sure?") lists them.
            record(request, Action.LIST, self.log_kind, [o.pk for o in context["queryset"]])
        return response

    def delete_view(self, request, object_id, extra_context=None):
        # The page before a deletion shows the record and what goes with it.
        response = super().delete_view(request, object_id, extra_context)
        self._record_view(request, object_id, response)
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        self._record_view(request, object_id, response)
        return response

    def history_view(self, request, object_id, extra_context=None):
        response = super().history_view(request, object_id, extra_context)
        self._record_view(request, object_id, response)
        return response

    def _record_view(self, request, object_id, response) -> None:
        if request.method == "GET" and response.status_code == 200 and object_id.isdecimal():
            record(request, Action.VIEW, self.log_kind, [int(object_id)])

    def delete_model(self, request, obj):
        record(request, Action.DELETE, self.log_kind, [obj.pk])
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        record(request, Action.DELETE, self.log_kind, queryset.values_list("pk", flat=True))
        super().delete_queryset(request, queryset)

    def log_addition(self, request, obj, message):
        return self._without_personal_repr(super().log_addition(request, obj, message))

    def log_change(self, request, obj, message):
        return self._without_personal_repr(super().log_change(request, obj, message))

    def log_deletions(self, request, queryset):
        return self._without_personal_repr(super().log_deletions(request, queryset))

    def _without_personal_repr(self, entries):
        listed = entries if isinstance(entries, list) else [entries]
        rows = LogEntry.objects.filter(pk__in=[entry.pk for entry in listed])
        rows.update(object_repr=history_repr(self.log_kind))
        reprs = dict(rows.values_list("pk", "object_repr"))
        for entry in listed:
            entry.object_repr = reprs[entry.pk]
        return entries
