from django.apps import AppConfig


class AmtecConfig(AppConfig):
    """The project itself: settings, URLs, site-wide views and `manage.py seed_demo`."""

    name = "amtec"
    verbose_name = "Amtec site"
