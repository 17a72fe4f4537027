"""PostgreSQL: each search index row packs the facets it is counted under into one number.

`facet_key` (a stored generated column of jobs_jobsearchentry) holds workplace, job type, hours,
shift, how it is paid, an immediate start, the pay band and the category in one bigint, so a
search counts its facets in a single pass: its matches grouped by this one column (a few hundred
groups even for 30,000 matches), the option counts then summed from the groups in Python
(jobs/search.py, `FACET_KEY`, which decodes it; a test checks the two agree). Grouping by one
integer is far cheaper than the 40-odd `COUNT(*) FILTER (...)` it replaces, each evaluated on
every match. The layout is frozen here; new choices or pay bands need a migration that redefines
the column (and `FACET_KEY`). Elsewhere (SQLite) nothing happens: search counts on the jobs table.
"""

from django.db import migrations

# bits: workplace 0-1, job type 2-3, hours 4-5, shift 6-8, W-2 9, 1099 10, C2C 11,
# starts immediately 12, pay band 13-15 (width_bucket over the pay options), category 16 on.
FORWARD = """
ALTER TABLE jobs_jobsearchentry ADD COLUMN facet_key bigint GENERATED ALWAYS AS (
    (CASE workplace WHEN 'onsite' THEN 0 WHEN 'hybrid' THEN 1 WHEN 'remote' THEN 2 ELSE 3 END)
    + (CASE employment_type WHEN 'direct_hire' THEN 0 WHEN 'contract' THEN 1
        WHEN 'contract_to_hire' THEN 2 ELSE 3 END) * 4
    + (CASE hours WHEN 'full_time' THEN 0 WHEN 'part_time' THEN 1 ELSE 3 END) * 16
    + (CASE shift WHEN '' THEN 0 WHEN 'day' THEN 1 WHEN 'evening' THEN 2 WHEN 'night' THEN 3
        WHEN 'rotating' THEN 4 WHEN 'weekend' THEN 5 ELSE 7 END) * 64
    + pay_w2::int * 512 + pay_1099::int * 1024 + pay_c2c::int * 2048
    + starts_immediately::int * 4096
    + coalesce(width_bucket(annual_pay_max,
        ARRAY[30000, 50000, 75000, 100000, 150000]::float8[]), 0) * 8192
    + category_id::bigint * 65536
) STORED;
ANALYZE jobs_jobsearchentry;
"""

BACKWARD = "ALTER TABLE jobs_jobsearchentry DROP COLUMN facet_key;"


def run(sql):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("jobs", "0015_search_vocabulary")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
