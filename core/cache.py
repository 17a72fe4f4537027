"""A cache of whole public pages for anonymous visitors, invalidated by content changes.

Every cached page's key includes a "content generation" number kept in the shared cache. Saving
or deleting an article, a job or a category bumps it (once the transaction commits), so the next
request for any page is rendered afresh: a published or closed job shows up or disappears at once.
Changes that happen by the clock alone (a scheduled article's time arriving, a job expiring) show
within PAGE_CACHE_SECONDS. Signed-in users (staff previews) and anything but a plain 200 bypass
the cache.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse

GENERATION_KEY = "content-generation"
# Response headers a cached page keeps; the rest (CSP, security headers) are added fresh each time.
KEPT_HEADERS = ("Content-Type", "X-Robots-Tag", "Content-Language", "Link")


def content_generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def bump_content_generation() -> None:
    """Invalidate every cached page: call whenever visible content may have changed."""

    def bump():
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:
            cache.set(GENERATION_KEY, 2, timeout=None)

    transaction.on_commit(bump)


def invalidate_pages_on_change(*models) -> None:
    """Bump the content generation whenever a row of one of `models` is saved or deleted: each
    app names the models whose changes can alter what its public pages show (its AppConfig)."""

    def content_changed(sender, **kwargs):
        bump_content_generation()

    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(content_changed, sender=model, weak=False,
                           dispatch_uid=f"page-cache-{model._meta.label}-{signal}")  # fmt: skip


def _key(request) -> str:
    raw = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode()).hexdigest()[:40]
    return f"page:{content_generation()}:{digest}"


def cache_public_page(view):
    """Serve anonymous GET/HEAD requests from the page cache; render and store on a miss."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 60)
        if not seconds or request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            status, headers, content = cached
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        # A page that used a CSRF token (it has a form that posts) belongs to one visitor.
        used_csrf = request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        if (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not used_csrf
        ):
            headers = [(h, response[h]) for h in KEPT_HEADERS if h in response]
            cache.set(key, (response.status_code, headers, response.content), seconds)
            response["X-Page-Cache"] = "miss"
        return response

    return wrapper
