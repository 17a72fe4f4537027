from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save

# Models whose changes can alter what a public page shows.
PUBLIC_CONTENT = ["blog.Article", "blog.Category", "jobs.Job", "jobs.Category"]


class AmtecConfig(AppConfig):
    name = "amtec"
    verbose_name = "Amtec site"

    def ready(self):
        from .cache import bump_content_generation

        def content_changed(sender, **kwargs):
            bump_content_generation()

        for label in PUBLIC_CONTENT:
            model = self.apps.get_model(label)
            for signal in (post_save, post_delete):
                signal.connect(content_changed, sender=model, weak=False,
                               dispatch_uid=f"page-cache-{label}-{signal}")  # fmt: skip
