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

Elsewhere (SQLite): every word must appear somewhere, crudely stemmed so that "engineering" finds
"engineer"; quoted phrases must appear as written and -word excludes; the same three tiers, with
each word or phrase looked for as text in the title and the summary.
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchQueryField
from django.db import connections
from django.db.models import BooleanField, F, Func, IntegerField, Q, Value

SEARCH_CONFIG = "english"
_TOKENS = re.compile(r'(-?)"([^"]*)"|(-?)([^\s"]+)')
_SUFFIXES = ("ings", "ing", "ed", "s")
_TEXT_FIELDS = ("title", "summary", "description", "requirements")


def crude_stem(word: str) -> str:
    word = word.lower().strip(".,;:!?()[]{}'")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _anywhere(term: str) -> Q:
    condition = Q()
    for field in _TEXT_FIELDS:
        condition |= Q(**{f"{field}__icontains": term})
    return condition


def _fallback_terms(query: str) -> tuple[list[tuple[str, bool]], list[str]]:
    """[(term, negated)] and the terms that count towards rank, from the query as typed."""
    terms, positive = [], []
    for match in _TOKENS.finditer(query):
        negate = bool(match.group(1) or match.group(3))
        phrase = match.group(2)
        term = phrase.strip() if phrase is not None else crude_stem(match.group(4))
        if not term or (phrase is None and term == "or"):
            continue
        terms.append((term, negate))
        if not negate:
            positive.append(term)
    return terms, positive


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


def _fallback_rank(positive_terms: list[str]):
    if not positive_terms:
        return Value(0, output_field=IntegerField())
    in_title, in_title_or_summary = Q(), Q()
    for term in positive_terms:
        in_title &= Q(title__icontains=term)
        in_title_or_summary &= Q(title__icontains=term) | Q(summary__icontains=term)
    return _tiers(in_title, in_title_or_summary)


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
        result = self
        terms, _ = _fallback_terms(query)
        for term, negate in terms:
            result = result.exclude(_anywhere(term)) if negate else result.filter(_anywhere(term))
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
        return self.annotate(rank=_fallback_rank(_fallback_terms(query)[1]))
