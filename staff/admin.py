from django.contrib import admin

from .models import PersonalDataAccess


@admin.register(PersonalDataAccess)
class PersonalDataAccessAdmin(admin.ModelAdmin):
    """Read-only for everyone: a log nobody can rewrite."""

    list_display = ["at", "username", "action", "kind", "object_id", "request_id"]
    list_filter = ["action", "kind", "at"]
    search_fields = ["=username", "=object_id", "=request_id"]
    date_hierarchy = "at"
    list_select_related = False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
