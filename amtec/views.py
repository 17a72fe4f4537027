import logging
import os
import sys
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage
from django.db import connection
from django.db.utils import InterfaceError, OperationalError
from django.http import (
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
from django.views.static import serve
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from blog.models import Article
from candidates.storage import resume_storage
from core.cache import cache_public_page
from jobs.models import Job

logger = logging.getLogger(__name__)
HOME_ARTICLE_COUNT = 3
HOME_JOB_COUNT = 6


@method_decorator(cache_public_page(page="home"), name="dispatch")
class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            latest_articles=Article.objects.published().for_listing()[:HOME_ARTICLE_COUNT],
            jobs=Job.objects.open()
            .for_listing()
            .order_by("-featured", "-posted_at", "-pk")[:HOME_JOB_COUNT],
            **kwargs,
        )


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Disallow: {HEALTHZ_PATH}",
        "",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


# Where load balancers probe: routed in urls.py, and answered first by HealthCheckMiddleware.
HEALTHZ_PATH = "/healthz"
HEALTH_PROBE_KEY = "healthz:probe"


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache() -> None:
    # A key of its own: probes from every server overlap in a shared cache.
    token = uuid.uuid4().hex
    key = f"{HEALTH_PROBE_KEY}:{token}"
    cache.set(key, token, 30)
    kept = cache.get(key)
    cache.delete(key)
    if kept != token:
        raise RuntimeError("the cache did not keep a value")


def _check_storage() -> None:
    if isinstance(resume_storage, FileSystemStorage):
        # A folder on this machine: it must exist (it is made on first use) and be writable.
        folder = Path(resume_storage.location)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK | os.X_OK):
            raise PermissionError("the resume folder is not writable")
        return
    # An object store: one metadata request (a HEAD); the answer itself does not matter.
    resume_storage.exists("healthz-probe")


HEALTH_CHECKS = {"database": _check_database, "cache": _check_cache, "storage": _check_storage}


@require_safe
@never_cache
def healthz(request):
    """For load balancers: 200 when this server can do its work, else 503. JSON either way."""
    checks = {}
    for name, check in HEALTH_CHECKS.items():
        try:
            check()
            checks[name] = "ok"
        except Exception as exc:
            checks[name] = "unavailable"
            logger.warning("Health check %s failed: %s", name, type(exc).__name__)
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503
    )


# A shared service that cannot be reached (or was lost mid-request): the database, or Redis (the
# cache, with rate limits). Not a bug in a query: those stay 500s.
UNAVAILABLE = (OperationalError, InterfaceError, RedisConnectionError, RedisTimeoutError)


def _service_unreachable(exc: BaseException | None) -> bool:
    while exc is not None:
        if isinstance(exc, UNAVAILABLE):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


@requires_csrf_token
def server_error(request):
    """500 page; a 503 one, with Retry-After, while the database or the cache cannot be reached.

    Rendered without context processors: nothing here may touch the database.
    """
    if _service_unreachable(sys.exception()):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "30"
        return response
    return HttpResponseServerError(loader.get_template("500.html").render())


@require_safe
@cache_control(max_age=60 * 60 * 24 * 30, public=True)
def article_image(request, path):
    """Resized article images. Originals and everything else under MEDIA_ROOT stay unreachable."""
    return serve(request, path, document_root=Path(settings.MEDIA_ROOT) / "blog" / "renditions")


@require_safe
def favicon(request):
    # Browsers ask for /favicon.ico whatever the page says; send them to the real icon.
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
