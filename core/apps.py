from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares: the page cache, rate limits, background-task reliability, logging,
    Markdown, pagination and previews. It imports no app of the site."""

    name = "core"
    verbose_name = "Site services"
