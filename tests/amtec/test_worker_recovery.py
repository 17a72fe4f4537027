"""A worker that dies mid-task: the task runs again, or is failed for staff after 3 tries."""

import json
import logging
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from io import StringIO
from pathlib import Path

import dj_database_url
import pytest
from django.core import mail
from django.core.management import call_command
from django.tasks import TaskResultStatus
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from amtec.tasks import recover_stale_tasks
from candidates.models import Resume
from tests.amtec.slow_tasks import slow_at_first
from tests.candidates.conftest import PDF, fixture_upload
from tests.candidates.test_services import submit

ROOT = Path(__file__).resolve().parents[2]
SIGNALS = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]


def database_worker(settings, monkeypatch):
    """Tasks go to the database, and the callable yielded runs every task that is due, here in
    the test's process and transaction, as `manage.py worker --batch` does. For a fixture."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # Between tasks the worker closes a connection that is inside a transaction, as broken;
    # here that transaction is the test's own.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    handlers = {sig: signal.getsignal(sig) for sig in SIGNALS}
    loggers = {name: logging.getLogger(name).level for name in ("django.tasks", "django_tasks_db")}

    def run(*args):
        call_command(
            "worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0",
            *args, stdout=StringIO(),
        )  # fmt: skip

    yield run
    # The worker takes over Ctrl+C and sets its loggers' levels: give pytest its own back.
    for sig, handler in handlers.items():
        signal.signal(sig, handler)
    for name, level in loggers.items():
        logging.getLogger(name).setLevel(level)


@pytest.fixture
def run_worker(settings, monkeypatch):
    yield from database_worker(settings, monkeypatch)


def claimed(result, *, by: list[str], started: timedelta) -> DBTaskResult:
    """The task as a worker that died left it: RUNNING, claimed by `by`, `started` ago."""
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, worker_ids=by, started_at=timezone.now() - started
    )
    return DBTaskResult.objects.get(pk=result.id)


@pytest.mark.django_db
def test_a_stale_task_goes_back_in_the_queue_and_a_recent_one_is_left(run_worker, tmp_path):
    stale = claimed(slow_at_first.enqueue("a"), by=["w1"], started=timedelta(minutes=16))
    fresh = claimed(slow_at_first.enqueue("b"), by=["w2"], started=timedelta(minutes=14))
    finished = DBTaskResult.objects.get(pk=slow_at_first.enqueue("c").id)
    DBTaskResult.objects.filter(pk=finished.pk).update(
        status=TaskResultStatus.SUCCESSFUL, started_at=timezone.now() - timedelta(hours=1)
    )
    assert recover_stale_tasks() == {"requeued": [str(stale.pk)], "failed": []}
    statuses = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert statuses == {
        stale.pk: TaskResultStatus.READY,  # any worker picks it up again
        fresh.pk: TaskResultStatus.RUNNING,  # its worker may well be alive
        finished.pk: TaskResultStatus.SUCCESSFUL,
    }
    assert DBTaskResult.objects.ready().get().pk == stale.pk


@pytest.mark.django_db
def test_the_stale_limit_is_a_setting(run_worker, settings):
    task = claimed(slow_at_first.enqueue("a"), by=["w1"], started=timedelta(minutes=3))
    assert recover_stale_tasks() == {"requeued": [], "failed": []}
    settings.TASK_STALE_AFTER = 120
    assert recover_stale_tasks() == {"requeued": [str(task.pk)], "failed": []}


@pytest.mark.django_db
def test_the_third_stale_claim_fails_the_task_for_staff(run_worker, admin_client, caplog):
    task = claimed(slow_at_first.enqueue("a"), by=["w1", "w2", "w3"], started=timedelta(hours=1))
    assert recover_stale_tasks() == {"requeued": [], "failed": [str(task.pk)]}
    task.refresh_from_db()
    assert task.status == TaskResultStatus.FAILED and task.finished_at
    assert task.exception_class_path == "amtec.tasks.WorkerStopped"
    (error,) = task.task_result.errors
    message = error.traceback.strip()
    assert message.startswith("amtec.tasks.WorkerStopped: The worker running this task stopped (")
    assert "worker w3" in message
    assert message.endswith("); not retried after 3 attempts.")
    assert f"Task {task.pk}: The worker running this task stopped" in caplog.text
    # Staff see it among the failed tasks in the admin, with the reason.
    changelist = reverse("admin:django_tasks_database_dbtaskresult_changelist")
    listing = admin_client.get(changelist, {"status__exact": "FAILED"}).content.decode()
    assert "slow_at_first" in listing
    page = admin_client.get(
        reverse("admin:django_tasks_database_dbtaskresult_change", args=[task.pk])
    ).content.decode()
    assert "not retried after 3 attempts" in page
    assert recover_stale_tasks() == {"requeued": [], "failed": []}  # once


@pytest.mark.django_db
def test_recover_tasks_command_reports(run_worker):
    task = claimed(slow_at_first.enqueue("a"), by=["w1"], started=timedelta(minutes=2))
    out = StringIO()
    call_command("recover_tasks", stdout=out)
    assert "more than 900 s: 0 put back in the queue, 0 marked failed" in out.getvalue()
    call_command("recover_tasks", "--stale-after", "60", stdout=out)
    assert "more than 60 s: 1 put back in the queue, 0 marked failed" in out.getvalue()
    assert f"requeued: {task.pk}" in out.getvalue()


@pytest.mark.django_db
def test_a_worker_killed_mid_extraction_still_confirms_the_submission(
    run_worker, django_capture_on_commit_callbacks
):
    # Once a known gap: the confirmation is queued at the end of the extraction, so a worker
    # killed mid-extraction used to lose it.
    with django_capture_on_commit_callbacks(execute=True):
        application = submit(fixture_upload(PDF)).application
    extraction = DBTaskResult.objects.get(task_path="candidates.tasks.extract_resume_text")
    claimed(extraction, by=["killed"], started=timedelta(minutes=20))
    # A worker that knows nothing of recovery (plain db_worker) never touches it again.
    call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", stdout=StringIO())
    assert [m.to for m in mail.outbox] == [["recruiting@amtec.example"]]
    assert Resume.objects.get().extraction_status == Resume.Extraction.PENDING

    run_worker()  # recovers it at start
    extraction.refresh_from_db()
    assert extraction.status == TaskResultStatus.SUCCESSFUL
    assert extraction.worker_ids[0] == "killed" and len(extraction.worker_ids) == 2
    assert Resume.objects.get().extraction_status == Resume.Extraction.DONE
    confirmations = [m for m in mail.outbox if m.to == [application.candidate.email]]
    assert len(confirmations) == 1 and "We received your resume" in confirmations[0].subject
    run_worker()
    assert len(mail.outbox) == 2  # nothing twice


# Real worker processes, killed with SIGKILL, on a database of their own.


def _postgres_admin() -> dict:
    url = os.environ.get("DATABASE_URL", "")
    config = dj_database_url.parse(
        url if url.startswith("postgres") else "postgres://postgres@127.0.0.1:5432/postgres"
    )
    return {
        "host": config["HOST"] or "127.0.0.1",
        "port": config["PORT"] or 5432,
        "user": config["USER"] or "postgres",
        "password": config["PASSWORD"] or "",
    }


@pytest.fixture(params=["sqlite", "postgresql"])
def worker_database(request, tmp_path):
    """The URL of a migrated database that worker processes can share (the test's own database
    is not committed, so they could not see its rows)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'worker.sqlite3'}"
        manage(url, "migrate", "--noinput")
        yield url
        return
    import psycopg
    from psycopg import sql

    admin = _postgres_admin()
    try:
        connection = psycopg.connect(**admin, dbname="postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        message = f"PostgreSQL is not reachable at {admin['host']}:{admin['port']}: {error}"
        if os.environ.get("CI") and os.environ.get("DATABASE_URL", "").startswith("postgres"):
            pytest.fail(message)
        pytest.skip(message)
    name = sql.Identifier(f"amtec_worker_test_{os.getpid()}")
    with connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(name))
    password = f":{admin['password']}" if admin["password"] else ""
    url = (
        f"postgres://{admin['user']}{password}@{admin['host']}:{admin['port']}/"
        f"amtec_worker_test_{os.getpid()}"
    )
    manage(url, "migrate", "--noinput")
    yield url
    with psycopg.connect(**admin, dbname="postgres", autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


def _environment(database_url: str) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "amtec.settings",
        "ENV_FILE": os.devnull,  # a developer's .env must not change the test
        "DATABASE_URL": database_url,
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "DEBUG": "false",
        "SECRET_KEY": "test-only-worker-" + "Zq8Lm3Xv6Tn1Bw4Rk7Hy0Pc5" * 2,
        "ALLOWED_HOSTS": "localhost",
    }


