"""Two identical app servers behind a (notional) load balancer: whatever a visitor or a recruiter
does through one is what the other sees, because files, rate limits and cached pages live in the
shared stores, never on one machine."""

import io
import json
import re
import secrets

import pytest
import requests
from PIL import Image

from .harness import FIXTURES, Visitor, form_fields, job_paths

pytestmark = pytest.mark.production

RESUME = FIXTURES / "r03-whitfield-software-developer-python-django.pdf"
ALERT_LIMIT = 3


@pytest.fixture(scope="module")
def servers(start_server):
    a = start_server("A", ALERT_SIGNUP_RATE_LIMIT=str(ALERT_LIMIT))
    b = start_server("B", ALERT_SIGNUP_RATE_LIMIT=str(ALERT_LIMIT))
    return a, b


@pytest.fixture(scope="module")
def staff_on(stack):
    def login(server) -> Visitor:
        visitor = Visitor(server.url)
        visitor.login(stack.staff_username, stack.staff_password, stack.staff_two_factor)
        return visitor

    return login


def test_resume_sent_through_one_server_is_downloaded_by_staff_on_the_other(
    stack, servers, staff_on
):
    a, b = servers
    content = RESUME.read_bytes()
    email = f"two-servers-{secrets.token_hex(4)}@example.com"
    before = stack.resume_objects()

    candidate = Visitor(a.url)
    sent = candidate.submit_resume(email=email, file=RESUME)
    assert sent.status_code == 302 and sent.headers["Location"] == "/resume/sent/", sent.text[:500]
    assert candidate.get("/resume/sent/").status_code == 200

    [(resume_id, stored_name, size)] = stack.query(
        "SELECT r.id, r.file, r.size FROM candidates_resume r "
        "JOIN candidates_candidate c ON c.id = r.candidate_id WHERE c.email = %s",
        [email],
    )
    assert size == len(content)
    # The file is in the shared object store, under a name that says nothing about the candidate.
    added = {key: length for key, length in stack.resume_objects().items() if key not in before}
    assert added == {stored_name: len(content)}
    assert "whitfield" not in stored_name.lower() and email.split("@")[0] not in stored_name
    stored = stack.s3.client().get_object(Bucket=stack.resume_bucket, Key=stored_name)
    assert stored["Body"].read() == content

    # A recruiter signed in on the other server downloads exactly what was sent.
    staff = staff_on(b)
    download_path = f"/admin/candidates/resume/{resume_id}/download/"
    download = staff.get(download_path)
    assert download.status_code == 200
    assert download.content == content
    assert download.headers["Content-Disposition"] == f'attachment; filename="{RESUME.name}"'
    assert "no-store" in download.headers["Cache-Control"]

    # Nobody else: the download asks an anonymous visitor to sign in ...
    anonymous = Visitor(b.url).get(download_path)
    assert anonymous.status_code == 302
    assert anonymous.headers["Location"].startswith("/admin/login/?next=")
    # ... and the object store refuses an unsigned request for the object itself. moto enforces
    # ACLs and bucket policies on unsigned requests (403 here); the bucket has no public grant.
    direct = requests.get(f"{stack.s3.url}/{stack.resume_bucket}/{stored_name}", timeout=10)
    assert direct.status_code == 403 and content not in direct.content
    # The site never hands out an object-store address for a resume, even to staff.
    for path in (f"/admin/candidates/resume/{resume_id}/change/", "/admin/candidates/application/"):
        page = staff.get(path)
        assert page.status_code == 200
        assert stack.resume_bucket not in page.text and stack.s3.url not in page.text
        assert download_path in page.text


def test_a_rate_limit_reached_on_one_server_holds_on_the_other(stack, servers):
    a, b = servers
    stack.clear_rate_limits()
    tag = secrets.token_hex(4)

    def sign_up(visitor: Visitor, number: int):
        token = visitor.form_token("/alerts/?q=welder")
        return visitor.post(
            "/alerts/",
            {
                "csrfmiddlewaretoken": token,
                "email": f"alert-{tag}-{number}@example.com",
                "frequency": "daily",
                "query": "q=welder",
            },
        )

    on_a = Visitor(a.url)
    for number in range(ALERT_LIMIT):
        answer = sign_up(on_a, number)
        assert answer.status_code == 302, (number, answer.status_code)
        assert answer.headers["Location"] == "/alerts/check-your-email/"

    refused = sign_up(Visitor(b.url), ALERT_LIMIT)
    assert refused.status_code == 429
    assert "Please wait a while" in refused.text
    stored = stack.query("SELECT email FROM alerts_jobalert WHERE email LIKE %s", [f"%{tag}%"])
    assert len(stored) == ALERT_LIMIT


