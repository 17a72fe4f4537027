import logging
import re
import time
import uuid

from django.conf import settings

from .logging import ACCESS_LOGGER, loggable_path, request_id_var

access_log = logging.getLogger(ACCESS_LOGGER)
# What a proxy or load balancer may hand us as the request's id; anything else is replaced.
_SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")


class RequestIdMiddleware:
    """Tag the request (and every record logged while it runs) with an id, return the id in
    `X-Request-ID`, and write one access line when the response is ready.

    First in MIDDLEWARE, so the line covers the whole stack. The line holds the method, the path
    without its query string (search terms, emails), status, time and size; never the client's
    address or user agent. For a streamed response (a file download) the time is the time to
    start it, and the size its Content-Length.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        request_id = request.META.get("HTTP_X_REQUEST_ID", "")
        if not _SAFE_REQUEST_ID.fullmatch(request_id):
            request_id = uuid.uuid4().hex
        request.request_id = request_id
        context = request_id_var.set(request_id)
        response = None
        try:
            response = self.get_response(request)
            response.headers["X-Request-ID"] = request_id
            return response
        finally:
            try:
                if access_log.isEnabledFor(logging.INFO):
                    _log_access(request, response, request_id, started)
            finally:
                request_id_var.reset(context)


def _log_access(request, response, request_id, started):
    duration_ms = round((time.perf_counter() - started) * 1000, 1)
    path = loggable_path(request.path)
    fields = {
        "method": request.method,
        "path": path,
        "status": response.status_code if response is not None else 500,
        "duration_ms": duration_ms,
        "request_id": request_id,
    }
    if response is not None:
        length = response.headers.get("Content-Length")
        if length and length.isdigit():
            fields["bytes"] = int(length)
        elif not response.streaming:
            fields["bytes"] = len(response.content)
    access_log.info(
        "%s %s %s %sms",
        fields["method"],
        path,
        fields["status"],
        duration_ms,
        extra=fields,
    )


class CrossOriginResourcePolicyMiddleware:
    """`Cross-Origin-Resource-Policy` on every response (CROSS_ORIGIN_RESOURCE_POLICY): other
    sites' pages cannot load ours as images, scripts or frames to read them side-channel."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "CROSS_ORIGIN_RESOURCE_POLICY", "same-origin")
        if policy:
            response.headers.setdefault("Cross-Origin-Resource-Policy", policy)
        return response
