"""Settings of `make bench`: the production settings, served over plain HTTP on 127.0.0.1, with the
baseline page mounted (README, "Benchmarks"). Nothing here is for a real deployment."""

from innovation_portal.settings import *  # noqa: F403
from innovation_portal.settings import BASE_DIR, TEMPLATES

ROOT_URLCONF = "benchmarks.urls"
TEMPLATES = [{**TEMPLATES[0], "DIRS": [*TEMPLATES[0]["DIRS"], BASE_DIR / "benchmarks" / "templates"]}]
# The load generator speaks plain HTTP to the app server, as a TLS-terminating proxy would.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
