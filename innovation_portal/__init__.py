"""The Innovation Portal's project package: settings, root URLs, the home page and the task queue."""

from innovation_portal.celery import app as celery_app

__all__ = ["celery_app"]
