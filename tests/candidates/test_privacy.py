from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from candidates.models import Candidate
from tests.candidates.conftest import DOCX, PDF, fixture_upload
from tests.candidates.test_services import submit

pytestmark = pytest.mark.django_db(transaction=True)


def test_purge_removes_inactive_candidates_with_their_files(resume_files):
    submit(fixture_upload(PDF), email="old@example.com")
    submit(fixture_upload(DOCX), email="old@example.com")
    submit(fixture_upload(PDF), email="recent@example.com")
    Candidate.objects.filter(email="old@example.com").update(
        last_activity_at=timezone.now() - timedelta(days=400)
    )
    out = StringIO()
    call_command("purge_candidates", "--inactive-months", "12", stdout=out)
    assert (
        "Removed 1 candidate(s) inactive for 12 month(s), with 2 resume file(s)." in out.getvalue()
    )
    assert list(Candidate.objects.values_list("email", flat=True)) == ["recent@example.com"]
    assert len(resume_files()) == 1


def test_purge_needs_a_sensible_period():
    with pytest.raises(CommandError):
        call_command("purge_candidates", "--inactive-months", "0")
