from django.contrib import admin

from .models import WorkerHeartbeat


@admin.register(WorkerHeartbeat)
class WorkerHeartbeatAdmin(admin.ModelAdmin):
    """The background workers running now (and recently stopped), for operators: read-only,
    as the workers themselves keep these rows."""

    list_display = ["worker_id", "alive", "last_seen", "started_at", "hostname", "pid"]
    fields = list_display
    readonly_fields = list_display
    search_fields = ["worker_id", "hostname"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(boolean=True, description="running")
    def alive(self, obj):
        return obj.is_alive()
