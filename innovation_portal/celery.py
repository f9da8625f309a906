"""The portal's task queue: Celery with Redis as the broker (CELERY_BROKER_URL).

Long work — emails after a decision, bulk certificates, big exports, reminders — runs as tasks on Celery
workers (`celery -A innovation_portal worker`, and `celery -A innovation_portal beat` for the reminders).
With no broker configured (a fresh machine, `make run`, the tests) every task runs in-process at once, so
the portal still needs nothing but python3.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innovation_portal.settings")

app = Celery("innovation_portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Tasks live in each app's `tasks` module, and the emails, which are tasks, in its `emails` module.
app.autodiscover_tasks()
app.autodiscover_tasks(related_name="emails")
