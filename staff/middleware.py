from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from . import mfa

_TOUCHED = "staff_session_touched"


class StaffSessionMiddleware:
    """A signed-in staff member's session ends after STAFF_SESSION_IDLE without a request (a
    working day), wherever they left a browser open; each request moves the end on (at most
    once a minute, so the session is not written on every click)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            now = int(timezone.now().timestamp())
            if now - request.session.get(_TOUCHED, 0) >= 60:
                request.session[_TOUCHED] = now
                request.session.set_expiry(settings.STAFF_SESSION_IDLE)
        return self.get_response(request)


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
