"""Keyword search over jobs.

PostgreSQL: full-text search with English stemming, answered by the jobs' search index
(`JobSearchEntry`, table `jobs_jobsearchentry`, migration 0003: one narrow row per job whose
status is open, kept current by triggers; so only those jobs match there, which is all public
search ever shows, and it applies the open rule's dates on top). Its `document` is the job's
`search_vector` (title A, summary B, description and requirements C; migration 0002), stored out
of line and GIN-indexed, so a search finds its matches from the index without reading any text.
Queries use `websearch` syntax, so "exact phrase", -word and OR work as people expect from search
engines.

Relevance comes in three tiers, newest first within each: jobs whose title alone satisfies the
query, then jobs whose title and summary do, then the other matches (the rest of the query found
in the description or requirements). On PostgreSQL the first two are tested against the index's
small in-line `rank_vector` (title weighted A, summary B), the first with the query restricted to
weight A (`jobs_title_query`, migration 0005). Tiers rather than a frequency score make the
order easy to explain ("title matches first, newest first") and let a broad search find its
first page by walking the newest rows instead of scoring every match (jobs/search.py).

SQLite (the embedded default) searches the same way with its own full-text engine, FTS5: the
table `jobs_job_fts` indexes every job's title, summary, description and requirements, with the
Porter stemmer ("engineering" finds "engineer"), whole words only ("RN" is a word, never part of
"turning"); triggers on jobs_job keep it current on every write path, as on PostgreSQL
(`ensure_sqlite_index`, run after every migrate). The query keeps the same syntax: every word
(AND), "exact phrase", OR, -word; and the same three tiers, from FTS5 column filters. Relevance is
the tiers, newest first, on both databases, not FTS5's bm25 score, so that an embedded install
orders results exactly as production does.
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchQueryField
from django.db import connections
from django.db.models import BooleanField, F, Func, IntegerField, Q, Value
from django.db.models.expressions import RawSQL

SEARCH_CONFIG = "english"
_TOKENS = re.compile(r'(-?)"([^"]*)"|(-?)([^\s"]+)')
_WORD = re.compile(r"\w")

# SQLite: the FTS5 index of jobs, an external-content table over jobs_job (it stores no copy of
# the text, only the index), and the triggers that keep it current. Constant SQL: no input in it.
SQLITE_FTS_TABLE = "jobs_job_fts"
_SQLITE_TABLE = """
CREATE VIRTUAL TABLE jobs_job_fts USING fts5(
    title, summary, description, requirements,
    content='jobs_job', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
)"""
_SQLITE_TRIGGERS = {
    "jobs_job_fts_insert": """
CREATE TRIGGER jobs_job_fts_insert AFTER INSERT ON jobs_job BEGIN
    INSERT INTO jobs_job_fts(rowid, title, summary, description, requirements)
    VALUES (new.id, new.title, new.summary, new.description, new.requirements);
END""",
    "jobs_job_fts_delete": """
CREATE TRIGGER jobs_job_fts_delete AFTER DELETE ON jobs_job BEGIN
    INSERT INTO jobs_job_fts(jobs_job_fts, rowid, title, summary, description, requirements)
    VALUES ('delete', old.id, old.title, old.summary, old.description, old.requirements);
END""",
    "jobs_job_fts_update": """
CREATE TRIGGER jobs_job_fts_update
AFTER UPDATE OF id, title, summary, description, requirements ON jobs_job BEGIN
    INSERT INTO jobs_job_fts(jobs_job_fts, rowid, title, summary, description, requirements)
    VALUES ('delete', old.id, old.title, old.summary, old.description, old.requirements);
    INSERT INTO jobs_job_fts(rowid, title, summary, description, requirements)
    VALUES (new.id, new.title, new.summary, new.description, new.requirements);
