"""Test settings: the real settings with test-only secrets and faster, isolated parts."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-" + "x7Qm2pL9vR4tW8yZ1bN5cF3hJ6kD0sA" * 2)
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DEBUG", "false")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SESSION_COOKIE_SECURE", "false")
os.environ.setdefault("CSRF_COOKIE_SECURE", "false")
# Staff sign in with force_login in most tests; tests/staff and tests/browser/test_mfa.py turn
# two-factor sign-in on (the `settings` fixture) and go through it.
os.environ.setdefault("STAFF_MFA_REQUIRED", "false")

from .settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The manifest needs collectstatic first; tests/amtec/test_static.py checks that it builds.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
SECURE_HSTS_SECONDS = 0
# Serve static files from the app folders without a collectstatic run.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Background tasks run at once, inside the test (on commit, like production's queue).
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
