"""Production must refuse to start half-configured; these run Django in a fresh process."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 20 + "Zq8#vL2!pR5@wN9$tY3%hB6^cF1&jM4*"


def start_django(tmp_path, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DJANGO_SETTINGS_MODULE"}
    }
    # No developer's .env may fill in what a test leaves out.
    environment.update(
        env, DJANGO_SETTINGS_MODULE="amtec.settings", ENV_FILE=str(tmp_path / ".env")
    )
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=tmp_path,
        env={**environment, "PYTHONPATH": str(BASE_DIR)},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "django-insecure-" + "a" * 50, "ALLOWED_HOSTS": "x"}, "SECRET_KEY must"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "amtec.example"}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS must list"),
    ],
)
def test_production_refuses_to_start_half_configured(tmp_path, env, message):
    result = start_django(tmp_path, **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_starts_with_a_real_key_and_hosts(tmp_path):
    result = start_django(tmp_path, SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="careers.amtec.example")
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_debug_mode_starts_with_no_configuration(tmp_path):
    result = start_django(tmp_path, DEBUG="true")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, {"json": True, "level": "INFO"}),
        ({"DEBUG": "true"}, {"json": False, "level": "INFO"}),
        ({"LOG_LEVEL": "", "LOG_JSON": ""}, {"json": True, "level": "INFO"}),  # blank: defaults
        ({"LOG_LEVEL": "WARNING", "LOG_JSON": "false"}, {"json": False, "level": "WARNING"}),
    ],
)
def test_django_and_gunicorn_log_the_same_way(monkeypatch, tmp_path, env, expected):
    import runpy

    from amtec.env import log_options

    monkeypatch.setenv("ENV_FILE", str(tmp_path / "absent.env"))  # no .env fills anything in
    for name in ("DEBUG", "LOG_LEVEL", "LOG_JSON"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert log_options() == expected
    gunicorn = runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))
    assert gunicorn["logconfig_dict"]["root"]["level"] == expected["level"]


def test_gunicorn_loads_the_zip_data_in_the_master_before_forking_workers():
    """Shared by every worker (bench/worker_memory.py measures what that saves)."""
    import runpy

    from jobs import geo

    conf = runpy.run_path(str(Path(__file__).resolve().parents[2] / "gunicorn.conf.py"))
    assert "post_worker_init" not in conf  # not once more in each worker
    geo.zip_point.cache_clear()
    conf["on_starting"](None)
    assert geo.zip_point.cache_info().currsize == 1
