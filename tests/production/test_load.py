"""Sustained load on two app servers (production settings, PostgreSQL + Redis + S3): the
benchmark's mixed page workload through wrk, 32 connections for LOAD_TEST_SECONDS (default 60),
while candidates send resumes through both servers. No 5xx, and every accepted resume is kept."""

import json
import os
import secrets
import shutil
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest

from bench.run import FILTER_QUERIES, SEARCH_TERMS

from .harness import Visitor, article_paths, job_paths, pdf_fixtures, unavailable

pytestmark = pytest.mark.production

SECONDS = int(os.environ.get("LOAD_TEST_SECONDS", "60"))
CONNECTIONS_PER_SERVER = 16
SUBMITTERS = 3

# Every thread counts responses by class in its own Lua state; done() adds them up.
WRK_SCRIPT = """
wrk.headers["Accept-Encoding"] = "gzip"
local paths = {%(paths)s}
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  s2, s3, s4, s5 = 0, 0, 0, 0
  n = id * 7
  prepared = {}
  for i, path in ipairs(paths) do prepared[i] = wrk.format("GET", path) end
end

function request()
  n = n + 1
  return prepared[(n - 1) %% #prepared + 1]
end

function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
end

function done(summary, latency, requests)
  local c = {s2 = 0, s3 = 0, s4 = 0, s5 = 0}
  for _, thread in ipairs(threads) do
    for key, _ in pairs(c) do c[key] = c[key] + thread:get(key) end
  end
  local e = summary.errors
  io.write(string.format(
    'LOAD_RESULT {"requests": %%.0f, "duration_us": %%.0f, "status_2xx": %%.0f, ' ..
    '"status_3xx": %%.0f, "status_4xx": %%.0f, "status_5xx": %%.0f, "connect_errors": %%.0f, ' ..
    '"read_errors": %%.0f, "write_errors": %%.0f, "timeouts": %%.0f, "p50_ms": %%.2f, ' ..
    '"p99_ms": %%.2f, "max_ms": %%.2f}\\n',
    summary.requests, summary.duration, c.s2, c.s3, c.s4, c.s5, e.connect, e.read, e.write,
    e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def mixed_paths(visitor: Visitor) -> list[str]:
    """The benchmark's pages, one each, all answering 200 (a closed job's 410 would muddle the
    count of errors): home, the job list, 20 searches, 5 filtered searches, a job, an article,
    the blog, both feeds and the sitemap."""
    job = job_paths(visitor.get("/jobs/").text)[-1]
    article = article_paths(visitor.get("/blog/").text)[-1]
    searches = ["/jobs/?" + urlencode({"q": term}) for term in SEARCH_TERMS]
    filtered = ["/jobs/?" + urlencode(params, doseq=True) for params in FILTER_QUERIES]
    return [
        "/", "/jobs/", *searches, *filtered, job, article, "/blog/", "/jobs/feed/",
        "/blog/feed/", "/sitemap.xml",
    ]  # fmt: skip


@dataclass
class Submissions:
    run: str
    accepted: dict[str, int] = field(default_factory=dict)  # email -> bytes sent
    refused: list[tuple[str, object]] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def submit_until(self, deadline: float, number: int, servers) -> None:
        visitors = [Visitor(server.url) for server in servers]
        files = pdf_fixtures()
        sent = 0
        while time.monotonic() < deadline:
            visitor = visitors[sent % len(visitors)]
            resume = files[(number + sent) % len(files)]
            email = f"load-{self.run}-{number}-{sent}@example.com"
            sent += 1
            started = time.monotonic()
            try:
                answer = visitor.submit_resume(email=email, file=resume)
                outcome = (answer.status_code, answer.headers.get("Location"))
            except Exception as error:  # a timeout or reset is a failure to report, not a crash
                outcome = (type(error).__name__, str(error)[:200])
            with self.lock:
                self.latencies.append(time.monotonic() - started)
                if outcome == (302, "/resume/sent/"):
                    self.accepted[email] = resume.stat().st_size
                else:
                    self.refused.append((email, outcome))


def run_wrk(wrk: str, server, script, seconds: int) -> subprocess.Popen:
    command = [wrk, "-t1", f"-c{CONNECTIONS_PER_SERVER}", f"-d{seconds}s", "--timeout", "10s",
               "-s", str(script), server.url]  # fmt: skip
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


def wrk_result(proc: subprocess.Popen, seconds: int) -> dict:
    try:
        out, err = proc.communicate(timeout=seconds + 60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
    line = next((ln for ln in out.splitlines() if ln.startswith("LOAD_RESULT ")), None)
    assert proc.returncode == 0 and line, f"wrk failed ({proc.returncode}): {err}\n{out}"
    return json.loads(line.removeprefix("LOAD_RESULT "))


def test_two_servers_under_load_serve_every_page_and_keep_every_resume(
    stack, start_server, tmp_path
):
    wrk = shutil.which("wrk")
    if not wrk:
        unavailable("wrk is not installed (apt-get install -y wrk)")
    limit = {"SUBMISSION_RATE_LIMIT": "1000000"}
    servers = [start_server("L1", **limit), start_server("L2", **limit)]
    stack.clear_rate_limits()

    paths = mixed_paths(Visitor(servers[0].url))
    for server in servers:  # every page answers 200 on both (and is warm, as in production)
        visitor = Visitor(server.url)
        for path in paths:
            assert visitor.get(path).status_code == 200, (server, path)
    script = tmp_path / "mixed.lua"
    script.write_text(WRK_SCRIPT % {"paths": ", ".join(json.dumps(p) for p in paths)})

    submissions = Submissions(run=secrets.token_hex(3))
    started = time.monotonic()
    loads = [run_wrk(wrk, server, script, SECONDS) for server in servers]
    deadline = started + SECONDS
    submitters = [
        threading.Thread(target=submissions.submit_until, args=(deadline, n, servers))
        for n in range(SUBMITTERS)
    ]
    for thread in submitters:
        thread.start()
    results = [wrk_result(proc, SECONDS) for proc in loads]
    for thread in submitters:
        thread.join(timeout=120)
    elapsed = time.monotonic() - started

    requests_total = sum(r["requests"] for r in results)
    latencies = sorted(submissions.latencies)
    report = {
        "seconds": SECONDS,
        "connections": CONNECTIONS_PER_SERVER * len(servers),
        "paths": len(paths),
        "requests": requests_total,
        "requests_per_second": round(
            sum(r["requests"] / (r["duration_us"] / 1e6) for r in results), 1
        ),
        "per_server": results,
        "submissions_accepted": len(submissions.accepted),
        "submissions_refused": submissions.refused,
        "submission_p50_ms": round(latencies[len(latencies) // 2] * 1000),
        "submission_max_ms": round(latencies[-1] * 1000),
        "elapsed_seconds": round(elapsed, 1),
    }
    report_path = tmp_path / "load.json"
    report_path.write_text(json.dumps(report, indent=2))
    print(
        f"\nLoad: {SECONDS} s, {report['connections']} connections on 2 servers, {len(paths)} paths"
    )
    for server, r in zip(servers, results, strict=True):
        print(
            f"  {server.name}: {r['requests']} requests, "
            f"{r['requests'] / (r['duration_us'] / 1e6):.1f} req/s, p50 {r['p50_ms']:.1f} ms, "
            f"p99 {r['p99_ms']:.1f} ms, max {r['max_ms']:.1f} ms, 5xx {r['status_5xx']}, "
            f"4xx {r['status_4xx']}, socket errors "
            f"{r['connect_errors'] + r['read_errors'] + r['write_errors'] + r['timeouts']}"
        )
    print(
        f"  total: {requests_total} requests, {report['requests_per_second']} req/s; resumes "
        f"accepted {report['submissions_accepted']}, refused {len(submissions.refused)}, "
        f"p50 {report['submission_p50_ms']} ms, max {report['submission_max_ms']} ms"
    )
    print(f"  figures: {report_path}")

    assert not any(thread.is_alive() for thread in submitters)
    for r in results:
        assert r["status_5xx"] == 0
        assert r["status_2xx"] == r["requests"], r  # every page answered 200 throughout
        assert r["connect_errors"] + r["read_errors"] + r["write_errors"] + r["timeouts"] == 0, r
    assert submissions.refused == []
    assert len(submissions.accepted) >= SUBMITTERS

    # Every accepted resume is recorded, and its file is in the bucket, whole.
    rows = stack.query(
        "SELECT c.email, r.file, r.size, "
        "(SELECT count(*) FROM candidates_application a WHERE a.candidate_id = c.id) "
        "FROM candidates_candidate c JOIN candidates_resume r ON r.candidate_id = c.id "
        "WHERE c.email LIKE %s",
        [f"load-{submissions.run}-%"],
    )
    assert {email: size for email, _, size, _ in rows} == submissions.accepted
    assert len(rows) == len(submissions.accepted)  # one resume each
    assert all(applications == 1 for *_, applications in rows)
    in_bucket = stack.resume_objects()
    for email, name, size, _ in rows:
        assert in_bucket.get(name) == size, email

    for server in servers:
        log = server.log_text()
        assert "WORKER TIMEOUT" not in log and "Traceback" not in log, server.log_tail()
