"""deploy/nginx.conf in front of gunicorn, checked through nginx: pages the app calls public are
served from the cache; a filled job leaves it at once (the app's purge task, run by a real
worker); a signed-in staff member never gets, nor leaves behind, a cached page; the stored pages
keep being served while the app is down."""

import re

import pytest

from .harness import (
    ROOT,
    NginxFrontCache,
    TaskWorker,
    Visitor,
    job_paths,
    manage,
    nginx_binary,
    unavailable,
    wait_until,
)

pytestmark = pytest.mark.production


@pytest.fixture(scope="module")
def front(stack, start_server, tmp_path_factory):
    """nginx (deploy/nginx.conf) -> gunicorn, purges through nginx's purge listener."""
    if not nginx_binary():
        unavailable("nginx is not installed (apt-get install -y nginx)")
    nginx = NginxFrontCache(tmp_path_factory.mktemp("nginx"), static_root=ROOT / "staticfiles")
    purges = {
        "CACHE_PURGE_BACKEND": "nginx",
        "CACHE_PURGE_URL": nginx.purge_url,
        # nginx keys pages by host name without the port ($host), as a visitor's request has it.
        "CACHE_PURGE_HOSTS": "127.0.0.1",
    }
    app = start_server("N", **purges)
    worker = TaskWorker(stack.env(**purges), stack.log_dir).start()
    try:  # a worker left running would take later modules' tasks
        nginx.start(f"127.0.0.1:{app.port}")
        yield {"nginx": nginx, "app": app, "env": stack.env(**purges)}
    finally:
        nginx.stop()
        worker.stop()


def shell(env, code: str) -> str:
    return manage("shell", "-c", code, env=env).stdout.strip()


def test_the_second_request_is_a_hit_whatever_the_tracking_parameters(front):
    visitor = Visitor(front["nginx"].url)
    first = visitor.get("/jobs/?q=engineer&utm_source=newsletter")
    assert first.status_code == 200
    assert first.headers["X-Cache-Status"] in ("MISS", "EXPIRED")
    assert "public" in first.headers["Cache-Control"]
    assert "Set-Cookie" not in first.headers
    assert "Cache-Tag" not in first.headers  # for CDNs; nginx keeps them to itself
    # A request that reached the app has the id the app logged; a hit, which it never saw, none
    # (not the stored one of the request that filled the cache).
    assert re.fullmatch(r"[0-9a-f]{32}", first.headers["X-Request-ID"])
    for path in ("/jobs/?q=engineer", "/jobs/?utm_medium=email&q=engineer&source=indeed"):
        again = visitor.get(path)
        assert again.headers["X-Cache-Status"] == "HIT", path
        assert again.text == first.text
        assert "X-Request-ID" not in again.headers
    assert visitor.get("/jobs/?q=nurse").headers["X-Cache-Status"] in ("MISS", "EXPIRED")
    # Compressed for visitors who ask; static files straight from disk.
    gzipped = visitor.get("/jobs/?q=engineer", headers={"Accept-Encoding": "gzip"})
    assert gzipped.headers["Content-Encoding"] == "gzip"
    css = next(p for p in (ROOT / "staticfiles" / "css").glob("*.*.css"))
    static = visitor.get(f"/static/css/{css.name}")
    assert static.status_code == 200 and "immutable" in static.headers["Cache-Control"]


def test_a_filled_job_answers_410_through_the_front_cache_once_purged(front, stack):
    visitor = Visitor(front["nginx"].url)
    path = job_paths(visitor.get("/jobs/").text)[0]
    job_id = int(path.split("/")[2])
    assert visitor.get(path).status_code == 200
    assert visitor.get(path).headers["X-Cache-Status"] == "HIT"
    # Purge tasks that reached the front cache (a failed attempt returns 0 and is retried).
    finished = (
        "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'SUCCESSFUL' "
        "AND task_path LIKE '%%purge_front_cache' AND return_value::text <> '0'"
    )
    before = stack.query(finished)[0][0]

    shell(front["env"], f"from jobs.models import Job; Job.objects.get(pk={job_id}).mark_filled()")
    # The purge is a background task: wait for the worker to have run it (a timeout, not a
    # measure), then the very next visitor gets the 410, from the cache the purge refilled.
    wait_until(lambda: stack.query(finished)[0][0] > before, timeout=60, message="the purge task")
    gone = visitor.get(path)
    assert gone.status_code == 410
    assert gone.headers["X-Cache-Status"] == "HIT"
    assert "no longer" in gone.text.lower() or "filled" in gone.text.lower()


def test_signed_in_staff_never_get_or_leave_a_cached_page(front, stack):
    env = front["env"]
    draft_path = shell(
        env,
        "from jobs.models import Job; j = Job.objects.open().first(); "
        "d = j.duplicate_as_draft(); print(d.get_absolute_url())",
    ).splitlines()[-1]
    staff = Visitor(front["nginx"].url)
    staff.login(stack.staff_username, stack.staff_password, stack.staff_two_factor)
    anonymous = Visitor(front["nginx"].url)
    open_path = job_paths(anonymous.get("/jobs/").text)[0]
    assert anonymous.get(open_path).headers["X-Cache-Status"] in ("HIT", "MISS", "EXPIRED")

    for path in (open_path, "/", draft_path):
        page = staff.get(path)
        assert page.status_code == 200, path
        assert page.headers["X-Cache-Status"] == "BYPASS", path
        assert "no-store" in page.headers["Cache-Control"], path
    assert "Preview" in staff.get(draft_path).text
    # What staff saw was never stored: the public gets the public answers.
    assert anonymous.get(draft_path).status_code == 404
    public = anonymous.get(open_path)
    assert public.headers["X-Cache-Status"] == "HIT"
    assert "no-store" not in public.headers["Cache-Control"]


def test_stored_pages_are_served_while_the_app_is_down(front):
    visitor = Visitor(front["nginx"].url)
    page = visitor.get("/blog/")
    assert visitor.get("/blog/").headers["X-Cache-Status"] == "HIT"
    front["app"].stop()
    down = visitor.get("/blog/")
    assert down.status_code == 200
    assert down.headers["X-Cache-Status"] in ("HIT", "STALE")
    assert down.text == page.text
    assert visitor.get("/jobs/?q=never-asked-before").status_code == 502
