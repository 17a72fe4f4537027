"""PostgreSQL: the search index holds the staffing terms the search filters and counts on.

Six narrow columns (pay arrangement, hours, shift, immediate start) join the index table, the
triggers copy them from jobs_job like the others, and the rows there now are filled in. Elsewhere
(SQLite) search reads the jobs table and nothing is needed.
"""

from django.db import migrations

_COLUMNS = """job_id, status, posted_at, expires_at, workplace, employment_type, category_id,
    annual_pay_max, city, state, postal_code, pay_w2, pay_1099, pay_c2c, hours, shift,
    starts_immediately, rank_vector, document"""

# As in 0003: read from jobs_job itself (see there why), weights and lengths unchanged.
_VALUES = """j.id, j.status, j.posted_at, j.expires_at, j.workplace, j.employment_type,
    j.category_id, j.annual_pay_max::float8, j.city, j.state, j.postal_code,
    j.pay_w2, j.pay_1099, j.pay_c2c, j.hours, j.shift, j.starts_immediately,
    setweight(to_tsvector('english', coalesce(j.title, '')), 'A') ||
    setweight(to_tsvector('english', left(coalesce(j.summary, ''), 1000)), 'B'),
    coalesce(j.search_vector, ''::tsvector)"""

_UPSERT = f"""
    INSERT INTO jobs_jobsearchentry ({_COLUMNS})
    SELECT {_VALUES} FROM %(rows)s
    ON CONFLICT (job_id) DO UPDATE SET
        status = excluded.status, posted_at = excluded.posted_at,
        expires_at = excluded.expires_at, workplace = excluded.workplace,
        employment_type = excluded.employment_type, category_id = excluded.category_id,
        annual_pay_max = excluded.annual_pay_max, city = excluded.city, state = excluded.state,
        postal_code = excluded.postal_code, pay_w2 = excluded.pay_w2,
        pay_1099 = excluded.pay_1099, pay_c2c = excluded.pay_c2c, hours = excluded.hours,
        shift = excluded.shift, starts_immediately = excluded.starts_immediately,
        rank_vector = excluded.rank_vector, document = excluded.document;
"""  # noqa: S608 - constant SQL, assembled from the parts above

_SOURCE = [
    "title", "summary", "search_vector", "status", "posted_at", "expires_at", "workplace",
    "employment_type", "category_id", "annual_pay_max", "city", "state", "postal_code",
    "pay_w2", "pay_1099", "pay_c2c", "hours", "shift", "starts_immediately",
]  # fmt: skip
_NEW_ROWS = "jobs_job j JOIN new_rows n ON n.id = j.id WHERE j.status = 'open'"
_CHANGED_ROWS = (
    "jobs_job j JOIN new_rows n ON n.id = j.id LEFT JOIN old_rows o ON o.id = n.id "
    "WHERE j.status = 'open' AND (o.id IS NULL OR "
    f"({', '.join('n.' + c for c in _SOURCE)}) IS DISTINCT FROM "
    f"({', '.join('o.' + c for c in _SOURCE)}))"
)

FORWARD = f"""
ALTER TABLE jobs_jobsearchentry
    ADD COLUMN pay_w2 boolean NOT NULL DEFAULT true,
    ADD COLUMN pay_1099 boolean NOT NULL DEFAULT false,
    ADD COLUMN pay_c2c boolean NOT NULL DEFAULT false,
    ADD COLUMN hours varchar(10) NOT NULL DEFAULT 'full_time',
    ADD COLUMN shift varchar(10) NOT NULL DEFAULT '',
    ADD COLUMN starts_immediately boolean NOT NULL DEFAULT false;

CREATE OR REPLACE FUNCTION jobs_search_index_insert() RETURNS trigger AS $$
BEGIN
    {_UPSERT % {"rows": _NEW_ROWS}}
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION jobs_search_index_update() RETURNS trigger AS $$
BEGIN
    DELETE FROM jobs_jobsearchentry WHERE job_id IN (
        SELECT id FROM old_rows EXCEPT SELECT id FROM new_rows WHERE status = 'open'
    );
    {_UPSERT % {"rows": _CHANGED_ROWS}}
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

UPDATE jobs_jobsearchentry e SET pay_w2 = j.pay_w2, pay_1099 = j.pay_1099, pay_c2c = j.pay_c2c,
    hours = j.hours, shift = j.shift, starts_immediately = j.starts_immediately
FROM jobs_job j WHERE j.id = e.job_id;
ANALYZE jobs_jobsearchentry;
"""  # noqa: S608 - constant SQL

# Back to 0003's columns and functions.
BACKWARD = """
ALTER TABLE jobs_jobsearchentry DROP COLUMN pay_w2, DROP COLUMN pay_1099, DROP COLUMN pay_c2c,
    DROP COLUMN hours, DROP COLUMN shift, DROP COLUMN starts_immediately;
"""


def run(sql):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return operation


def restore_0003_functions(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    import importlib

    search_index = importlib.import_module("jobs.migrations.0003_search_index")
    schema_editor.execute(BACKWARD)
    functions = search_index.FORWARD.split("CREATE FUNCTION jobs_search_index_insert()", 1)[1]
    functions = functions.split("CREATE FUNCTION jobs_search_index_delete()", 1)[0]
    schema_editor.execute(
        "CREATE OR REPLACE FUNCTION jobs_search_index_insert()"
        + functions.replace(
            "CREATE FUNCTION jobs_search_index_update()",
            "CREATE OR REPLACE FUNCTION jobs_search_index_update()",
        )
    )


class Migration(migrations.Migration):
    dependencies = [("jobs", "0010_job_terms")]

    operations = [migrations.RunPython(run(FORWARD), restore_0003_functions)]
