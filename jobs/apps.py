from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = "Job board"

    def ready(self):
        from core.cache import invalidate_pages_on_change

        # Every model whose changes can alter what a public page shows.
        invalidate_pages_on_change(self.get_model("Category"), self.get_model("Job"))
