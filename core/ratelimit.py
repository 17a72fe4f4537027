"""Fixed-window rate limits kept in the cache, so they hold across processes sharing it."""

import hashlib
import ipaddress
from functools import lru_cache

from django.conf import settings
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
    """The visitor's address: the peer's, or, when the peer is one of our proxies
    (FORWARDED_ALLOW_IPS), the right-most X-Forwarded-For address no proxy of ours added.

    Behind a load balancer every request comes from the balancer; without this, one visitor's
    limit would be everyone's. Addresses further left were written by the client and prove nothing.
    """
    peer = request.META.get("REMOTE_ADDR", "")
    if not _trusted(peer):
        return peer
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in header.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _trusted(hop):
            return hop
    # Every hop is trusted (FORWARDED_ALLOW_IPS=*, or traffic from inside): the first one.
    return hops[0] if hops else peer


def _trusted(address: str) -> bool:
    return _is_trusted(address, tuple(settings.FORWARDED_ALLOW_IPS))


@lru_cache(maxsize=1024)
def _is_trusted(address: str, proxies: tuple[str, ...]) -> bool:
    anyone, networks = _networks(proxies)
    if anyone:
        return True
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


@lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple[bool, tuple]:
    """("*" listed, the listed addresses and networks parsed once; entries that are neither
    are ignored)."""
    networks = []
    for proxy in proxies:
        try:
            networks.append(ipaddress.ip_network(proxy, strict=False))
        except ValueError:
            continue
    return "*" in proxies, tuple(networks)
