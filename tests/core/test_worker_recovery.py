"""A worker that dies mid-task: the task runs again, or is failed for staff after 3 tries; a
worker that is alive keeps its task however long it runs."""

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from io import StringIO
from pathlib import Path

import dj_database_url
import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.tasks import TaskResultStatus
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from candidates.models import Resume
from core.management.commands import worker
from core.models import WorkerHeartbeat
from core.tasks import recover_stale_tasks
from tests.candidates.conftest import PDF, fixture_upload
from tests.candidates.test_services import submit
from tests.clock import clocked
from tests.core.slow_tasks import outlived_by_recovery, slow_at_first, workers_alive

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


def heartbeat(worker_id: str, *, started: timedelta, seen: timedelta) -> WorkerHeartbeat:
    """A worker that started `started` ago and last beat `seen` ago."""
    now = timezone.now()
    return WorkerHeartbeat.objects.create(
        worker_id=worker_id, started_at=now - started, last_seen=now - seen
    )


def statuses() -> dict:
    return dict(DBTaskResult.objects.values_list("pk", "status"))


@pytest.mark.django_db
def test_a_stale_task_of_a_worker_without_heartbeat_goes_back_in_the_queue(run_worker):
    # Plain db_worker (or a worker from before heartbeats) leaves no heartbeat: age alone tells.
    stale = claimed(slow_at_first.enqueue("a"), by=["w1"], started=timedelta(minutes=16))
    fresh = claimed(slow_at_first.enqueue("b"), by=["w2"], started=timedelta(minutes=14))
    finished = DBTaskResult.objects.get(pk=slow_at_first.enqueue("c").id)
    DBTaskResult.objects.filter(pk=finished.pk).update(
        status=TaskResultStatus.SUCCESSFUL, started_at=timezone.now() - timedelta(hours=1)
    )
    assert recover_stale_tasks() == {"requeued": [str(stale.pk)], "failed": []}
    assert statuses() == {
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
    assert task.exception_class_path == "core.tasks.WorkerStopped"
    (error,) = task.task_result.errors
    message = error.traceback.strip()
    assert message.startswith("core.tasks.WorkerStopped: The worker running this task stopped (")
    assert "worker w3" in message
    assert message.endswith("); not retried after 3 attempts.")
    assert f"Task {task.pk}: The worker running this task stopped" in caplog.text
    assert "(worker w3, no heartbeat, task older than 900 s; running since " in caplog.text
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
def test_a_live_worker_keeps_its_task_however_long_it_runs(run_worker, settings, caplog):
    heartbeat("alive", started=timedelta(hours=5), seen=timedelta(seconds=100))
    heartbeat("silent", started=timedelta(hours=5), seen=timedelta(seconds=121))
    long = claimed(slow_at_first.enqueue("a"), by=["alive"], started=timedelta(hours=4))
    third = claimed(slow_at_first.enqueue("b"), by=["x", "y", "alive"], started=timedelta(hours=4))
    dead = claimed(slow_at_first.enqueue("c"), by=["silent"], started=timedelta(minutes=1))
    assert recover_stale_tasks(stale_after=0) == {"requeued": [str(dead.pk)], "failed": []}
    # Four hours past TASK_STALE_AFTER, and a third claim, yet neither is touched: its worker beats.
    assert statuses() == {
        long.pk: TaskResultStatus.RUNNING,
        third.pk: TaskResultStatus.RUNNING,
        dead.pk: TaskResultStatus.READY,  # a minute old, but its worker is silent for 121 s
    }
    assert "its worker silent stopped (silent since " in caplog.text
    # The heartbeat timeout is a setting.
    settings.TASK_HEARTBEAT_TIMEOUT = 99
    assert recover_stale_tasks() == {"requeued": [str(long.pk)], "failed": [str(third.pk)]}


@pytest.mark.django_db
def test_a_worker_restarted_under_its_id_loses_what_it_claimed_before(run_worker, caplog):
    heartbeat("w1", started=timedelta(minutes=1), seen=timedelta(seconds=1))
    before = claimed(slow_at_first.enqueue("a"), by=["w1"], started=timedelta(minutes=2))
    since = claimed(slow_at_first.enqueue("b"), by=["w1"], started=timedelta(seconds=30))
    # Found by any worker's recovery, should the restarted worker's own have failed at its start.
    assert recover_stale_tasks() == {"requeued": [str(before.pk)], "failed": []}
    assert statuses()[since.pk] == TaskResultStatus.RUNNING
    assert "its worker w1 stopped (restarted since it claimed the task; " in caplog.text


@pytest.mark.django_db
def test_a_worker_s_own_recovery_takes_back_its_earlier_run_s_task_only(run_worker):
    # No heartbeat row (it could not write one) and no age limit: the worker still tells its
    # earlier run's task (claimed before it started) from its own.
    before = claimed(slow_at_first.enqueue("a"), by=["w1"], started=timedelta(minutes=2))
    since = claimed(slow_at_first.enqueue("b"), by=["w1"], started=timedelta(seconds=30))
    started = timezone.now() - timedelta(minutes=1)
    outcome = recover_stale_tasks(stale_after=0, worker_id="w1", worker_started_at=started)
    assert outcome == {"requeued": [str(before.pk)], "failed": []}
    assert statuses()[since.pk] == TaskResultStatus.RUNNING
    # At its start (no start time given: now), every task it had is its earlier run's.
    assert recover_stale_tasks(worker_id="w1") == {"requeued": [str(since.pk)], "failed": []}


@pytest.mark.django_db
def test_heartbeats_alive_silent_and_forgotten():
    now = timezone.now()
    fresh = heartbeat("fresh", started=timedelta(days=3), seen=timedelta(seconds=120))
    silent = heartbeat("silent", started=timedelta(days=3), seen=timedelta(seconds=121))
    heartbeat("gone", started=timedelta(days=3), seen=timedelta(hours=25))
    assert fresh.is_alive(now=now) and not silent.is_alive(now=now)
    assert [h.worker_id for h in WorkerHeartbeat.objects.silent(now=now)] == ["gone", "silent"]
    assert [h.worker_id for h in WorkerHeartbeat.objects.silent(timeout=60, now=now)] == [
        "fresh", "gone", "silent"
    ]  # fmt: skip
    # Recovery forgets workers silent for a day (killed without a fixed id: nobody reuses it).
    recover_stale_tasks(now=now)
    assert list(WorkerHeartbeat.objects.values_list("worker_id", flat=True)) == ["fresh", "silent"]


@pytest.mark.django_db
def test_recover_tasks_command_reports(run_worker):
    task = claimed(slow_at_first.enqueue("a"), by=["w1"], started=timedelta(minutes=2))
    other = claimed(slow_at_first.enqueue("b"), by=["w2"], started=timedelta(minutes=2))
    heartbeat("w2", started=timedelta(hours=1), seen=timedelta(seconds=70))
    out = StringIO()
    call_command("recover_tasks", stdout=out)
    assert (
        "Tasks of workers silent for more than 120 s (without heartbeats: running for more than "
        "900 s): 0 put back in the queue, 0 marked failed." in out.getvalue()
    )
    call_command("recover_tasks", "--stale-after", "60", stdout=out)
    assert "more than 60 s): 1 put back in the queue, 0 marked failed" in out.getvalue()
    assert f"requeued: {task.pk}" in out.getvalue()
    call_command("recover_tasks", "--heartbeat-timeout", "60", stdout=out)
    assert "silent for more than 60 s (" in out.getvalue()
    assert f"requeued: {other.pk}" in out.getvalue()


@pytest.mark.django_db
def test_the_worker_beats_while_it_runs_and_removes_its_heartbeat_when_it_stops(run_worker):
    result = workers_alive.enqueue()
    run_worker("--worker-id", "w9")
    assert DBTaskResult.objects.get(pk=result.id).return_value == ["w9"]
    assert not WorkerHeartbeat.objects.exists()


@pytest.mark.parametrize("recover_every", [0.025, 0])
def test_the_heartbeat_thread_beats_recovers_and_closes_its_connections(monkeypatch, recover_every):
    events = []
    stop = threading.Event()

    class Heartbeat:
        def beat(self):
            events.append("beat")
            if events.count("beat") == 5:
                stop.set()

    monkeypatch.setattr(worker, "recover", lambda _, **rules: events.append(("recover", rules)))
    monkeypatch.setattr(worker.connections, "close_all", lambda: events.append("closed"))
    worker.keep_alive(
        Heartbeat(), stop, beat_every=0.01, recover_every=recover_every, stale_after=5
    )  # returns once stopped
    assert events.count("beat") == 5 and events[-1] == "closed"
    recoveries = events.count(("recover", {"stale_after": 5}))
    assert recoveries >= 1 if recover_every else recoveries == 0
    ticks = [i for i, event in enumerate(events) if event != "closed"]
    assert all("closed" in events[i + 1 : i + 3] for i in ticks)  # after every tick


def test_the_heartbeat_timeout_must_outlast_two_beats(run_worker):
    with pytest.raises(CommandError, match=r"at least twice --heartbeat-every \(61.0 s\)"):
        run_worker("--heartbeat-every", "61")


@pytest.mark.django_db
def test_a_result_arriving_after_recovery_failed_the_task_is_not_recorded(run_worker, caplog):
    # The residual case of a worker taken for dead while alive (frozen past the timeout): its
    # late result must not turn the task recovery marked failed into a success.
    result = outlived_by_recovery.enqueue(on_claim=3)
    DBTaskResult.objects.filter(pk=result.id).update(worker_ids=["w1", "w2"])  # two dead claims
    run_worker("--worker-id", "frozen")
    task = DBTaskResult.objects.get(pk=result.id)
    assert task.status == TaskResultStatus.FAILED
    assert task.exception_class_path == "core.tasks.WorkerStopped"
    assert task.worker_ids == ["w1", "w2", "frozen"] and task.return_value is None
    assert (
        f"Task {task.pk} finished (SUCCESSFUL) on worker frozen after recovery had taken it "
        "from that worker (silent too long); the result was not recorded." in caplog.text
    )


@pytest.mark.django_db
def test_a_result_arriving_after_recovery_requeued_the_task_is_not_recorded(run_worker):
    result = outlived_by_recovery.enqueue(on_claim=1)
    run_worker("--worker-id", "frozen", "--max-tasks", "1")
    task = DBTaskResult.objects.get(pk=result.id)
    assert task.status == TaskResultStatus.READY and task.return_value is None
    run_worker("--worker-id", "next")  # the rerun is recorded as usual
    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL and task.return_value == 2
    assert task.worker_ids == ["frozen", "next"]


@pytest.mark.django_db
def test_operators_see_the_workers_in_the_admin(admin_client):
    heartbeat("web-1-worker-1", started=timedelta(hours=2), seen=timedelta(seconds=10))
    heartbeat("web-2-worker-1", started=timedelta(hours=2), seen=timedelta(minutes=10))
    changelist = reverse("admin:core_workerheartbeat_changelist")
    page = admin_client.get(changelist).content.decode()
    assert "Select background worker to view" in page
    assert "web-1-worker-1" in page and "web-2-worker-1" in page
    assert page.count('alt="True"') == 1 and page.count('alt="False"') == 1  # running or not
    assert admin_client.get(reverse("admin:core_workerheartbeat_add")).status_code == 403
    change = reverse("admin:core_workerheartbeat_change", args=["web-1-worker-1"])
    assert admin_client.post(change, {"worker_id": "x"}).status_code == 403
    assert "Background workers" in admin_client.get(reverse("admin:index")).content.decode()


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
        clocked([sys.executable, "manage.py", *args, "-v", "0"]),
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

    def start(database_url: str, worker_id: str, log: Path, *options: str) -> subprocess.Popen:
        started.append(_worker_process(database_url, worker_id, log, *options))
        return started[-1]

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def _worker_process(database_url: str, worker_id: str, log: Path, *options) -> subprocess.Popen:
    with (log.parent / f"worker-{worker_id}.out").open("a") as out:
        return subprocess.Popen(
            clocked([sys.executable, "manage.py", "worker", "--no-reload", "--no-startup-delay",
                     "--interval", "0.1", "--worker-id", worker_id, *options]),
            cwd=ROOT, env=_environment(database_url), stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip


def wait_for_run(worker: subprocess.Popen, log: Path, run: int) -> None:
    """Wait until the worker is inside the task's `run`th run."""
    deadline = time.monotonic() + 20
    while not (log.exists() and len(log.read_text().splitlines()) >= run):
        assert worker.poll() is None, "the worker exited"
        assert time.monotonic() < deadline, "the worker never ran the task"
        time.sleep(0.05)


def kill_when_run(worker: subprocess.Popen, log: Path, run: int) -> None:
    """Wait until the worker is inside the task's `run`th run, then kill it as the kernel's
    out-of-memory killer would: no clean-up, the task left RUNNING (and its heartbeat left to go
    silent)."""
    wait_for_run(worker, log, run)
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=10)


def enqueue_slow_task(database_url: str, log: Path, slow_runs: int) -> str:
    return manage(
        database_url,
        "shell",
        "-c",
        "from tests.core.slow_tasks import slow_at_first; "
        f"print(slow_at_first.enqueue({str(log)!r}, slow_runs={slow_runs}).id)",
    ).split()[-1]


def task_and_workers(database_url: str) -> list:
    """[status, return value, worker ids] of the one task, and the workers with a heartbeat."""
    out = manage(
        database_url,
        "shell",
        "-c",
        "import json; from django_tasks_db.models import DBTaskResult as R; "
        "from core.models import WorkerHeartbeat as H; r = R.objects.get(); "
        "print(json.dumps([r.status, r.return_value, r.worker_ids, "
        "list(H.objects.values_list('worker_id', flat=True))]))",
    )
    return json.loads(out.splitlines()[-1])


def test_a_killed_worker_s_task_is_run_again_by_real_workers(
    worker_database, start_worker, tmp_path
):
    log = tmp_path / "runs.log"
    task_id = enqueue_slow_task(worker_database, log, slow_runs=2)

    kill_when_run(start_worker(worker_database, "w1", log), log, run=1)
    # Recovery by hand, taking any silence as death (instead of waiting for the timeout).
    out = manage(worker_database, "recover_tasks", "--heartbeat-timeout", "0")
    assert "1 put back in the queue, 0 marked failed" in out and task_id in out

    kill_when_run(start_worker(worker_database, "w2", log), log, run=2)
    # A worker restarted under the id it had (systemd restarting a crashed worker) takes back
    # the task it was running at once, without waiting for TASK_STALE_AFTER.
    manage(
        worker_database, "worker", "--batch", "--no-reload", "--no-startup-delay",
        "--worker-id", "w2",
    )  # fmt: skip

    # The killed w1's heartbeat stays, silent; w2's went when it finished its batch.
    assert task_and_workers(worker_database) == ["SUCCESSFUL", 3, ["w1", "w2", "w2"], ["w1"]]
    assert len(log.read_text().splitlines()) == 3


def test_a_live_worker_keeps_its_long_task_until_it_is_killed(
    worker_database, start_worker, tmp_path
):
    log = tmp_path / "runs.log"
    task_id = enqueue_slow_task(worker_database, log, slow_runs=1)
    started = time.monotonic()
    w1 = start_worker(worker_database, "w1", log, "--heartbeat-every", "0.2")
    wait_for_run(w1, log, run=1)
    # Running longer than the stale limit (0 s here), but its worker beats (every 0.2 s; taken
    # for dead after 2 s of silence): left alone, also once its first heartbeat is seconds old.
    recover = ["recover_tasks", "--stale-after", "0", "--heartbeat-timeout"]
    while time.monotonic() < started + 5:
        out = manage(worker_database, *recover, "2")
        assert "0 put back in the queue, 0 marked failed" in out

    w1.send_signal(signal.SIGKILL)
    w1.wait(timeout=10)
    # Once its heartbeat is older than the timeout (1 s here), the task goes back in the queue.
    deadline = time.monotonic() + 30
    while "1 put back in the queue" not in (out := manage(worker_database, *recover, "1")):
        assert "0 put back in the queue, 0 marked failed" in out
        assert time.monotonic() < deadline, "the killed worker was never taken for dead"
    assert task_id in out

    w2 = start_worker(worker_database, "w2", log)
    wait_for_run(w2, log, run=2)
    w2.send_signal(signal.SIGTERM)  # as systemd stops it: the task is finished first
    assert w2.wait(timeout=20) == 0
    # w2 removed its heartbeat on the way out; the killed w1 could not.
    assert task_and_workers(worker_database) == ["SUCCESSFUL", 2, ["w1", "w2"], ["w1"]]
