"""The site's own settings, with static files collected into the audit's temporary folder."""

import os
from pathlib import Path

from amtec.settings import *  # noqa: F403

STATIC_ROOT = Path(os.environ["AUDIT_STATIC_ROOT"])
