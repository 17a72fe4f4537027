"""Keyword search: PostgreSQL full-text search in the PostgreSQL run, SQLite FTS5 in the SQLite run:
the same behaviour on both."""

import json
import re
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from jobs.fulltext import ensure_sqlite_index
from jobs.models import Category, Job, JobSearchEntry
from jobs.search import JobSearch, SearchResults
from tests.jobs.factories import (
    ClosedJobFactory,
    DraftJobFactory,
    ExpiredJobFactory,
    JobFactory,
    ScheduledJobFactory,
)

pytestmark = pytest.mark.django_db


def titles(query):
    return [job.title for job in Job.objects.open().search(query).order_by("-rank", "-posted_at")]


@pytest.fixture
def board():
    return [
        JobFactory(
            title="Mechanical Engineer", summary="Design brackets.", description="CAD work."
        ),
        JobFactory(
            title="Quality Technician",
            summary="Support the engineering team on the shop floor.",
            description="Inspect parts.",
        ),
        JobFactory(
            title="Software Developer",
            summary="Build web apps.",
            description="Our engineers use Python and Django daily.",
            requirements="- Python\n- Django",
        ),
        JobFactory(title="Forklift Operator", summary="Load trucks.", description="Warehouse."),
        JobFactory(title="Senior Accountant", summary="Close the books.", description="GAAP."),
    ]


def test_stemming_engineering_finds_engineer(board):
    found = titles("engineering")
    assert "Mechanical Engineer" in found
    assert "Quality Technician" in found
    assert "Forklift Operator" not in found


def test_title_matches_rank_above_body_matches(board):
    found = titles("engineer")
    assert found[0] == "Mechanical Engineer"
    assert set(found) >= {"Mechanical Engineer", "Quality Technician", "Software Developer"}


def test_every_word_must_match(board):
    assert titles("python django") == ["Software Developer"]
    assert titles("python forklift") == []


def test_quoted_phrase_and_excluded_word(board):
    assert titles('"web apps"') == ["Software Developer"]
    assert "Software Developer" not in titles("engineer -python")
    assert "Mechanical Engineer" in titles("engineer -python")


def test_search_only_returns_open_jobs(board):
    ClosedJobFactory(title="Closed Engineer")
    assert "Closed Engineer" not in titles("engineer")


@pytest.mark.parametrize(
    "query", ["", "   ", "'", '"', '"unbalanced', "-", "--", "OR", "a & b | !c", "(", "\\", "%_%"]
)
def test_odd_queries_do_not_fail(board, query):
    Job.objects.open().search(query).count()


def test_postgresql_uses_full_text_search(board, on_postgresql):
    if not on_postgresql:
        pytest.skip("PostgreSQL only: run by .ci/run against PostgreSQL")
    # Stemming that the SQLite fallback cannot do: "designs" -> "design", "loading" -> "load".
    assert titles("designs") == ["Mechanical Engineer"]
    assert titles("loading") == ["Forklift Operator"]
    # websearch syntax: OR
    assert set(titles("forklift or accountant")) == {"Forklift Operator", "Senior Accountant"}
    # The trigger keeps the vector current on update and bulk writes.
    Job.objects.filter(title="Senior Accountant").update(title="Senior Bookkeeper")
    assert titles("bookkeeper") == ["Senior Bookkeeper"]


def test_postgresql_search_uses_the_gin_index(board, on_postgresql):
    if not on_postgresql:
        pytest.skip("PostgreSQL only")
    # A handful of rows never needs an index, so leave the planner only bitmap scans to choose.
    with planner_off("seqscan", "indexscan"):
        plan = JobSearchEntry.objects.search("engineer").explain()
    assert "jobs_jobsearchentry_search_gin" in plan


def test_relevance_is_title_then_summary_then_the_rest_newest_first_within_each():
    now = timezone.now()
    body = JobFactory(title="Forklift Operator", description="Trained by an engineer.")
    older_body = JobFactory(
        title="Welder", description="Engineer-approved jigs.", posted_at=now - timedelta(days=5)
    )
    summary = JobFactory(title="Technician", summary="Support each engineer on the line.")
    title = JobFactory(title="Process Engineer", posted_at=now - timedelta(days=9))
    # Within the title tier the newest comes first, however often the word appears.
    newer_title = JobFactory(title="Field Engineer", posted_at=now - timedelta(days=2))
    keen_title = JobFactory(
        title="Engineer, Test Engineer",
        summary="An engineer for engineers.",
        posted_at=now - timedelta(days=20),
    )
    assert ranked_pks("engineer") == [
        newer_title.pk,
        title.pk,
        keen_title.pk,
        summary.pk,
        body.pk,
        older_body.pk,
    ]


