"""The front-cache run of `make bench`: deploy/nginx.conf in front of gunicorn, on this machine.

Measured in one run, side by side (the machine is shared and noisy: compare within the run):
- nginx's static-file ceiling: a 20 KB file from the static folder (the job page's HTML, sent
  as its .gz beside it, as the cached pages are sent as the gzipped copy nginx stored);
- front-cached requests/s for the job page, /jobs/ and an article, and the same pages from the
  app alone (gunicorn with its own page cache, no nginx);
- the hit ratio over a realistic mix: 1,000 distinct search URLs (250 searches, each also with
  campaign and feed tracking parameters), requested with Zipf-distributed popularity;
- `front-cache ratio: 0.NN`, the front-cached job page's requests/s over the static ceiling;
- the time from "job filled" (the model method, committed) to the first 410 through nginx: the
  purge task queued on commit, picked up by a real `manage.py worker`, re-fetching through
  nginx's purge listener.

Run alone: `.venv/bin/python bench/run.py --front-cache-only [--quick]`. bench/run.py hands
itself over (`measure(run, ...)`): its gunicorn, wrk and HTTP helpers, without this module
importing it back.
"""

import gzip
import http.client
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]

STATIC_FILE = "bench-20k.html"
STATIC_BYTES = 20 * 1024
HIT_STATUSES = {"HIT", "STALE", "UPDATING", "REVALIDATED"}
TRACKING_VARIANTS = (
    {},
    {"utm_source": "newsletter", "utm_medium": "email", "utm_campaign": "weekly-jobs"},
    {"source": "indeed"},
    {"utm_source": "google", "utm_medium": "cpc", "gclid": "Cj0KCQ"},
)
SEARCHES = 250  # x 4 tracking variants = 1,000 distinct URLs
MIX_REQUESTS = 10_000


def mix_urls(terms: list[str], seed: int = 20) -> list[str]:
    """1,000 distinct search URLs: 250 searches (keywords, places, filters, pages), each as is
    and with three kinds of tracking parameters, in a random order of popularity."""
    rng = random.Random(seed)  # noqa: S311 - a repeatable mix, not a secret
    places = ["", "Dayton, OH", "OH", "Houston, TX", "77002", "Chicago", "CA", "45402"]
    workplaces = [[], ["onsite"], ["remote"], ["hybrid"], ["onsite", "hybrid"]]
    searches, seen = [], set()
    while len(searches) < SEARCHES:
        params = {}
        if rng.random() < 0.8:
            params["q"] = rng.choice(terms)
        if place := rng.choice(places):
            params["location"] = place
        if workplace := rng.choice(workplaces):
            params["workplace"] = workplace
        if rng.random() < 0.15:
            params["page"] = str(rng.randint(2, 4))
        key = urlencode(params, doseq=True)
        if key not in seen:
            seen.add(key)
            searches.append(params)
    urls = [
        "/jobs/?" + urlencode({**search, **tracking}, doseq=True)
        for search in searches
        for tracking in TRACKING_VARIANTS
    ]
    rng.shuffle(urls)
    return urls


def zipf_sequence(urls: list[str], count: int, *, s: float = 1.0, seed: int = 7) -> list[str]:
    weights = [1 / (rank**s) for rank in range(1, len(urls) + 1)]
    return random.Random(seed).choices(  # noqa: S311 - a repeatable mix
        urls, weights=weights, k=count
    )


