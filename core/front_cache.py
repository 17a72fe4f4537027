"""Purging the front cache (a CDN, nginx, Varnish) when content changes.

`queue_purge(tags=..., paths=...)` collects what a change affects; once the transaction commits
(never for one that rolls back), one background task per transaction (`purge_front_cache`) asks
the backend chosen in settings (CACHE_PURGE) to drop it:

- ``none``: nothing to purge (no shared cache, or `make run`);
- ``nginx``: deploy/nginx.conf's purge listener. nginx keys pages by URL and knows no tags, so
  each path is fetched again through it (gzipped and plain, the two copies it keeps), bypassing
  the cache: the fresh answer (the job's 410) replaces the stored page at once. Query strings
  it cannot name (every search of /jobs/), the job boards' feeds and the sitemaps age out
  within their s-maxage;
- ``varnish``: `PURGE` with an `xkey-purge` header of tags (vmod xkey, deploy/varnish.vcl), or
  `BAN` with `X-Ban-Tags` (CACHE_PURGE_VARNISH_MODE=ban);
- ``fastly``: its purge API by surrogate key;
- ``cloudflare``: its purge API by cache tag (Enterprise), or by URL (CLOUDFLARE_PURGE_BY=urls).

A purge that fails (the cache unreachable, an error answer) is queued again after a delay
(PURGE_RETRY_DELAYS) and, after the last attempt, fails for staff to see under "Task results".
The pages' short s-maxage is the safety net behind a purge that never got through. Purging is
safe to repeat, so a task run twice does no harm.
"""

import json
import logging
import urllib.error
import urllib.request
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.tasks import task
from django.utils import timezone

logger = logging.getLogger(__name__)

# The wait before each new attempt: 7 attempts over about an hour, then the s-maxage takes over.
PURGE_RETRY_DELAYS = (
    timedelta(seconds=5),
    timedelta(seconds=30),
    timedelta(minutes=2),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(minutes=30),
)
PURGE_ATTEMPTS = len(PURGE_RETRY_DELAYS) + 1
FASTLY_API = "https://api.fastly.com"
CLOUDFLARE_API = "https://api.cloudflare.com/client/v4"


class PurgeFailed(Exception):
    """The front cache did not take a purge."""


# --- backends -----------------------------------------------------------------------------------


