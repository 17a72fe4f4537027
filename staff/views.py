"""The pages of two-factor sign-in, under /admin/two-factor/ (staff/urls.py): set up an
authenticator, enter a code after the password, and, once signed in, see and renew the recovery
codes. The password step stays the admin's own login page."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import mfa
from .forms import CodeForm, RecoveryCodeForm

# New recovery codes wait here between the POST that makes them and the page that shows them once.
NEW_CODES_SESSION_KEY = "staff_mfa_new_recovery_codes"


def next_url(request) -> str:
    """Where to go once the second step is done: the page asked for, if it is on this site."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("admin:index")


def with_next(url_name: str, next_to: str) -> str:
    url = reverse(url_name)
    return f"{url}?{urlencode({'next': next_to})}" if next_to != reverse("admin:index") else url


@method_decorator([never_cache, sensitive_post_parameters()], name="dispatch")
class SecondStepView(View):
    """A page for a staff user who signed in with their password. Nothing here is cached: the
    pages carry secrets and recovery codes."""

    template_name = ""

    def dispatch(self, request, *args, **kwargs):
        if not mfa.applies_to(request.user):
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        return super().dispatch(request, *args, **kwargs)

    def render(self, context):
        site = admin.site
        context = {
            # The admin's look, without its menus: they lead nowhere before the second step.
            "site_header": site.site_header,
            "site_title": site.site_title,
            "site_url": site.site_url,
            "has_permission": False,
            "is_nav_sidebar_enabled": False,
            "next": next_url(self.request),
            # The name the authenticator app lists the account under.
            "issuer": settings.OTP_TOTP_ISSUER,
            **context,
        }
        return TemplateResponse(self.request, self.template_name, context)


class VerifyView(SecondStepView):
    """After the password: a code from the authenticator app, or a recovery code."""

    template_name = "staff/mfa_verify.html"

    def dispatch(self, request, *args, **kwargs):
        if mfa.applies_to(request.user):
            if mfa.is_verified(request.user):
                return redirect(next_url(request))
            if not mfa.is_enrolled(request.user):
                return redirect(with_next("staff:mfa-enrol", next_url(request)))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.page(CodeForm(), RecoveryCodeForm())

    def post(self, request):
        if "recovery_code" in request.POST:
            form = RecoveryCodeForm(request.POST)
            if form.is_valid():
                try:
                    mfa.verify_recovery_code(request, form.cleaned_data["recovery_code"])
                except mfa.Refused as refused:
                    form.add_error("recovery_code", str(refused))
                else:
                    left = mfa.recovery_codes_left(request.user)
                    messages.warning(
                        request,
                        f"You signed in with a recovery code; {left} of them "
                        f"{'is' if left == 1 else 'are'} left. Lost your phone? Set up the new "
                        "one under Two-factor sign-in (top right).",
                    )
                    return redirect(next_url(request))
            return self.page(CodeForm(), form)
        form = CodeForm(request.POST)
        if form.is_valid():
            try:
                mfa.verify_code(request, form.cleaned_data["code"])
            except mfa.Refused as refused:
                form.add_error("code", str(refused))
            else:
                return redirect(next_url(request))
        return self.page(form, RecoveryCodeForm())

    def page(self, form, recovery_form):
        if not recovery_form.is_bound:
            form.fields["code"].widget.attrs["autofocus"] = True
        return self.render(
            {"title": "Enter your code", "form": form, "recovery_form": recovery_form}
        )


class EnrolView(SecondStepView):
    """First sign-in: scan a QR code (or type the secret) into an authenticator app, then prove it
    works with a code. Only for staff with no authenticator yet: one set up is replaced only by a
    superuser's reset, or by its owner after signing in with it."""

    template_name = "staff/mfa_enrol.html"

    def dispatch(self, request, *args, **kwargs):
        if mfa.applies_to(request.user) and mfa.is_enrolled(request.user):
            return redirect(with_next("staff:mfa-verify", next_url(request)))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.page(CodeForm())

    def post(self, request):
        form = CodeForm(request.POST)
        if form.is_valid():
            try:
                codes = mfa.confirm_enrolment(request, form.cleaned_data["code"])
            except mfa.Refused as refused:
                form.add_error("code", str(refused))
            else:
                request.session[NEW_CODES_SESSION_KEY] = codes
                messages.success(request, "Two-factor sign-in is set up.")
                return redirect(with_next("staff:mfa-manage", next_url(request)))
        return self.page(form)

    def page(self, form):
        device = mfa.pending_device(self.request.user)
        return self.render(
            {
                "title": "Set up two-factor sign-in",
                "form": form,
                "qr_code": mfa.qr_code_svg(device),
                "secret": mfa.secret_for_display(device),
            }
        )


class VerifiedView(SecondStepView):
    """A page for a staff user who passed the second step (even where it is not required)."""

    def dispatch(self, request, *args, **kwargs):
        if mfa.applies_to(request.user) and not mfa.is_verified(request.user):
            return redirect(with_next("staff:mfa-verify", request.get_full_path()))
        return super().dispatch(request, *args, **kwargs)


class ManageView(VerifiedView):
    """Two-factor sign-in for the signed-in user: new recovery codes (shown here once), how many
    are left, and a new phone."""

    template_name = "staff/mfa_manage.html"

    def get(self, request):
        device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
        context = {
            **admin.site.each_context(request),
            "title": "Two-factor sign-in",
            "device": device,
            "new_codes": request.session.pop(NEW_CODES_SESSION_KEY, None),
            "codes_left": mfa.recovery_codes_left(request.user),
            "next": next_url(request),
        }
        return TemplateResponse(request, self.template_name, context)


class RecoveryCodesView(VerifiedView):
    """Make new recovery codes (the old ones stop working)."""

    http_method_names = ["post"]

    def post(self, request):
        request.session[NEW_CODES_SESSION_KEY] = mfa.make_recovery_codes(request.user)
        messages.success(request, "New recovery codes made. The old ones no longer work.")
        return redirect("staff:mfa-manage")


class NewPhoneView(VerifiedView):
    """Replace the authenticator (a new phone): the old one and the recovery codes are forgotten,
    and set-up starts again."""

    http_method_names = ["post"]

    def post(self, request):
        mfa.reset(request.user, by=request.user)
        return redirect("staff:mfa-enrol")
