"""The front-cache run of `make bench`: deploy/nginx.conf in front of gunicorn, on this machine.

Measured in one run, side by side (the machine is shared and noisy: compare within the run):
- nginx's static-file ceiling: a 20 KB file from the static folder (the job page's HTML, sent
  as its .gz beside it, as the cached pages are sent as the gzipped copy nginx stored), served
  as deploy/nginx.conf serves static files (sendfile), and by a second nginx with sendfile off
  for static files too, as the cached pages are sent: the fastest static file nginx serves here;
- front-cached requests/s for the job page, /jobs/ and an article, and the same pages from the
  app alone (gunicorn with its own page cache, no nginx); with each nginx round, the CPU its
  workers spent per request (steadier than requests/s on a shared machine: wrk's share of the
  two cores is left out);
- the hit ratio over a realistic mix: 1,000 distinct search URLs (250 searches, each also with
  campaign and feed tracking parameters), requested with Zipf-distributed popularity;
- `front-cache ratio: 0.NN`, the front-cached job page's requests/s over the static ceiling
  (the shipped static location): the median of ROUNDS ratios, each of a job page round over the
  ceiling's round just before it; the same against the static file without sendfile beside it;
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

from bench.common import child_pids, cpu_seconds, stop_process

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
ROUNDS = 5  # alternations of the ceilings and the job page, for the ratio


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
        stop_process(self.proc)
        self._log.close()
        return False


def _static_file(static_root: Path, sample: bytes) -> None:
    """20 KB of the job page's HTML, with its .gz beside it as collectstatic writes them (nginx's
    gzip_static sends that): the ceiling for a page nginx need not compress."""
    body = (sample * (STATIC_BYTES // max(1, len(sample)) + 1))[:STATIC_BYTES]
    (static_root / STATIC_FILE).write_bytes(body)
    (static_root / f"{STATIC_FILE}.gz").write_bytes(gzip.compress(body, mtime=0))


def _without_static_sendfile(text: str) -> str:
    """deploy/nginx.conf with its static files read and written as the cached pages are (no
    sendfile): the second ceiling, so the ratio is also seen against nginx's fastest static file."""
    alias = "            alias /srv/amtec/staticfiles/;\n"
    assert alias in text, "deploy/nginx.conf no longer has the static alias"
    return text.replace(alias, alias + "            sendfile off;\n", 1)


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
    plain = NginxFrontCache(
        workdir / "nginx-no-sendfile", static_root=static_root, edit=_without_static_sendfile
    )
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

    def load(server, paths) -> dict:
        """One wrk round, with the CPU the server's workers spent per request (nginx's own
        cost: a steadier figure than requests/s on a shared machine, wrk's CPU left out)."""
        workers = child_pids(server.proc.pid)
        before = cpu_seconds(workers)
        result = wrk_round(server.url, paths, **wrk_args)
        spent = cpu_seconds(workers) - before
        result["server_us_per_request"] = round(spent / max(1, result["requests"]) * 1e6, 1)
        return result

    out: dict = {}
    with (
        Gunicorn(workdir / "gunicorn-front.log", workers=2, env=purge_env) as app,
        Worker(workdir / "worker-front.log", purge_env),
    ):
        try:
            nginx.start(f"127.0.0.1:{app.port}")
            plain.start(f"127.0.0.1:{app.port}")
            _static_file(static_root, http_get(app.url, chosen["job"][0])[2])
            static = [f"/static/{STATIC_FILE}"]
            for server in (nginx, plain):
                warm_up(server.url, static)
            for paths in chosen.values():
                warm_up(nginx.url, paths, rounds=3)
            # One round thrown away: the first seconds of load on a machine that was idle run
            # slower than the rest, whatever is measured first.
            wrk_round(nginx.url, static, **{**wrk_args, "duration": 1})
            log("Front cache (deploy/nginx.conf in front of gunicorn):")
            # The ratio's two sides alternate, ROUNDS times: each job page round is compared with
            # the ceiling measured just before it, and the median of those ratios is reported.
            results: dict = {"static_20kb": [], "static_no_sendfile": [], "job_front": []}
            for number in range(1, ROUNDS + 1):
                for key, server, paths in (
                    ("static_20kb", nginx, static),
                    ("static_no_sendfile", plain, static),
                    ("job_front", nginx, chosen["job"]),
                ):
                    result = load(server, paths)
                    results[key].append(result)
                    log(f"  {number}. {key:<18} {result['rps']:>9.1f} req/s "
                        f"{result['server_us_per_request']:>5.1f} us/request")  # fmt: skip
            for name, paths in chosen.items():
                _, headers, _ = http_get(nginx.url, paths[0], {"Accept-Encoding": "gzip"})
                status = results[f"{name}_cache_status"] = headers.get("X-Cache-Status")
                # The job page's front-cached rounds are the alternations above.
                front = None if name == "job" else load(nginx, paths)
                if front:
                    results[f"{name}_front"] = front
                warm_up(app.url, paths)
                alone = results[f"{name}_app"] = wrk_round(app.url, paths, **wrk_args)
                log(f"  {name:<8} ({status}) "
                    + (f"front-cached {front['rps']:>9.1f} req/s, " if front else "")
                    + f"app alone {alone['rps']:>8.1f} req/s")  # fmt: skip
            job_rounds = results.pop("job_front")
            results["job_front"] = {
                "rps": statistics.median(r["rps"] for r in job_rounds),
                "server_us_per_request": statistics.median(
                    r["server_us_per_request"] for r in job_rounds
                ),
                "rps_runs": [r["rps"] for r in job_rounds],
            }
            out["load"] = results
            for key, prefix, ratio in (
                ("static_20kb", "static", "ratio"),
                ("static_no_sendfile", "plain", "ratio_no_sendfile"),
            ):
                runs = results[key]
                out[f"{prefix}_rps_runs"] = [r["rps"] for r in runs]
                out[f"{prefix}_rps"] = statistics.median(r["rps"] for r in runs)
                out[f"{prefix}_us_per_request"] = statistics.median(
                    r["server_us_per_request"] for r in runs
                )
                pairs = [
                    page["rps"] / r["rps"]
                    for page, r in zip(job_rounds, runs, strict=True)
                    if r["rps"]
                ]
                out[f"{ratio}_runs"] = [round(x, 2) for x in pairs]
                out[ratio] = round(statistics.median(pairs), 2) if pairs else None
            mix = zipf_sequence(mix_urls(run.SEARCH_TERMS), MIX_REQUESTS)
            out["mix"] = hit_ratio(nginx.url, mix)
            log(f"  search mix: {out['mix']}")
            out["fill_to_410"] = fill_to_gone(http_get, nginx.url, purge_conf)
            log(f"  job filled -> 410 through nginx: {out['fill_to_410']}")
        finally:
            plain.stop()
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
    for prefix, label in (("static", "nginx static file, 20 KB"), ("plain", "  without sendfile")):
        runs = ", ".join(f"{r:.0f}" for r in front.get(f"{prefix}_rps_runs", []))
        lines.append(
            f"  {label:<30} {front[f'{prefix}_rps']:>9.1f} req/s "
            f"{front[f'{prefix}_us_per_request']:>5.1f} us/request (rounds: {runs})"
        )
    for name in ("job", "jobs", "article"):
        if f"{name}_front" in load:
            page, app_rps = load[f"{name}_front"], load[f"{name}_app"]["rps"]
            lines.append(
                f"  {name:<8} front-cached {page['rps']:>9.1f} req/s "
                f"{page['server_us_per_request']:>5.1f} us/request   app alone "
                f"{app_rps:>8.1f} req/s   x{page['rps'] / app_rps if app_rps else 0:.0f}"
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
    if front.get("ratio_no_sendfile") is not None:
        lines.append(
            f"  the job page against the static file without sendfile: "
            f"{front['ratio_no_sendfile']:.2f} (rounds: {front.get('ratio_no_sendfile_runs')})"
        )
    if front.get("ratio_runs"):
        lines.append(f"  the job page against the static file, rounds: {front['ratio_runs']}")
    if front.get("ratio") is not None:
        lines.append(f"front-cache ratio: {front['ratio']:.2f}")
    return lines
