import io
import json
import logging
import re

import pytest
from django.conf import settings
from django.test import Client, RequestFactory
from django.urls import path, reverse

from alerts import tokens
from alerts.models import JobAlert
from candidates.models import Resume
from core.logging import (
    ACCESS_LOGGER,
    JsonFormatter,
    RedactPersonalData,
    RequestIdFilter,
    TextFormatter,
    logging_config,
    redact,
    request_id_var,
)
from core.middleware import RequestIdMiddleware
from tests.alerts.factories import JobAlertFactory
from tests.candidates.conftest import PDF, fixture_upload
from tests.candidates.factories import ResumeFactory
from tests.factories import StaffUserFactory


def boom(request):
    raise RuntimeError("the view broke while emailing jane.q.public@example.com")


# For @pytest.mark.urls(__name__): a view that raises, beside the site's own URLs.
urlpatterns = [path("boom/", boom)]

ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")
GENERATED_ID = re.compile(r"^[0-9a-f]{32}$")


class Captured:
    """Everything logged anywhere in the process, as the production handler writes it."""

    def __init__(self):
        self.stream = io.StringIO()
        self.handler = logging.StreamHandler(self.stream)
        self.handler.addFilter(RequestIdFilter())
        self.handler.addFilter(RedactPersonalData())
        self.handler.setFormatter(JsonFormatter())

    @property
    def text(self) -> str:
        return self.stream.getvalue()

    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.text.splitlines()]

    def access(self) -> list[dict]:
        return [r for r in self.records() if r["logger"] == ACCESS_LOGGER]


@pytest.fixture
def captured():
    capture = Captured()
    root = logging.getLogger()
    root.addHandler(capture.handler)
    yield capture
    root.removeHandler(capture.handler)


@pytest.fixture
def everything_at_debug():
    """Every logger at DEBUG, except those the configuration keeps above it to keep personal data
    out (SQL parameters, whole template contexts, text quoted from PDFs)."""
    pinned = {"django.db.backends", "django.template", "pypdf"}
    loggers = [logging.getLogger()] + [
        logger
        for name, logger in logging.root.manager.loggerDict.items()
        if isinstance(logger, logging.Logger) and name not in pinned
    ]
    before = [(logger, logger.level) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    yield
    for logger, level in before:
        logger.setLevel(level)


# --- the access line ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_one_access_line_per_request_with_the_request_id_of_the_response(client, captured):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    [line] = captured.access()
    assert GENERATED_ID.match(response["X-Request-ID"])
    assert line["request_id"] == response["X-Request-ID"]
    assert line["level"] == "INFO" and ISO_UTC.match(line["time"])
    assert (line["method"], line["path"], line["status"]) == ("GET", "/robots.txt", 200)
    assert line["bytes"] == len(response.content)
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert line["message"] == f"GET /robots.txt 200 {line['duration_ms']}ms"
    assert request_id_var.get() == "-"  # reset once the request is over

    second = client.get("/robots.txt")
    assert second["X-Request-ID"] != response["X-Request-ID"]
    assert [line["request_id"] for line in captured.access()] == [
        response["X-Request-ID"],
        second["X-Request-ID"],
    ]


@pytest.mark.django_db
def test_the_query_string_is_not_logged(client, captured):
    response = client.get("/jobs/", {"q": "welder", "email": "jane.q.public@example.com"})
    assert response.status_code == 200
    [line] = captured.access()
    assert line["path"] == "/jobs/"
    assert "welder" not in captured.text and "jane" not in captured.text


@pytest.mark.django_db
def test_an_incoming_request_id_from_the_proxy_is_reused(client, captured):
    response = client.get("/robots.txt", headers={"X-Request-ID": "lb-7f3a9c2e.0001_a"})
    assert response["X-Request-ID"] == "lb-7f3a9c2e.0001_a"
    assert captured.access()[0]["request_id"] == "lb-7f3a9c2e.0001_a"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "incoming",
    [
        "short",
        "x" * 65,
        "has spaces 12345",
        "abc12345\nGET /forged 200",
        "abc12345\r\nX-Evil: 1",
        "abc12345;rm",
        "abc12345\u00e9xyz",
        "",
    ],
)
def test_an_unsafe_incoming_request_id_is_replaced(client, captured, incoming):
    response = client.get("/robots.txt", headers={"X-Request-ID": incoming})
    assert GENERATED_ID.match(response["X-Request-ID"])
    [line] = captured.access()  # each line parses as JSON: no forged line
    assert line["request_id"] == response["X-Request-ID"]
    assert "forged" not in captured.text and "Evil" not in captured.text


