"""The production stack for these tests: PostgreSQL, Redis and an S3 server (moto), shared by
gunicorn app servers started with production settings from the environment.

PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) run on this machine and on CI's. Without
them these tests skip locally and fail in CI (CI set), which must run them. The session gets a
database of its own (created and dropped here), a Redis database number no other run is using, and
its own moto server and buckets.
"""

import json
import os
import secrets
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .harness import BIN, AppServer, MotoS3, TwoFactor, manage, random_secret_key, unavailable

POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432"
REDIS_SERVER = "redis://127.0.0.1:6379"
# Redis database numbers these tests may use: the first one no other test run holds.
REDIS_DATABASES = (13, 14, 15, 12, 11, 10)
REDIS_CLAIM_KEY = "amtec-production-tests:claimed-by"
STAFF_USERNAME = "prod-test-staff"


@dataclass
class Stack:
    db_name: str
    redis_db: int
    s3: MotoS3
    media_bucket: str
    resume_bucket: str
    staff_password: str
    log_dir: Path
    env_file: Path
    secret_key: str = field(default_factory=random_secret_key)
    staff_username: str = STAFF_USERNAME
    staff_two_factor: TwoFactor = field(default_factory=TwoFactor)

    @property
    def redis_url(self) -> str:
        return f"{REDIS_SERVER}/{self.redis_db}"

    def database_url(self, port: int = 5432) -> str:
        return f"postgres://postgres@127.0.0.1:{port}/{self.db_name}"

    def env(self, **overrides: str) -> dict[str, str]:
        """An app server's whole environment: production settings, nothing inherited that
        amtec/settings.py reads (CI's own DATABASE_URL, say)."""
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", "/tmp"),  # noqa: S108 - only a fallback
            "LANG": "C.UTF-8",
            # An empty .env: a developer's own .env must not fill in what these tests leave out.
            "ENV_FILE": str(self.env_file),
            "DEBUG": "false",
            "SECRET_KEY": self.secret_key,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            # Plain HTTP on loopback; production terminates TLS in front and keeps these on.
            "SECURE_SSL_REDIRECT": "false",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "DATABASE_URL": self.database_url(),
            "DB_CONNECT_TIMEOUT": "2",
            "REDIS_URL": self.redis_url,
            "S3_MEDIA_BUCKET": self.media_bucket,
            "S3_RESUME_BUCKET": self.resume_bucket,
            "S3_ENDPOINT_URL": self.s3.url,
            "S3_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "SUBMISSION_RATE_LIMIT": "1000",
            "ALERT_SIGNUP_RATE_LIMIT": "1000",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "LOG_LEVEL": "WARNING",
            # gunicorn.conf.py
            "WEB_CONCURRENCY": "2",
            "GUNICORN_LOG_LEVEL": "warning",
            "GUNICORN_GRACEFUL_TIMEOUT": "5",
        }
        env.update(overrides)
        return env

    def query(self, sql: str, params=()) -> list[tuple]:
        """Read the app's database directly, as an operator would."""
        import psycopg

        with psycopg.connect(self.database_url(), autocommit=True) as conn:
            return conn.execute(sql, params).fetchall()

    def redis(self):
        import redis

        return redis.Redis.from_url(self.redis_url)

    def clear_rate_limits(self) -> None:
        """Every server of the session counts 127.0.0.1 in the same Redis: start a count afresh."""
        client = self.redis()
        for key in client.scan_iter(match="*ratelimit:*"):
            client.delete(key)

    def clear_task_queue(self) -> int:
        """Drop the tasks still waiting in the shared queue: a module that ran no worker (the
        load test sends a thousand resumes) must not leave the next one's worker a backlog to
        work through before its own tasks (a scan given up after SCAN_WAIT, a late purge)."""
        import psycopg

        with psycopg.connect(self.database_url(), autocommit=True) as conn:
            return conn.execute(
                "DELETE FROM django_tasks_database_dbtaskresult WHERE status = 'READY'"
            ).rowcount

    def resume_objects(self) -> dict[str, int]:
        """Key -> size of every object in the resume bucket."""
        pages = self.s3.client().get_paginator("list_objects_v2")
        return {
            item["Key"]: item["Size"]
            for page in pages.paginate(Bucket=self.resume_bucket)
            for item in page.get("Contents", [])
        }


def _postgres_reachable() -> str | None:
    import psycopg

    try:
        psycopg.connect(f"{POSTGRES_SERVER}/postgres", connect_timeout=3).close()
    except psycopg.Error as error:
        return f"PostgreSQL is not reachable at {POSTGRES_SERVER} ({error})"
    return None


