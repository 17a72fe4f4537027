"""A photo of a paper resume sent at the form's first step is read by OCR in a separate
`manage.py worker`, as production runs it beside the web servers: the page answers at once
("Reading your scan"), the worker reads the held file from the shared store (S3) and keeps what
it found beside it, and the form's next request gets those details: upload.js asking
/resume/read/, or, without JavaScript, the "Check again" button."""

import re
import shutil
import time

import pytest

from .harness import FIXTURES, TaskWorker, Visitor, csrf_field, unavailable

pytestmark = pytest.mark.production

PHOTO = FIXTURES / "r06-delgado-cnc-machinist-photo.jpg"
FOUND = {"name": "Roberto Delgado", "email": "roberto.delgado@example.com", "city": "Rockford"}
EMPTY_FORM = {
    "name": "", "email": "", "phone": "", "city": "", "state": "", "desired_role": "",
    "desired_category": "", "profile_url": "", "message": "", "website": "",
}  # fmt: skip


@pytest.fixture(scope="module")
def server(start_server):
    if not shutil.which("tesseract"):
        unavailable("tesseract is not installed (apt-get install -y tesseract-ocr)")
    return start_server("S")


@pytest.fixture
def worker(stack):
    started = []
    yield lambda: started.append(TaskWorker(stack.env(), stack.log_dir).start())
    for one in started:
        one.stop()


def test_a_photo_held_at_the_first_step_is_read_by_the_worker(server, worker):
    visitor = Visitor(server.url)
    token = visitor.form_token("/resume/")
    with PHOTO.open("rb") as fh:
        page = visitor.post(
            "/resume/",
            {"csrfmiddlewaretoken": token, "step": "read", **EMPTY_FORM},
            files={"resume": (PHOTO.name, fh, "image/jpeg")},
        )
    assert page.status_code == 200, page.text[:500]
    assert "Reading your scan" in page.text  # the web server did not wait for the OCR
    held = re.search(r'name="held" value="([^"]+)"', page.text).group(1)
    # Queued, not read: no worker is running yet.
    for _ in range(3):
        answer = visitor.get("/resume/read/", headers={"X-Held-Token": held}).json()
        assert answer == {"state": "reading", "fields": {}, "labels": {}}
        time.sleep(0.5)

    worker()
    deadline, answer = time.monotonic() + 90, {}
    while time.monotonic() < deadline:
        answer = visitor.get("/resume/read/", headers={"X-Held-Token": held}).json()
        if answer["state"] != "reading":
            break
        time.sleep(0.5)
    assert answer["state"] == "read", answer
    assert {name: answer["fields"].get(name) for name in FOUND} == FOUND

    # Without JavaScript: "Check again" fills the empty fields, keeping what was typed.
    checked = visitor.post(
        "/resume/",
        {
            "csrfmiddlewaretoken": csrf_field(page.text), "step": "check", "held": held,
            **EMPTY_FORM, "desired_role": "CNC machinist",
        },
    )  # fmt: skip
    assert checked.status_code == 200
    assert 'value="Roberto Delgado"' in checked.text
    assert 'value="CNC machinist"' in checked.text
    assert "Reading your scan" not in checked.text
