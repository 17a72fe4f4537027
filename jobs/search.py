"""Job search: a query string in, the open jobs it finds and every filter option's count out.

`JobSearch` is the one place a search becomes jobs. The job board (`/jobs/`), its RSS feed and
saved job alerts all build one from a query string (`JobSearch.from_query`), so an alert matches
exactly what its owner would see on /jobs/ with the same query string. jobs/forms.py parses the
query string; keyword matching itself (stemming, tiers of relevance) is jobs/fulltext.py's; where
a ZIP code or city is, and distances, are jobs/geo.py's.
"""

import math
import re
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connections
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import ASin, Cos, Least, Power, Radians, Sin, Sqrt
from django.db.models.lookups import LessThanOrEqual
from django.http import QueryDict
from django.utils import timezone

from . import fulltext, geo
from .forms import MULTIPLE_CHOICE, PAY_OPTIONS, POSTED_OPTIONS, SINGLE_CHOICE, JobSearchForm
from .models import Job, JobSearchEntry
from .states import STATE_BY_NAME, STATE_CODES

_ZIP = re.compile(r"\d{5}(?:-\d{4})?")
# A location that means "the Remote filter", not a place.
REMOTE_PLACES = {"remote", "remote only", "anywhere", "work from home", "wfh", "telecommute"}
# Every parameter, in the order a search's own links write them.
PARAMETER_ORDER = ("q", "location", "near", "radius", *MULTIPLE_CHOICE, *SINGLE_CHOICE, "sort",
                   "exact")  # fmt: skip
NEARBY_MILES = 100  # how far "jobs nearby" reaches when nothing matches

# How migration 0016 packs a search index row's facets in `facet_key`: (group, lowest bit, bits,
# the values in the order of their codes). Pay is the band: the options the row's pay reaches.
FACET_KEY = (
    ("workplace", 0, 2, ["onsite", "hybrid", "remote"]),
    ("type", 2, 2, ["direct_hire", "contract", "contract_to_hire", "temporary"]),
    ("hours", 4, 2, ["full_time", "part_time"]),
    ("shift", 6, 3, ["", "day", "evening", "night", "rotating", "weekend"]),
)
FACET_KEY_FLAGS = ((9, "paid", "w2"), (10, "paid", "1099"), (11, "paid", "c2c"),
                   (12, "start", "now"))  # fmt: skip
FACET_KEY_PAY_BAND, FACET_KEY_CATEGORY = 13, 16


def decode_facet_key(key: int, slugs: dict[int, str]) -> dict[str, set[str]]:
    """{group: the option values a row holds} from its `facet_key` (`slugs`: category pk ->
    slug). "posted" is not in it: that depends on the time of the search."""
    held = {group: set() for group in ("workplace", "type", "paid", "hours", "shift", "start",
                                       "category", "pay")}  # fmt: skip
    for group, low, bits, values in FACET_KEY:
        code = (key >> low) & ((1 << bits) - 1)
        if code < len(values) and values[code]:
            held[group].add(values[code])
    for bit, group, value in FACET_KEY_FLAGS:
        if key >> bit & 1:
            held[group].add(value)
    band = (key >> FACET_KEY_PAY_BAND) & 7
    held["pay"].update(str(amount) for amount in PAY_OPTIONS[:band])
    slug = slugs.get(key >> FACET_KEY_CATEGORY)
    if slug:
        held["category"].add(slug)
    return held


_CITY_STATE = re.compile(r"(.+?)[,\s]+([A-Za-z][A-Za-z .]+)")


def _all(conditions) -> Q:
    combined = Q()
    for condition in conditions:
        combined &= condition
    return combined


def location_filter(text: str) -> Q | None:
    """'45402', 'Dayton, OH', 'Dayton Ohio', 'OH', 'Ohio' or 'Dayton' -> a condition on jobs."""
    text = " ".join(text.split())
    if not text:
        return None
    if _ZIP.fullmatch(text):
        # Same first three digits: the same postal area, a practical "near this ZIP".
        return Q(postal_code__startswith=text[:3])
    if text.upper() in STATE_CODES:
        return Q(state=text.upper())
    if text.lower() in STATE_BY_NAME:
        return Q(state=STATE_BY_NAME[text.lower()])
    match = _CITY_STATE.fullmatch(text)
    if match:
        city, state = match.group(1).strip(" ,"), match.group(2).strip()
        code = state.upper() if state.upper() in STATE_CODES else STATE_BY_NAME.get(state.lower())
        if code:
            return Q(city__iexact=city, state=code)
    return Q(city__icontains=text)


