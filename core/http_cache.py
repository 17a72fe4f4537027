"""Cache-Control for browsers and shared caches (a CDN, nginx, Varnish), decided in one place.

A view that serves the same page to every anonymous visitor says so with
`core.cache.cache_public_page(page="job")`: it marks its responses with a page type, and may add
cache tags and the moment its content stops being true (`tag_response`). CacheHeadersMiddleware
then writes the headers, after the session, CSRF and authentication middleware have run:

- a signed-in person (staff previewing drafts, any admin link on a page) always gets
  `private, no-store`, whatever the view said: no shared cache ever holds their page;
- a marked page for an anonymous GET gets `public, max-age, s-maxage, stale-while-revalidate,
  stale-if-error` from HTTP_CACHE_PAGES, `Cache-Tag` / `Surrogate-Key` headers, and a narrow
  `Vary` (no `Cookie`: the only cookies that change a page are a signed-in session, answered
  privately above, and messages, which no public page shows). A marked page that set a cookie or
  used a CSRF token is answered privately instead: a cookie must never reach a shared cache;
- a page with a closing time (a job's `expires_at`) is fresh no longer than until then, in
  browsers and shared caches alike, so a job that expires by the clock alone leaves them on time;
- a 404 or 410 nobody marked is public for a minute (`error`), so a purge that re-fetches a
  deleted job's address replaces the page a front cache held;
- anything else that says nothing about caching gets `private, no-store`: form pages, the
  candidate's own pages and whatever is added later are private unless they choose otherwise.

The validator is the ETag that ConditionalGetMiddleware (outside this one) adds to every page
that may be stored, so a conditional GET is answered 304.
"""

import math
import re
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

# Responses a shared cache may keep when the view marked them public.
CACHEABLE_STATUSES = frozenset({200, 203, 300, 301, 308, 404, 410})
PRIVATE = "private, no-store"
SITE_TAG = "site"
TAG_HEADERS = ("Cache-Tag", "Surrogate-Key")
# Public pages are sent gzipped to whoever asks, so that a front cache stores the compressed page
# once and serves it without compressing it again for every visitor (deploy/nginx.conf keys the
# two forms apart). They hold no secret, so compression cannot leak one (BREACH); and the same
# bytes always give the same gzip stream, so every worker's ETag agrees.
GZIP_MIN_BYTES = 1024
_COMMA = re.compile(r"\s*,\s*")


@dataclass
class PublicMark:
    """What a view said about its response: the page type, tags, and when it stops being true."""

    page: str
    tags: set[str] = field(default_factory=set)
    fresh_until: datetime | None = None

    def as_tuple(self) -> tuple:
        return (self.page, sorted(self.tags), self.fresh_until)

    @classmethod
    def from_tuple(cls, raw) -> "PublicMark":
        page, tags, fresh_until = raw
        return cls(page, set(tags), fresh_until)


def mark_public(response, page: str) -> PublicMark:
    """Mark `response` as the same for every anonymous visitor (core.cache.cache_public_page)."""
    mark = getattr(response, "public_cache", None)
    if mark is None:
        mark = response.public_cache = PublicMark(page)
    else:
        mark.page = page
    return mark


def object_tag(instance) -> str:
    """The cache tag of one row's own page: "job-12", "article-5"."""
    return f"{instance._meta.model_name}-{instance.pk}"


def tag_response(response, *tags: str, fresh_until: datetime | None = None):
    """Add cache tags to a response (the purge of any of them removes it), and the moment its
    content stops being true (a job's closing time). For views; returns the response."""
    mark = getattr(response, "public_cache", None)
    if mark is None:
        mark = response.public_cache = PublicMark("")
    mark.tags.update(tags)
    if fresh_until is not None:
        mark.fresh_until = (
            fresh_until if mark.fresh_until is None else min(mark.fresh_until, fresh_until)
        )
    return response


def seconds_left(fresh_until: datetime | None, *, now: datetime | None = None) -> int | None:
    """Whole seconds until `fresh_until` (0 once past), or None when there is no such moment."""
    if fresh_until is None:
        return None
    return max(0, math.floor((fresh_until - (now or timezone.now())).total_seconds()))