END""",
}


def ensure_sqlite_index(connection) -> bool:
    """SQLite: create the jobs' FTS5 table and its triggers where missing, and fill it then.

    Run after every migrate (jobs/apps.py) rather than once by a migration: SQLite cannot alter a
    table in place, so Django rebuilds jobs_job for many schema changes, and dropping the old table
    drops its triggers with it. Returns True when it had to (re)build the index.
    """
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') "
            "AND name LIKE 'jobs\\_job\\_fts%' ESCAPE '\\'"
        )
        present = {name for (name,) in cursor.fetchall()}
        if present >= {SQLITE_FTS_TABLE, *_SQLITE_TRIGGERS}:
            return False
        if SQLITE_FTS_TABLE not in present:
            cursor.execute(_SQLITE_TABLE)
        for name, sql in _SQLITE_TRIGGERS.items():
            if name not in present:
                cursor.execute(sql)
        # Whatever was written while a trigger was missing is indexed too.
        cursor.execute("INSERT INTO jobs_job_fts(jobs_job_fts) VALUES ('rebuild')")
    return True


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _sqlite_query(query: str) -> tuple[str | None, list[str]]:
    """The query as FTS5 syntax: (the expression of its positive terms, or None; its -terms).

    Every word and "phrase" is quoted, so no input is FTS5 syntax of its own. FTS5 gives AND
    precedence over OR, as PostgreSQL's websearch does: `python OR java developer` is python, or
    java and developer. Excluded terms are applied by the caller: FTS5's NOT needs a left side.
    """
    positive, negated = [], []
    for match in _TOKENS.finditer(query):
        negate = bool(match.group(1) or match.group(3))
        phrase = match.group(2)
        text = (phrase if phrase is not None else match.group(4)).strip()
        if not _WORD.search(text):
            continue
        if phrase is None and not negate and text.lower() == "or":
            if positive and positive[-1] != "OR":
                positive.append("OR")
            continue
        (negated if negate else positive).append(_fts_string(text))
    while positive and positive[-1] == "OR":
        positive.pop()
    return (" ".join(positive) or None), negated


def _sqlite_matches(expression: str) -> Q:
    """Jobs whose text matches an FTS5 expression."""
    sql = "SELECT rowid FROM jobs_job_fts WHERE jobs_job_fts MATCH %s"
    return Q(pk__in=RawSQL(sql, [expression]))  # noqa: S611 - the expression is a parameter


class _Tier(Func):
    """CASE WHEN in_title THEN 2 WHEN in_title_or_summary THEN 1 ELSE 0 END: a search compiles it
    twice a page, and written out like this it builds in a fraction of Case and When's time."""

    output_field = IntegerField()

    def as_sql(self, compiler, connection, **extra_context):
        (title, title_params), (either, either_params) = (
            compiler.compile(condition) for condition in self.get_source_expressions()
        )
        sql = f"CASE WHEN {title} THEN 2 WHEN {either} THEN 1 ELSE 0 END"
        return sql, (*title_params, *either_params)


def _tiers(in_title, in_title_or_summary) -> _Tier:
    """Relevance: 2 when the title satisfies the query, 1 when title and summary do, else 0."""
    return _Tier(in_title, in_title_or_summary)


def _sqlite_rank(expression: str | None):
    if expression is None:
        return Value(0, output_field=IntegerField())
    return _tiers(
        _sqlite_matches(f"title : ({expression})"),
        _sqlite_matches(f"{{title summary}} : ({expression})"),
    )


class Matches(Func):
    """`vector @@ query`, as a condition (filter() and When() take it as it is)."""

    template = "(%(expressions)s)"
    arg_joiner = " @@ "
    output_field = BooleanField()


class TitleQuery(Func):
    """A tsquery with each word restricted to the title's weight, A (migration 0005)."""

    function = "jobs_title_query"
    output_field = SearchQueryField()


class JobSearchMixin:
    """`search()` and `ranked()` for jobs and for their search index rows (`JobSearchEntry`).

    On PostgreSQL both read the index's vectors: `search_path` is how a row reaches them ("" for
    the index itself, "search_entry__" from a job).
    """

    search_path = ""

    def _on_postgresql(self) -> bool:
        return connections[self.db].vendor == "postgresql"

    def _ts_query(self, query: str) -> SearchQuery:
        return SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)

    def title_matches(self, query: str) -> Matches:
        """PostgreSQL: the condition that the title alone satisfies `query` (the top tier)."""
        vector = F(f"{self.search_path}rank_vector")
        return Matches(vector, TitleQuery(self._ts_query(query.strip())))

    def search(self, query: str):
        """Rows matching `query`, annotated with `rank`: its relevance tier, 2, 1 or 0.

        On PostgreSQL only jobs whose status is open can match (the index holds no others);
        callers narrow with open() first in any case.
        """
        query = query.strip()
        if not query:
            return self.annotate(rank=Value(0, output_field=IntegerField()))
        if self._on_postgresql():
            matching = self.filter(**{f"{self.search_path}document": self._ts_query(query)})
            return matching.ranked(query)
        expression, negated = _sqlite_query(query)
        if expression is None and not negated:  # nothing searchable: "+", "--"
            return self.none().annotate(rank=Value(0, output_field=IntegerField()))
        result = self.filter(_sqlite_matches(expression)) if expression else self
        for term in negated:
            result = result.exclude(_sqlite_matches(term))
        return result.ranked(query)

    def ranked(self, query: str):
        """`rank` as `search(query)` gives it, not filtering: for rows known to match."""
        query = query.strip()
        if not query:
            return self.annotate(rank=Value(0, output_field=IntegerField()))
        if self._on_postgresql():
            vector = F(f"{self.search_path}rank_vector")
            in_title_or_summary = Matches(vector, self._ts_query(query))
            return self.annotate(rank=_tiers(self.title_matches(query), in_title_or_summary))
        return self.annotate(rank=_sqlite_rank(_sqlite_query(query)[0]))
