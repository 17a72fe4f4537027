"""Staff previews of content visitors cannot see yet (draft articles, unposted jobs)."""

from django.utils.cache import add_never_cache_headers


def can_preview(user, permission: str) -> bool:
    return user.is_active and user.is_staff and user.has_perm(permission)


def mark_as_preview(response) -> None:
    """A preview is never cached by anyone and never indexed by search engines."""
    response["X-Robots-Tag"] = "noindex, nofollow"
    add_never_cache_headers(response)
