"""The migration that turned the one staff-notes box into a timeline keeps every note."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("candidates", "0007_candidate_self_service_and_confirmed_updates")]
AFTER = [("candidates", "0008_application_notes_and_skips")]
SAVED = datetime(2026, 5, 4, 10, 30, tzinfo=UTC)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def latest_afterwards():
    yield
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def make_application(apps, key, notes):
    Candidate = apps.get_model("candidates", "Candidate")
    Resume = apps.get_model("candidates", "Resume")
    Application = apps.get_model("candidates", "Application")
    candidate = Candidate.objects.create(name=key, email=f"{key}@example.com", consent_at=SAVED)
    resume = Resume.objects.create(
        candidate=candidate, file=f"{key}.txt", original_name=f"{key}.txt", size=1, kind="txt",
        mime_type="text/plain", sha256=key * 8,
    )  # fmt: skip
    application = Application.objects.create(candidate=candidate, resume=resume, notes=notes)
    Application.objects.filter(pk=application.pk).update(updated_at=SAVED)
    return application.pk


def test_notes_become_the_first_entry_of_the_timeline_and_back(latest_afterwards):
    old = migrate(BEFORE)
    with_notes = make_application(old, "a", "Strong FEA background.\nCall after 5.")
    without = make_application(old, "b", "")

    new = migrate(AFTER)
    notes = new.get_model("candidates", "ApplicationNote").objects.all()
    assert [(n.application_id, n.text, n.at, n.author_id) for n in notes] == [
        (with_notes, "Strong FEA background.\nCall after 5.", SAVED, None)
    ]
    assert without not in [n.application_id for n in notes]

    back = migrate(BEFORE).get_model("candidates", "Application")
    assert back.objects.get(pk=with_notes).notes == "Strong FEA background.\nCall after 5."
    assert back.objects.get(pk=without).notes == ""
