"""PostgreSQL: the jobs' search index, a narrow table that keyword search filters, counts and sorts.

Why: a broad search ("engineer") matches a third of the jobs, and counting every facet and ranking
every match from jobs_job read each match's ~1.6 KB search vector out of TOAST (hundreds of
thousands of buffer reads at 100,000 jobs). jobs_jobsearchentry keeps, for each job whose status
is open (what public search can ever show; the posting and closing dates change with the clock,
so they are checked when searching), what a search needs, under the same names as on jobs_job,
in about 430 bytes a row:

- the filter columns (status and dates for the open rule, workplace, type, category, pay, place);
  yearly pay as a double (numeric(12, 2) amounts stay distinct and in the same order, and a
  double compares much faster than numeric when the pay facets are counted);
- `rank_vector`: the title (weight A) and the first 1,000 characters of the summary (B), stored
  PLAIN (in line, uncompressed) so ranking thousands of matches never detoasts anything;
- `document`: the job's whole search vector, moved out of line (toast_tuple_target 128,
  STORAGE EXTERNAL) and GIN-indexed, so matching reads the index, not the vectors.

Scans of the table stay in one process (parallel_workers 0): a search is one request's work
among many, and on a busy two-core machine parallel workers made searches slower, not faster.

Statement-level triggers with transition tables keep it current on every write path (save(),
bulk_create(), queryset.update(), delete, raw SQL, TRUNCATE): a row appears when a job opens,
follows its changes and goes when it is filled, closed or deleted. They run after 0002's trigger
has set search_vector. Django does not manage the table (JobSearchEntry, managed=False):
elsewhere (SQLite) there is none and search reads the jobs table.
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.contrib.postgres.operations import BtreeGinExtension
from django.db import migrations, models

_COLUMNS = """job_id, status, posted_at, expires_at, workplace, employment_type, category_id,
    annual_pay_max, city, state, postal_code, rank_vector, document"""

# Read from jobs_job itself, not from the trigger's transition table: there the stored search
# vector is a pointer into jobs_job's TOAST, which makes PostgreSQL toast the new row too and so
# move `document` out of line (with the table's toast_tuple_target of 128). A row of plain values
# under 2 KB is never toasted, whatever the target: `document` would stay in line, and the table
# would be three times as wide (measured: 125 MB instead of 41 MB at 100,000 jobs).
_VALUES = """j.id, j.status, j.posted_at, j.expires_at, j.workplace, j.employment_type,
    j.category_id, j.annual_pay_max::float8, j.city, j.state, j.postal_code,
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
        postal_code = excluded.postal_code, rank_vector = excluded.rank_vector,
        document = excluded.document;
"""  # noqa: S608 - constant SQL, assembled from the parts above

# The columns the index is made from: an update that changes none of them leaves it alone.
_SOURCE = [
    "title", "summary", "search_vector", "status", "posted_at", "expires_at", "workplace",
    "employment_type", "category_id", "annual_pay_max", "city", "state", "postal_code",
]  # fmt: skip
_NEW_ROWS = "jobs_job j JOIN new_rows n ON n.id = j.id WHERE j.status = 'open'"
_CHANGED_ROWS = (
    "jobs_job j JOIN new_rows n ON n.id = j.id LEFT JOIN old_rows o ON o.id = n.id "
    "WHERE j.status = 'open' AND (o.id IS NULL OR "
    f"({', '.join('n.' + c for c in _SOURCE)}) IS DISTINCT FROM "
    f"({', '.join('o.' + c for c in _SOURCE)}))"
)

FORWARD = f"""
CREATE TABLE jobs_jobsearchentry (
    job_id bigint PRIMARY KEY,
    status varchar(10) NOT NULL,
    posted_at timestamptz NOT NULL,
    expires_at timestamptz NULL,
    workplace varchar(10) NOT NULL,
    employment_type varchar(20) NOT NULL,
    category_id bigint NOT NULL,
    annual_pay_max double precision NULL,
    city varchar(80) NOT NULL,
    state varchar(2) NOT NULL,
    postal_code varchar(10) NOT NULL,
    rank_vector tsvector NOT NULL,
    document tsvector NOT NULL
) WITH (toast_tuple_target = 128, parallel_workers = 0);
ALTER TABLE jobs_jobsearchentry ALTER COLUMN rank_vector SET STORAGE PLAIN;
ALTER TABLE jobs_jobsearchentry ALTER COLUMN document SET STORAGE EXTERNAL;
-- Out of line in jobs_job as well (not compressed in line), so the index's copy is too; above.
ALTER TABLE jobs_job ALTER COLUMN search_vector SET STORAGE EXTERNAL;

