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
# Beside it, the search's vocabulary: the words of the titles and summaries as typed (no stemming),
# which `fts5vocab` lists with the column each is in; typo correction compares against them.
SQLITE_FTS_TABLE = "jobs_job_fts"
SQLITE_WORDS_TABLE = "jobs_job_fts_words"
SQLITE_VOCABULARY = "jobs_job_fts_words_vocab"
_SQLITE_COLUMNS = {
    SQLITE_FTS_TABLE: ("title", "summary", "description", "requirements"),
    SQLITE_WORDS_TABLE: ("title", "summary"),
}
_SQLITE_TABLES = {
    SQLITE_FTS_TABLE: """
CREATE VIRTUAL TABLE jobs_job_fts USING fts5(
    title, summary, description, requirements,
    content='jobs_job', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
)""",
    # detail=column: which column a word is in (the vocabulary's `col`), no positions.
    SQLITE_WORDS_TABLE: """
CREATE VIRTUAL TABLE jobs_job_fts_words USING fts5(
    title, summary, content='jobs_job', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', detail=column
)""",
    SQLITE_VOCABULARY: (
        "CREATE VIRTUAL TABLE jobs_job_fts_words_vocab USING fts5vocab(jobs_job_fts_words, 'col')"
    ),
}


def _sqlite_triggers(table: str) -> dict[str, str]:
    columns = ", ".join(_SQLITE_COLUMNS[table])
    old = ", ".join(f"old.{c}" for c in _SQLITE_COLUMNS[table])
    new = ", ".join(f"new.{c}" for c in _SQLITE_COLUMNS[table])
    delete = f"INSERT INTO {table}({table}, rowid, {columns}) VALUES ('delete', old.id, {old});"  # noqa: S608 - constant names
    insert = f"INSERT INTO {table}(rowid, {columns}) VALUES (new.id, {new});"  # noqa: S608
    return {
        f"{table}_insert": f"CREATE TRIGGER {table}_insert AFTER INSERT ON jobs_job BEGIN\n"
        f"    {insert}\nEND",
        f"{table}_delete": f"CREATE TRIGGER {table}_delete AFTER DELETE ON jobs_job BEGIN\n"
        f"    {delete}\nEND",
        f"{table}_update": f"CREATE TRIGGER {table}_update\n"
        f"AFTER UPDATE OF id, {columns} ON jobs_job BEGIN\n    {delete}\n    {insert}\nEND",
    }


_SQLITE_TRIGGERS = {
    name: sql for table in _SQLITE_COLUMNS for name, sql in _sqlite_triggers(table).items()
}


def ensure_sqlite_index(connection) -> bool:
    """SQLite: create the jobs' FTS5 tables and their triggers where missing, and fill them then.

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
        if present >= {*_SQLITE_TABLES, *_SQLITE_TRIGGERS}:
            return False
        for name, sql in [*_SQLITE_TABLES.items(), *_SQLITE_TRIGGERS.items()]:
            if name not in present:
                cursor.execute(sql)
        # Whatever was written while a trigger was missing is indexed too.
        for table in _SQLITE_COLUMNS:
            cursor.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")  # noqa: S608
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


# --- Forgiving search: the words the jobs use, and the known word nearest a typo ---------------
#
# The vocabulary is every word of the jobs' titles and summaries as written (lower case, no
# stemming), and whether it is in a title. PostgreSQL: the table `jobs_searchword`, filled by
# triggers on jobs_job from open jobs (migration 0015) and trigram-indexed (pg_trgm), so the
# nearest words come from the index. SQLite: the FTS5 table `jobs_job_fts_words` above and its
# `fts5vocab` listing; the same trigram similarity as pg_trgm's is computed here, over the words of
# about the typo's length. A word stays in the vocabulary after its jobs close; a correction is
# only offered when the corrected search finds open jobs (jobs/search.py), so that costs nothing.

SIMILARITY_THRESHOLD = 0.3  # pg_trgm's default for `%`
MIN_CORRECTED_LENGTH = 4  # "rn", "cnc", "lpn": too short to guess at
_VOCABULARY_WORD = re.compile(r"[^\W\d_]+")  # letters only: "401k" and ZIP codes are not typos


def vocabulary_words(text: str) -> list[str]:
    """The words of `text` as the vocabulary keeps them: lower case, letters only."""
    return _VOCABULARY_WORD.findall(text.lower())


def replace_words(text: str, replacements: dict[str, str]) -> str:
    """`text` with each word that is a key of `replacements` (lower case) replaced."""
    return _VOCABULARY_WORD.sub(lambda m: replacements.get(m.group(0).lower(), m.group(0)), text)


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one word: padded with two spaces before and one after."""
    padded = f"  {word.lower()} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    """pg_trgm's similarity(): shared trigrams over all the trigrams of either word."""
    ta, tb = trigrams(a), trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta or tb else 0.0


def closest_words(words, *, using: str = "default") -> dict[str, str]:
    """{typo: correction} for each of `words` the jobs never use and that is like one they do.

    Words the vocabulary has, short words and words nothing is like are left out. Ties go to the
    alphabetically first word, so the same typo always gets the same correction.
    """
    wanted = sorted({w.lower() for w in words if len(w) >= MIN_CORRECTED_LENGTH})
    if not wanted:
        return {}
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT w.word, (SELECT s.word FROM jobs_searchword s WHERE s.word %% w.word "
                "ORDER BY similarity(s.word, w.word) DESC, s.word LIMIT 1) "
                "FROM unnest(%s::text[]) AS w(word)",
                [wanted],
            )
            return {word: best for word, best in cursor.fetchall() if best and best != word}
        # One query: the words of about the typos' length (longer or shorter words cannot reach
        # the threshold), the typos themselves among them if they are known after all.
        shortest, longest = min(map(len, wanted)), max(map(len, wanted))
        cursor.execute(
            f"SELECT DISTINCT term FROM {SQLITE_VOCABULARY} "  # noqa: S608 - constant names
            "WHERE length(term) BETWEEN %s AND %s",
            [max(1, shortest // 2), longest * 2],
        )
        candidates = {term for (term,) in cursor.fetchall() if _VOCABULARY_WORD.fullmatch(term)}
    unknown = [w for w in wanted if w not in candidates]
    corrections = {}
    for word in unknown:
        scored = [(similarity(word, term), term) for term in candidates]
        scored = [(-score, term) for score, term in scored if score >= SIMILARITY_THRESHOLD]
        if scored:
            corrections[word] = min(scored)[1]
    return corrections


def title_words(words, *, using: str = "default") -> set[str]:
    """Those of `words` (lower case) that some job's title uses: a job word, not a place name."""
    wanted = sorted({w.lower() for w in words})
    if not wanted:
        return set()
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT word FROM jobs_searchword WHERE in_title AND word = ANY(%s::text[])",
                [wanted],
            )
        else:
            placeholders = ", ".join(["%s"] * len(wanted))
            cursor.execute(
                f"SELECT DISTINCT term FROM {SQLITE_VOCABULARY} "  # noqa: S608 - constant names
                f"WHERE col = 'title' AND term IN ({placeholders})",
                wanted,
            )
        return {word for (word,) in cursor.fetchall()}
