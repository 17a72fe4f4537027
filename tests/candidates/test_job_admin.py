"""The candidates' section on the job board's admin page for a job (candidates/admin.py)."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from pytest_django.asserts import assertContains

from tests.candidates.conftest import matching_rows
from tests.candidates.factories import CandidateFactory, ResumeFactory
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def recruiter_client(client, staff_user):
    staff_user.user_permissions.add(*Permission.objects.filter(content_type__app_label="jobs"))
    client.force_login(staff_user)
    return client


def test_job_page_ranks_candidates_by_their_current_resume(recruiter_client, staff_user):

    job = JobFactory(
        title="Senior Python Developer",
        summary="Build Django web applications on PostgreSQL.",
        requirements="- Python\n- Django\n- PostgreSQL\n- Celery and Redis\n",
    )
    JobFactory(title="Forklift Operator", summary="Load trailers and put away pallets.")
    strong = CandidateFactory(name="Marcus Whitfield", desired_role="Backend developer")
    ResumeFactory(
        candidate=strong,
        text="Python developer: Django, PostgreSQL, Celery, Redis and pytest.",
        extraction_status="done",
    )
    weak = CandidateFactory(name="Jane Scripter")
    ResumeFactory(candidate=weak, text="Python scripting and Excel.", extraction_status="done")
    ResumeFactory(text="Forklift and pallets, trailers.", extraction_status="done")
    url = reverse("admin:jobs_job_change", args=[job.pk])

    # Candidates are personal data: no section for staff who may not see them.
    assert "Best-matching candidates" not in recruiter_client.get(url).content.decode()

    staff_user.user_permissions.add(Permission.objects.get(codename="view_candidate"))
    # The ranking shows the words resumes share with the job: resumes too.
    assert "Best-matching candidates" not in recruiter_client.get(url).content.decode()
    staff_user.user_permissions.add(Permission.objects.get(codename="view_resume"))
    page = recruiter_client.get(url)
    assertContains(page, "Best-matching candidates")
    rows = matching_rows(page)
    assert [row[1] for row in rows] == ["Marcus Whitfield"]  # one shared word is not a match
    assert rows[0][3] == "Backend developer"
    assert 0 < int(rows[0][4].removesuffix("/100")) <= 100
    assert {"Python", "Django", "PostgreSQL"} <= set(rows[0][5].split(", "))
    assertContains(page, reverse("admin:candidates_candidate_change", args=[strong.pk]))


def test_add_page_has_no_candidates_section(recruiter_client, staff_user):
    staff_user.user_permissions.add(Permission.objects.get(codename="view_candidate"))
    assert (
        "Best-matching" not in recruiter_client.get(reverse("admin:jobs_job_add")).content.decode()
    )
