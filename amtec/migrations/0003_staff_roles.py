from django.apps import apps as global_apps
from django.db import migrations

from amtec.roles import ROLES, sync_roles


def create_roles(apps, schema_editor):
    sync_roles(apps, app_configs=global_apps.get_app_configs())


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    """The staff roles as groups (amtec.roles); every later `migrate` keeps them current."""

    dependencies = [
        ("amtec", "0002_delete_workerheartbeat"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("blog", "0001_initial"),
        ("jobs", "0007_job_was_public"),
        ("candidates", "0003_candidate_export_permission"),
        ("alerts", "0001_initial"),
        ("staff", "0001_personal_data_access"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
