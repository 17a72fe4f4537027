"""The migration that turned free-text phones into E.164 numbers keeps everything typed."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("candidates", "0003_candidate_export_permission")]
AFTER = [("candidates", "0004_phone_numbers")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def latest_afterwards():
    yield
    # Whatever happened, the tests after this one get the schema they expect.
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


def test_phones_become_e164_and_what_cannot_be_read_is_kept_as_typed(latest_afterwards):
    old = migrate(BEFORE).get_model("candidates", "Candidate")
    typed = {
        "a": "(937) 555-0142",
        "b": "937.555.0143",
        "c": "+1 614 555 0123",
        "d": "1-513-555-0199",
        "e": "+44 20 7946 0958",
        "f": "555-0142",  # no area code
        "g": "(555) 010-2400",  # not a real area code
        "h": "call after 5",
        "i": "937-555-0144 x12",  # E.164 has no room for the extension
        "j": "",
    }
    for key, phone in typed.items():
        old.objects.create(
            name=key, email=f"{key}@example.com", phone=phone, consent_at=timezone.now()
        )

    new = migrate(AFTER).get_model("candidates", "Candidate")
    rows = {c.name: (str(c.phone), c.phone_as_typed) for c in new.objects.all()}
    assert rows == {
        "a": ("+19375550142", ""),
        "b": ("+19375550143", ""),
        "c": ("+16145550123", ""),
        "d": ("+15135550199", ""),
        "e": ("+442079460958", ""),
        "f": ("", "555-0142"),
        "g": ("", "(555) 010-2400"),
        "h": ("", "call after 5"),
        "i": ("+19375550144", "937-555-0144 x12"),
        "j": ("", ""),
    }

    # Undone, each phone is back in words a person reads, and nothing typed is lost.
    old = migrate(BEFORE).get_model("candidates", "Candidate")
    back = dict(old.objects.values_list("name", "phone"))
    assert back == {
        "a": "(937) 555-0142",
        "b": "(937) 555-0143",
        "c": "(614) 555-0123",
        "d": "(513) 555-0199",
        "e": "+44 20 7946 0958",
        "f": "555-0142",
        "g": "(555) 010-2400",
        "h": "call after 5",
        "i": "937-555-0144 x12",
        "j": "",
    }
