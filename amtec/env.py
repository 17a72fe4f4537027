"""Reading the environment: for the Django settings and gunicorn.conf.py alike.

Nothing here needs Django set up (gunicorn's configuration reads this first); its
ImproperlyConfigured is only an exception class.

A value that is set but cannot be read (DEBUG=ture, RESUME_MAX_BYTES=10O) stops the start with
the variable's name and what it accepts: quietly taking the default would run production with a
setting nobody chose.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from dotenv import load_dotenv

TRUE = frozenset({"1", "true", "yes", "on"})
FALSE = frozenset({"0", "false", "no", "off"})

BASE_DIR = Path(__file__).resolve().parent.parent


def load_env_file() -> None:
    """A `.env` file beside manage.py (or at ENV_FILE) fills in what the real environment does
    not set."""
    load_dotenv(os.environ.get("ENV_FILE") or BASE_DIR / ".env", override=False)


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    value = env_str(name)
    if not value:
        return default
    if value.lower() in TRUE:
        return True
    if value.lower() in FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name} must be true or false (also 1/0, yes/no, on/off), not {value!r}."
    )


def env_int(name: str, default: int) -> int:
    value = env_str(name)
    if not value:
        return default
    try:
        # isascii: int() also reads other scripts' digits (Arabic-Indic, say), never meant here.
        if value.isascii():
            return int(value)
    except ValueError:
        pass
    raise ImproperlyConfigured(f"{name} must be a whole number, such as 10, not {value!r}.")


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