def manage(database_url: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *args, "-v", "0"],
        cwd=ROOT,
        env=_environment(database_url),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def start_worker():
    """Start `manage.py worker` processes; any still running at the end is killed."""
    started = []

    def start(database_url: str, worker_id: str, log: Path) -> subprocess.Popen:
        started.append(_worker_process(database_url, worker_id, log))
        return started[-1]

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def _worker_process(database_url: str, worker_id: str, log: Path) -> subprocess.Popen:
    with (log.parent / f"worker-{worker_id}.out").open("a") as out:
        return subprocess.Popen(
            [sys.executable, "manage.py", "worker", "--no-reload", "--no-startup-delay",
             "--interval", "0.1", "--worker-id", worker_id],
            cwd=ROOT, env=_environment(database_url), stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip


def kill_when_run(worker: subprocess.Popen, log: Path, run: int) -> None:
    """Wait until the worker is inside the task's `run`th run, then kill it as the kernel's
    out-of-memory killer would: no clean-up, the task left RUNNING."""
    deadline = time.monotonic() + 20
    while not (log.exists() and len(log.read_text().splitlines()) >= run):
        assert worker.poll() is None, "the worker exited"
        assert time.monotonic() < deadline, "the worker never ran the task"
        time.sleep(0.05)
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=10)


