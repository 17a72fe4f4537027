from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AmtecConfig(AppConfig):
    """The project: settings, URLs, site-wide views, staff roles and `manage.py seed_demo`."""

    name = "amtec"
    verbose_name = "Amtec site"

    def ready(self):
        from .front_cache import connect

        post_migrate.connect(_keep_roles_current, dispatch_uid="amtec.roles")
        # Content changes purge the front cache (CACHE_PURGE_BACKEND).
        connect()


def _keep_roles_current(sender, app_config=None, using="default", apps=None, **kwargs):
    # After every app's permissions exist: post_migrate runs once per app, the project's last
    # is enough, but roles may grant any app's permissions, so sync after each (it is cheap).
    from django.apps import apps as global_apps

    from .roles import sync_roles

    sync_roles(global_apps)