def test_every_word_of_the_query_decides_the_tier():
    both_in_title = JobFactory(title="Python Developer", posted_at=days_ago(30))
    split = JobFactory(
        title="Developer", summary="Python and Django services.", posted_at=days_ago(3)
    )
    one_in_body = JobFactory(
        title="Developer",
        summary="Web services.",
        description="Python daily.",
        posted_at=days_ago(1),
    )
    assert ranked_pks("python developer") == [both_in_title.pk, split.pk, one_in_body.pk]
    # An excluded word does not count towards any tier; it only removes jobs.
    assert ranked_pks("developer -django") == [one_in_body.pk, both_in_title.pk]


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def ranked_pks(query):
    found = Job.objects.open().search(query).order_by("-rank", "-posted_at", "-pk")
    return [job.pk for job in found]


# --- the search index (PostgreSQL): one row per job, kept by triggers on every write path ---


@contextmanager
def planner_off(*methods):
    with connection.cursor() as cursor:
        for method in methods:
            cursor.execute(f"SET enable_{method} = off")
        try:
            yield
        finally:
            for method in methods:
                cursor.execute(f"RESET enable_{method}")


OUT_OF_SYNC = """
SELECT j.id FROM jobs_job j LEFT JOIN jobs_jobsearchentry e ON e.job_id = j.id
WHERE j.status = 'open' AND (
    e.job_id IS NULL
    OR (j.status, j.posted_at, j.expires_at, j.workplace, j.employment_type, j.category_id,
        j.annual_pay_max::float8, j.city, j.state, j.postal_code, j.pay_w2, j.pay_1099,
        j.pay_c2c, j.hours, j.shift, j.starts_immediately, j.search_vector)
       IS DISTINCT FROM
       (e.status, e.posted_at, e.expires_at, e.workplace, e.employment_type, e.category_id,
        e.annual_pay_max, e.city, e.state, e.postal_code, e.pay_w2, e.pay_1099, e.pay_c2c,
        e.hours, e.shift, e.starts_immediately, e.document)
    OR e.rank_vector IS DISTINCT FROM
       setweight(to_tsvector('english', j.title), 'A') ||
       setweight(to_tsvector('english', left(j.summary, 1000)), 'B')
)
UNION ALL
SELECT e.job_id FROM jobs_jobsearchentry e LEFT JOIN jobs_job j ON j.id = e.job_id
WHERE j.id IS NULL OR j.status <> 'open'
"""


def out_of_sync() -> list[int]:
    """Open jobs whose index row is missing or differs; index rows of jobs gone or not open."""
    with connection.cursor() as cursor:
        cursor.execute(OUT_OF_SYNC)
        return [row[0] for row in cursor.fetchall()]


def entry_version(job) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT ctid::text FROM jobs_jobsearchentry WHERE job_id = %s", [job.pk])
        return cursor.fetchone()[0]


@pytest.fixture
def postgresql(on_postgresql):
    if not on_postgresql:
        pytest.skip("PostgreSQL only: the search index is PostgreSQL's")


def test_the_index_follows_saves_status_changes_and_deletes(postgresql):
    job = JobFactory(title="Welder", summary="Join steel.", workplace="onsite")
    other = JobFactory(title="Machinist")
    assert JobSearchEntry.objects.count() == 2 and out_of_sync() == []

    job.title, job.summary, job.workplace = "Pipe Fitter", "Fit pipe.", "hybrid"
    job.save()
    assert out_of_sync() == []
    assert titles("fitter") == ["Pipe Fitter"] and titles("welder") == []

    job.close()  # only jobs whose status is open are in the index
    assert out_of_sync() == [] and not JobSearchEntry.objects.filter(pk=job.pk).exists()
    assert titles("fitter") == []
    job.open_posting()
    job.extend(days=10)
    assert out_of_sync() == [] and titles("fitter") == ["Pipe Fitter"]

    draft = DraftJobFactory(title="Pipe Welder")
    assert not JobSearchEntry.objects.filter(pk=draft.pk).exists()
    draft.open_posting()
    assert out_of_sync() == [] and titles("welder") == ["Pipe Welder"]
    draft.delete()

    job.delete()
    assert out_of_sync() == [] and list(JobSearchEntry.objects.values_list("pk", flat=True)) == [
        other.pk
    ]


