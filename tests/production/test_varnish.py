"""deploy/varnish.vcl in front of gunicorn, checked through Varnish: public pages are stored
whatever the tracking parameters, and a filled job leaves it by tag at once (the app's purge
task, run by a real worker, sends xkey's PURGE), its page and every /jobs/ query string with
it; a signed-in staff member is passed to the app, never stored."""

import pytest

from .harness import (
    TaskWorker,
    VarnishFrontCache,
    Visitor,
    job_paths,
    manage,
    unavailable,
    varnishd_binary,
    wait_until,
)

pytestmark = pytest.mark.production


@pytest.fixture(scope="module")
def varnish(stack, start_server):
    if not varnishd_binary():
        unavailable("Varnish is not installed (apt-get install -y varnish varnish-modules)")
    cache = VarnishFrontCache()
    purges = {"CACHE_PURGE_BACKEND": "varnish", "CACHE_PURGE_URL": cache.url}
    app = start_server("V", **purges)
    worker = TaskWorker(stack.env(**purges), stack.log_dir).start()
    try:  # a worker left running would take later modules' tasks
        cache.start(f"127.0.0.1:{app.port}")
        yield {"varnish": cache, "env": stack.env(**purges)}
    finally:
        cache.stop()
        worker.stop()


def test_pages_are_stored_whatever_the_tracking_parameters(varnish):
    visitor = Visitor(varnish["varnish"].url)
    first = visitor.get("/jobs/?q=welder&utm_source=newsletter")
    assert first.status_code == 200 and first.headers["X-Cache-Status"] == "MISS"
    assert "Surrogate-Key" not in first.headers and "Cache-Tag" not in first.headers
    for path in ("/jobs/?q=welder", "/jobs/?source=indeed&q=welder&utm_medium=email"):
        again = visitor.get(path)
        assert again.headers["X-Cache-Status"] == "HIT", path
        assert again.text == first.text


def test_a_filled_job_leaves_with_every_listing_by_tag(varnish, stack):
    visitor = Visitor(varnish["varnish"].url)
    path = job_paths(visitor.get("/jobs/").text)[0]
    job_id = int(path.split("/")[2])
    listings = ["/jobs/", "/jobs/?q=engineer&page=2", "/"]
    for page in [path, *listings]:
        visitor.get(page)
        assert visitor.get(page).headers["X-Cache-Status"] == "HIT", page
    finished = (
        "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'SUCCESSFUL' "
        "AND task_path LIKE '%%purge_front_cache' AND return_value::text <> '0'"
    )
    before = stack.query(finished)[0][0]
    manage(
        "shell", "-c", f"from jobs.models import Job; Job.objects.get(pk={job_id}).mark_filled()",
        env=varnish["env"],
    )  # fmt: skip
    wait_until(lambda: stack.query(finished)[0][0] > before, timeout=60, message="the purge task")
    gone = visitor.get(path)
    assert gone.status_code == 410 and gone.headers["X-Cache-Status"] == "MISS"
    for page in listings:  # tagged "jobs": gone too, each query string of them
        assert visitor.get(page).headers["X-Cache-Status"] == "MISS", page
    assert path not in visitor.get("/jobs/").text


def test_signed_in_staff_are_passed_to_the_app(varnish, stack):
    staff = Visitor(varnish["varnish"].url)
    staff.login(stack.staff_username, stack.staff_password, stack.staff_two_factor)
    anonymous = Visitor(varnish["varnish"].url)
    anonymous.get("/blog/")
    assert anonymous.get("/blog/").headers["X-Cache-Status"] == "HIT"
    for _ in range(2):
        page = staff.get("/blog/")
        assert page.status_code == 200 and "no-store" in page.headers["Cache-Control"]
        assert page.headers["X-Cache-Status"] == "MISS"
    assert "no-store" not in anonymous.get("/blog/").headers["Cache-Control"]