def _send(method: str, url: str, *, headers=None, body: bytes | None = None) -> int:
    """One HTTP request; its status, or PurgeFailed for an error answer or no answer."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})  # noqa: S310 - URLs from settings
    timeout = settings.CACHE_PURGE.get("TIMEOUT", 30)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310
            answer.read()
            return answer.status
    except urllib.error.HTTPError as error:
        # nginx's purge listener answers a purged 404 or 410 page as the page: a fine purge.
        if method == "GET" and error.code in (404, 410):
            return error.code
        raise PurgeFailed(f"{method} {_no_query(url)}: HTTP {error.code}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PurgeFailed(f"{method} {_no_query(url)}: {type(reason).__name__}") from None


def _no_query(url: str) -> str:
    return url.split("?", 1)[0]


def purge_nginx(tags: list[str], paths: list[str], conf: dict) -> int:
    """Each path fetched again through the purge listener, for every public host."""
    done = 0
    # Each app server's nginx caches on its own: CACHE_PURGE_URL lists every purge listener.
    listeners = [url.strip().rstrip("/") for url in conf["URL"].split(",") if url.strip()]
    for path in paths:
        for listener, host in ((u, h) for u in listeners for h in conf["HOSTS"]):
            # nginx keeps a gzipped and a plain copy of each page: both are fetched again.
            for encoding in ("gzip", "identity"):
                _send(
                    "GET",
                    listener + path,
                    headers={
                        "Host": host,
                        "X-Forwarded-Proto": conf["SCHEME"],
                        "Accept-Encoding": encoding,
                    },
                )
                done += 1
    return done


def purge_varnish(tags: list[str], paths: list[str], conf: dict) -> int:
    if not tags:
        return 0
    if conf.get("VARNISH_MODE") == "ban":
        _send("BAN", conf["URL"] + "/", headers={"X-Ban-Tags": " ".join(tags)})
    else:
        _send("PURGE", conf["URL"] + "/", headers={"xkey-purge": " ".join(tags)})
    return len(tags)


def purge_fastly(tags: list[str], paths: list[str], conf: dict) -> int:
    if not tags:
        return 0
    _send(
        "POST",
        f"{FASTLY_API}/service/{conf['FASTLY_SERVICE_ID']}/purge",
        headers={"Fastly-Key": conf["FASTLY_API_TOKEN"], "Content-Type": "application/json"},
        body=json.dumps({"surrogate_keys": tags}).encode(),
    )
    return len(tags)


def purge_cloudflare(tags: list[str], paths: list[str], conf: dict) -> int:
    if conf.get("CLOUDFLARE_BY") == "urls":
        items = [f"{conf['SCHEME']}://{host}{path}" for host in conf["HOSTS"] for path in paths]
        payload = {"files": items}
    else:
        items, payload = tags, {"tags": tags}
    if not items:
        return 0
    _send(
        "POST",
        f"{CLOUDFLARE_API}/zones/{conf['CLOUDFLARE_ZONE_ID']}/purge_cache",
        headers={
            "Authorization": f"Bearer {conf['CLOUDFLARE_API_TOKEN']}",
            "Content-Type": "application/json",
        },
        body=json.dumps(payload).encode(),
    )
    return len(items)


BACKENDS = {
    "nginx": purge_nginx,
    "varnish": purge_varnish,
    "fastly": purge_fastly,
    "cloudflare": purge_cloudflare,
}


def enabled() -> bool:
    return settings.CACHE_PURGE["BACKEND"] in BACKENDS


def purge_now(*, tags, paths) -> int:
    """Purge at once, in this process (the task's work); the count of items purged."""
    conf = settings.CACHE_PURGE
    backend = BACKENDS.get(conf["BACKEND"])
    if backend is None:
        return 0
    # The changed rows' own pages first (a filled job's 410 before the listings), in order.
    return backend(sorted(set(tags)), list(dict.fromkeys(paths)), conf)


# --- the task and the queue ---------------------------------------------------------------------


@task
def purge_front_cache(tags: list[str], paths: list[str], attempt: int = 1) -> int:
    """Purge `tags` and `paths` from the front cache; queued again later when it fails."""
    try:
        return purge_now(tags=tags, paths=paths)
    except PurgeFailed as error:
        backend = purge_front_cache.get_backend()
        if attempt >= PURGE_ATTEMPTS or not backend.supports_defer:
            logger.error(
                "Front cache purge of %s tag(s), %s path(s) failed %s time(s), last with %s; "
                "given up (the pages' s-maxage ends them).",
                len(tags),
                len(paths),
                attempt,
                error,
            )
            raise
        run_after = timezone.now() + PURGE_RETRY_DELAYS[attempt - 1]
        purge_front_cache.using(run_after=run_after).enqueue(tags, paths, attempt=attempt + 1)
        logger.warning(
            "Front cache purge failed (attempt %s of %s, %s); trying again after %s.",
            attempt,
            PURGE_ATTEMPTS,
            error,
            run_after.isoformat(timespec="seconds"),
        )
        return 0


def queue_purge(*, tags=(), paths=(), using=None) -> None:
    """Purge `tags` and `paths` once the current transaction commits (at once outside one).

    Every change in one transaction shares one task: an admin action on 50 jobs is one purge.
    """
    if not enabled():
        return
    connection = transaction.get_connection(using)
    pending = getattr(connection, "_front_cache_pending", None)
    if pending is None:
        pending = connection._front_cache_pending = (set(), {})
    pending[0].update(tags)
    for path in paths:  # a dict keeps the order: each change's own page first
        pending[1][path] = None

    def flush():
        # The first callback of the transaction sends everything; the others find nothing left.
        # (After a rollback, what it had added is purged with the next commit: harmless.)
        queued_tags, queued_paths = pending
        if not queued_tags and not queued_paths:
            return
        tags_now, paths_now = sorted(queued_tags), list(queued_paths)
        queued_tags.clear()
        queued_paths.clear()
        purge_front_cache.enqueue(tags_now, paths_now)

    transaction.on_commit(flush, using=using)
