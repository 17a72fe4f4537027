"""Reading the environment: for the Django settings and gunicorn.conf.py alike.

No Django imports: gunicorn's configuration reads this before Django is set up.
"""

import os
from pathlib import Path

from dotenv import load_dotenv

BASE_DIR = Path(__file__).resolve().parent.parent


def load_env_file() -> None:
    """A `.env` file beside manage.py (or at ENV_FILE) fills in what the real environment does
    not set."""
    load_dotenv(os.environ.get("ENV_FILE") or BASE_DIR / ".env", override=False)


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = env_str(name)
    return int(value) if value else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def log_options() -> dict:
    """logging_config()'s arguments: JSON lines unless LOG_JSON says otherwise (default: on
    unless DEBUG), at LOG_LEVEL (default INFO). Django's settings and gunicorn's share them."""
    return {
        "json": env_bool("LOG_JSON", not env_bool("DEBUG")),
        "level": env_str("LOG_LEVEL") or "INFO",
    }


def forwarded_allow_ips() -> list[str]:
    """The proxies whose X-Forwarded-Proto and X-Forwarded-For are believed (default loopback)."""
    return env_list("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
