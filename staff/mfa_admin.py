"""Two-factor sign-in on the users' admin: who has set it up, and a superuser's reset for someone
who lost their phone and their recovery codes."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import Exists, OuterRef
from django.template.response import TemplateResponse
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import mfa


class TwoFactorUserAdminMixin:
    actions = ["reset_two_factor"]

    def get_list_display(self, request):
        return [*super().get_list_display(request), "two_factor"]

    def get_queryset(self, request):
        enrolled = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
        return super().get_queryset(request).annotate(has_two_factor=Exists(enrolled))

    @admin.display(description="two-factor sign-in", boolean=True, ordering="has_two_factor")
    def two_factor(self, user):
        return user.has_two_factor

    def has_reset_two_factor_permission(self, request):
        return request.user.is_superuser

    @admin.action(
        description="Reset two-factor sign-in",
        permissions=["reset_two_factor"],
    )
    def reset_two_factor(self, request, queryset):
        if request.POST.get("post") != "yes":
            return TemplateResponse(
                request,
                "admin/staff/reset_two_factor.html",
                {
                    **self.admin_site.each_context(request),
                    "title": "Reset two-factor sign-in?",
                    "users": queryset,
                    "opts": self.model._meta,
                    "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                },
            )
        users = list(queryset)
        for user in users:
            mfa.reset(user, by=request.user)
        self.message_user(
            request,
            f"Two-factor sign-in reset for {len(users)} user{'s' if len(users) != 1 else ''}: "
            "each sets it up again at their next sign-in.",
            messages.SUCCESS,
        )
        return None
