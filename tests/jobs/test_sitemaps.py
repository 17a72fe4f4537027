import pytest

pytestmark = pytest.mark.django_db


def test_sitemap_lists_open_jobs_with_last_modified(client, jobs_in_every_state):
    content = client.get("/sitemap.xml").content.decode()
    job = jobs_in_every_state["open"]
    entry = f"<loc>http://testserver{job.get_absolute_url()}</loc>"
    assert entry in content
    after = content.split(entry, 1)[1]
    assert f"<lastmod>{job.updated_at.date().isoformat()}</lastmod>" in after.split("</url>")[0]
    for name, other in jobs_in_every_state.items():
        if name != "open":
            assert other.get_absolute_url() not in content, name
