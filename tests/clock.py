"""The suite's clock, for the programs the tests start in processes of their own.

`pytest --clock-ahead=DAYS` (or TEST_CLOCK_AHEAD_DAYS) moves the test process's clock (tests/
conftest.py); app servers and workers started by the tests must live at the same time, or a job
"posted now" by a test would be a year in their future. `clocked(command)` runs such a command
through this module, which moves the child's clock by the same number of days and then runs it.
"""

import os
import runpy
import sys
from datetime import UTC, datetime, timedelta

ENV = "TEST_CLOCK_AHEAD_DAYS"


def ahead_days() -> int:
    return int(os.environ.get(ENV) or 0)


def clocked(command: list[str]) -> list[str]:
    """`command` as it is, or, with the clock moved, run through this module at the same offset."""
    days = ahead_days()
    return [sys.executable, "-m", "tests.clock", str(days), *command] if days else list(command)


def _main(days: int, command: list[str]) -> None:
    import time_machine

    time_machine.travel(datetime.now(UTC) + timedelta(days=days), tick=True).start()
    program = command[0]
    if os.path.basename(program).startswith("python"):
        command = command[1:]  # `python manage.py ...`: run the script in this interpreter
    sys.argv = command
    if os.path.basename(command[0]) == "gunicorn":
        from gunicorn.app.wsgiapp import run

        sys.exit(run())
    runpy.run_path(command[0], run_name="__main__")


if __name__ == "__main__":
    _main(int(sys.argv[1]), sys.argv[2:])
