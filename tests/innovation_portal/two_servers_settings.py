"""The production settings for the gunicorn servers the two-server test starts, with the one change every test
makes (tests/conftest.py): templates resolve static files without collectstatic's hashed manifest."""

from innovation_portal.settings import *  # noqa: F403
from innovation_portal.settings import STORAGES

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
