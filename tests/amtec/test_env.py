"""Reading the environment: a mistyped value stops the site at start-up, saying what is allowed."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from amtec.env import env_bool, env_int
from tests.amtec.test_settings import start_django


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", True), ("true", True), ("True", True), (" yes ", True), ("ON", True),
        ("0", False), ("false", False), ("FALSE", False), ("no", False), (" off", False),
    ],
)  # fmt: skip
def test_booleans_in_any_of_the_usual_spellings(monkeypatch, value, expected):
    monkeypatch.setenv("SOME_FLAG", value)
    assert env_bool("SOME_FLAG", not expected) is expected


@pytest.mark.parametrize("value", [None, "", "   "])
def test_an_unset_or_blank_boolean_takes_the_default(monkeypatch, value):
    if value is None:
        monkeypatch.delenv("SOME_FLAG", raising=False)
    else:
        monkeypatch.setenv("SOME_FLAG", value)
    assert env_bool("SOME_FLAG", True) is True
    assert env_bool("SOME_FLAG", False) is False


@pytest.mark.parametrize("value", ["ture", "yes please", "2", "enabled", "t", "nope"])
def test_a_mistyped_boolean_names_the_variable_and_what_is_allowed(monkeypatch, value):
    monkeypatch.setenv("SECURE_SSL_REDIRECT", value)
    with pytest.raises(ImproperlyConfigured) as error:
        env_bool("SECURE_SSL_REDIRECT", True)
    message = str(error.value)
    assert "SECURE_SSL_REDIRECT" in message
    assert repr(value.strip()) in message
    assert "true or false" in message


@pytest.mark.parametrize(
    ("value", "expected"), [("10", 10), (" 60 ", 60), ("0", 0), ("-1", -1), ("10_000", 10_000)]
)
def test_integers(monkeypatch, value, expected):
    monkeypatch.setenv("SOME_NUMBER", value)
    assert env_int("SOME_NUMBER", 5) == expected


@pytest.mark.parametrize("value", [None, "", "  "])
def test_an_unset_or_blank_integer_takes_the_default(monkeypatch, value):
    if value is None:
        monkeypatch.delenv("SOME_NUMBER", raising=False)
    else:
        monkeypatch.setenv("SOME_NUMBER", value)
    assert env_int("SOME_NUMBER", 5) == 5


@pytest.mark.parametrize("value", ["10O", "1e3", "5.5", "ten", "²", "١٠", "5 MB", "0x10"])
def test_a_mistyped_integer_names_the_variable_and_what_is_allowed(monkeypatch, value):
    monkeypatch.setenv("RESUME_MAX_BYTES", value)
    with pytest.raises(ImproperlyConfigured) as error:
        env_int("RESUME_MAX_BYTES", 5)
    message = str(error.value)
    assert "RESUME_MAX_BYTES" in message
    assert repr(value) in message
    assert "whole number" in message


def test_the_site_refuses_to_start_with_a_mistyped_setting(tmp_path):
    result = start_django(tmp_path, DEBUG="ture")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DEBUG must be true or false" in result.stderr

    result = start_django(tmp_path, DEBUG="true", PAGE_CACHE_SECONDS="6O")
    assert result.returncode != 0
    assert "PAGE_CACHE_SECONDS must be a whole number" in result.stderr
