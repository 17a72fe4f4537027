import pytest

from tests.jobs.factories import (
    ClosedJobFactory,
    DraftJobFactory,
    ExpiredJobFactory,
    FilledJobFactory,
    JobFactory,
    ScheduledJobFactory,
)


@pytest.fixture
def jobs_in_every_state(db):
    return {
        "open": JobFactory(title="Open machinist job"),
        "draft": DraftJobFactory(title="Draft machinist job"),
        "filled": FilledJobFactory(title="Filled machinist job"),
        "closed": ClosedJobFactory(title="Closed machinist job"),
        "expired": ExpiredJobFactory(title="Expired machinist job"),
        "scheduled": ScheduledJobFactory(title="Scheduled machinist job"),
    }


@pytest.fixture
def on_postgresql(db):
    from django.db import connection

    return connection.vendor == "postgresql"
