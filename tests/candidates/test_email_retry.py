"""The mail server down: submissions are kept and confirmed on screen, and every email goes out
once the server is back, exactly once. Against a real SMTP server on a local port."""

import socket
from datetime import timedelta
from email import message_from_bytes
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.tasks import TaskResultStatus
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from pytest_django.asserts import assertContains

from alerts.models import JobAlert
from alerts.tasks import send_confirmation
from candidates.models import Application, Candidate, Resume
from candidates.tasks import send_confirmation_email
from core.tasks import EMAIL_RETRY_DELAYS
from tests.alerts.factories import JobAlertFactory, PendingAlertFactory
from tests.candidates.factories import ApplicationFactory
from tests.candidates.signin import sign_in
from tests.candidates.test_views import form_data
from tests.core.test_worker_recovery import database_worker
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db
CANDIDATE = "jane.doe@example.com"
STAFF = "recruiting@amtec.example"


class MailServer:
    """An SMTP server on a local port: down (connections refused) until `start()`."""

    def __init__(self, port: int):
        self.port = port
        self.messages = []
        self.refuse = set()  # recipients it answers 550
        self._controller = None

    def start(self):
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self):
        if self._controller:
            self._controller.stop()
            self._controller = None

    def to(self, address: str) -> list:
        return [message for recipients, message in self.messages if address in recipients]

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=default_policy)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"


@pytest.fixture
def run_worker(settings, monkeypatch):
    yield from database_worker(settings, monkeypatch)


