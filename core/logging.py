"""Logging: JSON lines in production, a request id on every record, no personal data.

Code logs ids, never a candidate's email, phone, name, file name or resume text. The redaction
filter on every handler is a safety net behind that rule: it masks email addresses, phone numbers
and the bearer tokens in job alert links wherever a record carries them (message, arguments, extra
fields, exception and stack text). Names cannot be recognised, so they rely on the rule alone.

Settings import this module: it must not import Django models (or anything that does).
"""

import contextvars
import logging
import re
import time
from typing import Any

from pythonjsonlogger.json import JsonFormatter as _LibraryJsonFormatter

ACCESS_LOGGER = "amtec.access"
NO_REQUEST = "-"

# Set by core.middleware.RequestIdMiddleware for the length of a request; tasks run by the worker
# see the default.
request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar(
    "request_id", default=NO_REQUEST
)

# What every record has; anything else came from `extra=`.
_BLANK_RECORD = logging.LogRecord("", logging.INFO, "", 0, "", None, None)
_STANDARD_ATTRS = frozenset([*vars(_BLANK_RECORD), "message", "asctime", "request_id"])

# --- redaction ---------------------------------------------------------------------------------

# Bounded repeats keep the scan linear on long text (a traceback, a base64 blob). "%40" is an
# URL-encoded "@", as in a logged path or query string.
_EMAIL = re.compile(
    r"[A-Za-z0-9._%+-]{1,64}(?:@|%40)(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}",
)
# US numbers: (555) 010-2400, 555-010-2400, 555.010.2400, 555 010 2400, 5550102400, with an
# optional 1 / +1 in front. The area code never starts with 0 or 1, and the number must stand
# alone: a run of digits inside a longer number, a word, a hex id or a decimal is left as it is,
# so ids, status codes, durations, byte counts below 2 GB and timestamps are untouched.
_US_PHONE = re.compile(
    r"(?<![\w.+])(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.-]?)\d{3}[\s.-]?\d{4}"
    r"(?!\w|[.-]\d)"
)
# Other countries, written with their "+": 8 to 15 digits in groups.
_INTL_PHONE = re.compile(r"(?<![\w+])\+[1-9]\d{0,2}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\w|[.-]\d)")
# Job alert links carry a signed token that works like a password for that alert.
_ALERT_TOKEN = re.compile(r"(/alerts/(?:confirm|manage|unsubscribe)/)[^/?#\s\"'<>]+")
_DIGIT = re.compile(r"\d")

EMAIL_MASK = "[email]"
PHONE_MASK = "[phone]"
LINK_MASK = "…"
_MAX_PATH = 300


def _international(match: re.Match) -> str:
    digits = len(_DIGIT.findall(match.group()))
    return PHONE_MASK if 8 <= digits <= 15 else match.group()


def redact(text: str) -> str:
    """Mask email addresses, phone numbers and alert link tokens in `text`."""
    if "@" in text or "%40" in text:
        text = _EMAIL.sub(EMAIL_MASK, text)
    text = _US_PHONE.sub(PHONE_MASK, text)
    if "+" in text:
        text = _INTL_PHONE.sub(_international, text)
    if "/alerts/" in text:
        text = _ALERT_TOKEN.sub(rf"\1{LINK_MASK}", text)
    return text


def loggable_path(path: str) -> str:
    """A request path as the access log shows it: alert tokens cut out, control characters
    escaped (no forged log lines), and bounded in length."""
    if len(path) > _MAX_PATH:
        path = path[:_MAX_PATH] + "…"
    if "/alerts/" in path:
        path = _ALERT_TOKEN.sub(rf"\1{LINK_MASK}", path)
    if not path.isprintable():
        path = path.encode("unicode_escape").decode("ascii")
    return path


_plain_formatter = logging.Formatter()


class RedactPersonalData(logging.Filter):
    """Mask personal data in a record before any formatter sees it.

    A message that needed masking is replaced by its masked, fully formatted text (so the arguments
    that carried the data go too). Exception text is formatted here, masked, and left in
    `exc_text`, where every formatter looks for it.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            # Formatting would fail again in the handler, which then prints the raw arguments.
            message = f"{record.msg!s} [arguments that did not fit: {record.args!r}]"
            record.msg, record.args = redact(message), None
        else:
            masked = redact(message)
            if masked != message:
                record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = _plain_formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        attributes = vars(record)
        for key in attributes.keys() - _STANDARD_ATTRS:
            value = attributes[key]
            if isinstance(value, str):
                attributes[key] = redact(value)
        return True


_REQUEST_URI = re.compile(r"(Error handling request (?:[A-Z]+ )?)(\S+)")
_CLIENT_IP = re.compile(r"\bip=\S+?(?=:|\s|$)")


class GunicornRequestDetails(logging.Filter):
    """gunicorn's own error lines name the request's full URI (query strings carry searches and
    sometimes emails) and the client's address: keep the path, drop the rest."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            return True  # RedactPersonalData deals with it
        masked = _REQUEST_URI.sub(
            lambda m: m.group(1) + loggable_path(m.group(2).split("?", 1)[0]), message
        )
        masked = _CLIENT_IP.sub("ip=…", masked)
        if masked != message:
            record.msg, record.args = masked, None
        return True


