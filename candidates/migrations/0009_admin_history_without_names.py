"""The admin history written before the admin named candidates, applications and resumes by kind and id (staff.access_log.
LoggedAccessAdmin): the same, so no name or email address outlives its record there."""

from django.db import migrations

from staff.access_log import forget_admin_history_reprs


def forward(apps, schema_editor):
    forget_admin_history_reprs(
        apps,
        {
            "candidates.candidate": "candidate",
            "candidates.application": "application",
            "candidates.resume": "resume",
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("candidates", "0008_application_notes_and_skips"),
        ("admin", "0003_logentry_add_action_flag_choices"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop, elidable=True)]
