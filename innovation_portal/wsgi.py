"""WSGI entry point (gunicorn innovation_portal.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innovation_portal.settings")

application = get_wsgi_application()
