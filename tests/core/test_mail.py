"""The development console prints emails readably: links whole, accents as themselves."""

import io
import os
import subprocess
import sys
from pathlib import Path

from django.core.mail import EmailMessage
from django.core.mail.backends.console import EmailBackend as DjangoConsole

from core.mail import ConsoleEmailBackend

BASE_DIR = Path(__file__).resolve().parents[2]

LINK = "https://careers.amtec.example/me/sign-in/eyJlbWFpbCI6ImpvQGV4YW1wbGUuY29tIn0:1vQ3Zb:abc_DEF-123/?next=%2Fme%2F"


def _printed(backend_class) -> str:
    stream = io.StringIO()
    message = EmailMessage(
        "Your sign-in link – Amtec",
        f"Hello José,\n\nSign in with this link:\n{LINK}\n",
        "careers@amtec.example",
        ["jose@example.com"],
    )
    message.attach("note.txt", "Résumé received", "text/plain")
    assert backend_class(stream=stream).send_messages([message]) == 1
    return stream.getvalue()


def test_links_and_accents_print_as_written():
    printed = _printed(ConsoleEmailBackend)
    assert LINK in printed
    assert "Hello José" in printed
    assert "Subject: Your sign-in link – Amtec" in printed
    assert "Content-Transfer-Encoding: 8bit" in printed
    assert "Résumé received" in printed  # the attachment too


def test_djangos_console_backend_breaks_them():
    # Why the backend exists: the stock one prints what SMTP would carry, quoted-printable.
    printed = _printed(DjangoConsole)
    assert LINK not in printed
    assert "quoted-printable" in printed


def test_development_settings_use_it(tmp_path):
    # A fresh process, as `make run` starts one: DEBUG on, nothing else configured.
    environment = {k: v for k, v in os.environ.items() if k not in {"EMAIL_BACKEND", "DEBUG"}}
    environment.update(
        DEBUG="true",
        DJANGO_SETTINGS_MODULE="amtec.settings",
        ENV_FILE=str(tmp_path / ".env"),
        PYTHONPATH=str(BASE_DIR),
    )
    code = "from django.conf import settings; print(settings.MAILERS['default']['BACKEND'])"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "core.mail.ConsoleEmailBackend", result.stderr
