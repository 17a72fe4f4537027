from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse

from . import mfa


class MFARequiredMiddleware:
    """Every /admin/ page (the resume downloads too) waits for the second step: a staff user who
    signed in with only their password is sent to enter a code, or to set up an authenticator if
    they have none. Open to them meanwhile: the admin's login and logout, and those two pages.

    After django-otp's OTPMiddleware, which tells whether the session passed the second step.
    Only admin addresses look at the user, so public pages cost nothing more.
    """

    OPEN_URL_NAMES = ("admin:login", "admin:logout", "staff:mfa-verify", "staff:mfa-enrol")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            under_admin = request.path.startswith(reverse("admin:index"))
        except NoReverseMatch:  # a URLconf without the admin (request.urlconf, a test's own)
            under_admin = False
        if (
            under_admin
            and request.path not in {reverse(name) for name in self.OPEN_URL_NAMES}
            and mfa.must_verify(request.user)
        ):
            step = "staff:mfa-verify" if mfa.is_enrolled(request.user) else "staff:mfa-enrol"
            # A form posted before the second step is not replayed after it: back to its page.
            back_to = request.get_full_path() if request.method == "GET" else request.path
            return redirect(f"{reverse(step)}?{urlencode({'next': back_to})}")
        return self.get_response(request)
