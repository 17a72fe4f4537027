from django.conf import settings
from django.utils import timezone

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