def public_cache_control(page: str, *, fresh_until=None, now=None) -> str:
    """The Cache-Control of a public page of type `page` (HTTP_CACHE_PAGES) at `now`."""
    policy = settings.HTTP_CACHE_PAGES.get(page) or settings.HTTP_CACHE_PAGES["page"]
    max_age, s_maxage = policy["max_age"], policy["s_maxage"]
    swr, sie = policy["swr"], policy["sie"]
    left = seconds_left(fresh_until, now=now)
    if left is not None:
        max_age, s_maxage = min(max_age, left), min(s_maxage, left)
        # Stale serving would show the page past its end, while the app is up (revalidating) or
        # down (an error): none after the closing time.
        swr, sie = min(swr, left - s_maxage), min(sie, left - s_maxage)
    return (
        f"public, max-age={max_age}, s-maxage={s_maxage}, stale-while-revalidate={swr}, "
        f"stale-if-error={sie}"
    )


def page_tags(mark: PublicMark) -> list[str]:
    policy = settings.HTTP_CACHE_PAGES.get(mark.page) or {}
    return sorted({SITE_TAG, *policy.get("tags", ()), *mark.tags})


def _signed_in(request) -> bool:
    # No `user` when a middleware answered before authentication (static files, redirects).
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def _narrow_vary(response) -> None:
    if not response.has_header("Vary"):
        return
    kept = [v for v in _COMMA.split(response["Vary"]) if v and v.lower() != "cookie"]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


def _make_private(response) -> None:
    response["Cache-Control"] = PRIVATE
    for header in (*TAG_HEADERS, "Expires"):
        if response.has_header(header):
            del response[header]


def _strict(response) -> bool:
    value = response.get("Cache-Control", "").lower()
    return any(word in value for word in ("private", "no-store", "no-cache"))


def apply_cache_headers(request, response) -> None:
    """The caching headers of `response` to `request` (see the module's docstring)."""
    mark = getattr(response, "public_cache", None)
    if _signed_in(request):
        _make_private(response)
        return
    anonymous_get = request.method in ("GET", "HEAD")
    shares_nothing = not response.cookies and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    if mark is None or not mark.page:
        if (
            response.status_code in (404, 410)
            and anonymous_get
            and shares_nothing
            and not response.has_header("Cache-Control")
        ):
            mark = PublicMark("error")
        elif not response.has_header("Cache-Control"):
            response["Cache-Control"] = PRIVATE
            return
        else:
            return  # the view chose (robots.txt, images, never_cache pages)
    if (
        not anonymous_get
        or not shares_nothing
        or response.status_code not in CACHEABLE_STATUSES
        or _strict(response)
    ):
        _make_private(response)
        return
    response["Cache-Control"] = public_cache_control(mark.page, fresh_until=mark.fresh_until)
    tags = page_tags(mark)
    response["Cache-Tag"] = ",".join(tags)
    response["Surrogate-Key"] = " ".join(tags)
    _narrow_vary(response)
    _gzip(request, response)


def _gzip(request, response) -> None:
    if response.streaming or response.has_header("Content-Encoding"):
        return
    patch_vary_headers(response, ["Accept-Encoding"])
    if "gzip" not in request.META.get("HTTP_ACCEPT_ENCODING", "").lower():
        return
    if len(response.content) < GZIP_MIN_BYTES:
        return
    response.content = compress_string(response.content)
    response["Content-Length"] = str(len(response.content))
    response["Content-Encoding"] = "gzip"


class CacheHeadersMiddleware:
    """Writes Cache-Control (and cache tags) on every response; see apply_cache_headers.

    In MIDDLEWARE after ConditionalGetMiddleware (so a 304 carries these headers and only
    storable pages get an ETag) and before the session, CSRF and authentication middleware (so
    it sees their cookies, their `Vary` and the signed-in user).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        apply_cache_headers(request, response)
        if getattr(request, "signed_in_or_out", False):
            # The browser may hold public pages from before, without what a signed-in person
            # sees (an edit link, a draft); after signing out, nothing private was stored. Let
            # it forget its cached pages of this site (Chromium, Firefox; others ignore it).
            response["Clear-Site-Data"] = '"cache"'
        return response


def note_sign_in_or_out(sender, request=None, **kwargs) -> None:
    """user_logged_in / user_logged_out: CacheHeadersMiddleware clears the browser's cache."""
    if request is not None:
        request.signed_in_or_out = True
