"""The job boards' feeds: Indeed's XML and LinkedIn's Basic Jobs XML, parsed as XML."""

import gzip
from datetime import timedelta
from decimal import Decimal
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.jobs.factories import (
    ClosedJobFactory,
    DraftJobFactory,
    ExpiredJobFactory,
    FilledJobFactory,
    JobFactory,
    ScheduledJobFactory,
)

pytestmark = pytest.mark.django_db
INDEED = reverse("jobs:syndication-feed", args=["indeed"])
LINKEDIN = reverse("jobs:syndication-feed", args=["linkedin"])
# The fields of Indeed's XML feed specification, per job.
INDEED_FIELDS = {"title", "date", "referencenumber", "requisitionid", "url", "company",
                 "sourcename", "city", "state", "country", "postalcode", "description",
                 "salary", "jobtype", "category", "expirationdate"}  # fmt: skip
LINKEDIN_FIELDS = {"partnerJobId", "company", "title", "description", "applyUrl", "location",
                   "city", "state", "country", "workplaceTypes", "jobtype", "salaries",
                   "expirationDate"}  # fmt: skip


def feed(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, response.status_code
    body = b"".join(response.streaming_content)
    if response.get("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return response, ElementTree.fromstring(body)


def jobs_in(root, id_tag):
    return {job.findtext(id_tag): job for job in root.iter("job")}


@pytest.fixture
def board(db):
    return {
        "open": JobFactory(
            title="CNC Machinist",
            city="Dayton",
            state="OH",
            postal_code="45402",
            pay_min=Decimal("24"),
            pay_max=Decimal("30"),
            pay_period="hour",
            shift="evening",
            employment_type="temporary",
        ),
        "remote": JobFactory(
            title="Python Developer",
            workplace="remote",
            employment_type="contract",
            pay_1099=True,
            pay_c2c=True,
        ),
        "confidential": JobFactory(
            title="Plant Controller", client_name="Secret Motors", confidential=True
        ),
        "gone": [
            ClosedJobFactory(),
            FilledJobFactory(),
            DraftJobFactory(),
            ExpiredJobFactory(),
            ScheduledJobFactory(),
        ],
    }


def test_indeed_feed_has_its_fields_and_exactly_the_open_jobs(client, board, settings):
    settings.SITE_URL = "https://careers.amtec.example"
    response, root = feed(client, INDEED)
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert root.tag == "source"
    assert root.findtext("publisher") == "Amtec"
    assert root.findtext("publisherurl") == "https://careers.amtec.example/"
    assert root.findtext("lastBuildDate")
    jobs = jobs_in(root, "referencenumber")
    assert set(jobs) == {board[k].reference for k in ("open", "remote", "confidential")}
    machinist = jobs[board["open"].reference]
    assert {child.tag for child in machinist} >= INDEED_FIELDS
    assert machinist.findtext("url") == (
        f"https://careers.amtec.example{board['open'].get_absolute_url()}?source=indeed"
    )
    assert machinist.findtext("jobtype") == "temporary"
    assert machinist.findtext("salary") == "$24 \u2013 $30 an hour"
    assert "<h2>The role</h2>" in machinist.findtext("description")  # HTML, in CDATA
    assert machinist.findtext("schedule") == "Evening shift"
    remote = jobs[board["remote"].reference]
    assert remote.findtext("remotetype") == "Fully remote"
    assert "Paid as W-2, 1099, C2C" in remote.findtext("description")


def test_linkedin_feed_has_its_fields(client, board, settings):
    settings.JOB_FEEDS = {
        "LINKEDIN_COMPANY_ID": "1234567",
        "LINKEDIN_POSTER_EMAIL": "jobs@amtec.example",
    }
    _, root = feed(client, LINKEDIN)
    jobs = jobs_in(root, "partnerJobId")
    assert len(jobs) == 3
    machinist = jobs[board["open"].reference]
    assert {child.tag for child in machinist} >= LINKEDIN_FIELDS
    assert machinist.findtext("companyId") == "1234567"
    assert machinist.findtext("posterEmail") == "jobs@amtec.example"
    assert machinist.findtext("applyUrl").endswith("?source=linkedin")
    assert machinist.findtext("location") == "Dayton, Ohio, US"
    salary = machinist.find("salaries/salary")
    assert (salary.findtext("lowEnd/amount"), salary.findtext("highEnd/amount")) == (
        "24.00",
        "30.00",
    )
    assert salary.findtext("period") == "HOURLY" and salary.findtext("type") == "BASE_SALARY"
    remote = jobs[board["remote"].reference]
    assert remote.findtext("workplaceTypes/workplaceType") == "Remote"
    assert remote.findtext("jobtype") == "CONTRACT"


def test_a_confidential_client_is_never_named(client, board):
    for url in (INDEED, LINKEDIN):
        response = client.get(url)
        body = b"".join(response.streaming_content).decode()
        assert "Secret Motors" not in body
        _, root = feed(client, url)
        companies = {job.findtext("company") for job in root.iter("job")}
        assert "Amtec" in companies


def test_a_job_that_closes_leaves_both_feeds_at_once(client, board):
    board["open"].close()
    for url, tag in ((INDEED, "referencenumber"), (LINKEDIN, "partnerJobId")):
        _, root = feed(client, url)
        assert board["open"].reference not in jobs_in(root, tag)


def test_conditional_get_and_gzip(client, board):
    response, _ = feed(client, INDEED)
    etag, modified = response["ETag"], response["Last-Modified"]
    assert "public" in response["Cache-Control"]
    assert client.get(INDEED, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(INDEED, headers={"If-Modified-Since": modified}).status_code == 304
    zipped, root = feed(client, INDEED, headers={"Accept-Encoding": "gzip"})
    assert zipped["Content-Encoding"] == "gzip" and len(list(root.iter("job"))) == 3
    # A job that expires by time alone changes the version: no stale 304.
    JobFactory(expires_at=timezone.now() + timedelta(days=5))
    assert client.get(INDEED, headers={"If-None-Match": etag}).status_code == 200


def test_an_unknown_board_is_404(client):
    assert client.get(reverse("jobs:syndication-feed", args=["monster"])).status_code == 404


def test_no_public_page_links_the_feeds(client, board):
    for path in ("/", "/jobs/", board["open"].get_absolute_url()):
        assert "/jobs/syndication/" not in client.get(path).content.decode()


def test_staff_see_the_feed_addresses_with_their_counts(admin_client, board):
    page = admin_client.get(reverse("admin:jobs_job_changelist")).content.decode()
    assert "Feeds for job boards" in page
    assert "/jobs/syndication/indeed.xml" in page and "/jobs/syndication/linkedin.xml" in page
    assert "(3 jobs)" in page


def test_feeds_at_10k_jobs_read_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    template = JobFactory()
    from jobs.models import Job

    template.pk = None
    jobs = []
    for n in range(10_000):
        fields = [f for f in Job._meta.concrete_fields if not f.primary_key and not f.generated]
        template_copy = Job(**{f.attname: getattr(template, f.attname) for f in fields})
        template_copy.reference = f"AMT-B{n:05d}"
        jobs.append(template_copy)
    Job.objects.bulk_create(jobs)
    with django_assert_max_num_queries(8):
        response = client.get(INDEED)
        count = b"".join(response.streaming_content).count(b"<job>")
    assert count == 10_001
