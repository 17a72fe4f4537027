"""An alert's search: the /jobs/ query string, re-run through the job board's own search.

Nothing here filters jobs: `jobs.search.JobSearch` is the one place a search becomes jobs, so an
alert always matches exactly what the visitor would see on /jobs/ with the same query string.
"""

from django.http import QueryDict

from jobs.search import JobSearch

# What an alert keeps of a search. Not `page` or `sort` (how results are shown) and not `posted`:
# an alert is about new jobs anyway, and "last 7 days" would mean nothing a month later.
ALERT_PARAMETERS = (
    "q",
    "location",
    "near",
    "radius",
    "workplace",
    "type",
    "paid",
    "hours",
    "shift",
    "start",
    "category",
    "pay",
)


def job_search(query: str | QueryDict, *, categories, now=None) -> JobSearch:
    return JobSearch.from_query(query, categories=categories, now=now)


def alert_query(search: JobSearch) -> str:
    """The search as one canonical query string.

    Built from the search's cleaned parameters, so a parameter /jobs/ would ignore (unknown,
    invalid) is dropped here too; values in a fixed order, so the same search always gives the
    same string and an identical alert is recognised rather than duplicated.
    """
    params = search.params
    query = QueryDict(mutable=True)
    for name in ALERT_PARAMETERS:
        value = params[name]
        if isinstance(value, list):
            values = sorted(value)
        else:
            values = [] if value in (None, "") else [str(value)]
        if values:
            query.setlist(name, values)
    return query.urlencode()


def describe(search: JobSearch) -> str:
    """The search in words, e.g. "“python” jobs in Dayton, OH · Remote or Hybrid · Contract",
    or "Jobs within 25 miles of 77002"."""
    keywords, location = search.params["q"], search.params["location"]
    head = f"“{keywords}” jobs" if keywords else "Jobs"
    if location:
        head += f" in {location}"
    if search.params["near"]:
        head += f" within {search.params['radius']} miles of {search.params['near']}"
    parts = [head]
    for name in ("workplace", "type", "paid", "hours", "shift", "category"):
        labels = search.chosen_labels(name)
        if labels:
            parts.append(" or ".join(labels))
    for name in ("pay", "start"):
        if search.params[name] is not None:
            parts.extend(search.chosen_labels(name))
    if parts == ["Jobs"]:
        return "All jobs"
    return " · ".join(parts)
