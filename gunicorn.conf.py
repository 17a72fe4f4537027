"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py` (or `make serve`).

Every value can be changed through the environment (README, "Deploying"). Sync workers: the
site's requests are short, and the benchmark measured them ahead of threaded workers here.
"""

import multiprocessing
from pathlib import Path

from amtec.env import env_int, env_str, load_env_file, log_options
from amtec.env import forwarded_allow_ips as trusted_proxies
from core.logging import logging_config

# The same `.env` (or ENV_FILE) the Django settings read; the real environment wins.
load_env_file()

wsgi_app = "amtec.wsgi:application"
bind = env_str("GUNICORN_BIND") or f"{env_str('HOST', '127.0.0.1')}:{env_str('PORT', '8000')}"
workers = env_int("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1)
worker_class = "sync"
# A request that takes longer than this is killed (and logged); uploads are capped well below it.
timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = env_int("GUNICORN_KEEPALIVE", 5)
# Workers live until restarted. GUNICORN_MAX_REQUESTS=N recycles each after about N requests, a
# guard should a worker's memory ever grow; a restart costs that worker a second or so of loading
# the app (at 2,000 requests/s, 5,000 made it a visible dip several times a minute).
max_requests = env_int("GUNICORN_MAX_REQUESTS", 0)
max_requests_jitter = max_requests // 10

# Only the proxy in front may say which scheme and client a request came from.
forwarded_allow_ips = ",".join(trusted_proxies())

# Django logs one line per request with its request id (core/middleware.py); gunicorn's own
# access log would repeat it without the id, and with the client's address.
accesslog = None
errorlog = "-"
loglevel = env_str("GUNICORN_LOG_LEVEL", "info")
# gunicorn's own lines (start, workers booting or timing out) in the site's format: JSON in
# production, through the same filters (request id, personal data masked) as the app's.
logconfig_dict = logging_config(**log_options())
logconfig_dict["filters"]["gunicorn_request"] = {"()": "core.logging.GunicornRequestDetails"}
logconfig_dict["handlers"]["gunicorn"] = {
    **logconfig_dict["handlers"]["console"],
    "filters": ["gunicorn_request", *logconfig_dict["handlers"]["console"]["filters"]],
}
logconfig_dict["loggers"]["gunicorn.error"] = {
    "level": loglevel.upper(),
    "handlers": ["gunicorn"],
    "propagate": False,
}

# Workers' heartbeat files in memory, not on a disk that may stall.
if Path("/dev/shm").is_dir():  # noqa: S108 - gunicorn's own recommendation for its heartbeat
    worker_tmp_dir = "/dev/shm"  # noqa: S108

limit_request_line = 8190
limit_request_fields = 100

# gunicorn's control socket (one path per user) is not used here, and two servers on one machine
# would fight over it.
control_socket_disable = True


def on_starting(server):
    # The ZIP code data (jobs/geo.py) loads on its first lookup: a third of a second and about
    # 37 MB, held by the zipcodes package's compiled core, which Python never writes to again.
    # Loaded here, in the master, before any worker is forked, every worker shares those pages
    # with it (copy-on-write) instead of loading its own copy, and no visitor's search by
    # distance waits for it (bench/worker_memory.py: one copy instead of one a worker, 78 MB
    # less for 3 workers). The master keeps jobs.geo, jobs.states and zipcodes as they were at
    # its start: after changing those, restart gunicorn rather than reload it (HUP).
    from jobs import geo

    geo.warm_up()