def _claim_redis_database(token: str) -> int:
    import redis

    try:
        redis.Redis.from_url(f"{REDIS_SERVER}/0", socket_connect_timeout=3).ping()
    except redis.RedisError as error:
        unavailable(f"Redis is not reachable at {REDIS_SERVER} ({error})")
    for number in REDIS_DATABASES:
        client = redis.Redis.from_url(f"{REDIS_SERVER}/{number}")
        # Held for the session (expiring, should a run die without its teardown).
        if client.set(REDIS_CLAIM_KEY, token, nx=True, ex=3 * 60 * 60):
            for key in client.scan_iter():
                if key != REDIS_CLAIM_KEY.encode():
                    client.delete(key)
            return number
    pytest.fail(f"Every Redis database in {REDIS_DATABASES} is held by another test run.")


def _release_redis_database(number: int, token: str) -> None:
    import redis

    client = redis.Redis.from_url(f"{REDIS_SERVER}/{number}")
    if client.get(REDIS_CLAIM_KEY) == token.encode():
        client.flushdb()


def _create_buckets(s3: MotoS3, media: str, resumes: str) -> None:
    client = s3.client()
    client.create_bucket(Bucket=media)
    client.create_bucket(Bucket=resumes)
    # What production's media bucket policy grants: anyone may read renditions, nothing else.
    # (moto enforces bucket policies and ACLs on unsigned requests, so this is tested for real.)
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicRenditions",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{media}/blog/renditions/*",
            }
        ],
    }
    client.put_bucket_policy(Bucket=media, Policy=json.dumps(policy))


@pytest.fixture(scope="session")
def moto_s3(tmp_path_factory):
    """A moto S3 server for the session (in-process tests use it too)."""
    if not (BIN / "moto_server").exists():
        unavailable("moto_server is not installed (the dev extra: make test installs it)")
    server = MotoS3(tmp_path_factory.mktemp("moto") / "moto.log").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def stack(tmp_path_factory, moto_s3):
    """PostgreSQL database, Redis database and S3 buckets, migrated and seeded like production."""
    import psycopg

    if problem := _postgres_reachable():
        unavailable(problem)
    token = secrets.token_hex(8)
    redis_db = _claim_redis_database(token)
    suffix = secrets.token_hex(4)
    workdir = tmp_path_factory.mktemp("production")
    env_file = workdir / "empty.env"
    env_file.write_text("")
    built = Stack(
        db_name=f"amtec_prod_{suffix}",
        redis_db=redis_db,
        s3=moto_s3,
        media_bucket=f"amtec-media-{suffix}",
        resume_bucket=f"amtec-resumes-{suffix}",
        staff_password=secrets.token_urlsafe(16),
        log_dir=workdir,
        env_file=env_file,
    )
    server = f"{POSTGRES_SERVER}/postgres"
    try:
        _create_buckets(moto_s3, built.media_bucket, built.resume_bucket)
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {built.db_name}")
        env = built.env()
        with ThreadPoolExecutor(max_workers=1) as pool:
            # Static files need no database: collected while the database is prepared.
            static = pool.submit(manage, "collectstatic", "--noinput", "-v0", env=env)
            manage("migrate", "--noinput", "-v0", env=env)
            manage(
                "createsuperuser",
                "--noinput",
                env={
                    **env,
                    "DJANGO_SUPERUSER_USERNAME": built.staff_username,
                    "DJANGO_SUPERUSER_EMAIL": "staff@amtec.example",
                    "DJANGO_SUPERUSER_PASSWORD": built.staff_password,
                },
            )
            manage("seed_demo", env=env)
            static.result()
        yield built
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {built.db_name} WITH (FORCE)")
        _release_redis_database(redis_db, token)


@pytest.fixture(scope="module")
def start_server(stack, tmp_path_factory):
    """start_server(name, **env) -> a running AppServer; all are stopped when the module ends.

    Every server of the session counts 127.0.0.1 in the same Redis: each module starts with no
    rate limit used (the load test alone sends a thousand resumes from that address).
    """
    stack.clear_rate_limits()
    stack.clear_task_queue()
    started: list[AppServer] = []

    def start(name: str, **env: str) -> AppServer:
        server = AppServer(name, stack.env(**env), stack.log_dir)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()
    stack.clear_rate_limits()
    stack.clear_task_queue()
