"""Purges: queued after commit (never for a rollback), one per transaction, sent to the backend
chosen in settings, retried when the front cache is down. Against a real HTTP server on a local
port standing in for nginx, Varnish or a CDN's API."""

import json
import socket
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from amtec.front_cache import purge_clock_changes
from core import front_cache
from core.front_cache import PURGE_ATTEMPTS, PURGE_RETRY_DELAYS
from tests.blog.factories import ArticleFactory
from tests.core.test_worker_recovery import database_worker
from tests.jobs.factories import DraftJobFactory, JobCategoryFactory, JobFactory

pytestmark = pytest.mark.django_db


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class FrontCache:
    """An HTTP server on a local port that records every request; down until `start()`."""

    def __init__(self, port: int):
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.requests: list[dict] = []
        self.status = 200
        self._server = None

    def start(self):
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                recorder.requests.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                        "body": self.rfile.read(length) if length else b"",
                    }
                )
                self.send_response(recorder.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = do_PURGE = do_BAN = _answer

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self):
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


@pytest.fixture
def front(settings):
    server = FrontCache(free_port())
    settings.CACHE_PURGE = {
        **settings.CACHE_PURGE,
        "BACKEND": "nginx",
        "URL": server.url,
        "HOSTS": ["careers.amtec.example"],
        "SCHEME": "https",
        "TIMEOUT": 2,
    }
    yield server
    server.stop()


@pytest.fixture
def run_worker(settings, monkeypatch):
    yield from database_worker(settings, monkeypatch)


def waiting() -> list[DBTaskResult]:
    return list(DBTaskResult.objects.filter(status=TaskResultStatus.READY).order_by("enqueued_at"))


def make_due():
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(
        run_after=timezone.now() - timedelta(seconds=1)
    )


def test_filling_a_job_purges_its_page_and_the_listings_after_commit(
    front, django_capture_on_commit_callbacks
):
    front.start()
    with django_capture_on_commit_callbacks(execute=True):
        job = JobFactory()
    front.requests.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        job.mark_filled()
    assert front.requests == []  # nothing before the commit
    for callback in callbacks:
        callback()
    fetched = [(r["path"], r["headers"]["accept-encoding"]) for r in front.requests]
    # The job's own page first (its 410 before anything else), then the pages that list jobs,
    # each in both the forms nginx keeps.
    paths = [job.get_absolute_url(), "/", "/jobs/", "/jobs/feed/"]
    assert fetched == [(p, e) for p in paths for e in ("gzip", "identity")]
    # Fetched again as a visitor's request would be keyed: the public host, over HTTPS.
    assert {r["headers"]["host"] for r in front.requests} == {"careers.amtec.example"}
    assert {r["headers"]["x-forwarded-proto"] for r in front.requests} == {"https"}
    assert {r["method"] for r in front.requests} == {"GET"}


def test_a_rolled_back_change_purges_nothing(front, django_capture_on_commit_callbacks):
    front.start()
    job = JobFactory()
    front.requests.clear()
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        job.mark_filled()
        raise RuntimeError("the admin action failed half way")
    assert callbacks == [] and front.requests == []


def test_one_purge_for_every_change_in_a_transaction(front, django_capture_on_commit_callbacks):
    front.start()
    jobs = JobFactory.create_batch(3)
    front.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for job in jobs:
            job.close()
    paths = [r["path"] for r in front.requests]
    assert paths.count("/jobs/") == 2  # one task, not three (gzipped and plain)
    assert {job.get_absolute_url() for job in jobs} <= set(paths)


def test_a_draft_nobody_saw_purges_nothing(front, django_capture_on_commit_callbacks):
    front.start()
    category = JobCategoryFactory()  # a new category purges every page
    with django_capture_on_commit_callbacks(execute=True):
        draft = DraftJobFactory(category=category)
        draft.title = "Still a draft"
        draft.save()
    assert front.requests == []


def test_publishing_an_article_purges_it_the_blog_and_its_category(
    front, django_capture_on_commit_callbacks
):
    front.start()
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory()
    paths = {r["path"] for r in front.requests}
    assert {article.get_absolute_url(), article.category.get_absolute_url(), "/blog/",
            "/blog/feed/", "/"} <= paths  # fmt: skip


def test_no_backend_queues_nothing(settings, django_capture_on_commit_callbacks):
    settings.CACHE_PURGE = {**settings.CACHE_PURGE, "BACKEND": "none"}
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        JobFactory().mark_filled()
    assert [c for c in callbacks if c.__module__ == "core.front_cache"] == []


def test_a_purge_while_the_front_cache_is_down_is_retried_until_it_is_back(
    front, run_worker, django_capture_on_commit_callbacks
):
    job = JobFactory()
    with django_capture_on_commit_callbacks(execute=True):
        job.mark_filled()
    run_worker()  # connection refused
    (retry,) = waiting()
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    delay = retry.run_after - timezone.now()
    assert timedelta(seconds=0) < delay <= PURGE_RETRY_DELAYS[0]
    run_worker()  # not due yet
    assert len(waiting()) == 1 and front.requests == []

    front.start()
    make_due()
    run_worker()
    assert waiting() == []
    assert job.get_absolute_url() in {r["path"] for r in front.requests}
    results = DBTaskResult.objects.filter(status=TaskResultStatus.SUCCESSFUL).order_by(
        "enqueued_at"
    )
    # The first attempt queued the second and ended; the second purged every path.
    assert [(r.args_kwargs["kwargs"], r.return_value) for r in results] == [
        ({}, 0),
        ({"attempt": 2}, len(front.requests)),
    ]


