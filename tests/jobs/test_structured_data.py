"""JobPosting JSON-LD, property by property, as Google for Jobs reads it from the page."""

import json
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db
REQUIRED = {"title", "description", "datePosted", "hiringOrganization"}
RECOMMENDED = {"validThrough", "employmentType", "baseSalary", "identifier", "directApply"}


def posting(client, job) -> dict:
    content = client.get(job.get_absolute_url()).content.decode()
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    return json.loads(block)


def test_onsite_job_has_required_and_recommended_properties(client):
    job = JobFactory(
        title="Stress Engineer",
        employment_type="direct_hire",
        pay_min=Decimal("95000"),
        pay_max=Decimal("120000"),
        expires_at=timezone.now() + timedelta(days=20),
    )
    data = posting(client, job)
    assert data["@context"] == "https://schema.org/" and data["@type"] == "JobPosting"
    assert REQUIRED | RECOMMENDED | {"jobLocation"} <= set(data)
    assert data["title"] == "Stress Engineer"
    assert "<h2>The role</h2>" in data["description"]
    assert "Two years of inspection experience" in data["description"]
    assert data["datePosted"] == job.posted_at.isoformat()
    assert data["validThrough"] == job.expires_at.isoformat()
    assert data["employmentType"] == ["FULL_TIME"]
    assert data["hiringOrganization"]["name"] == "Amtec"
    assert data["hiringOrganization"]["sameAs"] == "http://testserver/"
    assert data["identifier"] == {"@type": "PropertyValue", "name": "Amtec", "value": job.reference}
    assert data["directApply"] is True
    assert data["jobLocation"] == {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Dayton",
            "addressRegion": "OH",
            "postalCode": "45402",
            "addressCountry": "US",
        },
    }
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "USD",
        "value": {
            "@type": "QuantitativeValue",
            "minValue": 95000.0,
            "maxValue": 120000.0,
            "unitText": "YEAR",
        },
    }
    assert "jobLocationType" not in data


def test_hybrid_job_has_its_address(client):
    data = posting(client, JobFactory(workplace="hybrid", city="Columbus", postal_code="43215"))
    assert data["jobLocation"]["address"]["addressLocality"] == "Columbus"
    assert "jobLocationType" not in data


def test_remote_job_is_telecommute_with_applicant_location(client):
    data = posting(client, JobFactory(workplace="remote", employment_type="contract"))
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == {"@type": "Country", "name": "US"}
    assert "jobLocation" not in data
    assert data["employmentType"] == ["FULL_TIME", "CONTRACTOR"]


def test_confidential_job_names_amtec_and_never_the_client(client):
    job = JobFactory(confidential=True, client_name="Hidden Aerospace Co")
    data = posting(client, job)
    assert data["hiringOrganization"]["name"] == "Amtec"
    assert "Hidden Aerospace" not in json.dumps(data)


@pytest.mark.parametrize(
    ("kind", "hours", "expected"),
    [
        ("direct_hire", "full_time", ["FULL_TIME"]),
        ("direct_hire", "part_time", ["PART_TIME"]),
        ("contract", "full_time", ["FULL_TIME", "CONTRACTOR"]),
        ("contract_to_hire", "full_time", ["FULL_TIME", "CONTRACTOR"]),
        ("temporary", "part_time", ["PART_TIME", "TEMPORARY"]),
    ],
)
def test_employment_types(client, kind, hours, expected):
    job = JobFactory(employment_type=kind, hours=hours)
    assert posting(client, job)["employmentType"] == expected


def test_the_terms_google_reads(client):
    job = JobFactory(employment_type="temporary", shift="night", shift_hours="Sun–Thu 22:30–7:00",
                     starts_immediately=True, openings=6)  # fmt: skip
    data = posting(client, job)
    assert data["workHours"] == "Night shift · Sun–Thu 22:30–7:00"
    assert data["jobImmediateStart"] is True and "jobStartDate" not in data
    assert data["totalJobOpenings"] == 6
    later = posting(client, JobFactory(start_date=date(2027, 1, 4), hours_per_week=36))
    assert later["jobStartDate"] == "2027-01-04" and "jobImmediateStart" not in later
    assert later["workHours"] == "36 hours per week" and later["totalJobOpenings"] == 1


def test_hourly_and_single_value_pay_and_no_pay(client):
    hourly = posting(
        client, JobFactory(pay_min=Decimal("28"), pay_max=Decimal("28"), pay_period="hour")
    )
    assert hourly["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "value": 28.0,
        "unitText": "HOUR",
    }
    unpaid = posting(client, JobFactory(pay_min=None, pay_max=None))
    assert "baseSalary" not in unpaid


def test_every_open_job_says_until_when(client):
    job = JobFactory(expires_at=None)  # staff gave no closing date: 60 days after posting
    assert posting(client, job)["validThrough"] == job.expires_at.isoformat()


def test_markup_matches_what_the_page_shows(client):
    job = JobFactory(pay_min=Decimal("25"), pay_max=Decimal("30"), pay_period="hour")
    content = client.get(job.get_absolute_url()).content.decode()
    data = posting(client, job)
    assert job.title in content and job.reference in content and "$25 \u2013 $30 an hour" in content
    assert data["baseSalary"]["value"]["minValue"] == 25.0