@pytest.mark.django_db
def test_records_logged_during_a_request_carry_its_id_and_the_alert_token_is_not_logged(
    client, captured
):
    alert = JobAlertFactory(email="jane.q.public@example.com")
    token = tokens.make_token(alert.pk, tokens.UNSUBSCRIBE)
    url = reverse("alerts:alert-unsubscribe", args=[token])

    page = client.get(url)
    assert page.status_code == 200
    removed = client.post(url)
    assert removed.status_code == 200 and not JobAlert.objects.exists()
    tampered = client.get(url.replace(token, token[:-3] + "xyz"))
    assert tampered.status_code == 400

    signature = token.rsplit(":", 1)[1]
    assert signature not in captured.text and token not in captured.text
    assert "jane" not in captured.text
    access = captured.access()
    assert [(line["method"], line["path"], line["status"]) for line in access] == [
        ("GET", "/alerts/unsubscribe/…/", 200),
        ("POST", "/alerts/unsubscribe/…/", 200),
        ("GET", "/alerts/unsubscribe/…/", 400),
    ]
    removal = next(r for r in captured.records() if "removed (unsubscribed)" in r["message"])
    assert removal["request_id"] == access[1]["request_id"] == removed["X-Request-ID"]
    refusal = next(r for r in captured.records() if "link refused" in r["message"])
    assert refusal["request_id"] == access[2]["request_id"]


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_a_view_that_raises_still_logs_one_line_with_status_500(captured):
    client = Client(raise_request_exception=False)
    response = client.get("/boom/", headers={"X-Request-ID": "upstream-id-42"})
    assert response.status_code == 500
    [line] = captured.access()
    assert (line["path"], line["status"], line["request_id"]) == ("/boom/", 500, "upstream-id-42")
    # Django's own record of the error, with its traceback, belongs to the same request.
    [error] = [r for r in captured.records() if r["logger"] == "django.request"]
    assert error["request_id"] == "upstream-id-42" and error["level"] == "ERROR"
    assert "RuntimeError: the view broke while emailing [email]" in error["exception"]
    assert "jane.q.public" not in captured.text
    assert request_id_var.get() == "-"


def test_an_exception_through_the_middleware_logs_status_500_and_resets_the_id(captured):
    def failing(request):
        assert request_id_var.get() == request.request_id
        raise ConnectionError("database went away")

    request = RequestFactory().get("/jobs/", headers={"X-Request-ID": "upstream-id-43"})
    with pytest.raises(ConnectionError):
        RequestIdMiddleware(failing)(request)
    [line] = captured.access()
    assert (line["status"], line["request_id"], line["path"]) == (500, "upstream-id-43", "/jobs/")
    assert "bytes" not in line
    assert request_id_var.get() == "-"


@pytest.mark.django_db
def test_a_streamed_resume_download_logs_one_line_without_the_file_name(captured):
    resume = ResumeFactory(original_name="Jane-Q-Public-CV.txt")
    staff = Client()
    staff.force_login(StaffUserFactory(permissions=["view_resume"]))
    response = staff.get(resume.get_download_url())
    assert response.status_code == 200 and response.streaming
    assert b"".join(response.streaming_content) == b"Jane Doe\nWelder\n"
    [line] = captured.access()
    assert line["path"] == f"/admin/candidates/resume/{resume.pk}/download/"
    assert line["bytes"] == 16 and line["request_id"] == response["X-Request-ID"]
    assert "Jane" not in captured.text and "Welder" not in captured.text


