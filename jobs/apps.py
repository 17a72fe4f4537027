from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_search_index(sender, using, **kwargs):
    from django.db import connections

    from .fulltext import ensure_sqlite_index

    ensure_sqlite_index(connections[using])


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = "Job board"

    def ready(self):
        from core.cache import invalidate_pages_on_change

        # Every model whose changes can alter what a public page shows.
        invalidate_pages_on_change(self.get_model("Category"), self.get_model("Job"))
        # SQLite's full-text index of jobs (PostgreSQL's is made by migrations 0002-0005).
        post_migrate.connect(_ensure_search_index, sender=self, dispatch_uid="jobs-search-index")
