"""Keyword search over jobs.

PostgreSQL: full-text search with English stemming and ranking, answered by the jobs' search index
(`JobSearchEntry`, table `jobs_jobsearchentry`, migration 0003: one narrow row per job whose
status is open, kept current by triggers; so only those jobs match there, which is all public
search ever shows, and it applies the open rule's dates on top). Its `document` is the job's
`search_vector` (title A, summary B, description and requirements C; migration 0002), stored out
of line and GIN-indexed, so a search finds its matches from the index without reading any text.
Relevance is `ts_rank` on its small in-line `rank_vector` (the title, weighted A, and the summary,
B): the title weighs most, then the summary; jobs that match only in the description or
requirements rank after those, newest first. Queries use `websearch` syntax, so "exact phrase",
-word and OR work as people expect from search engines.

Elsewhere (SQLite): every word must appear somewhere, crudely stemmed so that "engineering" finds
"engineer"; quoted phrases must appear as written and -word excludes; title matches rank first.
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connections
from django.db.models import Case, F, IntegerField, Q, Value, When

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
    terms, title_terms = [], []
    for match in _TOKENS.finditer(query):
        negate = bool(match.group(1) or match.group(3))
        phrase = match.group(2)
        term = phrase.strip() if phrase is not None else crude_stem(match.group(4))
        if not term or (phrase is None and term == "or"):
            continue
        terms.append((term, negate))
        if not negate:
            title_terms.append(term)
    return terms, title_terms


def _fallback_rank(title_terms: list[str]):
    if not title_terms:
        return Value(0, output_field=IntegerField())
    all_in_title, any_in_title = Q(), Q()
    for term in title_terms:
        all_in_title &= Q(title__icontains=term)
        any_in_title |= Q(title__icontains=term)
    return Case(
        When(all_in_title, then=Value(2)),
        When(any_in_title, then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )


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

    def search(self, query: str):
        """Rows matching `query`, annotated with `rank` (higher is more relevant).

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
            return self.annotate(rank=SearchRank(vector, self._ts_query(query)))
        return self.annotate(rank=_fallback_rank(_fallback_terms(query)[1]))
