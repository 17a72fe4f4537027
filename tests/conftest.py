import os
from datetime import UTC, datetime, timedelta

import pytest

# Playwright's sync API runs an event loop in the test thread; Django must still allow the ORM.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_addoption(parser):
    parser.addoption(
        "--clock-ahead",
        type=int,
        default=int(os.environ.get("TEST_CLOCK_AHEAD_DAYS") or 0),
        metavar="DAYS",
        help="Run every test with the clock moved DAYS ahead (time-machine), to prove that no "
        "test depends on today's date. Default: $TEST_CLOCK_AHEAD_DAYS, else 0.",
    )


def pytest_configure(config):
    days = config.getoption("clock_ahead")
    if days:
        import time_machine

        # tick=True: time still passes, from a moment `days` ahead of the real one. Servers and
        # workers the tests start in processes of their own run at the same offset (tests/clock.py).
        traveller = time_machine.travel(datetime.now(UTC) + timedelta(days=days), tick=True)
        traveller.start()
        config.stash[_TRAVELLER] = traveller
        os.environ["TEST_CLOCK_AHEAD_DAYS"] = str(days)


def pytest_unconfigure(config):
    traveller = config.stash.get(_TRAVELLER, None)
    if traveller is not None:
        traveller.stop()


def pytest_report_header(config):
    days = config.getoption("clock_ahead")
    return f"clock: moved {days} days ahead ({datetime.now(UTC):%Y-%m-%d})" if days else None


_TRAVELLER = pytest.StashKey()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test writes uploads and resumes to folders of its own: no file leaks between tests."""
    from tests.media import media_settings

    for name, value in media_settings(tmp_path, settings.STORAGES).items():
        setattr(settings, name, value)
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits live in the cache; each test starts with none used."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def staff_user(db):
    from tests.factories import StaffUserFactory

    return StaffUserFactory()


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client
