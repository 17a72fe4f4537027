from pathlib import Path

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView
from django.views.static import serve

from blog.models import Article
from jobs.models import Job

from .cache import cache_public_page

HOME_ARTICLE_COUNT = 3
HOME_JOB_COUNT = 6


@method_decorator(cache_public_page, name="dispatch")
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
        "Disallow: /healthz",
        "",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
@never_cache
def healthz(request):
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:
        checks["database"] = "unavailable"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503
    )


@require_safe
@cache_control(max_age=60 * 60 * 24 * 30, public=True)
def article_image(request, path):
    """Resized article images. Originals and everything else under MEDIA_ROOT stay unreachable."""
    return serve(request, path, document_root=Path(settings.MEDIA_ROOT) / "blog" / "renditions")


@require_safe
def favicon(request):
    # Browsers ask for /favicon.ico whatever the page says; send them to the real icon.
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
