"""Management commands that run once from a scheduler, or keep running with --every SECONDS where
no scheduler runs them (`make run`)."""

import time

from django.core.management.base import BaseCommand


class RepeatingCommand(BaseCommand):
    """Subclasses write `run_once(repeating=..., **options)`; `repeating` is True under --every,
    where a run that did nothing should print nothing (a line a minute would bury the output)."""

    every_help = "Keep running, once every SECONDS (for development; production uses a scheduler)."
    pause = staticmethod(time.sleep)  # between runs

    def add_arguments(self, parser):
        parser.add_argument("--every", type=int, metavar="SECONDS", help=self.every_help)

    def handle(self, *args, every=None, **options):
        while True:
            self.run_once(repeating=bool(every), **options)
            if not every:
                return
            self.pause(every)

    def run_once(self, *, repeating: bool, **options):
        raise NotImplementedError
