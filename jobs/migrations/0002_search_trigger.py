"""PostgreSQL keeps each job's search vector current with a trigger, and indexes it with GIN.

A trigger (rather than code in Job.save) also covers bulk_create, queryset.update() and raw SQL, so
no write path can leave a job unsearchable. Other databases skip this; jobs/fulltext.py falls back.
"""

from django.db import migrations

FORWARD = """
CREATE FUNCTION jobs_job_search_vector_update() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(NEW.summary, '')), 'B') ||
        setweight(to_tsvector('english',
            coalesce(NEW.description, '') || ' ' || coalesce(NEW.requirements, '')), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER jobs_job_search_vector
    BEFORE INSERT OR UPDATE OF title, summary, description, requirements ON jobs_job
    FOR EACH ROW EXECUTE FUNCTION jobs_job_search_vector_update();

UPDATE jobs_job SET title = title;

CREATE INDEX jobs_job_search_vector_gin ON jobs_job USING gin (search_vector);
"""

BACKWARD = """
DROP INDEX IF EXISTS jobs_job_search_vector_gin;
DROP TRIGGER IF EXISTS jobs_job_search_vector ON jobs_job;
DROP FUNCTION IF EXISTS jobs_job_search_vector_update();
"""


def run(sql):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("jobs", "0001_initial")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
