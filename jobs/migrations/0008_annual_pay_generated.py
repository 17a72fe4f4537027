import django.db.models.expressions
from django.db import migrations, models

# Yearly pay is computed by the database from the pay and its period (a stored generated
# column), no longer by Job.save(): a bulk insert, an update() or SQL gets it right too.
# The column is dropped and added again, so its index is too; PostgreSQL's search index
# triggers read the new column (they run after the row is written, when it is computed), and on
# SQLite the full-text triggers are put back after the migration (jobs.apps).


def _annual(field):
    return models.Case(
        models.When(
            pay_period="hour",
            then=django.db.models.expressions.CombinedExpression(
                models.F(field), "*", models.Value(2080)
            ),
        ),
        default=models.F(field),
        output_field=models.DecimalField(decimal_places=2, max_digits=12),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("jobs", "0007_job_was_public"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="job", name="jobs_job_annual__102b22_idx"),
        migrations.RemoveField(model_name="job", name="annual_pay_min"),
        migrations.RemoveField(model_name="job", name="annual_pay_max"),
        migrations.AddField(
            model_name="job",
            name="annual_pay_min",
            field=models.GeneratedField(
                db_persist=True,
                expression=_annual("pay_min"),
                output_field=models.DecimalField(decimal_places=2, max_digits=12, null=True),
            ),
        ),
        migrations.AddField(
            model_name="job",
            name="annual_pay_max",
            field=models.GeneratedField(
                db_persist=True,
                expression=_annual("pay_max"),
                output_field=models.DecimalField(decimal_places=2, max_digits=12, null=True),
            ),
        ),
        migrations.AddIndex(
            model_name="job",
            index=models.Index(fields=["annual_pay_max"], name="jobs_job_annual__102b22_idx"),
        ),
    ]
