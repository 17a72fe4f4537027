"""Existing jobs get their coordinates, as saving them now would (jobs/geo.py).

On PostgreSQL the search index's triggers copy them (migration 0013). Backward: nothing to undo
(reversing 0012 drops the columns).
"""

from django.db import migrations

from jobs import geo

BATCH = 1000


def fill(apps, schema_editor):
    Job = apps.get_model("jobs", "Job")
    manager = Job.objects.db_manager(schema_editor.connection.alias)
    # Read first, then write: SQLite does not isolate a cursor from writes to its own table.
    jobs = list(manager.only("pk", "postal_code", "city", "state").order_by("pk"))
    batch = []
    for job in jobs:
        point = geo.job_point(job.postal_code, job.city, job.state)
        if point:
            job.latitude, job.longitude = point
            batch.append(job)
        if len(batch) >= BATCH:
            manager.bulk_update(batch, ["latitude", "longitude"])
            batch = []
    if batch:
        manager.bulk_update(batch, ["latitude", "longitude"])


class Migration(migrations.Migration):
    dependencies = [("jobs", "0013_search_index_coordinates")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
