"""An alert's search: the /jobs/ query string, re-run through the job board's own search form.

Nothing here filters jobs: `JobSearchForm.results()` is the one place a search becomes jobs, so an
alert always matches exactly what the visitor would see on /jobs/ with the same query string.
"""

from django.http import QueryDict

from jobs.forms import JobSearchForm

# What an alert keeps of a search. Not `page` or `sort` (how results are shown) and not `posted`:
# an alert is about new jobs anyway, and "last 7 days" would mean nothing a month later.
ALERT_PARAMETERS = ("q", "location", "workplace", "type", "category", "pay")


def search_form(query: str | QueryDict, *, categories, now=None) -> JobSearchForm:
    data = query if isinstance(query, QueryDict) else QueryDict(query)
    return JobSearchForm(data, categories=categories, now=now)


def alert_query(form: JobSearchForm) -> str:
    """The search as one canonical query string.

    Built from the form's cleaned data, so a parameter /jobs/ would ignore (unknown, invalid) is
    dropped here too; values in a fixed order, so the same search always gives the same string
    and an identical alert is recognised rather than duplicated.
    """
    data = form.cleaned_data
    query = QueryDict(mutable=True)
    for name in ALERT_PARAMETERS:
        value = data.get(name)
        if isinstance(value, list):
            values = sorted(value)
        else:
            values = [] if value in (None, "") else [str(value)]
        if values:
            query.setlist(name, values)
    return query.urlencode()


def describe(form: JobSearchForm) -> str:
    """The search in words, e.g. "“python” jobs in Dayton, OH · Remote or Hybrid · Contract"."""
    data = form.cleaned_data
    keywords, location = data.get("q"), data.get("location")
    head = f"“{keywords}” jobs" if keywords else "Jobs"
    if location:
        head += f" in {location}"
    parts = [head]
    for name in ("workplace", "type", "category"):
        chosen = set(data.get(name) or [])
        labels = [str(label) for value, label in form.fields[name].choices if value in chosen]
        if labels:
            parts.append(" or ".join(labels))
    pay = data.get("pay")
    if pay is not None:
        parts.append(str(dict(form.fields["pay"].choices)[str(pay)]))
    if parts == ["Jobs"]:
        return "All jobs"
    return " · ".join(parts)
