from django.apps import AppConfig


class StaffConfig(AppConfig):
    """Staff accounts worth the personal data they open: roles, two-factor sign-in, lockout
    after failed sign-ins, and the log of who opened which candidate's data."""

    name = "staff"
    verbose_name = "Staff accounts"
    default_auto_field = "django.db.models.BigAutoField"
