"""PostgreSQL: the search's vocabulary, for typo correction ("nurce" -> "nurse"; jobs/fulltext.py).

`jobs_searchword` holds every word of open jobs' titles and summaries (lower case, letters only)
and whether a title uses it, with a pg_trgm index for the nearest words to a typo. Statement-level
triggers on jobs_job add the words of every job written open, on every write path, like the search
index's (0003); a word stays when its jobs close (a correction is only offered when it finds open
jobs). SQLite keeps its vocabulary in FTS5 (jobs/fulltext.py), so nothing happens there.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

_WORDS = """
    INSERT INTO jobs_searchword (word, in_title)
    SELECT word, bool_or(in_title) FROM (
        SELECT regexp_split_to_table(lower(j.title), '[^[:alpha:]]+') AS word, true AS in_title
        FROM %(rows)s
        UNION ALL
        SELECT regexp_split_to_table(lower(j.summary), '[^[:alpha:]]+'), false FROM %(rows)s
    ) words
    WHERE length(word) BETWEEN 2 AND 40
    GROUP BY word
    ON CONFLICT (word) DO UPDATE SET in_title = true
        WHERE excluded.in_title AND NOT jobs_searchword.in_title;
"""
_NEW_ROWS = "new_rows j WHERE j.status = 'open'"
_CHANGED_ROWS = (
    "new_rows j JOIN old_rows o ON o.id = j.id WHERE j.status = 'open' "
    "AND (j.title, j.summary, j.status) IS DISTINCT FROM (o.title, o.summary, o.status)"
)

FORWARD = f"""
CREATE TABLE jobs_searchword (
    word text PRIMARY KEY,
    in_title boolean NOT NULL DEFAULT false
);
CREATE INDEX jobs_searchword_trigram ON jobs_searchword USING gin (word gin_trgm_ops);

CREATE FUNCTION jobs_search_words_insert() RETURNS trigger AS $$
BEGIN
    {_WORDS % {"rows": _NEW_ROWS}}
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION jobs_search_words_update() RETURNS trigger AS $$
BEGIN
    {_WORDS % {"rows": _CHANGED_ROWS}}
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER jobs_search_words_insert AFTER INSERT ON jobs_job
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jobs_search_words_insert();
CREATE TRIGGER jobs_search_words_update AFTER UPDATE ON jobs_job
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION jobs_search_words_update();

{_WORDS % {"rows": "jobs_job j WHERE j.status = 'open'"}}
ANALYZE jobs_searchword;
"""  # noqa: S608 - constant SQL

BACKWARD = """
DROP TRIGGER jobs_search_words_insert ON jobs_job;
DROP TRIGGER jobs_search_words_update ON jobs_job;
DROP FUNCTION jobs_search_words_insert();
DROP FUNCTION jobs_search_words_update();
DROP TABLE jobs_searchword;
"""


def run(sql):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return operation


class Migration(migrations.Migration):
    dependencies = [("jobs", "0014_fill_job_coordinates")]

    operations = [
        TrigramExtension(),  # PostgreSQL only; elsewhere it does nothing
        migrations.RunPython(run(FORWARD), run(BACKWARD)),
    ]
