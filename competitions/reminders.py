"""Reminders are sent once per threshold: the record of which were sent, shared by every kind."""

import datetime

from django.db import IntegrityError, transaction

from competitions.models import Reminder

# Before a deadline, a reminder goes out when this much time is left, once for each threshold.
THRESHOLDS = [("7d", datetime.timedelta(days=7)), ("1d", datetime.timedelta(days=1))]


def due_threshold(deadline: datetime.datetime, now: datetime.datetime) -> str | None:
    """The nearest threshold the deadline has come within (None when it is further away or has passed)."""
    if deadline <= now:
        return None
    left = deadline - now
    within = [name for name, span in THRESHOLDS if left <= span]
    return within[-1] if within else None


def claim(*, kind: str, key: str, threshold: str, now: datetime.datetime) -> bool:
    """Record that this reminder is being sent; False when it already was (by this or another worker)."""
    try:
        with transaction.atomic():
            Reminder.objects.create(kind=kind, key=key, threshold=threshold, sent_at=now)
    except IntegrityError:
        return False
    return True
