from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares: the page cache, rate limits, background-task reliability, logging,
    Markdown, pagination and previews. It imports no app of the site."""

    name = "core"
    verbose_name = "Site services"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in, user_logged_out

        from .http_cache import note_sign_in_or_out

        user_logged_in.connect(note_sign_in_or_out, dispatch_uid="core.http_cache.sign_in")
        user_logged_out.connect(note_sign_in_or_out, dispatch_uid="core.http_cache.sign_out")
