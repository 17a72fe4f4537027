"""Keyword search over jobs.

PostgreSQL: full-text search with English stemming and ranking. `search_vector` is kept up to
date by a database trigger (migration 0002) and indexed with GIN; the title weighs most, then the
summary, then the description and requirements. Queries use `websearch` syntax, so "exact
phrase", -word and OR work as people expect from search engines.

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


class JobSearchMixin:
    def search(self, query: str):
        """Jobs matching `query`, annotated with `rank` (higher is more relevant)."""
        query = query.strip()
        if not query:
            return self.annotate(rank=Value(0, output_field=IntegerField()))
        if connections[self.db].vendor == "postgresql":
            ts_query = SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)
            return self.filter(search_vector=ts_query).annotate(
                rank=SearchRank(F("search_vector"), ts_query)
            )
        return self._search_fallback(query)

    def _search_fallback(self, query: str):
        result, title_terms = self, []
        for match in _TOKENS.finditer(query):
            negate = bool(match.group(1) or match.group(3))
            phrase = match.group(2)
            term = phrase.strip() if phrase is not None else crude_stem(match.group(4))
            if not term or (phrase is None and term == "or"):
                continue
            if negate:
                result = result.exclude(_anywhere(term))
            else:
                result = result.filter(_anywhere(term))
                title_terms.append(term)
        if not title_terms:
            return result.annotate(rank=Value(0, output_field=IntegerField()))
        all_in_title = Q()
        for term in title_terms:
            all_in_title &= Q(title__icontains=term)
        any_in_title = Q()
        for term in title_terms:
            any_in_title |= Q(title__icontains=term)
        return result.annotate(
            rank=Case(
                When(all_in_title, then=Value(2)),
                When(any_in_title, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
