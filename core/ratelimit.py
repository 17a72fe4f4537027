"""Fixed-window rate limits kept in the cache, so they hold across processes sharing it."""

import hashlib
import ipaddress
import math
import time
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache


def hit(scope: str, key: str, *, limit: int, window: int) -> bool:
    """Count one attempt; True when `key` has gone over `limit` attempts in `window` seconds.

    Keys are hashed: the cache never holds an address or an email in clear.
    """
    cache_key = _cache_key(scope, key)
    if cache.add(cache_key, 0, timeout=window):
        cache.set(f"{cache_key}:ends", time.time() + window, timeout=window)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=window)
        cache.set(f"{cache_key}:ends", time.time() + window, timeout=window)
        count = 1
    return count > limit


def used_up(scope: str, key: str, *, limit: int) -> bool:
    """True when `key` has used all `limit` attempts of the current window, without counting
    one: for limits that count only some outcomes (a submission accepted), checked first."""
    return (cache.get(_cache_key(scope, key)) or 0) >= limit


def retry_after(scope: str, key: str, *, window: int) -> int:
    """Whole seconds until `key`'s current window in `scope` ends (at least 1): for a 429's
    Retry-After. The window's length when it is not known."""
    ends = cache.get(f"{_cache_key(scope, key)}:ends")
    if ends is None:
        return window
    return max(1, min(window, math.ceil(ends - time.time())))


def _cache_key(scope: str, key: str) -> str:
    digest = hashlib.sha256(f"{scope}:{key}".encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


# Mail providers that ignore dots in the local part: j.doe@ and jdoe@ are one mailbox.
_DOTLESS_DOMAINS = {"gmail.com": "gmail.com", "googlemail.com": "gmail.com"}


def mailbox_key(email: str) -> str:
    """The mailbox an address delivers to, for limits: `victim+1@` and `victim+2@` are the same
    person's inbox, and so are `v.ictim@gmail.com` and `victim@googlemail.com`.

    Only for counting: the address is stored and mailed exactly as typed.
    """
    local, _, domain = email.strip().lower().rpartition("@")
    if not local:
        return email.strip().lower()
    local = local.split("+", 1)[0]
    if domain in _DOTLESS_DOMAINS:
        local, domain = local.replace(".", ""), _DOTLESS_DOMAINS[domain]
    return f"{local}@{domain}"


def address_key(address: str) -> str:
    """A client address as limits count it: an IPv6 address by its /64, the block one customer
    is given (a /64 holds 2**64 addresses, one per attempt otherwise); IPv4 as it is."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def client_key(request) -> str:
    """The visitor, for limits: their address (client_address), IPv6 by its /64."""
    return address_key(client_address(request))


def may_email(address: str, *, window: int = 24 * 60 * 60) -> bool:
    """Count one email to `address` sent because someone typed it into a form (a confirmation);
    False when its mailbox has had CONFIRMATION_EMAILS_PER_DAY already.

    Whoever types an address, for whatever search or job, that mailbox gets no more than this a
    day: the site cannot be used to flood a third party's inbox.
    """
    limit = settings.CONFIRMATION_EMAILS_PER_DAY
    return not hit("confirmation-email", mailbox_key(address), limit=limit, window=window)


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