def distance_expression(origin: geo.Point):
    """Miles from `origin` to a row's latitude and longitude: geo.distance_miles, in SQL."""
    lat0, lng0 = math.radians(origin.latitude), math.radians(origin.longitude)
    half_dlat = (Radians(F("latitude")) - Value(lat0)) / Value(2.0)
    half_dlng = (Radians(F("longitude")) - Value(lng0)) / Value(2.0)
    h = Power(Sin(half_dlat), 2) + Value(math.cos(lat0)) * Cos(Radians(F("latitude"))) * Power(
        Sin(half_dlng), 2
    )
    return Value(2 * geo.EARTH_RADIUS_MILES) * ASin(Least(Sqrt(h), Value(1.0)))


def near_filter(origin: geo.Point, miles: int) -> Q:
    """Rows within `miles` of `origin`: the box the (latitude, longitude) index finds, then the
    exact distance, which drops the box's corners. Rows without coordinates never match."""
    south, north, west, east = geo.bounding_box(origin, miles)
    return Q(
        Q(latitude__gte=south, latitude__lte=north, longitude__gte=west, longitude__lte=east),
        LessThanOrEqual(distance_expression(origin), Value(float(miles))),
    )


class JobSearch:
    """One search of the job board at one moment (`now`: the open rule's, and "posted within").

    `form` parsed the query string; `params` are its cleaned parameters (an invalid one is
    dropped and the rest of the search still works).
    """

    def __init__(self, form: JobSearchForm, *, now: datetime | None = None, interpret=True):
        self.form = form
        self.params = dict(form.params)
        self.categories = form.categories
        self.now = now or timezone.now()
        # What the search made of the words typed (the page says so, and links to the exact words):
        # a place taken out of the keywords, "remote" typed as the location, a corrected typo.
        self.typed = {"q": self.params["q"], "location": self.params["location"]}
        self.place_from_keywords = ""
        self.remote_from_location = False
        self.corrected_from = ""
        if interpret and not self.params["exact"]:
            self._interpret()
        # Where a search by distance measures from; None without `near`, or for a place the data
        # does not know (then the search leaves distance out, and the page says why).
        self.origin = geo.locate(self.params["near"]) if self.params["near"] else None
        self.near_not_found = bool(self.params["near"]) and self.origin is None

    def _interpret(self) -> None:
        """'remote' as the location is the Remote filter; a ZIP code or a city in the keywords is
        the location (when none is given). Deterministic from the query string alone (no count),
        so an alert saved from the page matches what the page showed."""
        params = self.params
        if params["location"].lower().strip(" .!") in REMOTE_PLACES:
            params["location"] = ""
            if "remote" not in params["workplace"]:
                params["workplace"] = [*params["workplace"], "remote"]
            self.remote_from_location = True
        if params["q"] and not params["location"] and not params["near"]:
            found = geo.place_in_keywords(params["q"], job_words=fulltext.title_words)
            if found:
                params["q"], params["location"] = found
                self.place_from_keywords = found[1]

    @classmethod
    def from_query(cls, query: str | QueryDict, *, categories, now=None) -> "JobSearch":
        data = query if isinstance(query, QueryDict) else QueryDict(query)
        return cls(JobSearchForm(data, categories=categories), now=now)

    @property
    def query(self) -> str:
        return self.params["q"]

    @property
    def radius(self) -> int | None:
        """Miles from `origin` a search by distance reaches (None when it has no origin)."""
        return self.params["radius"] if self.origin else None

    def query_string(self, **changes) -> str:
        """This search's query string, with `changes` to its parameters (no page: a changed
        search starts at its first)."""
        params = {**self.params, **changes}
        query = QueryDict(mutable=True)
        for name in PARAMETER_ORDER:
            value = params.get(name)
            if name == "radius" and not params.get("near"):
                continue
            if name == "exact":
                if value:
                    query["exact"] = "1"
                continue
            values = value if isinstance(value, list) else [] if value in (None, "") else [value]
            if values:
                query.setlist(name, [str(v) for v in values])
        return query.urlencode()

    def variant(self, **changes) -> "JobSearch":
        """The same search with `changes` to its parameters, taken as they are (no interpreting)."""
        form = JobSearchForm(QueryDict(self.query_string(**changes)), categories=self.categories)
        return JobSearch(form, now=self.now, interpret=False)

    def exact_query_string(self) -> str:
        """The words as typed, searched as they are: the way back from an interpretation."""
        return self.query_string(**self.typed, exact=True)

    def chips(self) -> list[dict]:
        """Every filter in force, each with the query string that drops it alone."""
        params, chips = self.params, []
        if params["location"]:
            chips.append(
                {"group": "Location", "label": params["location"], "location": True,
                 "query": self.query_string(location="")}
            )  # fmt: skip
        if params["near"]:
            chips.append(
                {"group": "Distance",
                 "label": f"Within {params['radius']} miles of {params['near']}",
                 "query": self.query_string(near="", radius=None)}
            )  # fmt: skip
        for group in MULTIPLE_CHOICE:
            labels = self.form.labels(group)
            for value in params[group]:
                rest = [v for v in params[group] if v != value]
                chips.append(
                    {"group": self.form.fields[group].label, "label": labels[value],
                     "query": self.query_string(**{group: rest})}
                )  # fmt: skip
        for group in SINGLE_CHOICE:
            if params[group] is not None:
                chips.append(
                    {"group": self.form.fields[group].label,
                     "label": self.form.labels(group)[str(params[group])],
                     "query": self.query_string(**{group: None})}
                )  # fmt: skip
        return chips

    def corrected(self) -> "JobSearch | None":
        """The search with each word the jobs never use replaced by the nearest one they do
        ("nurce" -> "nurse"), or None when no word needs it (or the words are to be exact)."""
        if not self.query or self.params["exact"]:
            return None
        corrections = fulltext.closest_words(fulltext.vocabulary_words(self.query))
        if not corrections:
            return None
        query = fulltext.replace_words(self.query, corrections)
        corrected = self.variant(q=query)
        corrected.typed, corrected.corrected_from = self.typed, self.query
        corrected.place_from_keywords = self.place_from_keywords
        corrected.remote_from_location = self.remote_from_location
        return corrected

    def count(self, jobs) -> int:
        """How many open jobs this search gives (one query)."""
        active = self._active_conditions(self._option_conditions())
        return self.base_queryset(jobs).filter(_all(active.values())).count()

    def alternatives(self, jobs) -> list[dict]:
        """For a search that found nothing: the same search without its filters, remote jobs and
        jobs nearby, each with its count (one query for all), those that find something."""
        params, offers = self.params, []
        filtered = any(params[g] for g in MULTIPLE_CHOICE) or any(
            params[g] is not None for g in SINGLE_CHOICE
        )
        cleared = {g: [] for g in MULTIPLE_CHOICE} | dict.fromkeys(SINGLE_CHOICE)
        if filtered:
            offers.append(("without_filters", self.variant(**cleared)))
        if params["workplace"] != ["remote"]:
            remote = {**cleared, "workplace": ["remote"], "location": "", "near": ""}
            offers.append(("remote", self.variant(**remote)))
        place = params["near"] or params["location"]
        if place and geo.locate(place) and (params["radius"] or 0) < NEARBY_MILES:
            nearby = {"location": "", "near": place, "radius": NEARBY_MILES}
            offers.append(("nearby", self.variant(**nearby)))
        if not offers:
            return []
        # One query: the keywords' open matches, each offer's own conditions as a filtered count.
        counts = (
            self.variant(location="", near="")
            .base_queryset(jobs)
            .aggregate(
                **{kind: Count("pk", filter=search._conditions()) for kind, search in offers}
            )
        )
        found = []
        for kind, search in offers:
            count = counts[kind]
            if count:
                found.append({"kind": kind, "search": search, "count": count,
                              "query": search.query_string()})  # fmt: skip
        return found

    def chosen_labels(self, name: str) -> list[str]:
        """The labels of the values chosen for a parameter, in the order of its options."""
        value = self.params[name]
        chosen = {str(v) for v in value} if isinstance(value, list) else {str(value)}
        return [label for option, label in self.form.labels(name).items() if option in chosen]

    def _option_conditions(self) -> dict[str, dict[str, Q]]:
        """Every facet option as a condition: {group: {value: Q}}."""
        now = self.now
        return {
            "workplace": {v: Q(workplace=v) for v, _ in Job.Workplace.choices},
            "type": {v: Q(employment_type=v) for v, _ in Job.EmploymentType.choices},
            "paid": {"w2": Q(pay_w2=True), "1099": Q(pay_1099=True), "c2c": Q(pay_c2c=True)},
            "hours": {v: Q(hours=v) for v, _ in Job.Hours.choices},
            "shift": {v: Q(shift=v) for v, _ in Job.Shift.choices},
            "start": {"now": Q(starts_immediately=True)},
            "category": {c.slug: Q(category_id=c.pk) for c in self.categories},
            "pay": {str(a): Q(annual_pay_max__gte=a) for a in PAY_OPTIONS},
            "posted": {
                str(d): Q(posted_at__gte=now - timedelta(days=d)) for d, _ in POSTED_OPTIONS
            },
        }

    def _active_conditions(self, options) -> dict[str, Q]:
        active = {}
        for group in MULTIPLE_CHOICE:
            chosen = self.params[group]
            if chosen:
                condition = Q()
                for value in chosen:
                    condition |= options[group][value]
                active[group] = condition
        for group in SINGLE_CHOICE:
            value = self.params[group]
            if value is not None:
                active[group] = options[group][str(value)]
        return active

    def _conditions(self) -> Q:
        """Location, distance and every chosen filter as one condition, within the keywords'
        open matches (for counting several searches with the same keywords in one query)."""
        location = location_filter(self.params["location"])
        condition = _all(self._active_conditions(self._option_conditions()).values())
        if location is not None:
            condition &= location
        if self.origin:
            condition &= near_filter(self.origin, self.radius)
        return condition

    def _open_matching(self, rows):
        """Open rows matching the keywords, location and distance (jobs, or their index rows)."""
        rows = rows.open(now=self.now).search(self.query)
        location = location_filter(self.params["location"])
        if location is not None:
            rows = rows.filter(location)
        if self.origin:
            rows = rows.filter(near_filter(self.origin, self.radius))
        return rows

    def base_queryset(self, jobs):
        """Open jobs matching the keywords, location and distance: what the facets count within.

        Rows of `jobs.for_search()`: on PostgreSQL the jobs' search index, elsewhere the jobs.
        """
        return self._open_matching(jobs.for_search())

    def results(self, jobs):
        """The open jobs this search gives, sorted: a queryset of jobs (feeds re-sort and cut it).

        Read from the jobs table (matching through the search index on PostgreSQL), so "the
        newest N" walks the jobs' own date index.
        """
        active = self._active_conditions(self._option_conditions())
        return self._open_matching(jobs).filter(_all(active.values())).order_by(*self.ordering())

    def _page_rows(self, jobs, base):
        """Where a page is sorted and cut.

        With keywords or a distance, the rows that matched them (`base`: on PostgreSQL the narrow
        search index, which has the coordinates too: a search by distance reads its box's rows
        there); without, the jobs table, whose own indexes give the newest or the best paid first.
        """
        return base if self.query or self.origin else self._open_matching(jobs)

    def paged_results(self, jobs) -> "SearchResults":
        """The same jobs for a paginator, a page at a time; apply() also counts them."""
        everything = _all(self._active_conditions(self._option_conditions()).values())
        rows = self._page_rows(jobs, self.base_queryset(jobs))
        return SearchResults(
            jobs,
            rows.filter(everything),
            self.ordering(),
            self.query,
            now=self.now,
            origin=self.origin,
        )

    def apply(self, jobs):
        """Returns (results, facets): the sorted jobs, a page at a time, and every option's count.

        Each option counts the jobs the search would give with that option alone chosen in its
        group and every other group's choices kept. A search whose keywords, place and distance
        match more than `count_limit()` jobs is a broad one: counting every option would read
        every match, so its options get no count (None, and `facets["counted"]` is False), and
        its total says "more than the limit" when the chosen filters leave more
        (`facets["more"]`; the results are then the first `count_limit()`). One query either
        way on PostgreSQL: the matches grouped by their packed facets (`facet_counts`); elsewhere
        one aggregate with a filtered count per option (`_facet_aggregate`), and a count of the
        chosen ones when it is a broad search.
        """
        base = self.base_queryset(jobs)
        options = self._option_conditions()
        active = self._active_conditions(options)
        everything = _all(active.values())
        chosen_ids = None
        if base.model is JobSearchEntry:
            facets, chosen_ids = self.facet_counts(base, options, active)
        else:
            facets = self._facet_aggregate(base, options, active)
        rows = self._page_rows(jobs, base)
        if rows is base and chosen_ids is not None:
            # A few matches, their ids known (facet_counts): the page reads those rows by id.
            rows = base.model.objects.filter(pk__in=chosen_ids).ranked(self.query)
        rows = rows.filter(everything)
        results = SearchResults(
            jobs,
            rows,
            self.ordering(),
            self.query,
            count=facets["total"],
            first_only=facets["more"],
            now=self.now,
            origin=self.origin,
        )
        return results, facets

    @staticmethod
    def count_limit() -> int:
        return settings.JOB_SEARCH_COUNT_LIMIT

    @staticmethod
    def _broad(options, chosen: int, limit: int) -> dict:
        """The facets of a broad search: no option counted; the total up to `limit`."""
        facets = {group: dict.fromkeys(values) for group, values in options.items()}
        facets["total"], facets["more"] = min(chosen, limit), chosen > limit
        facets["counted"] = False
        return facets

    def _facet_aggregate(self, rows, options, active) -> dict:
        """Every option's count and the total, as one aggregate of filtered counts over at most
        `count_limit()` + 1 matches; a broad search then counts its chosen matches alone."""
        limit = self.count_limit()
        aggregates = {}
        for group, group_options in options.items():
            others = _all(condition for other, condition in active.items() if other != group)
            for value, condition in group_options.items():
                aggregates[f"{group}:{value}"] = Count("pk", filter=condition & others)
        aggregates["total"] = Count("pk", filter=_all(active.values()))
        aggregates["read"] = Count("pk")
        first = rows.model.objects.filter(pk__in=rows.order_by().values("pk")[: limit + 1])
        counts = first.aggregate(**aggregates)
        if counts["read"] > limit:
            chosen = rows.filter(_all(active.values())).order_by().values("pk")[: limit + 1]
            return self._broad(options, chosen.count(), limit)
        facets = {
            group: {value: counts[f"{group}:{value}"] for value in group_options}
            for group, group_options in options.items()
        }
        facets["total"], facets["more"], facets["counted"] = counts["total"], False, True
        return facets

    def facet_counts(self, entries, options, active) -> tuple[dict, list[int] | None]:
        """PostgreSQL: the same counts as `_facet_aggregate`, in a single pass over the matches;
        and the chosen matches' ids when there are fewer than `SearchResults.walk_from`.

        The matching index rows are grouped by `facet_key` (every facet but "posted", packed in
        one number: migration 0016, `FACET_KEY`), each group counted in all and for each "posted"
        option; then each option's count is the sum over the groups that hold it and meet every
        other group's choices. A broad search has a few hundred groups, however many matches.

        The same statement stops reading at `count_limit()` + 1 matches (a broad search), and
        counts the matches the chosen filters keep, up to the same limit. The matches are a
        materialized CTE: planned as a whole, so PostgreSQL reads them through the keyword index
        even when a limit is near, where a plain LIMIT makes it scan the table and read every
        row's out-of-line document instead (118 ms for "engineer" at 100,000 jobs, against 10).
        """
        limit, everything = self.count_limit(), _all(active.values())
        posted = [self.now - timedelta(days=days) for days, _ in POSTED_OPTIONS]
        if everything:
            chosen = ExpressionWrapper(everything, output_field=BooleanField())
        else:
            chosen = Value(True)
        matches = entries.order_by().annotate(chosen=chosen)
        matches = matches.values("job_id", "facet_key", "posted_at", "chosen")
        try:
            inner, inner_params = matches.query.get_compiler(using=matches.db).as_sql()
        except EmptyResultSet:  # nothing can match
            return self._sum_groups([], options), []
        by_posted = ", ".join("count(*) FILTER (WHERE posted_at >= %s)" for _ in posted)
        nothing = ", ".join("0" for _ in posted)
        # The chosen matches' ids too, when they are fewer than a page sorts without a walk
        # (SearchResults.walk_from): the page then sorts them by id, without matching again.
        sql = f"""
            WITH matches AS MATERIALIZED ({inner})
            SELECT facet_key, count(*), {by_posted}, NULL::bigint[]
            FROM (SELECT facet_key, posted_at FROM matches LIMIT %s) counted GROUP BY facet_key
            UNION ALL
            SELECT NULL, count(*), {nothing},
                   CASE WHEN count(*) < %s THEN coalesce(array_agg(job_id), '{{}}') END
            FROM (SELECT job_id FROM matches WHERE chosen LIMIT %s) c
        """  # noqa: S608 - Django's own SQL for the matches; the rest is this code's
        few = SearchResults.walk_from
        with connections[matches.db].cursor() as cursor:
            cursor.execute(sql, [*inner_params, *posted, limit + 1, few, limit + 1])
            rows = cursor.fetchall()
        groups = [row[:-1] for row in rows if row[0] is not None]
        ((chosen_count, chosen_ids),) = ((row[1], row[-1]) for row in rows if row[0] is None)
        if sum(row[1] for row in groups) > limit:
            return self._broad(options, chosen_count, limit), chosen_ids
        return self._sum_groups(groups, options), chosen_ids

    def _sum_groups(self, groups, options) -> dict:
        """Each option's count from (facet_key, matches, matches posted within each option)."""
        params = self.params
        slugs = {c.pk: c.slug for c in self.categories}
        chosen = {g: set(params[g]) for g in MULTIPLE_CHOICE if params[g]}
        for group in ("pay", "start"):
            if params[group] is not None:
                chosen[group] = {str(params[group])}
        chosen_posted = str(params["posted"]) if params["posted"] is not None else None
        posted = [str(days) for days, _ in POSTED_OPTIONS]
        facets = {group: dict.fromkeys(values, 0) for group, values in options.items()}
        total = 0
        for key, count, *by_posted in groups:
            held = decode_facet_key(key, slugs)
            by_posted = dict(zip(posted, by_posted, strict=True))
            weight = by_posted[chosen_posted] if chosen_posted else count
            failing = [group for group, values in chosen.items() if not held[group] & values]
            if len(failing) > 1:
                continue  # counts under no option: two groups' choices exclude it
            if not failing:
                total += weight
                for group, values in held.items():
                    for value in values:
                        facets[group][value] += weight
                for days, n in by_posted.items():
                    facets["posted"][days] += n
            else:  # counts only in the one group whose choice it misses
                (group,) = failing
                for value in held[group]:
                    facets[group][value] += weight
        facets["total"], facets["more"], facets["counted"] = total, False, True
        return facets

    def sort_choice(self) -> str:
        sort = self.params["sort"]
        if (sort == "relevance" and not self.query) or (sort == "distance" and not self.origin):
            sort = ""
        return sort or ("relevance" if self.query else "newest")

    def ordering(self) -> list:
        sort = self.sort_choice()
        if sort == "pay":
            return [F("annual_pay_max").desc(nulls_last=True), "-posted_at", "-pk"]
        if sort == "relevance":
            return ["-rank", "-posted_at", "-pk"]
        if sort == "distance":
            return [distance_expression(self.origin).asc(), "-posted_at", "-pk"]
        return ["-posted_at", "-pk"]

    def active_filter_count(self) -> int:
        params = self.params
        return sum(bool(params[name]) for name in ("location", "near", *MULTIPLE_CHOICE)) + sum(
            params[name] is not None for name in SINGLE_CHOICE
        )


