"""What visitors and candidates see when PostgreSQL or the object store fails, and that the site
recovers by itself. The app server reaches both through a TCP proxy in this process that the tests
cut (connections refused), stall (connections accepted, never answered: a hanging server) and
restore."""

import json
import secrets
import time

import pytest
from django.db import OperationalError

from .harness import FIXTURES, TcpProxy, Visitor, free_port, job_paths, wait_until

pytestmark = pytest.mark.production

RESUME = FIXTURES / "r06-delgado-cnc-machinist.pdf"
# A 503 must come quickly: DB_CONNECT_TIMEOUT is 2 s, and nothing may wait on a dead service.
PROMPT_SECONDS = 10
OUTAGE_PAGE = "We’ll be back in a few minutes"


@pytest.fixture(scope="module")
def proxies(stack):
    db = TcpProxy(("127.0.0.1", 5432)).start()
    s3 = TcpProxy(("127.0.0.1", stack.s3.port)).start()
    yield db, s3
    db.cut()
    s3.cut()


@pytest.fixture(scope="module")
def server(stack, proxies, start_server):
    db, s3 = proxies
    return start_server(
        "F",
        DATABASE_URL=stack.database_url(db.port),
        S3_ENDPOINT_URL=f"http://127.0.0.1:{s3.port}",
    )


def timed_get(visitor: Visitor, path: str):
    started = time.monotonic()
    response = visitor.get(path)
    return response, time.monotonic() - started


def assert_outage_page(response, seconds: float, path: str):
    print(f"  {path}: {response.status_code} in {seconds:.2f} s")
    assert response.status_code == 503, (path, response.status_code, response.text[:300])
    assert seconds < PROMPT_SECONDS, (path, seconds)
    # The page declares UTF-8 in a <meta> tag, as browsers read it (its header names no charset).
    page = response.content.decode()
    assert OUTAGE_PAGE in page
    assert response.headers["Retry-After"] == "30"
    assert response.headers["Content-Type"].startswith("text/html")
    assert "Traceback" not in page and "OperationalError" not in page


def uncached_paths(job_path: str) -> list[str]:
    """Pages no one has asked for yet (a fresh query string), so the page cache cannot answer."""
    token = secrets.token_hex(4)
    return [
        f"/jobs/?q=forklift+{token}",
        f"/blog/?page=2&ref={token}",
        f"{job_path}?ref={token}",
        "/resume/",  # never cached: the form carries a CSRF token
    ]


@pytest.mark.parametrize("failure", ["refused", "hanging"])
def test_database_outage_gives_a_prompt_branded_503_and_recovers_without_a_restart(
    stack, proxies, server, failure
):
    db, _ = proxies
    visitor = Visitor(server.url)
    listing = visitor.get("/jobs/")
    job_path = job_paths(listing.text)[0]
    cached = ["/", "/jobs/"]
    for path in cached:
        visitor.get(path)
        assert visitor.get(path).headers.get("X-Page-Cache") == "hit"
    workers = server.worker_pids()
    assert len(workers) == 2
    # A candidate who opened the form before the outage and sends it during it.
    token = visitor.form_token("/resume/")
    resumes_before = stack.resume_objects()

    print(f"\nDatabase {failure} ({'proxy closed' if failure == 'refused' else 'proxy stalls'}):")
    if failure == "refused":
        db.cut()
    else:
        db.stall()
    try:
        for path in uncached_paths(job_path):
            assert_outage_page(*timed_get(visitor, path), path)

        started = time.monotonic()
        health = visitor.get("/healthz")
        print(
            f"  /healthz: {health.status_code} {health.text} in {time.monotonic() - started:.2f} s"
        )
        assert health.status_code == 503
        assert health.headers["Content-Type"] == "application/json"
        assert json.loads(health.text) == {
            "status": "unavailable",
            "database": "unavailable",
            "cache": "ok",
            "storage": "ok",
        }

        started = time.monotonic()
        with RESUME.open("rb") as fh:
            sent = visitor.post(
                "/resume/",
                {
                    "csrfmiddlewaretoken": token,
                    "name": "Outage Candidate",
                    "email": f"outage-{secrets.token_hex(4)}@example.com",
                    "consent": "on",
                },
                files={"resume": (RESUME.name, fh, "application/pdf")},
            )
        # The 503 page tells a candidate their resume was not received.
        assert_outage_page(sent, time.monotonic() - started, "POST /resume/")
        assert "it has not been received yet" in sent.content.decode()

        # Pages already in the shared page cache (Redis) still answer: anonymous visitors keep
        # reading the job board through a database outage.
        for path in cached:
            page, seconds = timed_get(visitor, path)
            print(f"  {path} (in the page cache): {page.status_code} in {seconds:.2f} s")
            assert page.status_code == 200 and page.headers.get("X-Page-Cache") == "hit"
    finally:
        db.restore()

    # Back by itself: the next requests are served again, by the same worker processes.
    attempts = []

    def serves_again():
        page, seconds = timed_get(visitor, f"/jobs/?q=engineer+{secrets.token_hex(4)}")
        attempts.append((page.status_code, round(seconds, 2)))
        return page.status_code == 200

    wait_until(serves_again, timeout=30, interval=0.2, message="recovery")
    print(f"  restored: (status, seconds) per request until the first 200: {attempts}")
    assert len(attempts) <= 3
    for _ in range(6):  # both workers, several times
        assert visitor.get(f"/blog/?ref={secrets.token_hex(4)}").status_code == 200
    assert visitor.get("/healthz").status_code == 200
    assert server.worker_pids() == workers
    assert stack.resume_objects() == resumes_before


