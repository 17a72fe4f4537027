"""Fixed-window rate limits kept in the cache, so they hold across processes sharing it."""

import hashlib

from django.core.cache import cache


def hit(scope: str, key: str, *, limit: int, window: int) -> bool:
    """Count one attempt; True when `key` has gone over `limit` attempts in `window` seconds.

    Keys are hashed: the cache never holds an address or an email in clear.
    """
    digest = hashlib.sha256(f"{scope}:{key}".encode()).hexdigest()[:32]
    cache_key = f"ratelimit:{scope}:{digest}"
    cache.add(cache_key, 0, timeout=window)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window)
        count = 1
    return count > limit


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "")