@pytest.mark.django_db
def test_caplog_still_sees_the_access_line(client, caplog):
    with caplog.at_level(logging.INFO, logger=ACCESS_LOGGER):
        response = client.get("/robots.txt")
    [record] = [r for r in caplog.records if r.name == ACCESS_LOGGER]
    assert record.status == 200 and record.request_id == response["X-Request-ID"]


# --- resumes: no personal data anywhere in the logs ----------------------------------------------


def submission(**overrides):
    data = {
        "name": "Jane Q. Public",
        "email": "jane.q.public@example.com",
        "phone": "(937) 555-0142",
        "city": "Dayton",
        "state": "OH",
        "profile_url": "linkedin.com/in/janeqpublic",
        "message": "Available from January.",
        "resume": fixture_upload(PDF, as_name="Jane-Q-Public-resume-2025.pdf"),
        "consent": "on",
        "website": "",
    }
    return data | overrides


PERSONAL = [
    "jane.q.public",
    "Jane Q. Public",
    "Jane-Q-Public",
    "janeqpublic",
    "555-0142",
    "5550142",
]


@pytest.mark.django_db
def test_a_resume_submission_logs_no_personal_data(
    client, captured, everything_at_debug, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("candidates:resume-submit"), submission())
    assert response.status_code == 302
    resume = Resume.objects.get()
    # The text was read (by the task, inline in tests), so the check below covers it.
    assert resume.extraction_status == Resume.Extraction.DONE
    lines = [line for line in resume.text.splitlines() if len(line) >= 12]
    assert len(lines) > 10

    logs = captured.text
    assert "Resume submission recorded" in logs
    assert f"Resume {resume.pk} text extraction: done" in logs
    assert [line["status"] for line in captured.access()] == [302]
    for secret in [*PERSONAL, resume.candidate.email, resume.original_name, *lines]:
        assert secret not in logs
    # And the fixture resume's own contact details (its text holds them).
    assert "whitfield" not in logs.lower()
    assert not re.search(r"@example\.com|\(\d{3}\) \d{3}-\d{4}", logs)


@pytest.mark.django_db
def test_a_storage_failure_logs_the_error_without_the_file_name_or_contact_details(
    client, captured, settings, tmp_path
):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the resume store should be")
    settings.STORAGES = {
        **settings.STORAGES,
        "resumes": {
            **settings.STORAGES["resumes"],
            "OPTIONS": {**settings.STORAGES["resumes"]["OPTIONS"], "location": blocked / "store"},
        },
    }
    response = client.post(reverse("candidates:resume-submit"), submission())
    assert response.status_code == 503
    failure = next(r for r in captured.records() if r["message"] == "Storing a resume failed")
    assert "Traceback" in failure["exception"]
    assert failure["request_id"] == response["X-Request-ID"]
    # Django logs the 503 once the middleware has returned; the line still has the request's id.
    [unavailable] = [r for r in captured.records() if r["logger"] == "django.request"]
    assert unavailable["message"] == "Service Unavailable: /resume/"
    assert unavailable["request_id"] == response["X-Request-ID"]
    for secret in PERSONAL:
        assert secret not in captured.text