def test_the_index_follows_bulk_writes_and_raw_sql(postgresql):
    template = JobFactory()
    jobs = [
        JobFactory.build(
            title=f"Bulk Electrician {n}",
            reference=f"AMT-BULK{n:02d}",
            category=template.category,
            recruiter=template.recruiter,
        )
        for n in range(5)
    ]
    Job.objects.bulk_create(jobs)
    assert out_of_sync() == [] and len(titles("electrician")) == 5

    Job.objects.filter(title__startswith="Bulk").update(status=Job.Status.CLOSED, city="Akron")
    assert out_of_sync() == [] and titles("electrician") == []
    assert JobSearchEntry.objects.count() == 1  # the template: closed jobs leave the index
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE jobs_job SET status = 'open', title = 'Lineman' WHERE id = %s", [jobs[0].pk]
        )
    assert out_of_sync() == [] and titles("lineman") == ["Lineman"]

    Job.objects.filter(title__startswith="Bulk").delete()
    assert out_of_sync() == [] and JobSearchEntry.objects.count() == 2
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no deferred checks left to TRUNCATE
        cursor.execute("TRUNCATE jobs_job CASCADE")  # rolled back with the test
    assert JobSearchEntry.objects.count() == 0


def test_updates_that_change_nothing_searched_leave_the_index_row_alone(postgresql):
    job = JobFactory()
    before = entry_version(job)
    Job.objects.filter(pk=job.pk).update(featured=True, client_name="Another client")
    assert entry_version(job) == before
    Job.objects.filter(pk=job.pk).update(pay_max=Decimal("90000"))  # yearly pay follows
    assert entry_version(job) != before and out_of_sync() == []
    before = entry_version(job)
    Job.objects.filter(pk=job.pk).update(shift="night", pay_c2c=True, starts_immediately=True)
    assert entry_version(job) != before and out_of_sync() == []  # the terms it filters on


def test_a_broad_search_counts_and_ranks_from_the_index_and_reads_one_page_of_jobs(postgresql):
    JobFactory.create_batch(30, title="Field Engineer")
    search = JobSearch.from_query(QueryDict("q=engineer"), categories=Category.objects.all())
    with CaptureQueriesContext(connection) as captured:
        results, facets = search.apply(Job.objects.all())
        page = list(results[:20])
    assert facets["total"] == 30 and len(page) == 20
    aggregate, page_query = (query["sql"] for query in captured.captured_queries)
    with planner_off("seqscan", "indexscan"), connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {aggregate}")
        aggregate_plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute(f"EXPLAIN {page_query}")
        page_plan = "\n".join(row[0] for row in cursor.fetchall())
    # Counting never touches the jobs table; the page reads its 20 jobs by primary key, after
    # the index has sorted and cut the matches (the Limit sits inside, on the index's rows).
    # (Which of the index's indexes finds the matches is the planner's call on so few rows: at
    # 100,000 jobs it is the GIN index, see bench/RESULTS.md.)
    assert "on jobs_jobsearchentry" in aggregate_plan
    assert not re.search(r"\bjobs_job\b", aggregate_plan)
    assert "on jobs_jobsearchentry" in page_plan and "jobs_job_pkey" in page_plan
    assert "Limit" in page_plan and not page_plan.startswith("Limit")


def test_words_match_whole_words_only():
    JobFactory(title="Registered Nurse (RN)", summary="Care for patients on a med-surg unit.")
    JobFactory(title="Electrician", summary="Wiring and turning up new panels.")
    JobFactory(title="Staff Accountant", summary="Learning-minded, detail-oriented.")
    assert titles("RN") == ["Registered Nurse (RN)"]
    assert titles("rn") == ["Registered Nurse (RN)"]


def test_or_and_precedence_as_on_the_web(board):
    assert set(titles("forklift OR accountant")) == {"Forklift Operator", "Senior Accountant"}
    # AND binds tighter than OR: forklift, or (python and django).
    assert set(titles("forklift OR python django")) == {"Forklift Operator", "Software Developer"}
    assert titles("-python") and "Software Developer" not in titles("-python")


@pytest.fixture
def sqlite(db):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only: PostgreSQL's search index has tests of its own above")