class SearchResults:
    """The jobs a search gives, in order, read a page (a slice) at a time, as a paginator does.

    `matches` are jobs, or (keyword searches on PostgreSQL) the search index's rows: then the page
    is sorted and cut there, from narrow rows, and only the page's jobs are read from the wide
    jobs table, by primary key, in the same query.

    A broad keyword search sorted by relevance (at least `walk_from` matches, a number the facet
    query has already counted) does not score and sort all its matches: its first pages are
    usually the newest jobs whose title matches (the top tier, see jobs/fulltext.py), so it walks
    the index's rows newest first, a bounded number of them (`walk_rows_per_result` for each job
    up to the end of the page), keeping those that match with the title. If that walk finds the
    whole page, it is the page; if not (few titles match), the same query sorts every match instead.
    Either way the order is the same, and it is one query. Pages deeper than `walk_rows_at_most`
    allows always sort.
    """

    ordered = True  # for Paginator: the order is the search's
    walk_from = 1_000
    walk_rows_per_result = 100
    walk_rows_at_most = 10_000  # so the first five pages of 20; deeper pages sort

    def __init__(
        self, jobs, matches, ordering, query, *, count=None, first_only=False, now=None, origin=None
    ):
        self.jobs, self.matches, self.ordering, self.query = jobs, matches, ordering, query
        self._count = count
        # A broad search (JobSearch.apply): `count` is its limit, and only the first `count` show.
        self.first_only = first_only and count is not None
        self.now = now or timezone.now()
        self.origin = origin  # a search by distance: each job read carries `distance_miles`

    def _with_distance(self, jobs):
        if self.origin is None:
            return jobs
        return jobs.annotate(distance_miles=distance_expression(self.origin))

    def count(self) -> int:
        if self._count is None:
            self._count = self.matches.count()
        return self._count

    def __len__(self):
        return self.count()

    def __iter__(self):
        return iter(self[:])

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("Search results are read a page (a slice) at a time.")
        if self.first_only and (index.stop is None or index.stop > self._count):
            index = slice(index.start, self._count, index.step)
        if self.matches.model is self.jobs.model:
            jobs = self._with_distance(self.matches.for_listing())
            return jobs.order_by(*self.ordering)[index]
        page = self.matches.order_by(*self.ordering)[index].values("pk")
        if self._walks(index):
            page = self._walk_or_sort(index, page)
        jobs = self.jobs.for_listing().filter(pk__in=page).ranked(self.query)
        return self._with_distance(jobs).order_by(*self.ordering)

    def _walks(self, index: slice) -> bool:
        return (
            bool(self.query)
            and self.ordering[0] == "-rank"
            and self._count is not None
            and self._count >= self.walk_from
            and isinstance(index.stop, int)
            and 0 <= (index.start or 0) < index.stop
            and index.stop * self.walk_rows_per_result <= self.walk_rows_at_most
            and index.step is None
            and len(self.matches.query.alias_map) == 1  # conditions on the index's own columns
        )

    def _walk_or_sort(self, index: slice, sorted_page):
        """The page's primary keys: the newest-first walk's, or `sorted_page` if it falls short."""
        start, stop = index.start or 0, index.stop
        query = self.matches.query
        compiler = query.get_compiler(using=self.matches.db)
        in_title = self.matches.title_matches(self.query)
        try:
            # The title test first: it reads the row's small in-line vector, while the search's
            # own conditions include the match on the whole text, whose vector is out of line.
            title, title_params = compiler.compile(in_title.resolve_expression(query))
            where, where_params = compiler.compile(query.where)
            sorted_compiler = sorted_page.query.get_compiler(using=compiler.using)
            sorted_sql, sorted_params = sorted_compiler.as_sql()
        except (EmptyResultSet, FullResultSet):  # nothing can match, or no condition at all
            return sorted_page
        table = compiler.connection.ops.quote_name(self.matches.model._meta.db_table)
        sql = f"""
            WITH walk AS MATERIALIZED (
                SELECT {table}.job_id, {table}.posted_at
                FROM (
                    SELECT * FROM {table} WHERE posted_at <= %s AND job_id > 0
                    ORDER BY posted_at DESC, job_id DESC LIMIT %s
                ) {table}
                WHERE {title} AND {where}
                ORDER BY 2 DESC, 1 DESC
                LIMIT %s
            )
            SELECT * FROM (
                SELECT job_id FROM walk ORDER BY posted_at DESC, job_id DESC OFFSET %s
            ) walked WHERE (SELECT count(*) FROM walk) = %s
            UNION ALL
            SELECT * FROM ({sorted_sql}) sorted WHERE (SELECT count(*) FROM walk) < %s
        """  # noqa: S608 - Django's own SQL for the conditions, the table's quoted name
        # The index skips jobs scheduled for later: from a minute ahead, so never before the open
        # rule's own "now", which the conditions then apply exactly. `job_id > 0` (every id) is
        # what lets this query, and no other, use the partial index (migration 0005).
        newest, cap = self.now + timedelta(minutes=1), stop * self.walk_rows_per_result
        params = [newest, cap, *title_params, *where_params, stop, start, stop]
        return RawSQL(sql, [*params, *sorted_params, stop])  # noqa: S611 - as above
