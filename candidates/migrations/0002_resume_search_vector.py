"""Resumes get a search vector, so a job's best candidates come from an index, not a text scan.

As for jobs (jobs/migrations/0002_search_trigger.py), a PostgreSQL trigger keeps it current from
`text` on every write path; a partial GIN index covers the current resumes, the only ones matched.
Other databases skip this; candidates/matching.py reads the text there.
"""

import django.contrib.postgres.search
from django.db import migrations

FORWARD = """
CREATE FUNCTION candidates_resume_search_vector_update() RETURNS trigger AS $$
BEGIN
    NEW.search_vector := to_tsvector('english', coalesce(NEW.text, ''));
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER candidates_resume_search_vector
    BEFORE INSERT OR UPDATE OF text ON candidates_resume
    FOR EACH ROW EXECUTE FUNCTION candidates_resume_search_vector_update();

UPDATE candidates_resume SET text = text;

CREATE INDEX candidates_resume_search_vector_gin ON candidates_resume
    USING gin (search_vector) WHERE is_current;
"""

BACKWARD = """
DROP INDEX IF EXISTS candidates_resume_search_vector_gin;
DROP TRIGGER IF EXISTS candidates_resume_search_vector ON candidates_resume;
DROP FUNCTION IF EXISTS candidates_resume_search_vector_update();
"""


def run(sql):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("candidates", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="resume",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(run(FORWARD), run(BACKWARD)),
    ]
