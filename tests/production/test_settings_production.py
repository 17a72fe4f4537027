"""The production configuration, read from the environment by amtec/settings.py: each case runs in
a fresh process, since settings are read once per process."""

import json
import subprocess
import sys

import pytest

from blog.images import RENDITIONS_DIR

from .conftest import POSTGRES_SERVER, _postgres_reachable
from .harness import ROOT, AppServer, random_secret_key, unavailable, wait_until

pytestmark = pytest.mark.production

ENDPOINT = "https://objects.example.net:9000"


def production_env(tmp_path, **overrides) -> dict[str, str]:
    """As a deployment sets it: HTTPS settings left at their production defaults."""
    env_file = tmp_path / "empty.env"
    env_file.write_text("")
    env = {
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "ENV_FILE": str(env_file),
        "SECRET_KEY": random_secret_key(),
        "ALLOWED_HOSTS": "careers.amtec.example",
        "DATABASE_URL": "postgres://amtec@db.internal:5432/amtec",
        "REDIS_URL": "redis://cache.internal:6379/0",
        "S3_MEDIA_BUCKET": "amtec-media",
        "S3_RESUME_BUCKET": "amtec-resumes",
        "S3_ENDPOINT_URL": ENDPOINT,
        "S3_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "EMAIL_HOST": "smtp.internal",
    }
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_deploy_check_passes_with_the_production_environment(tmp_path):
    # `make release` checks where it migrates: with the database reachable (the model checks
    # ask PostgreSQL its version, for the generated columns).
    if problem := _postgres_reachable():
        unavailable(problem)
    env = production_env(tmp_path, DATABASE_URL=f"{POSTGRES_SERVER}/postgres")
    done = run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
               env)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "System check identified no issues (0 silenced)."


SHOW_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "storages": settings.STORAGES,
    "img_src": [str(source) for source in settings.SECURE_CSP["img-src"]],
    "cache": settings.CACHES["default"],
    "database": settings.DATABASES["default"]["ENGINE"],
    "connect_timeout": settings.DATABASES["default"]["OPTIONS"].get("connect_timeout"),
}, default=str))
"""


def settings_in(env: dict[str, str]) -> dict:
    done = run(
        [sys.executable, "-c", SHOW_SETTINGS], {**env, "DJANGO_SETTINGS_MODULE": "amtec.settings"}
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_s3_environment_gives_two_private_and_public_bucket_storages(tmp_path):
    shown = settings_in(production_env(tmp_path))
    media, resumes = shown["storages"]["default"], shown["storages"]["resumes"]
    assert media["BACKEND"] == "core.storages.PublicMediaStorage"
    assert resumes["BACKEND"] == "core.storages.PrivateResumeStorage"
    assert media["OPTIONS"]["bucket_name"] == "amtec-media"
    assert resumes["OPTIONS"]["bucket_name"] == "amtec-resumes"
    # Only the article renditions (blog/images.py) are public and kept a year by caches.
    assert media["OPTIONS"]["immutable_prefixes"] == [f"{RENDITIONS_DIR}/"]
    for options in (media["OPTIONS"], resumes["OPTIONS"]):
        assert options["endpoint_url"] == ENDPOINT
        assert options["addressing_style"] == "path"
        assert options["file_overwrite"] is False  # a new upload never replaces another's file
    # Browsers may load article images from the bucket's origin, and from nowhere else new.
    assert shown["img_src"] == ["'self'", "data:", ENDPOINT]
    assert shown["cache"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert shown["database"] == "django.db.backends.postgresql"
    assert shown["connect_timeout"] == 3


def test_without_s3_files_stay_on_disk_and_images_on_the_site(tmp_path):
    shown = settings_in(production_env(tmp_path, S3_MEDIA_BUCKET=None, S3_RESUME_BUCKET=None))
    assert shown["storages"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert shown["storages"]["resumes"]["BACKEND"].endswith("FileSystemStorage")
    assert shown["img_src"] == ["'self'", "data:"]


@pytest.mark.parametrize(
    ("buckets", "message"),
    [
        ({"S3_RESUME_BUCKET": None}, "Set both S3_MEDIA_BUCKET and S3_RESUME_BUCKET, or neither."),
        ({"S3_MEDIA_BUCKET": None}, "Set both S3_MEDIA_BUCKET and S3_RESUME_BUCKET, or neither."),
        ({"S3_RESUME_BUCKET": "amtec-media"}, "Resumes need a private bucket of their own."),
    ],
    ids=["media-only", "resumes-only", "one-bucket-for-both"],
)
def test_a_half_configured_object_store_refuses_to_start(tmp_path, buckets, message):
    env = production_env(tmp_path, **buckets)
    done = run([sys.executable, "manage.py", "check"], env)
    assert done.returncode != 0
    assert f"ImproperlyConfigured: {message}" in done.stderr

    # gunicorn too: its workers cannot load the app, so it stops rather than serve.
    server = AppServer("misconfigured", {**env, "WEB_CONCURRENCY": "1"}, tmp_path).launch()
    try:
        wait_until(lambda: server.proc.poll() is not None, timeout=60, message="gunicorn to exit")
    finally:
        server.stop()
    assert server.proc.returncode != 0
    assert message in server.log_text()


USE_THE_DATABASE = """
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("SELECT 1")
    assert cursor.fetchone() == (1,)
pool = connection.pool
print(type(pool).__name__, pool.max_size, connection.settings_dict["CONN_MAX_AGE"])
"""


def test_db_pool_serves_queries_through_psycopgs_pool(tmp_path):
    """DB_POOL=true: connections come from psycopg's pool (persistent connections are then off)."""
    if problem := _postgres_reachable():
        unavailable(problem)
    env = production_env(
        tmp_path,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/postgres",
        DB_POOL="true",
        DB_POOL_MAX_SIZE="3",
        DJANGO_SETTINGS_MODULE="amtec.settings",
    )
    done = run([sys.executable, "-c", f"import django; django.setup()\n{USE_THE_DATABASE}"], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ConnectionPool", "3", "0"]
