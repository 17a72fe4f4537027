from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from .mfa_admin import TwoFactorUserAdminMixin
from .models import PersonalDataAccess

User = get_user_model()

# django-otp's own device admins show and edit secrets: whoever could open them could read another
# person's recovery codes or add an authenticator to their account. Devices are set up by their
# owner (staff.views) and reset by a superuser with the action on users.
for model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(model):
        admin.site.unregister(model)


class StaffUserAdmin(TwoFactorUserAdminMixin, UserAdmin):
    pass


admin.site.unregister(User)
admin.site.register(User, StaffUserAdmin)


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
