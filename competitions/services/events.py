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


def record_download(obj: models.Model, *, by: User, filename: str, selected: int | None = None) -> Event:
    """A file of bulk data taken out of the portal (a spreadsheet, every piagam as one ZIP, a berita
    acara): who took which file, when, and how many rows they chose when they chose them. `obj` is the
    edition the file belongs to, or the account that downloaded it when the file spans editions."""
    if selected is None:
        return record_event(obj, by=by, action="downloaded", new=filename)
    return record_event(obj, by=by, action="selection_downloaded", old=str(selected), new=filename)
