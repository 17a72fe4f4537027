"""What core/tasks_db.py relies on in django-tasks-db: if the library changes under the adapter,
these fail before a worker silently records late results again."""

import inspect

import pytest
from django.tasks import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from core.tasks_db import GuardedWorker, claims_guarded, record_only_if_still_claimed
from tests.core.slow_tasks import workers_alive

pytestmark = pytest.mark.django_db


def test_the_worker_command_builds_its_worker_by_the_module_level_name():
    assert "Worker(" in inspect.getsource(db_worker.Command.handle)
    assert callable(db_worker.Worker.run_task)
    with claims_guarded():
        assert db_worker.Worker is GuardedWorker
    assert db_worker.Worker is not GuardedWorker


@pytest.mark.parametrize("method", ["set_successful", "set_failed"])
def test_results_are_recorded_by_save_with_update_fields(method):
    assert "self.save(" in inspect.getsource(getattr(DBTaskResult, method))
    assert "update_fields=" in inspect.getsource(getattr(DBTaskResult, method))


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def claimed_task() -> DBTaskResult:
    result = workers_alive.enqueue()
    row = DBTaskResult.objects.get(pk=result.id)
    row.claim("worker-1")
    return row


def test_a_result_lands_while_the_claim_is_this_worker_s(database_tasks):
    row = claimed_task()
    record_only_if_still_claimed(row)
    row.set_successful(7)
    stored = DBTaskResult.objects.get(pk=row.pk)
    assert stored.status == TaskResultStatus.SUCCESSFUL and stored.return_value == 7


def test_a_result_after_another_claim_does_not_land(database_tasks):
    row = claimed_task()
    record_only_if_still_claimed(row)
    again = DBTaskResult.objects.get(pk=row.pk)
    again.status = TaskResultStatus.READY  # recovery put it back; another worker claims it
    again.save(update_fields=["status"])
    again.claim("worker-2")
    row.set_failed(RuntimeError("late"))
    stored = DBTaskResult.objects.get(pk=row.pk)
    assert stored.status == TaskResultStatus.RUNNING and stored.worker_ids[-1] == "worker-2"