def test_the_sqlite_index_follows_every_write_path(sqlite):
    job = JobFactory(title="Forklift Operator")
    assert titles("forklift") == ["Forklift Operator"]
    job.title = "Reach Truck Driver"
    job.save()
    assert titles("forklift") == [] and titles("reach truck") == ["Reach Truck Driver"]
    Job.objects.filter(pk=job.pk).update(summary="Loads trailers with a forklift.")
    assert titles("forklift") == ["Reach Truck Driver"]
    Job.objects.bulk_create([JobFactory.build(title="Welder", recruiter=job.recruiter,
                                              category=job.category)])  # fmt: skip
    assert titles("welder") == ["Welder"]
    with connection.cursor() as cursor:
        cursor.execute("UPDATE jobs_job SET title = 'Pipe Welder' WHERE title = 'Welder'")
    assert titles("pipe") == ["Pipe Welder"]
    Job.objects.filter(title="Pipe Welder").delete()
    job.delete()
    assert titles("welder") == [] and titles("forklift") == []
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO jobs_job_fts(jobs_job_fts) VALUES ('integrity-check')")


def test_a_rebuilt_jobs_table_gets_its_triggers_and_index_back(sqlite):
    """SQLite migrations rebuild jobs_job for many changes, and its triggers go with the old
    table: the check after every migrate puts them back and re-indexes what was missed."""
    assert ensure_sqlite_index(connection) is False  # the test database has everything
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER jobs_job_fts_insert")
    JobFactory(title="Forklift Operator")  # written while the trigger is missing
    assert titles("forklift") == []
    assert ensure_sqlite_index(connection) is True
    assert titles("forklift") == ["Forklift Operator"]
    JobFactory(title="Forklift Trainer")
    assert set(titles("forklift")) == {"Forklift Operator", "Forklift Trainer"}


# --- relevance pages: a broad search walks the newest rows instead of sorting every match ----


