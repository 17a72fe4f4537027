import pytest
from django.utils import timezone

from tests.sitemaps import sitemap_entries

pytestmark = pytest.mark.django_db


def test_sitemap_lists_open_jobs_with_last_modified(client, jobs_in_every_state):
    entries = sitemap_entries(client)
    job = jobs_in_every_state["open"]
    assert (
        entries[f"http://testserver{job.get_absolute_url()}"]
        == timezone.localdate(job.updated_at).isoformat()
    )
    for name, other in jobs_in_every_state.items():
        if name != "open":
            assert f"http://testserver{other.get_absolute_url()}" not in entries, name


def test_a_large_board_is_split_into_pages_all_listed_in_the_index(client, settings):
    from jobs.sitemaps import JobSitemap
    from tests.jobs.factories import JobFactory

    JobFactory.create_batch(5)
    JobSitemap.limit, saved = 2, JobSitemap.limit
    try:
        index = client.get("/sitemap.xml").content.decode()
        assert "sitemap-jobs.xml?p=3" in index
        jobs = [loc for loc in sitemap_entries(client) if "/jobs/" in loc and loc.count("/") > 4]
        assert len(jobs) == 5
    finally:
        JobSitemap.limit = saved


def test_the_index_dates_each_section_from_one_aggregate(client, jobs_in_every_state):
    from django.db import connection
    from django.db.models import Max
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from jobs.models import Job

    newest = Job.objects.open().aggregate(latest=Max("updated_at"))["latest"]
    with CaptureQueriesContext(connection) as captured:
        index = client.get("/sitemap.xml").content.decode()
    assert f"<lastmod>{timezone.localtime(newest).isoformat()}</lastmod>" in index
    job_queries = [q["sql"] for q in captured.captured_queries if '"jobs_job"' in q["sql"]]
    # Counting the pages and dating the section: never a query that reads the jobs themselves.
    assert job_queries and all("COUNT(" in sql or "MAX(" in sql for sql in job_queries)