def test_a_job_closed_on_one_server_is_gone_at_once_on_the_other(stack, servers, staff_on):
    a, b = servers
    visitor = Visitor(b.url)
    listing = visitor.get("/jobs/")
    assert listing.status_code == 200
    job_path = job_paths(listing.text)[0]
    job_id = int(job_path.split("/")[2])
    # Both pages are in B's page cache (Redis) before the change.
    for path in ("/jobs/", job_path):
        visitor.get(path)
        cached = visitor.get(path)
        assert cached.status_code == 200 and cached.headers.get("X-Page-Cache") == "hit", path
        assert job_path in cached.text

    staff = staff_on(a)
    token = staff.form_token("/admin/jobs/job/")
    closed = staff.post(
        "/admin/jobs/job/",
        {
            "csrfmiddlewaretoken": token,
            "action": "close_jobs",
            "_selected_action": str(job_id),
            "index": "0",
            "select_across": "0",
        },
    )
    assert closed.status_code == 302
    assert stack.query("SELECT status FROM jobs_job WHERE id = %s", [job_id]) == [("closed",)]

    gone = visitor.get(job_path)
    assert gone.status_code == 410
    listing = visitor.get("/jobs/")
    assert listing.status_code == 200 and listing.headers.get("X-Page-Cache") == "miss"
    assert job_path not in listing.text


def _hero_png() -> bytes:
    image = Image.new("RGB", (1400, 800))
    image.putdata([(x % 256, (x * y) % 256, y % 256) for y in range(800) for x in range(1400)])
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_an_article_image_uploaded_on_one_server_is_served_from_the_bucket_on_the_other(
    stack, servers, staff_on
):
    a, b = servers
    staff = staff_on(a)
    form = staff.get("/admin/blog/article/add/")
    assert form.status_code == 200
    fields = form_fields(form.text, "article_form")
    [(category_id,)] = stack.query("SELECT id FROM blog_category ORDER BY id LIMIT 1")
    slug = f"scale-out-{secrets.token_hex(4)}"
    fields.update(
        title="Working for several sites at once",
        slug=slug,
        category=str(category_id),
        summary="How one recruiter placement can cover several client sites.",
        body="## Plan your week\n\nA paragraph of advice.",
        hero_alt="A colourful gradient",
        status="published",
    )
    saved = staff.post(
        "/admin/blog/article/add/",
        fields,
        files={"hero_image": ("hero.png", _hero_png(), "image/png")},
    )
    assert saved.status_code == 302, re.findall(r"errorlist.{0,200}", saved.text)

    [(original, renditions)] = stack.query(
        "SELECT hero_image, hero_renditions FROM blog_article WHERE slug = %s", [slug]
    )
    names = [r[kind] for r in renditions for kind in ("webp", "jpeg")]
    assert len(names) == 4 and all(n.startswith("blog/renditions/") for n in names)

    page = Visitor(b.url).get(f"/blog/{slug}/")
    assert page.status_code == 200
    bucket_url = f"{stack.s3.url}/{stack.media_bucket}"
    for name in names:
        url = f"{bucket_url}/{name}"
        assert url in page.text
        # Fetched straight from the bucket by the browser: public, cacheable for a year.
        image = requests.get(url, timeout=10)
        assert image.status_code == 200 and image.headers["Content-Type"].startswith("image/")
        assert image.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    img_src = next(
        part.split()[1:]
        for part in page.headers["Content-Security-Policy"].split(";")
        if part.split()[0] == "img-src"
    )
    assert stack.s3.url in img_src
    # The uploaded original is neither linked nor readable: only renditions are public.
    assert original.startswith("blog/originals/") and original not in page.text
    assert requests.get(f"{bucket_url}/{original}", timeout=10).status_code == 403


def test_server_logs_are_json_lines_with_request_ids_and_no_personal_data(stack, servers):
    a, _ = servers
    email = f"log-check-{secrets.token_hex(4)}@example.com"
    name, phone = "Quintessa Logwatch", "(937) 555-0142"
    visitor = Visitor(a.url)
    sent = visitor.submit_resume(email=email, file=RESUME, name=name, phone=phone)
    assert sent.status_code == 302, sent.text[:500]
    request_id = sent.headers["X-Request-ID"]

    log = a.log_text()
    records = [json.loads(line) for line in log.splitlines() if line.strip()]
    # Every line is JSON (the servers here log at WARNING, the access lines always).
    [access] = [
        r for r in records if r["logger"] == "amtec.access" and r["request_id"] == request_id
    ]
    assert (access["method"], access["path"], access["status"]) == ("POST", "/resume/", 302)
    # Whole forms only: short digit runs turn up by chance in the random request ids.
    for private in (
        email,
        name,
        "(937) 555-0142",
        "555-0142",
        "9375550142",
        RESUME.name,
        "Whitfield",
    ):
        assert private not in log