@pytest.mark.parametrize("failure", ["refused", "hanging"])
def test_object_store_outage_tells_the_candidate_to_retry_and_keeps_nothing(
    stack, proxies, server, failure
):
    _, s3 = proxies
    email = f"s3-outage-{secrets.token_hex(4)}@example.com"
    visitor = Visitor(server.url)
    visitor.form_token("/resume/")  # the form as it was before the outage: cookie, token
    counts_sql = (
        "SELECT (SELECT count(*) FROM candidates_candidate), "
        "(SELECT count(*) FROM candidates_resume), (SELECT count(*) FROM candidates_application)"
    )
    counts = stack.query(counts_sql)
    objects = stack.resume_objects()

    s3.cut() if failure == "refused" else s3.stall()
    try:
        started = time.monotonic()
        refused = visitor.submit_resume(email=email, file=RESUME)
        seconds = time.monotonic() - started
        print(
            f"\nObject store {failure}: POST /resume/ answered {refused.status_code} "
            f"in {seconds:.2f} s"
        )
        assert refused.status_code == 503
        # Well within gunicorn's 30 s worker timeout: the candidate gets the form back, not a 502.
        assert seconds < 25
        # The form again, with the reason, so the candidate can simply send it again.
        assert "We couldn&#x27;t save your file just now" in refused.text
        assert "please try again in a minute" in refused.text
        assert 'name="email"' in refused.text and email in refused.text
        health = visitor.get("/healthz")
        assert health.status_code == 503 and json.loads(health.text)["storage"] == "unavailable"
    finally:
        s3.restore()

    assert stack.query(counts_sql) == counts
    assert stack.query("SELECT id FROM candidates_candidate WHERE email = %s", [email]) == []
    assert stack.resume_objects() == objects

    # Sending again once the store is back works, and stores the file.
    again = visitor.submit_resume(email=email, file=RESUME)
    assert again.status_code == 302 and again.headers["Location"] == "/resume/sent/"
    [(stored_name,)] = stack.query(
        "SELECT r.file FROM candidates_resume r JOIN candidates_candidate c "
        "ON c.id = r.candidate_id WHERE c.email = %s",
        [email],
    )
    assert stack.resume_objects()[stored_name] == RESUME.stat().st_size


# --- in process: the same services, with a failure placed exactly where it hurts ---------------


@pytest.fixture
def resume_bucket(settings, moto_s3):
    """The resume store of this test: an empty private bucket of its own on moto."""
    bucket = f"resumes-{secrets.token_hex(6)}"
    client = moto_s3.client()
    client.create_bucket(Bucket=bucket)
    settings.STORAGES = {
        **settings.STORAGES,
        "resumes": {
            "BACKEND": "core.storages.PrivateResumeStorage",
            "OPTIONS": s3_options(moto_s3.url, bucket),
        },
    }

    def keys() -> list[str]:
        listing = client.list_objects_v2(Bucket=bucket)
        return [item["Key"] for item in listing.get("Contents", [])]

    return keys


def s3_options(endpoint: str, bucket: str) -> dict:
    # What amtec/settings.py builds from S3_* (credentials here instead of the environment).
    return {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": "us-east-1",
        "addressing_style": "path",
        "file_overwrite": False,
        "access_key": "testing",
        "secret_key": "testing",
    }


def submit(email="jane.roe@example.com"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from candidates.filetypes import inspect_upload
    from candidates.services import CandidateDetails, submit_resume

    upload = SimpleUploadedFile(RESUME.name, RESUME.read_bytes())
    detected = inspect_upload(upload, upload.name, max_bytes=5 * 1024 * 1024)
    return submit_resume(
        details=CandidateDetails(name="Jane Roe", email=email), upload=upload, detected=detected
    )


def no_rows() -> bool:
    from candidates.models import Application, Candidate, Resume

    return not (
        Candidate.objects.exists() or Resume.objects.exists() or Application.objects.exists()
    )


def test_submission_stores_the_resume_in_the_bucket(transactional_db, resume_bucket):
    submission = submit()
    assert resume_bucket() == [submission.application.resume.file.name]


def test_database_failure_after_the_file_is_stored_leaves_no_orphan_object(
    transactional_db, resume_bucket, monkeypatch
):
    from candidates.models import Application

    in_bucket_at_failure = []

    def database_gone(*args, **kwargs):
        in_bucket_at_failure.extend(resume_bucket())
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(Application.objects, "create", database_gone)
    with pytest.raises(OperationalError):
        submit()
    assert len(in_bucket_at_failure) == 1  # the file had reached the bucket ...
    assert resume_bucket() == []  # ... and was removed with the rolled-back rows
    assert no_rows()


def test_object_store_down_raises_storage_unavailable_and_records_nothing(
    transactional_db, settings
):
    from candidates.services import StorageUnavailable

    settings.STORAGES = {
        **settings.STORAGES,
        "resumes": {
            "BACKEND": "core.storages.PrivateResumeStorage",
            "OPTIONS": s3_options(f"http://127.0.0.1:{free_port()}", "resumes"),  # nothing there
        },
    }
    with pytest.raises(StorageUnavailable):
        submit()
    assert no_rows()


def test_object_store_refusing_the_file_raises_storage_unavailable_and_records_nothing(
    transactional_db, settings, moto_s3
):
    from candidates.services import StorageUnavailable

    settings.STORAGES = {
        **settings.STORAGES,
        "resumes": {
            "BACKEND": "core.storages.PrivateResumeStorage",
            "OPTIONS": s3_options(moto_s3.url, f"no-such-bucket-{secrets.token_hex(4)}"),
        },
    }
    with pytest.raises(StorageUnavailable):
        submit()
    assert no_rows()
