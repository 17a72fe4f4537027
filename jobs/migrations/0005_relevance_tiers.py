"""PostgreSQL: what relevance in tiers needs (jobs/fulltext.py): a title-only query, a newest-first walk.

Relevance sorts the matches of a keyword search in three tiers - the whole query in the title,
then in the title and summary, then anywhere - newest first within each. Both tiers above the last
are tested against the search index's in-line `rank_vector` (title weighted A, summary B):

- `jobs_title_query(tsquery)`: the query with every word restricted to weight A, i.e. to the
  title ('engin' & 'python' -> 'engin':A & 'python':A). A SQL function, immutable, so a search's
  query is rewritten once when it is planned, not per row. (tsquery's text form quotes each word,
  doubling a quote inside one, and writes a word's own prefix mark and weights after it, as in
  'engin':*B: those are replaced by A, the prefix mark kept.)
- `jobs_jobsearchentry_newest`: the index table in (posted_at DESC, job_id DESC) order. For a
  broad search the first page is then the newest rows whose title matches, found by walking this
  index for a bounded number of rows instead of sorting every match (jobs/search.py,
  `SearchResults`). It is partial, `WHERE job_id > 0` (true of every row): only a query that
  says so can use it, and only the walk does. Left to the planner, a keyword search sorted
  newest first would walk it too, testing each row's out-of-line vector, with no bound: the
  planner multiplies the words' frequencies, so two common words that never meet look like
  hundreds of matches (measured at 100,000 jobs: "nurse forklift", newest first, 0 matches, 631
  ms for the page, reading every row's vector).
"""

from django.db import migrations

FORWARD = r"""
CREATE FUNCTION jobs_title_query(query tsquery) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN regexp_replace(
        query::text, '(''(?:[^'']|'''')*'')(?::(\*?)[A-D]*)?', E'\\1:\\2A', 'g'
    )::tsquery;
CREATE INDEX jobs_jobsearchentry_newest ON jobs_jobsearchentry (posted_at DESC, job_id DESC)
    WHERE job_id > 0;
"""

BACKWARD = """
DROP INDEX IF EXISTS jobs_jobsearchentry_newest;
DROP FUNCTION IF EXISTS jobs_title_query(tsquery);
"""


def run(sql):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("jobs", "0004_open_job_indexes")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
