"""The event log, written by every service that changes state."""

import datetime

from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.db import models

from competitions.models import Event


def record_event(
    obj: models.Model,
    *,
    by: User | None,
    action: str,
    old: str = "",
    new: str = "",
    note: str = "",
    at: datetime.datetime | None = None,
) -> Event:
    """Write one line of the event log. Every service that changes state calls this; `at` is when the
    change happened, for a service that was given a clock (`now=`)."""
    return Event.objects.create(
        **({"created_at": at} if at else {}),
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        actor=by,
        action=action,
        old_value=str(old)[:200],
        new_value=str(new)[:200],
        note=note,
    )