@pytest.fixture
def broad_board(postgresql):
    """65 open jobs, most matching "engineer" somewhere, 22 in the title, posted over 65 days;
    plus matching jobs that must never show: scheduled, expired, closed."""
    now = timezone.now()
    titles = ["Senior Engineer", "Field Engineer", "Python Developer", "Technician", "Welder"]
    titles.append("Quality Inspector")
    summaries = ["Support each engineer.", "Build Python services.", "Weld frames."]
    places = [("Austin", "TX", "78701", "remote"), ("Dayton", "OH", "45402", "onsite")]
    for n in range(65):
        city, state, postal_code, workplace = places[n % 2]
        JobFactory(
            title=f"{titles[n % 6]} {n}",
            summary=summaries[n % 3],
            description="Work with a Python engineer." if n % 4 else "Weld steel.",
            posted_at=now - timedelta(days=n // 2),  # in twos: ties fall back to the newest id
            city=city,
            state=state,
            postal_code=postal_code,
            workplace=workplace,
        )
    ScheduledJobFactory(title="Scheduled Engineer")
    ExpiredJobFactory(title="Expired Engineer")
    ClosedJobFactory(title="Closed Engineer")


def search_pages(query_string, pages=3):
    search = JobSearch.from_query(QueryDict(query_string), categories=Category.objects.all())
    results, _ = search.apply(Job.objects.all())
    return [[job.pk for job in results[20 * n : 20 * (n + 1)]] for n in range(pages)]


BROAD_QUERIES = [
    "q=engineer",
    "q=engineer+python",
    "q=python+developer",
    'q="quality+inspector"',
    "q=engineer+-python",
    "q=engineer+or+welder",
    "q=engineer&workplace=remote",
    "q=engineer&location=TX",
    "q=engineer&posted=30",
]


@pytest.mark.parametrize("query_string", BROAD_QUERIES)
def test_walking_the_newest_rows_gives_the_pages_sorting_every_match_gives(
    broad_board, monkeypatch, query_string
):
    monkeypatch.setattr(SearchResults, "walk_from", 10**9)
    sorted_pages = search_pages(query_string)
    assert sorted_pages[0]
    monkeypatch.setattr(SearchResults, "walk_from", 1)
    for rows_per_result in (100, 2, 1):  # plenty; a walk that stops short on some pages
        monkeypatch.setattr(SearchResults, "walk_rows_per_result", rows_per_result)
        assert search_pages(query_string) == sorted_pages, rows_per_result


def branches_run(page_query: str) -> dict[str, int]:
    """How many times each branch of a walked page query ran: the walk's, the sorted one's."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {page_query}")
        plan = cursor.fetchone()[0]
        plan = json.loads(plan) if isinstance(plan, str) else plan

    def nodes(node):
        yield node
        for child in node.get("Plans", []):
            yield from nodes(child)

    append = next(node for node in nodes(plan[0]["Plan"]) if node["Node Type"] == "Append")
    members = [node for node in append["Plans"] if node["Parent Relationship"] == "Member"]
    loops = [
        next(c for c in member["Plans"] if c["Parent Relationship"] == "Outer")["Actual Loops"]
        for member in members
    ]
    return dict(zip(["walk", "sorted"], loops, strict=True))


def test_a_broad_search_walks_for_its_first_page_and_sorts_when_the_walk_falls_short(
    broad_board, monkeypatch, client
):
    monkeypatch.setattr(SearchResults, "walk_from", 1)
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/jobs/?q=engineer")
    assert response.status_code == 200 and len(captured) == 3  # as for any other search
    page_query = captured.captured_queries[-1]["sql"]
    assert "WITH walk" in page_query
    assert branches_run(page_query) == {"walk": 1, "sorted": 0}
    assert "Senior Engineer 0" in response.text and "Scheduled Engineer" not in response.text

    # Allowed one row a result, the walk meets non-title matches and comes back short: sorted.
    monkeypatch.setattr(SearchResults, "walk_rows_per_result", 1)
    with CaptureQueriesContext(connection) as captured:
        again = client.get("/jobs/?q=engineer&sort=relevance")  # the same page, not from cache
    assert branches_run(captured.captured_queries[-1]["sql"]) == {"walk": 0, "sorted": 1}
    assert pks_on_page(again.text) == pks_on_page(response.text)


def test_deep_pages_sort_without_a_walk(broad_board, monkeypatch):
    monkeypatch.setattr(SearchResults, "walk_from", 1)
    search = JobSearch.from_query(QueryDict("q=engineer"), categories=Category.objects.all())
    results, _ = search.apply(Job.objects.all())
    for start, walks in ((80, True), (100, False)):  # page 5 (walk_rows_at_most), page 6
        with CaptureQueriesContext(connection) as captured:
            list(results[start : start + 20])
        assert ("WITH walk" in captured.captured_queries[-1]["sql"]) is walks


def test_a_search_with_few_matches_sorts_them_without_a_walk(broad_board, client):
    with CaptureQueriesContext(connection) as captured:
        client.get("/jobs/?q=engineer")
    assert "WITH walk" not in captured.captured_queries[-1]["sql"]  # 1,000 matches or more walk


def test_the_title_query_restricts_every_word_to_the_title(postgresql):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT jobs_title_query(websearch_to_tsquery('english', %s))::text",
            ['python -java "quality inspector" or c++ o\'brien'],
        )
        assert cursor.fetchone()[0] == (
            "'python':A & !'java':A & 'qualiti':A <-> 'inspector':A | 'c':A & 'o':A <-> 'brien':A"
        )
        cursor.execute("SELECT jobs_title_query(%s::tsquery)::text", ["'it''s' & 'x'"])
        assert cursor.fetchone()[0] == "'it''s':A & 'x':A"
        # Not made by websearch syntax, but a prefix mark stays and weights become A alone.
        cursor.execute("SELECT jobs_title_query(%s::tsquery)::text", ["'engin':*BC | !'a:b':D"])
        assert cursor.fetchone()[0] == "'engin':*A | !'a:b':A"


def pks_on_page(html: str) -> list[str]:
    return re.findall(r'href="/jobs/(\d+)/', html)


def test_only_the_walk_may_use_the_newest_first_index(broad_board, monkeypatch):
    """Left to the planner, a search sorted newest first would walk that index testing each row's
    out-of-line vector, with no bound (631 ms at 100,000 jobs for two words that never meet)."""
    monkeypatch.setattr(SearchResults, "walk_from", 0)  # no ids from the counts: match again
    search = JobSearch.from_query(
        QueryDict("q=nurse+forklift&sort=newest"), categories=Category.objects.all()
    )
    results, _ = search.apply(Job.objects.all())
    with CaptureQueriesContext(connection) as captured:
        list(results[:20])
    with planner_off("seqscan", "bitmapscan"), connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {captured.captured_queries[-1]['sql']}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "jobs_jobsearchentry_newest" not in plan