def test_a_killed_worker_s_task_is_run_again_by_real_workers(
    worker_database, start_worker, tmp_path
):
    log = tmp_path / "runs.log"
    task_id = manage(
        worker_database,
        "shell",
        "-c",
        "from tests.amtec.slow_tasks import slow_at_first; "
        f"print(slow_at_first.enqueue({str(log)!r}, slow_runs=2).id)",
    ).split()[-1]

    kill_when_run(start_worker(worker_database, "w1", log), log, run=1)
    # Recovery by hand (cron beside plain db_worker), with a short stale limit.
    out = manage(worker_database, "recover_tasks", "--stale-after", "0")
    assert "1 put back in the queue, 0 marked failed" in out and task_id in out

    kill_when_run(start_worker(worker_database, "w2", log), log, run=2)
    # A worker restarted under the id it had (systemd restarting a crashed worker) takes back
    # the task it was running at once, without waiting for TASK_STALE_AFTER.
    manage(
        worker_database, "worker", "--batch", "--no-reload", "--no-startup-delay",
        "--worker-id", "w2",
    )  # fmt: skip

    status = manage(
        worker_database,
        "shell",
        "-c",
        "import json; from django_tasks_db.models import DBTaskResult as R; "
        "r = R.objects.get(); print(json.dumps([r.status, r.return_value, r.worker_ids]))",
    )
    assert json.loads(status.splitlines()[-1]) == ["SUCCESSFUL", 3, ["w1", "w2", "w2"]]
    assert len(log.read_text().splitlines()) == 3