# --- redaction -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from jane.doe@example.com", "from [email]"),
        ("to J.Doe+jobs@mail.example.co.uk.", "to [email]."),
        ("/alerts/?email=jane%40example.com", "/alerts/?email=[email]"),
        ("call (555) 010-2400 now", "call [phone] now"),
        ("call (555)010-2400", "call [phone]"),
        ("555-010-2400", "[phone]"),
        ("555.010.2400", "[phone]"),
        ("555 010 2400", "[phone]"),
        ("+1 555 010 2400", "[phone]"),
        ("+1-555-010-2400", "[phone]"),
        ("+1 (937) 555-0142", "[phone]"),
        ("1-937-555-0142", "[phone]"),
        ("phone=5550102400;", "phone=[phone];"),
        ("+15550102400", "[phone]"),
        ("+44 20 7946 0958", "[phone]"),
        ("+33 1 23 45 67 89", "[phone]"),
        ("Not Found: /alerts/manage/12:1uRm3x:AbC-dEf_123/", "Not Found: /alerts/manage/…/"),
        ("/alerts/confirm/12:1uRm3x:AbC/ and /alerts/unsubscribe/9:x:y/", None),
    ],
)
def test_redact_masks_emails_phones_and_alert_tokens(text, expected):
    masked = redact(text)
    if expected is not None:
        assert masked == expected
    assert "@" not in masked and "555" not in masked and "2400" not in masked
    assert "12:1uRm3x" not in masked and "9:x:y" not in masked


@pytest.mark.parametrize(
    "text",
    [
        "GET /jobs/48213/senior-python-developer/ 200 12.3ms",
        "Resume submission recorded: application=48213 new_application=True job=None",
        "Resume 1234567890 text extraction: done",
        "request 8f14e45fceea167a5a36dedd4bea2543 bytes 1048576 status 404",
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "at 2025-06-01T14:03:07.123Z or 2025-06-01 14:03:07.123456+00:00",
        "epoch 1749000000.123456 and 1749000000123 ms",
        "took 2345.678ms, 20250601 rows",
        "Job alerts run: {'due': 12, 'sent': 10, 'failed': 2}",
        "Django 6.1.0 on Python 3.12.1, offset +0000, zone +05:30",
        "/alerts/check-your-email/ and /alerts/",
        "version 1.2.3.4 port 5432 pid 31337",
    ],
)
def test_redact_leaves_ids_statuses_durations_and_timestamps_alone(text):
    assert redact(text) == text


