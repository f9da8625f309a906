"""Operators with an unfinished draft hear, 7 days and 1 day before registration closes, that it is still a
draft (each reminder once, see `competitions.reminders`)."""

import datetime

from django.utils import timezone

from competitions.background import after_commit
from competitions.models import Competition
from competitions.reminders import claim, due_threshold
from submissions import emails
from submissions.models import Submission


def remind_unfinished_drafts(*, now: datetime.datetime | None = None) -> int:
    """Queue a reminder for every draft of an open edition whose registration closes soon; how many."""
    now = now or timezone.now()
    drafts = Submission.objects.filter(
        status=Submission.Status.DRAFT,
        competition__status=Competition.Status.OPEN,
        competition__registration_closes_at__gt=now,
    ).select_related("competition")
    sent = 0
    for draft in drafts:
        threshold = due_threshold(draft.competition.registration_closes_at, now)
        if threshold and claim(kind="draft", key=str(draft.pk), threshold=threshold, now=now):
            after_commit(emails.send_draft_reminder, draft.pk)
            sent += 1
    return sent
