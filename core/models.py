"""Site-wide records that belong to no one app: which background workers are alive."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone


def silent_since(*, timeout: int | None, now: datetime | None) -> datetime:
    """Before this moment, a worker's last heartbeat means it has stopped."""
    timeout = settings.TASK_HEARTBEAT_TIMEOUT if timeout is None else timeout
    return (now or timezone.now()) - timedelta(seconds=timeout)


class WorkerHeartbeatQuerySet(models.QuerySet):
    def silent(self, *, timeout: int | None = None, now: datetime | None = None):
        """Workers not heard from for longer than `timeout` seconds (TASK_HEARTBEAT_TIMEOUT):
        stopped without saying goodbye (killed, machine lost), or frozen."""
        return self.filter(last_seen__lt=silent_since(timeout=timeout, now=now))


class WorkerHeartbeat(models.Model):
    # 64: the longest id django-tasks-db's worker accepts.
    worker_id = models.CharField(
        primary_key=True, max_length=64, help_text="The name the worker was started with."
    )
    started_at = models.DateTimeField(help_text="When the worker last started.")
    last_seen = models.DateTimeField(
        help_text="When the worker last said it is running; it does every 30 seconds. "
        "A worker silent for a few minutes has stopped, and its task is run again."
    )
    hostname = models.CharField(max_length=255, blank=True, help_text="The machine it runs on.")
    pid = models.PositiveIntegerField(
        null=True, blank=True, help_text="Its process id on that machine."
    )

    objects = WorkerHeartbeatQuerySet.as_manager()

    class Meta:
        ordering = ["worker_id"]
        verbose_name = "background worker"

    def __str__(self):
        return self.worker_id

    def is_alive(self, *, timeout: int | None = None, now: datetime | None = None) -> bool:
        return self.last_seen >= silent_since(timeout=timeout, now=now)