CREATE FUNCTION jobs_search_index_insert() RETURNS trigger AS $$
BEGIN
    {_UPSERT % {"rows": _NEW_ROWS}}
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION jobs_search_index_update() RETURNS trigger AS $$
BEGIN
    DELETE FROM jobs_jobsearchentry WHERE job_id IN (
        SELECT id FROM old_rows EXCEPT SELECT id FROM new_rows WHERE status = 'open'
    );
    {_UPSERT % {"rows": _CHANGED_ROWS}}
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION jobs_search_index_delete() RETURNS trigger AS $$
BEGIN
    DELETE FROM jobs_jobsearchentry WHERE job_id IN (SELECT id FROM old_rows);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION jobs_search_index_truncate() RETURNS trigger AS $$
BEGIN
    TRUNCATE jobs_jobsearchentry;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER jobs_job_search_index_insert AFTER INSERT ON jobs_job
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jobs_search_index_insert();
CREATE TRIGGER jobs_job_search_index_update AFTER UPDATE ON jobs_job
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jobs_search_index_update();
CREATE TRIGGER jobs_job_search_index_delete AFTER DELETE ON jobs_job
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jobs_search_index_delete();
CREATE TRIGGER jobs_job_search_index_truncate AFTER TRUNCATE ON jobs_job
    FOR EACH STATEMENT EXECUTE FUNCTION jobs_search_index_truncate();

{_UPSERT % {"rows": "jobs_job j WHERE j.status = 'open'"}}

-- The keywords, and the state of a location search with them (btree_gin): one index scan
-- finds exactly the rows both select. No other index: a plan that read rows in some other
-- index's order and tested `document @@ query` on each would fetch each document from TOAST.
-- (Migration 0005 adds one, newest first, that the relevance page walks with a title test.)
CREATE INDEX jobs_jobsearchentry_search_gin ON jobs_jobsearchentry USING gin (document, state);
ANALYZE jobs_jobsearchentry;
"""  # noqa: S608 - constant SQL

BACKWARD = """
DROP TRIGGER IF EXISTS jobs_job_search_index_insert ON jobs_job;
DROP TRIGGER IF EXISTS jobs_job_search_index_update ON jobs_job;
DROP TRIGGER IF EXISTS jobs_job_search_index_delete ON jobs_job;
DROP TRIGGER IF EXISTS jobs_job_search_index_truncate ON jobs_job;
DROP FUNCTION IF EXISTS jobs_search_index_insert();
DROP FUNCTION IF EXISTS jobs_search_index_update();
DROP FUNCTION IF EXISTS jobs_search_index_delete();
DROP FUNCTION IF EXISTS jobs_search_index_truncate();
DROP TABLE IF EXISTS jobs_jobsearchentry;
ALTER TABLE jobs_job ALTER COLUMN search_vector SET STORAGE EXTENDED;
"""


def run(sql):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("jobs", "0002_search_trigger")]

    operations = [
        # Django's view of the table (unmanaged: no SQL; a foreign key of an unmanaged model is
        # left out of its migration state, so `category` is not listed here).
        migrations.CreateModel(
            name="JobSearchEntry",
            fields=[
                (
                    "job",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="search_entry",
                        serialize=False,
                        to="jobs.job",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("draft", "Draft"),
                            ("open", "Open"),
                            ("filled", "Filled"),
                            ("closed", "Closed"),
                        ],
                        max_length=10,
                    ),
                ),
                ("posted_at", models.DateTimeField()),
                ("expires_at", models.DateTimeField(null=True)),
                (
                    "workplace",
                    models.CharField(
                        choices=[("onsite", "On-site"), ("hybrid", "Hybrid"), ("remote", "Remote")],
                        max_length=10,
                    ),
                ),
                (
                    "employment_type",
                    models.CharField(
                        choices=[
                            ("direct_hire", "Direct hire"),
                            ("contract", "Contract"),
                            ("contract_to_hire", "Contract to hire"),
                            ("temporary", "Temporary"),
                        ],
                        max_length=20,
                    ),
                ),
                ("annual_pay_max", models.FloatField(null=True)),
                ("city", models.CharField(max_length=80)),
                ("state", models.CharField(max_length=2)),
                ("postal_code", models.CharField(max_length=10)),
                ("rank_vector", django.contrib.postgres.search.SearchVectorField()),
                ("document", django.contrib.postgres.search.SearchVectorField()),
            ],
            options={"managed": False},
        ),
        BtreeGinExtension(),  # PostgreSQL only, like the rest
        migrations.RunPython(run(FORWARD), run(BACKWARD)),
    ]
