"""PostgreSQL: the search index holds the jobs' coordinates, so a search by distance filters and
counts its facets there like any other filter.

Two columns (latitude, longitude, as on jobs_job) join the index table with a B-tree index for
the distance's bounding box, the triggers copy them (and follow a change of either), and the rows
there now are filled in. Elsewhere (SQLite) search reads the jobs table and nothing is needed.
"""

import importlib

from django.db import migrations

_COLUMNS = """job_id, status, posted_at, expires_at, workplace, employment_type, category_id,
    annual_pay_max, city, state, postal_code, pay_w2, pay_1099, pay_c2c, hours, shift,
    starts_immediately, latitude, longitude, rank_vector, document"""

# As in 0003 and 0011: read from jobs_job itself (see 0003 why), weights and lengths unchanged.
_VALUES = """j.id, j.status, j.posted_at, j.expires_at, j.workplace, j.employment_type,
    j.category_id, j.annual_pay_max::float8, j.city, j.state, j.postal_code,
    j.pay_w2, j.pay_1099, j.pay_c2c, j.hours, j.shift, j.starts_immediately,
    j.latitude, j.longitude,
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
        latitude = excluded.latitude, longitude = excluded.longitude,
        rank_vector = excluded.rank_vector, document = excluded.document;
"""  # noqa: S608 - constant SQL, assembled from the parts above

_SOURCE = [
    "title", "summary", "search_vector", "status", "posted_at", "expires_at", "workplace",
    "employment_type", "category_id", "annual_pay_max", "city", "state", "postal_code",
    "pay_w2", "pay_1099", "pay_c2c", "hours", "shift", "starts_immediately", "latitude",
    "longitude",
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
    ADD COLUMN latitude double precision NULL,
    ADD COLUMN longitude double precision NULL;

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

UPDATE jobs_jobsearchentry e SET latitude = j.latitude, longitude = j.longitude
FROM jobs_job j WHERE j.id = e.job_id;
CREATE INDEX jobs_jobsearchentry_coordinates ON jobs_jobsearchentry (latitude, longitude);
ANALYZE jobs_jobsearchentry;
"""  # noqa: S608 - constant SQL

# Back to 0011's columns and functions.
BACKWARD = """
DROP INDEX IF EXISTS jobs_jobsearchentry_coordinates;
ALTER TABLE jobs_jobsearchentry DROP COLUMN latitude, DROP COLUMN longitude;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def restore_0011_functions(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    terms = importlib.import_module("jobs.migrations.0011_search_index_terms")
    schema_editor.execute(BACKWARD)
    functions = terms.FORWARD.split("CREATE OR REPLACE FUNCTION jobs_search_index_insert()", 1)[1]
    functions = functions.split("UPDATE jobs_jobsearchentry e SET", 1)[0]
    schema_editor.execute("CREATE OR REPLACE FUNCTION jobs_search_index_insert()" + functions)


class Migration(migrations.Migration):
    dependencies = [("jobs", "0012_job_coordinates")]

    operations = [migrations.RunPython(forward, restore_0011_functions)]
