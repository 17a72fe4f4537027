"""Memory of each gunicorn worker, with the ZIP code data loaded once in the master (as
gunicorn.conf.py does) against loaded by every worker: `.venv/bin/python bench/worker_memory.py`.

Both servers run `gunicorn -c gunicorn.conf.py` as production does (the second with its
`on_starting` hook turned into `post_worker_init`, the way it was before), WEB_CONCURRENCY
workers, on a throwaway SQLite database; each answers a few searches by distance, then every
worker's proportional set size (PSS: shared pages split between the processes sharing them) and
private memory (pages only it holds) are read from /proc/<pid>/smaps_rollup, and the master's PSS:
master and workers' PSS added up is what the server costs the machine. The two run one after the
other, twice, and the table shows each round.
"""

import argparse
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import child_pids, free_port, stop_process  # noqa: E402

CONF = ROOT / "gunicorn.conf.py"
SEARCH = "/jobs/?near=45402&radius=25"


def _memory_mb(pid: int) -> dict[str, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value, *_ = line.split()
        fields[name.rstrip(":")] = int(value) / 1024
    return {
        "pss": round(fields["Pss"], 1),
        "private": round(fields["Private_Clean"] + fields["Private_Dirty"], 1),
    }


def _per_worker_conf(folder: Path) -> Path:
    """gunicorn.conf.py with the ZIP data loaded in each worker after the fork instead."""
    text = CONF.read_text()
    assert "def on_starting(server):" in text, "gunicorn.conf.py no longer has on_starting"
    conf = folder / "gunicorn-per-worker.conf.py"
    conf.write_text(text.replace("def on_starting(server):", "def post_worker_init(worker):"))
    return conf


def measure(conf: Path, env: dict, port: int, requests: int) -> tuple[dict, list[dict]]:
    """Start gunicorn with `conf`, search by distance `requests` times: (the master's memory,
    each worker's)."""
    server = subprocess.Popen(  # noqa: S603 - our own gunicorn and config
        [str(Path(sys.executable).parent / "gunicorn"), "-c", str(conf)],
        cwd=ROOT, env={**env, "PORT": str(port)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5).read()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.3)
        for _ in range(requests):
            urllib.request.urlopen(f"http://127.0.0.1:{port}{SEARCH}", timeout=30).read()
        time.sleep(1)
        return _memory_mb(server.pid), [_memory_mb(pid) for pid in child_pids(server.pid)]
    finally:
        stop_process(server)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="amtec-worker-memory-"))
    # gunicorn.conf.py's own settings only: a GUNICORN_BIND or HOST in the shell would win over
    # the PORT given here.
    ignored = {"GUNICORN_BIND", "HOST", "PORT", "WEB_CONCURRENCY", "ENV_FILE"}
    env = {
        **{name: value for name, value in os.environ.items() if name not in ignored},
        "DEBUG": "false",
        "SECRET_KEY": "bench-" + secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "ENV_FILE": str(folder / "absent.env"),
        "WEB_CONCURRENCY": str(args.workers),
        "GUNICORN_LOG_LEVEL": "warning",
        "CACHE_DIR": str(folder / "cache"),
        "RESUME_ROOT": str(folder / "resumes"),
        "MEDIA_ROOT": str(folder / "media"),
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--verbosity", "0"], cwd=ROOT, env=env, check=True
    )
    variants = {"master (shipped)": CONF, "each worker": _per_worker_conf(folder)}
    results: dict[str, list[dict]] = {name: [] for name in variants}
    totals: dict[str, list[float]] = {name: [] for name in variants}
    for number in range(1, args.rounds + 1):
        for name, conf in variants.items():
            master, workers = measure(conf, env, free_port(), args.requests)
            results[name] += workers
            # PSS adds up: master and workers together are what the server costs the machine.
            totals[name].append(master["pss"] + sum(w["pss"] for w in workers))
            shown = ", ".join(f"{w['private']:.0f}/{w['pss']:.0f}" for w in workers)
            print(f"{number}. ZIP data loaded in the {name:<16} private/PSS MB a worker: {shown};"
                  f" master PSS {master['pss']:.0f}; in all {totals[name][-1]:.0f}")  # fmt: skip
    print()
    print(f"gunicorn -c gunicorn.conf.py, {args.workers} workers, {args.requests} searches by "
          "distance (MB; a worker: the mean of every worker of every round):")  # fmt: skip
    for name, workers in results.items():
        private = statistics.mean(w["private"] for w in workers)
        pss = statistics.mean(w["pss"] for w in workers)
        total = statistics.mean(totals[name])
        print(f"  ZIP data loaded in the {name:<16} a worker: private {private:6.1f}, PSS "
              f"{pss:6.1f}; master and workers, PSS {total:6.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