def test_a_purge_the_front_cache_keeps_refusing_fails_for_staff_to_see(
    front, run_worker, django_capture_on_commit_callbacks
):
    front.start()
    front.status = 500
    with django_capture_on_commit_callbacks(execute=True):
        JobFactory().mark_filled()
    for _ in range(PURGE_ATTEMPTS):
        run_worker()
        make_due()
    assert waiting() == []
    failed = DBTaskResult.objects.get(status=TaskResultStatus.FAILED)
    assert failed.args_kwargs["kwargs"] == {"attempt": PURGE_ATTEMPTS}
    assert "PurgeFailed" in failed.exception_class_path
    # The error names the path, never a query string.
    assert "HTTP 500" in failed.traceback


@pytest.mark.parametrize("mode", ["xkey", "ban"])
def test_varnish_purges_by_tag(front, settings, mode):
    front.start()
    settings.CACHE_PURGE = {**settings.CACHE_PURGE, "BACKEND": "varnish", "VARNISH_MODE": mode}
    front_cache.purge_now(tags=["job-7", "jobs"], paths=["/jobs/7/x/"])
    (request,) = front.requests
    if mode == "xkey":
        assert request["method"] == "PURGE" and request["headers"]["xkey-purge"] == "job-7 jobs"
    else:
        assert request["method"] == "BAN" and request["headers"]["x-ban-tags"] == "job-7 jobs"


def test_fastly_and_cloudflare_are_asked_by_their_apis(front, settings, monkeypatch):
    front.start()
    monkeypatch.setattr(front_cache, "FASTLY_API", front.url)
    monkeypatch.setattr(front_cache, "CLOUDFLARE_API", front.url)
    conf = {**settings.CACHE_PURGE, "FASTLY_SERVICE_ID": "svc", "FASTLY_API_TOKEN": "tok",
            "CLOUDFLARE_ZONE_ID": "zone", "CLOUDFLARE_API_TOKEN": "cf"}  # fmt: skip
    settings.CACHE_PURGE = {**conf, "BACKEND": "fastly"}
    front_cache.purge_now(tags=["job-7", "jobs"], paths=["/jobs/7/x/"])
    settings.CACHE_PURGE = {**conf, "BACKEND": "cloudflare"}
    front_cache.purge_now(tags=["job-7", "jobs"], paths=["/jobs/7/x/"])
    settings.CACHE_PURGE = {**conf, "BACKEND": "cloudflare", "CLOUDFLARE_BY": "urls"}
    front_cache.purge_now(tags=["job-7"], paths=["/jobs/7/x/"])
    fastly, cloudflare, by_url = front.requests
    assert (fastly["method"], fastly["path"]) == ("POST", "/service/svc/purge")
    assert fastly["headers"]["fastly-key"] == "tok"
    assert json.loads(fastly["body"]) == {"surrogate_keys": ["job-7", "jobs"]}
    assert (cloudflare["path"], cloudflare["headers"]["authorization"]) == (
        "/zones/zone/purge_cache",
        "Bearer cf",
    )
    assert json.loads(cloudflare["body"]) == {"tags": ["job-7", "jobs"]}
    assert json.loads(by_url["body"]) == {"files": ["https://careers.amtec.example/jobs/7/x/"]}


def test_jobs_the_clock_closed_or_posted_are_purged_by_the_periodic_command(
    front, django_capture_on_commit_callbacks
):
    front.start()
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):  # their own saves' purges
        expired = JobFactory(
            posted_at=now - timedelta(days=5), expires_at=now - timedelta(seconds=30)
        )
        posted = JobFactory(posted_at=now - timedelta(seconds=20))
        JobFactory(posted_at=now - timedelta(days=5), expires_at=now - timedelta(hours=2))  # before
        JobFactory(posted_at=now - timedelta(days=5))  # still open
    front.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        counts = purge_clock_changes(since=now - timedelta(seconds=120), now=now)
    assert counts == {"jobs": 2, "articles": 0}
    paths = {r["path"] for r in front.requests}
    assert {expired.get_absolute_url(), posted.get_absolute_url(), "/jobs/"} <= paths
    assert len([p for p in paths if p.startswith("/jobs/") and p.count("/") == 4]) == 2

    front.requests.clear()
    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_front_cache", "--all", stdout=out)
    assert "/jobs/" in {r["path"] for r in front.requests}


def test_every_app_servers_nginx_is_purged(front, settings):
    other = FrontCache(free_port())
    other.start()
    front.start()
    try:
        settings.CACHE_PURGE = {**settings.CACHE_PURGE, "URL": f"{front.url}, {other.url}"}
        front_cache.purge_now(tags=["job-7"], paths=["/jobs/7/x/"])
        assert (
            [r["path"] for r in front.requests]
            == [r["path"] for r in other.requests]
            == [
                "/jobs/7/x/",
                "/jobs/7/x/",
            ]
        )
    finally:
        other.stop()


def test_a_changed_slug_purges_the_old_address_too(front, django_capture_on_commit_callbacks):
    front.start()
    with django_capture_on_commit_callbacks(execute=True):
        job = JobFactory(title="Welder")
    old = job.get_absolute_url()
    front.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        job.slug = "pipe-welder"
        job.save()
    paths = [r["path"] for r in front.requests]
    assert paths[:4] == [job.get_absolute_url()] * 2 + [old] * 2
    # A status change cannot move the page: no extra query, no extra path.
    front.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        job.close()
    assert old not in {r["path"] for r in front.requests}