def hit_ratio(base_url: str, paths: list[str], *, threads: int = 8) -> dict:
    """Requests every path in order (spread over `threads` keep-alive connections) and counts
    nginx's X-Cache-Status."""
    host, port = base_url.removeprefix("http://").split(":")
    counts: dict[str, int] = {}
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def work(part: list[str]):
        conn = http.client.HTTPConnection(host, int(port), timeout=120)
        mine, codes = {}, {}
        for path in part:
            conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
            answer = conn.getresponse()
            answer.read()
            state = answer.headers.get("X-Cache-Status", "NONE")
            mine[state] = mine.get(state, 0) + 1
            codes[answer.status] = codes.get(answer.status, 0) + 1
        conn.close()
        with lock:
            for k, v in mine.items():
                counts[k] = counts.get(k, 0) + v
            for k, v in codes.items():
                statuses[k] = statuses.get(k, 0) + v

    started = time.perf_counter()
    workers = [threading.Thread(target=work, args=(paths[i::threads],)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    hits = sum(v for k, v in counts.items() if k in HIT_STATUSES)
    return {
        "requests": len(paths),
        "distinct_urls": len(set(paths)),
        "hit_ratio": round(hits / len(paths), 4),
        "cache_status": counts,
        "http_status": statuses,
        "seconds": round(time.perf_counter() - started, 1),
    }


def fill_to_gone(http_get, nginx_url: str, purge_conf: dict, *, jobs: int = 3) -> dict:
    """For a few open jobs: warm the page through nginx, mark the job filled in this process
    (committed, so its purge task is queued), then poll nginx until the page answers 410."""
    from django.test.utils import override_settings

    from jobs.models import Job

    times, failures = [], 0
    candidates = list(Job.objects.open().order_by("-pk")[50 : 50 + jobs])
    for job in candidates:
        path = job.get_absolute_url()
        for _ in range(2):
            http_get(nginx_url, path)
        _, headers, _ = http_get(nginx_url, path)
        if headers.get("X-Cache-Status") != "HIT":
            failures += 1
            continue
        with override_settings(CACHE_PURGE=purge_conf):
            started = time.perf_counter()
            job.mark_filled()  # autocommit: the purge task is queued as it returns
        deadline = started + 60
        while time.perf_counter() < deadline:
            status, _, _ = http_get(nginx_url, path)
            if status == 410:
                times.append((time.perf_counter() - started) * 1000)
                break
            time.sleep(0.01)
        else:
            failures += 1
    return {
        "jobs": len(candidates),
        "ms": [round(t) for t in times],
        "median_ms": round(statistics.median(times)) if times else None,
        "failures": failures,
    }


class Worker:
    """`manage.py worker` with the bench's settings and the given environment."""

    def __init__(self, log_path: Path, env: dict):
        self.log_path, self.env = log_path, {**os.environ, **env}
        self.proc = None

    def __enter__(self):
        self._log = open(self.log_path, "ab")  # closed in __exit__
        self.proc = subprocess.Popen(
            [sys.executable, "manage.py", "worker", "--worker-id", "bench-front-cache",
             "--no-startup-delay", "--no-reload", "--interval", "0.05"],
            cwd=ROOT, env=self.env, stdout=self._log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        return self

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self._log.close()
        return False


def _static_file(static_root: Path, sample: bytes) -> None:
    """20 KB of the job page's HTML, with its .gz beside it as collectstatic writes them (nginx's
    gzip_static sends that): the ceiling for a page nginx need not compress."""
    body = (sample * (STATIC_BYTES // max(1, len(sample)) + 1))[:STATIC_BYTES]
    (static_root / STATIC_FILE).write_bytes(body)
    (static_root / f"{STATIC_FILE}.gz").write_bytes(gzip.compress(body, mtime=0))


def measure(
    run, pages: dict[str, list[str]], workdir: Path, *, duration, connections, threads
) -> dict:
    """The front-cache run (see the module docstring); a dict for the report. `run` is the
    bench/run.py module (gunicorn, wrk, HTTP and logging helpers)."""
    Gunicorn, http_get, log = run.Gunicorn, run.http_get, run.log
    warm_up, wrk_round = run.warm_up, run.wrk_round
    from django.conf import settings

    from tests.production.harness import NginxFrontCache, nginx_binary

    if not nginx_binary():
        return {"error": "nginx is not installed (apt-get install -y nginx)"}
    static_root = Path(settings.STATIC_ROOT)
    nginx = NginxFrontCache(workdir / "nginx", static_root=static_root)
    purge_env = {
        "CACHE_PURGE_BACKEND": "nginx",
        "CACHE_PURGE_URL": nginx.purge_url,
        "CACHE_PURGE_HOSTS": "127.0.0.1",
    }
    purge_conf = {
        **settings.CACHE_PURGE,
        "BACKEND": "nginx",
        "URL": nginx.purge_url,
        "HOSTS": ["127.0.0.1"],
    }
    chosen = {name: pages[name] for name in ("job", "jobs", "article") if name in pages}
    wrk_args = {"duration": duration, "connections": connections, "threads": threads,
                "workdir": workdir}  # fmt: skip
    out: dict = {}
    with (
        Gunicorn(workdir / "gunicorn-front.log", workers=2, env=purge_env) as app,
        Worker(workdir / "worker-front.log", purge_env),
    ):
        nginx.start(f"127.0.0.1:{app.port}")
        try:
            _static_file(static_root, http_get(app.url, chosen["job"][0])[2])
            static_path = f"/static/{STATIC_FILE}"
            warm_up(nginx.url, [static_path])
            log("Front cache (deploy/nginx.conf in front of gunicorn):")
            results = {"static_20kb": wrk_round(nginx.url, [static_path], **wrk_args)}
            log(f"  nginx static 20 KB  {results['static_20kb']['rps']:>9.1f} req/s")
            for name, paths in chosen.items():
                warm_up(nginx.url, paths, rounds=3)
                _, headers, _ = http_get(nginx.url, paths[0], {"Accept-Encoding": "gzip"})
                front = wrk_round(nginx.url, paths, **wrk_args)
                front["cache_status"] = headers.get("X-Cache-Status")
                warm_up(app.url, paths)
                alone = wrk_round(app.url, paths, **wrk_args)
                results[f"{name}_front"], results[f"{name}_app"] = front, alone
                log(f"  {name:<8} front-cached {front['rps']:>9.1f} req/s "
                    f"({front['cache_status']}), app alone {alone['rps']:>8.1f} req/s")  # fmt: skip
            # The ceiling once more, after the pages: the machine is shared, so the mean of a
            # run before and one after is what the pages compare with (as run.py's floor).
            results["static_20kb_again"] = wrk_round(nginx.url, [static_path], **wrk_args)
            log(f"  nginx static again  {results['static_20kb_again']['rps']:>9.1f} req/s")
            out["load"] = results
            runs = [results["static_20kb"]["rps"], results["static_20kb_again"]["rps"]]
            ceiling = round(statistics.mean(runs), 1)
            out["static_rps_runs"] = runs
            out["static_rps"] = ceiling
            out["ratio"] = round(results["job_front"]["rps"] / ceiling, 2) if ceiling else None
            mix = zipf_sequence(mix_urls(run.SEARCH_TERMS), MIX_REQUESTS)
            out["mix"] = hit_ratio(nginx.url, mix)
            log(f"  search mix: {out['mix']}")
            out["fill_to_410"] = fill_to_gone(http_get, nginx.url, purge_conf)
            log(f"  job filled -> 410 through nginx: {out['fill_to_410']}")
        finally:
            nginx.stop()
    return out


def format_lines(front: dict) -> list[str]:
    if not front:
        return []
    if "error" in front:
        return ["", f"Front cache: {front['error']}"]
    load = front["load"]
    lines = [
        "",
        "Front cache (deploy/nginx.conf -> gunicorn, wrk as above, Accept-Encoding: gzip):",
    ]
    runs = ", ".join(f"{r:.0f}" for r in front.get("static_rps_runs", []))
    lines.append(
        f"  nginx static file, 20 KB       {front['static_rps']:>9.1f} req/s (runs before and "
        f"after the pages: {runs})"
    )
    for name in ("job", "jobs", "article"):
        if f"{name}_front" in load:
            front_rps, app_rps = load[f"{name}_front"]["rps"], load[f"{name}_app"]["rps"]
            lines.append(
                f"  {name:<8} front-cached {front_rps:>9.1f} req/s   app alone "
                f"{app_rps:>8.1f} req/s   x{front_rps / app_rps if app_rps else 0:.0f}"
            )
    mix = front.get("mix") or {}
    if mix:
        lines.append(
            f"  search mix: {mix['requests']:,} requests over {mix['distinct_urls']:,} distinct "
            f"URLs (Zipf, tracking parameters): hit ratio {mix['hit_ratio']:.1%} "
            f"{mix['cache_status']}"
        )
    gone = front.get("fill_to_410") or {}
    if gone:
        lines.append(
            f"  job filled -> 410 through nginx: median {gone['median_ms']} ms "
            f"(each: {gone['ms']}; failures {gone['failures']})"
        )
    if front.get("ratio") is not None:
        lines.append(f"front-cache ratio: {front['ratio']:.2f}")
    return lines
