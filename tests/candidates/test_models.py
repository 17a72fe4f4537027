import pytest
from django.db import IntegrityError, transaction

from candidates.models import Application, Candidate, InvalidTransition
from tests.candidates.factories import ApplicationFactory, CandidateFactory, ResumeFactory
from tests.jobs.factories import JobFactory

pytestmark = pytest.mark.django_db
S = Application.Status


def test_one_candidate_per_email_whatever_the_case():
    CandidateFactory(email="Jane.Doe@Example.com")
    with pytest.raises(IntegrityError), transaction.atomic():
        CandidateFactory(email="jane.doe@example.COM")
    assert Candidate.objects.count() == 1


def test_only_one_current_resume():
    resume = ResumeFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ResumeFactory(candidate=resume.candidate, is_current=True)
    ResumeFactory(candidate=resume.candidate, is_current=False)


def test_one_open_application_per_job_and_one_open_general_submission():
    job = JobFactory()
    first = ApplicationFactory(job=job)
    with pytest.raises(IntegrityError), transaction.atomic():
        ApplicationFactory(job=job, candidate=first.candidate, resume=first.resume)
    general = ApplicationFactory(candidate=first.candidate, resume=first.resume)
    with pytest.raises(IntegrityError), transaction.atomic():
        ApplicationFactory(candidate=general.candidate, resume=general.resume)
    # Once decided, the candidate may apply again.
    first.move_to(S.REJECTED, by=None)
    ApplicationFactory(job=job, candidate=first.candidate, resume=first.resume)


@pytest.mark.parametrize(
    "path",
    [
        [S.REVIEWING, S.INTERVIEWING, S.OFFERED, S.HIRED],
        [S.REJECTED],
        [S.REVIEWING, S.WITHDRAWN],
        [S.REVIEWING, S.INTERVIEWING, S.OFFERED, S.REJECTED],
    ],
)
def test_allowed_transitions_are_recorded(path, staff_user):
    application = ApplicationFactory()
    for status in path:
        application.move_to(status, by=staff_user, note=f"to {status}")
    application.refresh_from_db()
    assert application.status == path[-1]
    events = list(application.events.values_list("from_status", "to_status", "by", "note"))
    froms = [S.NEW, *path[:-1]]
    assert events == [(f, t, staff_user.pk, f"to {t}") for f, t in zip(froms, path, strict=True)]


@pytest.mark.parametrize(
    ("start", "target"),
    [
        ([], S.HIRED),
        ([], S.OFFERED),
        ([S.REVIEWING], S.NEW),
        ([S.REJECTED], S.REVIEWING),
        ([S.WITHDRAWN], S.REJECTED),
        ([S.REVIEWING, S.INTERVIEWING, S.OFFERED, S.HIRED], S.REJECTED),
    ],
)
def test_refused_transitions_change_nothing(start, target, staff_user):
    application = ApplicationFactory()
    for status in start:
        application.move_to(status, by=staff_user)
    before = application.events.count()
    with pytest.raises(InvalidTransition):
        application.move_to(target, by=staff_user)
    application.refresh_from_db()
    assert application.status == (start[-1] if start else S.NEW)
    assert application.events.count() == before
