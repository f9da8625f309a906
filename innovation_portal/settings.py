"""Settings for the Innovation Portal, read from the environment in this one module.

Development needs nothing: SQLite in the project folder, email on the console. Production sets at
least DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and DATABASE_URL; README.md lists every variable.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()

# A key that Django's own deploy check rejects (it starts with "django-insecure-"), so a production
# server that forgot DJANGO_SECRET_KEY is caught by `manage.py check --deploy`.
DEVELOPMENT_SECRET_KEY = "django-insecure-development-only-never-use-in-production"  # noqa: S105

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=DEVELOPMENT_SECRET_KEY)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
SITE_NAME = env.str("PORTAL_SITE_NAME", default="Portal Inovasi")
# The portal's public address, for links in emails (which are sent outside any request).
PORTAL_BASE_URL = env.str("PORTAL_BASE_URL", default="http://127.0.0.1:8000").rstrip("/")
# The largest upload, in MB, where no edition sets its own limit (innovation photos in the catalogue).
PORTAL_MAX_UPLOAD_MB = env.int("PORTAL_MAX_UPLOAD_MB", default=10)
# Uploads are rewritten (PDFs cleaned, pictures re-encoded) in a short-lived child process, so what the
# native libraries allocate for a file goes when the child exits, and a crash on a hostile file ends there
# (README, "Uploads"). The child gets this many seconds before the file is refused as not checkable.
PORTAL_CHECK_UPLOADS_APART = env.bool("PORTAL_CHECK_UPLOADS_APART", default=True)
PORTAL_UPLOAD_CHECK_SECONDS = env.int("PORTAL_UPLOAD_CHECK_SECONDS", default=60)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "axes",
    # Two-factor sign-in: django-otp's devices (authenticator app, recovery codes) and
    # django-two-factor-auth's set-up wizard and QR code; it must come before its plugins.
    "two_factor",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "formtools",
    "competitions",
    "submissions",
    "judging",
    "innovation_portal",
]
# The demo city (`python manage.py seed_demo`, run by `make run`). Production may leave it out.
PORTAL_DEMO = env.bool("PORTAL_DEMO", default=True)
if PORTAL_DEMO:
    INSTALLED_APPS.append("demo")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "innovation_portal.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "innovation_portal.sign_in.middleware.SecondFactorMiddleware",
    "innovation_portal.sign_in.middleware.SignedInBrowserMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "innovation_portal.middleware.PermissionsPolicyMiddleware",
    # Last, as django-axes asks: it turns a lockout raised by the auth backend into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "innovation_portal.urls"
WSGI_APPLICATION = "innovation_portal.wsgi.application"
ASGI_APPLICATION = "innovation_portal.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "innovation_portal.context_processors.portal",
            ],
        },
    },
]

# Database: SQLite in the project folder unless DATABASE_URL names another (postgres://… in production).
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE transactions take the write lock up front, so two writers wait instead of failing
    # with "database is locked" half-way through a transaction.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory by default; CACHE_URL (e.g. redis://127.0.0.1:6379/1) when several app servers run.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

# Sessions live in the database so any app server can serve any request. With a shared cache (CACHE_URL,
# Redis) they are read through it, which saves a query on every signed-in page; the local-memory cache is
# not shared between processes, so without CACHE_URL every read goes to the database.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if env.str("CACHE_URL", default="")
    else "django.contrib.sessions.backends.db"
)
SESSION_COOKIE_AGE = env.int("DJANGO_SESSION_COOKIE_AGE", default=60 * 60 * 12)

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out username+IP before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Two-factor sign-in (README, "Signing in"): required for staff accounts, offered to judges.
OTP_TOTP_ISSUER = SITE_NAME
# Nobody, not even a superuser, reads another account's authenticator key or its QR code in the admin.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# The admin's own sign-in page sends people to the portal's, which asks for the second factor.
TWO_FACTOR_PATCH_ADMIN = True
# Typed form data kept across an expired session is only kept for a browser that signed in before,
# and only this much of it (bytes of the form as JSON).
PENDING_FORM_MAX_BYTES = 64 * 1024

# Optional sign-in through the city's OpenID Connect provider: on only when a client id is set.
OIDC_RP_CLIENT_ID = env.str("OIDC_RP_CLIENT_ID", default="")
OIDC_ENABLED = bool(OIDC_RP_CLIENT_ID)
OIDC_RP_CLIENT_SECRET = env.str("OIDC_RP_CLIENT_SECRET", default="")
OIDC_OP_AUTHORIZATION_ENDPOINT = env.str("OIDC_OP_AUTHORIZATION_ENDPOINT", default="")
OIDC_OP_TOKEN_ENDPOINT = env.str("OIDC_OP_TOKEN_ENDPOINT", default="")
OIDC_OP_USER_ENDPOINT = env.str("OIDC_OP_USER_ENDPOINT", default="")
OIDC_OP_JWKS_ENDPOINT = env.str("OIDC_OP_JWKS_ENDPOINT", default="")
OIDC_RP_SIGN_ALGO = env.str("OIDC_RP_SIGN_ALGO", default="RS256")
OIDC_RP_SCOPES = env.str("OIDC_RP_SCOPES", default="openid email profile")
# Accounts are matched, never created (mozilla-django-oidc's own switch, and our backend refuses too).
OIDC_CREATE_USER = False
# Which account an identity maps to: "email" or "username" (the claim named by OIDC_USERNAME_CLAIM),
# and the claim that must be true for the provider to vouch for it.
OIDC_MATCH_BY = env.str("OIDC_MATCH_BY", default="email")
OIDC_USERNAME_CLAIM = env.str("OIDC_USERNAME_CLAIM", default="preferred_username")
OIDC_VERIFIED_CLAIM = env.str("OIDC_VERIFIED_CLAIM", default="email_verified")
LOGIN_REDIRECT_URL_FAILURE = "/accounts/login/"
if OIDC_ENABLED:
    AUTHENTICATION_BACKENDS.append("innovation_portal.sign_in.oidc.ExistingAccountOIDCBackend")

# Sign-in throttling (OWASP ASVS 2.2.1): lock a username+IP pair after repeated failures, an address
# trying many usernames, and a username tried from many addresses. Each has its own limit: a city hall
# signs in from one address, so the address limit is higher (innovation_portal/sign_in/throttling.py).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address", "username"]
SIGN_IN_FAILURE_LIMITS = {
    "username+ip_address": AXES_FAILURE_LIMIT,
    "ip_address": env.int("AXES_ADDRESS_FAILURE_LIMIT", default=30),
    "username": env.int("AXES_USERNAME_FAILURE_LIMIT", default=10),
}
AXES_HANDLER = "innovation_portal.sign_in.throttling.PerParameterLimitHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "innovation_portal.views.sign_in_locked"
# Behind a reverse proxy, the number of proxies in front of the app decides which X-Forwarded-For
# entry is the client; without it, REMOTE_ADDR is the client.
AXES_IPWARE_PROXY_COUNT = env.int("DJANGO_PROXY_COUNT", default=None)
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)

# Language and time: Bahasa Indonesia, Western Indonesia Time.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

# Static files: vendored assets under static/, served by WhiteNoise with hashed, compressed names.
STATIC_URL = "static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads: never under STATIC_ROOT and never served directly; downloads go through permission-checked views.
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "/media/"
# An upload larger than this is streamed to a temporary file as it arrives, and checked from there: a
# worker's memory does not grow with the size of what is sent (10 MB of evidence costs no 10 MB of RAM).
FILE_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Email: the console in development; SMTP (EMAIL_URL, e.g. smtp+tls://user:pass@host:587) in production.
_email = env.email_url("EMAIL_URL", default="consolemail://")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST", "localhost")
EMAIL_PORT = _email.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="Portal Inovasi <noreply@localhost>")

# Task queue (innovation_portal/celery.py): Redis as the broker when CELERY_BROKER_URL is set (e.g.
# redis://127.0.0.1:6379/0); without one, tasks run in-process, at once, so a fresh machine needs no broker.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True  # a task a worker dies on is run again by another worker
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True  # progress of long work is kept in the portal's own job records
CELERY_TIMEZONE = "Asia/Jakarta"
CELERY_BEAT_SCHEDULE = {
    "reminders": {"task": "judging.tasks.send_reminders", "schedule": 60 * 60},  # hourly; each sent once
}
SERVER_EMAIL = DEFAULT_FROM_EMAIL

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Security. Production runs behind a TLS-terminating reverse proxy; these default to the safe choice
# whenever DEBUG is off and can be relaxed by environment for an unusual setup.
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env.bool("DJANGO_BEHIND_TLS_PROXY", default=False) else None
)
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0 if DEBUG else 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy: no inline script or style anywhere, every asset from this server.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# Permissions-Policy: the portal uses none of the browser's powerful features. Field-visit photos are
# chosen with a plain file input, which a phone answers with its own camera app without the page ever
# holding the camera, so the camera is denied too.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
} | {"fullscreen": ["self"]}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": env.str("DJANGO_LOG_LEVEL", default="INFO"),
    },
    # Libraries that announce themselves at INFO (pikepdf on import); their warnings and errors still show.
    "loggers": {"axes": {"level": "WARNING"}, "pikepdf": {"level": "WARNING"}},
}
