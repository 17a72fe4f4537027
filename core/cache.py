"""A cache of whole public pages for anonymous visitors, invalidated by content changes.

Every cached page's key includes a "content generation" number kept in the shared cache. Saving
or deleting an article, a job or a category bumps it (once the transaction commits), so the next
request for any page is rendered afresh: a published or closed job shows up or disappears at once.
Changes that happen by the clock alone (a scheduled article's time arriving, a job expiring) show
within PAGE_CACHE_SECONDS, or at the page's own closing time when it has one (a job's
`expires_at`, core.http_cache.tag_response). Signed-in users (staff previews) and anything but a
plain 200 bypass the cache. Tracking parameters (utm_*, source, click ids) are not part of a
page's key: no public page shows them.

The same decorator marks the page public for browsers and shared caches, with its page type
(HTTP_CACHE_PAGES): core.http_cache writes the headers.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse, QueryDict

from .http_cache import PublicMark, mark_public, seconds_left

GENERATION_KEY = "content-generation"
# Response headers a cached page keeps; the rest (CSP, security headers) are added fresh each time.
KEPT_HEADERS = ("Content-Type", "X-Robots-Tag", "Content-Language", "Link")
# Query parameters that say where a visitor came from, never what the page shows: one cached page
# for every campaign (deploy/nginx.conf leaves the same ones out of its keys).
TRACKING_PARAMS = frozenset({"source", "gclid", "fbclid", "msclkid"})


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


def is_tracking_param(name: str) -> bool:
    return name in TRACKING_PARAMS or name.startswith("utm_")


def page_path(request) -> str:
    """The request's path and query string without tracking parameters."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return request.path
    params = QueryDict(query, mutable=True)
    for name in [name for name in params if is_tracking_param(name)]:
        del params[name]
    kept = params.urlencode()
    return f"{request.path}?{kept}" if kept else request.path


def _key(request) -> str:
    raw = f"{request.scheme}://{request.get_host()}{page_path(request)}"
    digest = hashlib.sha256(raw.encode()).hexdigest()[:40]
    return f"page:{content_generation()}:{digest}"


def cache_public_page(view=None, *, page: str = "page"):
    """Serve anonymous GET/HEAD requests from the page cache; render and store on a miss.

    `page` is the page type whose caching headers the response gets (HTTP_CACHE_PAGES):
    `@cache_public_page(page="job")`, or bare `@cache_public_page` for a plain page.
    """
    if view is None:
        return lambda view: cache_public_page(view, page=page)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 60)
        if not seconds or request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return _marked(view(request, *args, **kwargs), page)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            status, headers, content, *meta = cached
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            if meta:
                response.public_cache = PublicMark.from_tuple(meta[0])
            response["X-Page-Cache"] = "hit"
            return _marked(response, page)
        response = _marked(view(request, *args, **kwargs), page)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        mark = response.public_cache
        left = seconds_left(mark.fresh_until)
        if left is not None:
            seconds = min(seconds, left)  # never kept past the page's own end
        # A page that used a CSRF token (it has a form that posts) belongs to one visitor.
        used_csrf = request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        if (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not used_csrf
            and seconds > 0
        ):
            headers = [(h, response[h]) for h in KEPT_HEADERS if h in response]
            entry = (response.status_code, headers, response.content, mark.as_tuple())
            cache.set(key, entry, seconds)
            response["X-Page-Cache"] = "miss"
        return response

    return wrapper


def _marked(response, page: str):
    mark_public(response, page)
    return response
