"""Work that runs after a request, on the task queue (innovation_portal/celery.py).

`email_task` makes a function that sends email into a task that is retried with a growing delay when the
mail server fails, so a decision is never lost to a mail outage and its email still goes out later.
`after_commit` queues a task once the current transaction has committed: nothing is sent about a change
that was rolled back, and a queue that cannot be reached is logged without undoing the change.
"""

import smtplib

from celery import shared_task
from django.db import transaction

# What a mail server or a network failure raises: worth another try later.
EMAIL_FAILURES = (smtplib.SMTPException, ConnectionError, TimeoutError, OSError)


def email_task(function):
    return shared_task(
        autoretry_for=EMAIL_FAILURES,
        retry_backoff=60,
        retry_backoff_max=3600,
        retry_jitter=True,
        max_retries=8,
    )(function)


def after_commit(task, *args) -> None:
    transaction.on_commit(lambda: task.delay(*args), robust=True)
