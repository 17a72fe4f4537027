"""Settings for `make bench`: the production settings, served over plain HTTP on loopback.

DEBUG is off and everything else comes from amtec.settings; only what a local, plain-HTTP,
throwaway run needs is set here (bench/run.py sets the database, secret key and folders).
"""

import os
import secrets
from pathlib import Path

os.environ["DEBUG"] = "false"  # production-like, whatever the shell or .env says
os.environ.setdefault("SECRET_KEY", "bench-" + secrets.token_urlsafe(48))
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/amtec_bench")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SESSION_COOKIE_SECURE", "false")
os.environ.setdefault("CSRF_COOKIE_SECURE", "false")
os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
# Room for the 10 MB resume-upload memory measurement (production's default is 5 MB).
os.environ.setdefault("RESUME_MAX_BYTES", str(12 * 1024 * 1024))

from amtec.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
# A shared Redis keeps the bench's cached pages apart from the site's.
if os.environ.get("REDIS_URL") and "default" in CACHES:  # noqa: F405
    CACHES = {**CACHES, "default": {**CACHES["default"], "KEY_PREFIX": "amtec-bench"}}  # noqa: F405
# collectstatic goes to a temporary folder of the run, not the project's staticfiles/.
if os.environ.get("BENCH_STATIC_ROOT"):
    STATIC_ROOT = Path(os.environ["BENCH_STATIC_ROOT"])
