"""Application.move_to with skips, and undo of the last move (candidates.models)."""

import pytest

from candidates.models import Application, InvalidTransition, NothingToUndo, ReasonRequired
from tests.candidates.factories import ApplicationFactory
from tests.factories import StaffUserFactory

pytestmark = pytest.mark.django_db


def test_skips_need_a_reason_and_are_marked():
    application = ApplicationFactory()
    assert application.allowed_skips() == ["interviewing", "offered", "hired"]
    with pytest.raises(ReasonRequired):
        application.move_to("hired", by=None, note=" ")
    assert application.status == "new" and not application.events.exists()
    event = application.move_to("hired", by=None, note="Referral, hired on the spot.")
    assert (event.kind, application.status) == ("skip", "hired")
    assert application.allowed_skips() == [] and application.allowed_transitions() == []


def test_backward_moves_stay_refused():
    application = ApplicationFactory()
    application.move_to("reviewing", by=None)
    with pytest.raises(InvalidTransition):
        application.move_to("new", by=None, note="a reason does not make it a skip")


def test_undo_goes_back_one_move_and_is_recorded():
    user = StaffUserFactory()
    application = ApplicationFactory()
    application.move_to("reviewing", by=user)
    application.move_to("interviewing", by=user)
    event = application.undo_last_move(by=user)
    assert (event.kind, event.from_status, event.to_status) == ("undo", "interviewing", "reviewing")
    assert event.note == "Undid “Reviewing → Interviewing”."
    application.refresh_from_db()
    assert application.status == "reviewing"
    assert application.last_move() is None
    with pytest.raises(NothingToUndo):
        application.undo_last_move(by=user)


def test_nothing_to_undo_on_a_new_application():
    with pytest.raises(NothingToUndo):
        ApplicationFactory().undo_last_move(by=None)


def test_undo_of_a_decision_reopens_unless_another_is_open():
    application = ApplicationFactory()
    application.move_to("rejected", by=None)
    application.undo_last_move(by=None)
    assert application.status == "new" and application.is_open()
    application.move_to("withdrawn", by=None)
    ApplicationFactory(candidate=application.candidate, resume=application.resume)
    with pytest.raises(NothingToUndo, match="applied again"):
        application.undo_last_move(by=None)
    assert Application.objects.get(pk=application.pk).status == "withdrawn"
