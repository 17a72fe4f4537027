"""Settings for Amtec's careers site.

Settings read the environment here (through amtec/env.py, which gunicorn.conf.py shares); every
variable is documented in `.env.example`.
DEBUG is off unless asked for, and a non-debug configuration refuses to start without a real secret
key and allowed hosts.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from amtec.env import (
    BASE_DIR,
    env_bool,
    env_int,
    env_list,
    env_str,
    forwarded_allow_ips,
    load_env_file,
    log_options,
)
from core.logging import logging_config

load_env_file()

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if DEBUG:
    SECRET_KEY = SECRET_KEY or "django-insecure-development-only-key-never-use-in-production"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["localhost", "127.0.0.1", "[::1]"]
else:
    if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure") or len(set(SECRET_KEY)) < 5:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set to a long random value when DEBUG is off. Generate one with: "
            'python -c "from django.core.management.utils import get_random_secret_key as k; '
            'print(k())"'
        )
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured(
            "ALLOWED_HOSTS must list the site's host names (comma-separated) when DEBUG is off."
        )
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The public address, for links in emails (pages use the address each request came to).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "phonenumber_field",
    "django_tasks_db",
    "axes",
    "core",
    # django-otp before staff, whose admin module takes their device admins away (no one may
    # read another person's secret or recovery codes there).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "staff",
    "amtec",
    "blog",
    "jobs",
    "candidates",
    "alerts",
]

MIDDLEWARE = [
    "core.middleware.RequestIdMiddleware",
    "amtec.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "core.middleware.CrossOriginResourcePolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETags, so feed readers and crawlers re-fetching an unchanged page get a 304.
    "django.middleware.http.ConditionalGetMiddleware",
    # Cache-Control for browsers and shared caches, after the session, CSRF and auth middleware
    # have had their say (it sees their cookies and the signed-in user) and before the ETag.
    "core.http_cache.CacheHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor sign-in: whether the session passed the second step, and admin pages wait for it.
    "django_otp.middleware.OTPMiddleware",
    "staff.middleware.MFARequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "staff.middleware.StaffSessionMiddleware",
    # Last: it answers a locked-out sign-in (staff.lockout).
    "axes.middleware.AxesMiddleware",
]

# Two-factor sign-in for staff (staff/mfa.py; README, "Deploying"): after the password, every admin
# page waits for a code from an authenticator app. Required unless DEBUG (`make run` signs in with a
# password alone); STAFF_MFA_REQUIRED says otherwise.
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", not DEBUG)
OTP_TOTP_ISSUER = "Amtec careers"

ROOT_URLCONF = "amtec.urls"
WSGI_APPLICATION = "amtec.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "amtec.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    _db_options = DATABASES["default"].setdefault("OPTIONS", {})
    # An unreachable database must fail fast (a branded 503), never hang a worker.
    _db_options.setdefault("connect_timeout", env_int("DB_CONNECT_TIMEOUT", 3))
    # A database host that vanishes mid-connection (network partition, machine lost) is noticed
    # within seconds instead of the kernel's minutes: unacknowledged data and silent peers time out.
    _db_options.setdefault("keepalives", 1)
    _db_options.setdefault("keepalives_idle", 10)
    _db_options.setdefault("keepalives_interval", 5)
    _db_options.setdefault("keepalives_count", 3)
    _db_options.setdefault("tcp_user_timeout", env_int("DB_TCP_USER_TIMEOUT_MS", 10_000))
    if env_bool("DB_POOL", False):
        # psycopg's pool, per process: for threaded workers. Sync workers keep one persistent
        # connection each (DB_CONN_MAX_AGE), which is as good and needs no pool.
        _db_options["pool"] = {
            "min_size": env_int("DB_POOL_MIN_SIZE", 1),
            "max_size": env_int("DB_POOL_MAX_SIZE", 8),
            "timeout": env_int("DB_POOL_TIMEOUT", 5),
        }
        DATABASES["default"]["CONN_MAX_AGE"] = 0
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server, the task worker and the job alert sender share the file. A transaction that
    # reads, then writes, fails at once ("database is locked") if another process wrote meanwhile;
    # IMMEDIATE takes the write lock when the transaction starts, and waits for it if need be.
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("TIME_ZONE", "America/New_York")
USE_I18N = True
USE_TZ = True
# Phone numbers typed without a country code are American; they are stored E.164 (+19375550142).
PHONENUMBER_DEFAULT_REGION = "US"
PHONENUMBER_DB_FORMAT = "E164"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")
# Resumes are personal data: their own store, outside MEDIA_ROOT and never served by URL.
RESUME_ROOT = Path(env_str("RESUME_ROOT") or BASE_DIR / "private" / "resumes")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "resumes": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {
            "location": RESUME_ROOT,
            "base_url": None,
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Several app servers share files through an S3-compatible object store (AWS S3, MinIO, R2...):
# article images in a public bucket, resumes in a private one. Credentials come from the usual
# AWS sources (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, or the machine's role).
S3_MEDIA_BUCKET = env_str("S3_MEDIA_BUCKET")
S3_RESUME_BUCKET = env_str("S3_RESUME_BUCKET")
S3_ENDPOINT_URL = env_str("S3_ENDPOINT_URL")  # an S3-compatible server; empty for AWS
S3_MEDIA_DOMAIN = env_str("S3_MEDIA_DOMAIN")  # a CDN in front of the media bucket, if any
if S3_MEDIA_BUCKET or S3_RESUME_BUCKET:
    if not (S3_MEDIA_BUCKET and S3_RESUME_BUCKET):
        raise ImproperlyConfigured("Set both S3_MEDIA_BUCKET and S3_RESUME_BUCKET, or neither.")
    if S3_MEDIA_BUCKET == S3_RESUME_BUCKET:
        raise ImproperlyConfigured("Resumes need a private bucket of their own.")
    from botocore.config import Config

    # Path-style addresses work with every S3-compatible server; AWS accepts them too.
    _addressing = "path" if S3_ENDPOINT_URL else None
    _s3 = {
        "endpoint_url": S3_ENDPOINT_URL or None,
        "region_name": env_str("S3_REGION") or None,
        "addressing_style": _addressing,
        "file_overwrite": False,
        # A store that hangs must not hold a web worker past gunicorn's timeout: the candidate
        # gets "please try again" in seconds (botocore's defaults: 60 s, 5 attempts).
        "client_config": Config(
            connect_timeout=env_int("S3_CONNECT_TIMEOUT", 3),
            read_timeout=env_int("S3_READ_TIMEOUT", 5),
            retries={"mode": "standard", "max_attempts": 2},
            s3={"addressing_style": _addressing},
        ),
    }
    STORAGES["default"] = {
        "BACKEND": "core.storages.PublicMediaStorage",
        "OPTIONS": {
            **_s3,
            "bucket_name": S3_MEDIA_BUCKET,
            "custom_domain": S3_MEDIA_DOMAIN or None,
            "immutable_prefixes": ("blog/renditions/",),  # blog.images.RENDITIONS_DIR
        },
    }
    STORAGES["resumes"] = {
        "BACKEND": "core.storages.PrivateResumeStorage",
        "OPTIONS": {**_s3, "bucket_name": S3_RESUME_BUCKET},
    }
# Job search: a search whose keywords and place match more open jobs than this shows "5,000+"
# and its filters without counts, reading at most this many matches for them (jobs/search.py):
# exact counts cost a pass over every match, 40 ms for a 30,000-match word at 100,000 jobs.
JOB_SEARCH_COUNT_LIMIT = env_int("JOB_SEARCH_COUNT_LIMIT", 5_000)

# Article images: uploads larger than this, or with more pixels, are refused.
BLOG_IMAGE_MAX_BYTES = env_int("BLOG_IMAGE_MAX_BYTES", 10 * 1024 * 1024)
BLOG_IMAGE_MAX_PIXELS = 40_000_000

# Resume uploads: the largest accepted file, and how often one address or email may submit.
RESUME_MAX_BYTES = env_int("RESUME_MAX_BYTES", 5 * 1024 * 1024)
# Only accepted submissions count towards SUBMISSION_RATE_LIMIT. Tries that store nothing for a
# candidate (a form sent back with a mistake, a file read at the first step) have a separate,
# more generous limit, so a slip or a shared kiosk's address does not lock people out.
SUBMISSION_RATE_LIMIT = (env_int("SUBMISSION_RATE_LIMIT", 5), 10 * 60)  # (count, seconds)
SUBMISSION_ATTEMPT_RATE_LIMIT = (env_int("SUBMISSION_ATTEMPT_RATE_LIMIT", 30), 10 * 60)
# Confirmation emails (resume received, job alert sign-up) one mailbox may get in a day, whoever
# typed its address: past it, the submission is kept but no email goes (core.ratelimit.may_email).
CONFIRMATION_EMAILS_PER_DAY = env_int("CONFIRMATION_EMAILS_PER_DAY", 10)
# Job alert sign-ups allowed per address and per email in an hour.
ALERT_SIGNUP_RATE_LIMIT = (env_int("ALERT_SIGNUP_RATE_LIMIT", 5), 60 * 60)  # (count, seconds)
# General resume submissions notify this address; applications notify the job's recruiter.
STAFF_NOTIFICATION_EMAIL = env_str("STAFF_NOTIFICATION_EMAIL", "recruiting@amtec.example")
# A small body limit for ordinary forms; file fields stream to disk and are checked separately.
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024

# Background work (emails, resume text extraction). The worker: `manage.py worker`.
TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
# A `manage.py worker` silent (no heartbeat; it beats every 30 s) for longer than this (seconds) is
# taken for dead and its task run again (manage.py worker, recover_tasks).
TASK_HEARTBEAT_TIMEOUT = env_int("TASK_HEARTBEAT_TIMEOUT", 120)
# Tasks of workers without heartbeats (a plain db_worker) are run again when RUNNING longer than
# this (seconds). Keep it longer than any task takes.
TASK_STALE_AFTER = env_int("TASK_STALE_AFTER", 15 * 60)

# The cache holds rate limits and whole public pages, so every process must share it: Redis when
# REDIS_URL is set (several app servers), else files on this machine (several workers, one machine);
# the single development server keeps it in memory.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "amtec",
            # A Redis that hangs fails fast (a 503 page) instead of holding every worker.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
elif DEBUG:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                          "LOCATION": env_str("CACHE_DIR") or BASE_DIR / ".cache"}}  # fmt: skip
# Anonymous visitors get public pages from the cache; any content change invalidates them at once.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60)

# HTTP caching for browsers, CDNs and the front cache (core/http_cache.py, core/front_cache.py,
# deploy/nginx.conf; README, "Deploying"). Public pages for anonymous visitors say how long anyone
# may keep them, per page type, in seconds. Why these durations:
# - max_age (browsers): nothing can purge a browser, so an hour at most, a minute where content
#   moves (a filled job answers 410 in a visitor's tab within a minute of being filled).
# - s_maxage (shared caches): every change purges the pages it affects within seconds, so this is
#   only the safety net for a lost purge and for what a purge cannot name (nginx cannot purge
#   every query string of /jobs/): two minutes for listings, ten for a job, an hour for an article.
#   A job page's s-maxage and max-age never run past the job's own closing time.
# - stale_while_revalidate: a busy page is refreshed in the background, never while a visitor
#   waits; stale_if_error: a day of the last good pages while the app is down.
# - tags: what a purge names (Cache-Tag / Surrogate-Key); every page also has "site".


def _page(max_age: int, s_maxage: int, *tags: str, swr: int = 60, sie: int = 24 * 60 * 60):
    return {"max_age": max_age, "s_maxage": s_maxage, "swr": swr, "sie": sie, "tags": list(tags)}


HTTP_CACHE_PAGES = {
    "home": _page(60, 120, "jobs", "articles"),
    "jobs": _page(60, 120, "jobs"),  # /jobs/ with every query string
    "job": _page(60, 600),  # tagged job-<id>; never fresh past the job's closing time
    "job-feed": _page(900, 300, "jobs"),  # feed readers poll; the quarter hour they always had
    "syndication": _page(900, 300, "jobs"),  # the job boards' feeds (25 MB at 100,000 jobs)
    "articles": _page(300, 600, "articles"),  # /blog/ and its categories
    "article": _page(300, 3600),  # tagged article-<id>
    "article-feed": _page(900, 600, "articles"),
    "sitemap": _page(3600, 600, "jobs", "articles"),  # crawlers come back in hours, not minutes
    "page": _page(3600, 3600),  # fixed pages (privacy)
    # A 404 or 410 no view marked: short, so a purge that re-fetches a deleted job's page finds it.
    "error": _page(60, 60, swr=0, sie=0),
}
# Where purges go when content changes (queued as tasks after commit, retried): none, nginx
# (deploy/nginx.conf's purge listener), varnish (xkey, or BAN: CACHE_PURGE_VARNISH_MODE=ban),
# fastly or cloudflare.
CACHE_PURGE_BACKEND = env_str("CACHE_PURGE_BACKEND", "none")
if CACHE_PURGE_BACKEND not in ("none", "nginx", "varnish", "fastly", "cloudflare"):
    raise ImproperlyConfigured(
        f"CACHE_PURGE_BACKEND={CACHE_PURGE_BACKEND!r}: use none, nginx, varnish, fastly or "
        "cloudflare."
    )
CACHE_PURGE = {
    "BACKEND": CACHE_PURGE_BACKEND,
    # nginx's purge listener or Varnish, e.g. http://127.0.0.1:6081
    "URL": env_str("CACHE_PURGE_URL").rstrip("/"),
    # The public host names whose pages are purged (nginx keys pages by host name, without a
    # port); SITE_URL's if empty.
    "HOSTS": env_list("CACHE_PURGE_HOSTS") or [urlsplit(SITE_URL).hostname or "localhost"],
    "SCHEME": urlsplit(SITE_URL).scheme or "https",
    "VARNISH_MODE": env_str("CACHE_PURGE_VARNISH_MODE", "xkey"),
    "FASTLY_SERVICE_ID": env_str("FASTLY_SERVICE_ID"),
    "FASTLY_API_TOKEN": env_str("FASTLY_API_TOKEN"),
    "CLOUDFLARE_ZONE_ID": env_str("CLOUDFLARE_ZONE_ID"),
    "CLOUDFLARE_API_TOKEN": env_str("CLOUDFLARE_API_TOKEN"),
    # Cloudflare purges by tag on Enterprise plans; others purge by URL (files).
    "CLOUDFLARE_BY": env_str("CLOUDFLARE_PURGE_BY", "tags"),
    # Seconds to wait for an answer; nginx's purge waits for the app to render the page afresh.
    "TIMEOUT": env_int("CACHE_PURGE_TIMEOUT", 30),
}
if CACHE_PURGE_BACKEND in ("nginx", "varnish") and not CACHE_PURGE["URL"]:
    raise ImproperlyConfigured(f"CACHE_PURGE_BACKEND={CACHE_PURGE_BACKEND} needs CACHE_PURGE_URL.")

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Email
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Amtec Careers <careers@amtec.example>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
_mail_backend = env_str(
    "EMAIL_BACKEND",
    "core.mail.ConsoleEmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
MAILERS = {
    "default": {
        "BACKEND": _mail_backend,
        "OPTIONS": {
            "host": env_str("EMAIL_HOST", "localhost"),
            "port": env_int("EMAIL_PORT", 25),
            "username": env_str("EMAIL_HOST_USER"),
            "password": env_str("EMAIL_HOST_PASSWORD"),
            "use_tls": env_bool("EMAIL_USE_TLS", False),
            "timeout": 10,
        }
        if _mail_backend.endswith(".smtp.EmailBackend")
        else {},
    }
}

# Security headers. Pages carry no inline script or style, so the policy can stay strict.
# Article images come from the media bucket (or its CDN domain) when files are in S3.
MEDIA_ORIGINS = env_list("MEDIA_ORIGINS")
if S3_MEDIA_BUCKET and not MEDIA_ORIGINS:
    if S3_MEDIA_DOMAIN:
        MEDIA_ORIGINS = [f"https://{S3_MEDIA_DOMAIN}"]
    elif S3_ENDPOINT_URL:
        _endpoint = urlsplit(S3_ENDPOINT_URL)
        MEDIA_ORIGINS = [f"{_endpoint.scheme}://{_endpoint.netloc}"]
    else:
        MEDIA_ORIGINS = [
            f"https://{S3_MEDIA_BUCKET}.s3.amazonaws.com",
            f"https://{S3_MEDIA_BUCKET}.s3.{env_str('S3_REGION') or 'us-east-1'}.amazonaws.com",
        ]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:", *MEDIA_ORIGINS],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
SESSION_COOKIE_HTTPONLY = True
# Staff sessions end after a working day without a request (staff.middleware).
STAFF_SESSION_IDLE = timedelta(hours=env_int("STAFF_SESSION_IDLE_HOURS", 9))
# Browser features no page of the site uses, off for every page and anything embedded in one.
PERMISSIONS_POLICY = {"camera": [], "microphone": [], "geolocation": [], "payment": []}
# Other sites may not embed our responses (core.middleware.CrossOriginResourcePolicyMiddleware).
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"

# Who viewed, downloaded, exported or deleted personal data is kept this long (staff app;
# `manage.py prune_access_log` daily).
PERSONAL_DATA_ACCESS_LOG_DAYS = env_int("PERSONAL_DATA_ACCESS_LOG_DAYS", 2 * 365)

# Staff sign-in. The admin's login is the site's; after it, the admin.
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "/admin/"
# Failed sign-ins lock out the account, and separately the address, for a while (django-axes,
# counted in the database so every app server sees them). Unlock early from the admin
# ("Access attempts": delete the row) or `manage.py axes_reset_username NAME`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("STAFF_SIGNIN_FAILURES", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("STAFF_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "staff.lockout.locked_out"
AXES_VERBOSE = False  # its log lines name the account and the address
# The proxies in front of the app servers (addresses or networks; gunicorn.conf.py reads the same
# variable). Only from these are X-Forwarded-Proto (HTTPS) and X-Forwarded-For (the visitor's
# address, for rate limits) believed; gunicorn turns the first into the request's scheme.
FORWARDED_ALLOW_IPS = forwarded_allow_ips()
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    # The header asks for preloading; the domain is listed only once submitted to
    # hstspreload.org. Turn it off for a domain whose subdomains cannot all do HTTPS.
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)

# What the site tells visitors about Amtec (footer, contact details, structured data).
AMTEC = {
    "NAME": "Amtec",
    "TAGLINE": (
        "Staffing for engineering, IT, manufacturing, warehouse, healthcare, office and sales"
    ),
    "EMAIL": env_str("CONTACT_EMAIL", "careers@amtec.example"),
    "PHONE": env_str("CONTACT_PHONE", "+1-555-010-2400"),
    "PHONE_DISPLAY": env_str("CONTACT_PHONE_DISPLAY", "(555) 010-2400"),
    "ADDRESS": env_str("CONTACT_ADDRESS", "100 Main Street, Suite 400, Dayton, OH 45402"),
}

# Job feeds for the boards (/jobs/syndication/indeed.xml and linkedin.xml): what LinkedIn asks of
# a partner's feed, its company page id and the email of the account that posts.
JOB_FEEDS = {
    "LINKEDIN_COMPANY_ID": env_str("LINKEDIN_COMPANY_ID", ""),
    "LINKEDIN_POSTER_EMAIL": env_str("LINKEDIN_POSTER_EMAIL", ""),
}

# JSON lines in production (one access line per request, with its id); personal data is masked.
LOGGING = logging_config(**log_options())