class RequestIdFilter(logging.Filter):
    """Give every record the id of the request it was logged in ("-" outside one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "request_id" not in vars(record):
            request_id = request_id_var.get()
            if request_id == NO_REQUEST:
                # Django logs a 4xx/5xx response after the middleware has returned; it passes
                # the request along.
                request = getattr(record, "request", None)
                request_id = getattr(request, "request_id", NO_REQUEST)
            record.request_id = request_id
        return True


# --- formatting --------------------------------------------------------------------------------

_PRIMITIVE = (str, int, float, bool, type(None))


def utc_timestamp(created: float) -> str:
    """ISO 8601 in UTC with milliseconds: 2025-06-01T14:03:07.123Z."""
    seconds = int(created)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + (
        f".{int((created - seconds) * 1000):03d}Z"
    )


class JsonFormatter(_LibraryJsonFormatter):
    """One JSON object per record: time, level, logger, message, request_id, exception (when
    there is one) and any extra fields the call passed with `extra=`.

    Only extra fields holding plain values are written. Objects are left out: Django passes the
    request along with its own records, and its text holds the query string.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "rename_fields",
            {
                "levelname": "level",
                "name": "logger",
                "exc_info": "exception",
                "stack_info": "stack",
            },
        )
        kwargs.setdefault("json_ensure_ascii", False)
        super().__init__(["levelname", "name", "message", "request_id"], **kwargs)

    def format(self, record: logging.LogRecord) -> str:
        # The library formats `exc_info` afresh; the masked `exc_text` the filter left must win.
        exc_info = record.exc_info
        if exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(exc_info)
            record.exc_info = None
        try:
            return super().format(record)
        finally:
            record.exc_info = exc_info

    def add_fields(
        self, log_data: dict[str, Any], record: logging.LogRecord, message_dict: dict[str, Any]
    ) -> None:
        log_data["time"] = utc_timestamp(record.created)
        super().add_fields(log_data, record, message_dict)
        for key in [key for key, value in log_data.items() if not isinstance(value, _PRIMITIVE)]:
            del log_data[key]


class TextFormatter(logging.Formatter):
    """Readable lines for development, with the request id."""

    converter = time.gmtime
    default_msec_format = "%s.%03dZ"

    def __init__(self, **kwargs):
        kwargs.setdefault("fmt", "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")
        kwargs.setdefault("defaults", {"request_id": NO_REQUEST})
        super().__init__(**kwargs)


def logging_config(*, json: bool, level: str) -> dict:
    """The LOGGING setting: everything to stderr through one handler that adds the request id
    and masks personal data; JSON lines when `json`, else readable text."""
    level = level.strip().upper()
    levels = logging.getLevelNamesMapping()
    if level not in levels:
        raise ValueError(f"LOG_LEVEL must be one of {', '.join(sorted(levels))}, not {level!r}.")
    # Django's own loggers stay at INFO or above even when LOG_LEVEL=DEBUG: their DEBUG output
    # includes SQL with its parameters (emails, phone numbers) and whole template contexts.
    django_level = level if levels[level] > logging.INFO else "INFO"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": "core.logging.RequestIdFilter"},
            "redact": {"()": "core.logging.RedactPersonalData"},
        },
        "formatters": {
            "json": {"()": "core.logging.JsonFormatter"},
            "text": {"()": "core.logging.TextFormatter"},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "json" if json else "text",
                "filters": ["request_id", "redact"],
            },
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Configuring these drops the handlers Django's defaults give them (a debug-only
            # console, mail to ADMINS), so everything goes through the handler above, once.
            "django": {"level": django_level, "propagate": True},
            # Every response is in the access log already; this adds 5xx records, with the
            # traceback when a view raised.
            "django.request": {"level": "ERROR"},
            # runserver's own access lines duplicate amtec.access.
            "django.server": {"level": "ERROR", "propagate": True},
            "django.db.backends": {"level": django_level},
            ACCESS_LOGGER: {"level": "INFO"},
            # pypdf's warnings can quote strings from the PDF it reads: a resume's text.
            "pypdf": {"level": "ERROR"},
        },
    }