@pytest.fixture
def isolated():
    """A logger of its own, writing through the production filters and JSON formatter."""
    capture = Captured()
    logger = logging.getLogger("tests.core.logging.isolated")
    logger.addHandler(capture.handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, capture
    logger.removeHandler(capture.handler)


def test_the_filter_masks_messages_arguments_extra_fields_and_exception_text(isolated):
    logger, capture = isolated
    logger.info("Sent to %s, phone %s, for application %s", "jane@example.com", "555-010-2400", 42)
    logger.info("Direct: jane@example.com")
    logger.info("Extra", extra={"to": "jane@example.com", "status": 200, "duration_ms": 5550.5})
    logger.info("Wrong arguments %s %s", "jane@example.com")  # does not raise
    try:
        raise ValueError("no such user jane@example.com, (555) 010-2400")
    except ValueError:
        logger.exception("Lookup %s failed", "+1 555 010 2400")
    logger.warning("Where: jane@example.com", stack_info=True)

    first, direct, extra, wrong, failure, stack = capture.records()
    assert first["message"] == "Sent to [email], phone [phone], for application 42"
    assert direct["message"] == "Direct: [email]"
    assert (extra["to"], extra["status"], extra["duration_ms"]) == ("[email]", 200, 5550.5)
    assert "[email]" in wrong["message"]
    assert failure["message"] == "Lookup [phone] failed"
    assert failure["exception"].startswith("Traceback")
    assert "ValueError: no such user [email], [phone]" in failure["exception"]
    assert "stack" in stack
    assert "jane" not in capture.text and "010-2400" not in capture.text


def test_the_exception_stays_on_the_record_for_other_handlers(isolated):
    logger, capture = isolated
    seen = []
    other = logging.Handler()
    other.emit = seen.append
    logger.addHandler(other)
    try:
        raise KeyError("x")
    except KeyError:
        logger.exception("failed")
    logger.removeHandler(other)
    assert seen[0].exc_info and seen[0].exc_info[0] is KeyError
    assert "KeyError" in capture.records()[0]["exception"]


# --- formats and configuration -------------------------------------------------------------------


def test_json_lines_have_the_fields_and_leave_objects_out(isolated):
    logger, capture = isolated
    logger.info(
        "GET %s", "/jobs/", extra={"method": "GET", "status": 200, "request": object(), "n": None}
    )
    [record] = capture.records()
    assert list(record)[:5] == ["time", "level", "logger", "message", "request_id"]
    assert ISO_UTC.match(record["time"])
    assert record["level"] == "INFO" and record["logger"] == "tests.core.logging.isolated"
    assert record["message"] == "GET /jobs/" and record["request_id"] == "-"
    assert record["method"] == "GET" and record["status"] == 200 and record["n"] is None
    assert "request" not in record and "exception" not in record


def test_text_lines_show_the_request_id():
    record = logging.LogRecord("jobs.views", logging.INFO, __file__, 1, "Job %s", (7,), None)
    context = request_id_var.set("abcdef0123456789")
    try:
        RequestIdFilter().filter(record)
    finally:
        request_id_var.reset(context)
    line = TextFormatter().format(record)
    assert re.match(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}Z INFO jobs.views ", line)
    assert line.endswith(" [abcdef0123456789] Job 7")
    bare = logging.LogRecord("worker", logging.INFO, __file__, 1, "Task done", (), None)
    assert TextFormatter().format(bare).endswith(" [-] Task done")


def test_logging_config_choices():
    production = logging_config(json=True, level="info")
    assert production["handlers"]["console"]["formatter"] == "json"
    assert production["handlers"]["console"]["filters"] == ["request_id", "redact"]
    assert production["root"]["level"] == "INFO"
    assert production["disable_existing_loggers"] is False
    assert logging_config(json=False, level="INFO")["handlers"]["console"]["formatter"] == "text"
    # DEBUG never turns on SQL logging (parameters hold emails); WARNING keeps the access log.
    debug = logging_config(json=True, level="DEBUG")["loggers"]
    assert debug["django.db.backends"]["level"] == "INFO" and debug["django"]["level"] == "INFO"
    quiet = logging_config(json=True, level="WARNING")["loggers"]
    assert quiet[ACCESS_LOGGER]["level"] == "INFO"
    assert quiet["django.db.backends"]["level"] == "WARNING"
    with pytest.raises(ValueError, match="LOG_LEVEL"):
        logging_config(json=True, level="verbose")


def test_settings_put_the_middleware_first_and_filter_the_live_handler():
    assert settings.MIDDLEWARE[0] == "core.middleware.RequestIdMiddleware"
    [console] = [h for h in logging.getLogger().handlers if h.name == "console"]
    assert [type(f) for f in console.filters] == [RequestIdFilter, RedactPersonalData]
    assert isinstance(console.formatter, JsonFormatter | TextFormatter)
    # Django's default handlers (a debug console, mail to ADMINS) are gone: one output, filtered.
    assert logging.getLogger("django").handlers == []
    assert logging.getLogger("django.server").handlers == []


def test_gunicorn_error_lines_keep_the_path_and_drop_query_string_and_client_address():
    from core.logging import GunicornRequestDetails

    lines = []
    for msg, args in (
        ("Error handling request %s %s", ("GET", "/jobs/?q=welder&email=jo%40example.com")),
        ("Error handling request %s", ("/alerts/manage/eyJhbGci.sig/?x=1",)),
        ("Invalid request from ip=203.0.113.9: Invalid HTTP method 'FOO'", ()),
    ):
        record = logging.LogRecord("gunicorn.error", logging.ERROR, __file__, 1, msg, args, None)
        GunicornRequestDetails().filter(record)
        lines.append(record.getMessage())
    assert lines == [
        "Error handling request GET /jobs/",
        "Error handling request /alerts/manage/…/",
        "Invalid request from ip=…: Invalid HTTP method 'FOO'",
    ]