@pytest.fixture
def mail_server(settings):
    """Production's SMTP backend, pointed at a local port where nothing listens yet."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 5},
        }
    }
    server = MailServer(port)
    yield server
    server.stop()


def waiting() -> list[DBTaskResult]:
    """Tasks queued to run later, oldest first."""
    return list(DBTaskResult.objects.filter(status=TaskResultStatus.READY).order_by("enqueued_at"))


def make_due():
    """The clock moves on: every task waiting to run later is due now."""
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(
        run_after=timezone.now() - timedelta(seconds=1)
    )


def post_resume(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("candidates:resume-submit"), form_data())
    assert response.status_code == 302
    return response


def test_a_submission_while_the_mail_server_is_down_is_kept_and_emailed_once_it_is_back(
    client, mail_server, run_worker, resume_files, django_capture_on_commit_callbacks
):
    response = post_resume(client, django_capture_on_commit_callbacks)
    # The candidate sees the confirmation page; everything they sent is saved.
    assertContains(client.get(response["Location"]), "we have your resume")
    candidate = Candidate.objects.get(email=CANDIDATE)
    resume = Resume.objects.get(candidate=candidate)
    assert Application.objects.get(candidate=candidate).resume == resume
    assert resume_files() == [resume.file.name]

    run_worker()  # text extraction, then both emails: connection refused
    assert mail_server.messages == []
    resume.refresh_from_db()
    assert resume.extraction_status == Resume.Extraction.DONE
    retries = waiting()
    assert sorted((r.task_name, r.args_kwargs["kwargs"]) for r in retries) == [
        ("notify_recruiter", {"attempt": 2}),
        ("send_confirmation_email", {"attempt": 2}),
    ]
    for retry in retries:
        assert timedelta(seconds=55) < retry.run_after - timezone.now() <= timedelta(minutes=1)

    run_worker()  # a minute has not passed: nothing is due
    assert len(waiting()) == 2 and mail_server.messages == []

    mail_server.start()
    make_due()
    run_worker()
    (confirmation,) = mail_server.to(CANDIDATE)
    assert "We received your resume" in confirmation["Subject"]
    assert len(mail_server.to(STAFF)) == 1
    make_due()
    run_worker()
    assert len(mail_server.messages) == 2  # exactly once each
    assert not waiting()
    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL).exists()


@pytest.mark.parametrize("same_resume_again", [False, True], ids=["new resume", "same resume"])
def test_each_email_is_retried_alone(
    same_resume_again, client, mail_server, run_worker, django_capture_on_commit_callbacks
):
    mail_server.start()
    if same_resume_again:  # then both emails come from send_submission_emails
        post_resume(client, django_capture_on_commit_callbacks)
        run_worker()
        # The address's owner sends again from their page: applied at once, no confirming.
        sign_in(client, Candidate.objects.get(email=CANDIDATE))
    before = len(mail_server.to(CANDIDATE)), len(mail_server.to(STAFF))

    mail_server.refuse = {STAFF}
    post_resume(client, django_capture_on_commit_callbacks)
    run_worker()
    assert len(mail_server.to(CANDIDATE)) == before[0] + 1
    assert len(mail_server.to(STAFF)) == before[1]
    [retry] = waiting()
    assert retry.task_name == "notify_recruiter"

    mail_server.refuse = set()
    make_due()
    run_worker()
    # The recruiter's notification went; the candidate's confirmation was not sent again.
    assert len(mail_server.to(STAFF)) == before[1] + 1
    assert len(mail_server.to(CANDIDATE)) == before[0] + 1


@pytest.mark.parametrize(
    "failure, reason",
    [
        ("down", "ConnectionRefusedError (errno 111)"),
        ("silent", "SMTPServerDisconnected"),  # smtplib's word for a read timing out
        ("refusing", "SMTPRecipientsRefused (550)"),
    ],
)
def test_every_kind_of_mail_failure_is_retried(
    failure, reason, mail_server, run_worker, settings, caplog
):
    alert = PendingAlertFactory(email="seeker@example.com")
    listener = None
    if failure == "silent":  # accepts the connection, never answers
        settings.MAILERS["default"]["OPTIONS"]["timeout"] = 0.3
        listener = socket.create_server(("127.0.0.1", mail_server.port))
    elif failure == "refusing":
        mail_server.refuse = {alert.email}
        mail_server.start()
    send_confirmation.enqueue(alert.pk)
    run_worker()
    if listener:
        listener.close()
    [retry] = waiting()
    assert retry.task_name == "send_confirmation"
    assert retry.args_kwargs == {"args": [alert.pk], "kwargs": {"attempt": 2}}
    assert (
        f"The confirmation for job alert {alert.pk} was not sent (attempt 1 of 7, {reason}); "
        "trying again after " in caplog.text
    )
    assert alert.email not in caplog.text  # the server's 550 quotes it

    mail_server.stop()
    mail_server.refuse = set()
    mail_server.start()
    make_due()
    run_worker()
    assert len(mail_server.to(alert.email)) == 1 and not waiting()


def test_after_the_last_attempt_the_task_fails_for_staff_to_see(
    mail_server, run_worker, admin_client, caplog
):
    application = ApplicationFactory(candidate__email=CANDIDATE)
    send_confirmation_email.enqueue(application.pk, True)
    delays = []
    while True:
        run_worker()
        retries = waiting()
        if not retries:
            break
        (retry,) = retries
        delays.append(retry.run_after - retry.enqueued_at)
        make_due()
    assert [round(d.total_seconds()) for d in delays] == [
        round(d.total_seconds()) for d in EMAIL_RETRY_DELAYS
    ]  # 1 min, 5 min, 15 min, 1 h, 3 h, 6 h
    attempts = DBTaskResult.objects.order_by("enqueued_at")
    assert [a.args_kwargs["kwargs"].get("attempt", 1) for a in attempts] == [1, 2, 3, 4, 5, 6, 7]
    last = attempts.last()
    assert last.status == TaskResultStatus.FAILED
    assert last.exception_class_path == "core.tasks.EmailNotSent"
    message = (
        f"The candidate's confirmation for application {application.pk} was not sent: the mail "
        "server failed 7 time(s), last with ConnectionRefusedError (errno 111)."
    )
    assert message in last.traceback
    assert "ERROR" in caplog.text and message in caplog.text
    assert CANDIDATE not in caplog.text and CANDIDATE not in last.traceback
    # In the admin: the failed task, and why.
    changelist = reverse("admin:django_tasks_database_dbtaskresult_changelist")
    listing = admin_client.get(changelist, {"status__exact": "FAILED"})
    assertContains(listing, "send_confirmation_email", count=1)
    page = admin_client.get(
        reverse("admin:django_tasks_database_dbtaskresult_change", args=[last.pk])
    )
    assertContains(page, "was not sent: the mail server failed 7 time(s)")


def test_without_a_queue_that_can_wait_a_failure_is_not_silent(mail_server, caplog):
    # The test settings' ImmediateBackend runs tasks at once and cannot run one later.
    alert = PendingAlertFactory()
    result = send_confirmation.enqueue(alert.pk)
    assert result.status == TaskResultStatus.FAILED
    assert result.errors[0].exception_class_path == "core.tasks.EmailNotSent"
    assert f"The confirmation for job alert {alert.pk} was not sent" in caplog.text


def test_a_digest_the_mail_server_does_not_take_is_sent_by_the_next_run(
    mail_server, capsys, caplog
):
    JobFactory(title="Python Developer", posted_at=timezone.now() - timedelta(hours=3))
    alert = JobAlertFactory(email="seeker@example.com", query="q=python")
    call_command("send_job_alerts")
    out, err = capsys.readouterr()
    assert "1 due, 0 emailed with 0 job(s), 0 with nothing new, 1 failed" in out
    assert "1 digest(s) failed" in err
    alert.refresh_from_db()
    assert alert.last_sent_at is None and not alert.sent_jobs.exists()  # still to send
    assert f"Job alert {alert.pk}: the mail server did not take the digest (Connection" in (
        caplog.text
    )
    assert alert.email not in caplog.text

    mail_server.start()
    call_command("send_job_alerts")
    call_command("send_job_alerts")  # an hour later: nothing twice
    (digest,) = mail_server.to(alert.email)
    assert "Python Developer" in digest.get_body(("plain",)).get_content()
    assert JobAlert.objects.get().sent_jobs.count() == 1
