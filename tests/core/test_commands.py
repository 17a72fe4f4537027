"""core.commands.RepeatingCommand: once from a scheduler, or again and again with --every."""

import pytest
from django.core.management import call_command, get_commands, load_command_class

from core.commands import RepeatingCommand


class Stop(Exception):
    pass


class Counting(RepeatingCommand):
    def __init__(self, *args, stop_after=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.runs, self.pauses, self.stop_after = [], [], stop_after

    def pause(self, seconds):  # instead of sleeping: record, and stop when told
        self.pauses.append(seconds)
        if len(self.runs) == self.stop_after:
            raise Stop

    def run_once(self, *, repeating, **options):
        self.runs.append(repeating)


def test_without_every_it_runs_once_and_returns():
    command = Counting()
    call_command(command)
    assert command.runs == [False] and command.pauses == []


def test_with_every_it_runs_again_after_each_pause_until_stopped():
    command = Counting(stop_after=3)
    with pytest.raises(Stop):
        call_command(command, every=60)
    assert command.runs == [True, True, True] and command.pauses == [60, 60, 60]


@pytest.mark.parametrize(
    "name",
    ["send_job_alerts", "purge_held_resumes", "purge_front_cache"],
)
def test_the_sites_repeating_commands_take_every(name):
    command = load_command_class(get_commands()[name], name)
    assert isinstance(command, RepeatingCommand)
    parser = command.create_parser("manage.py", name)
    assert parser.parse_args(["--every", "5"]).every == 5
