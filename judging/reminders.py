"""Judges with sheets still to submit hear, 7 days and 1 day before the stage closes, how many are left
(each reminder once per stage and threshold, see `competitions.reminders`)."""

import datetime
from collections import Counter

from django.db.models import Exists, OuterRef
from django.utils import timezone

from competitions.background import after_commit
from competitions.models import Stage
from competitions.reminders import claim, due_threshold
from judging import emails
from judging.eligibility import counted_sheets, expected_assignments


def remind_judges(*, now: datetime.datetime | None = None) -> int:
    """Queue a reminder for every judge with missing sheets in a running scored stage that closes soon."""
    now = now or timezone.now()
    sent = 0
    stages = Stage.objects.filter(status=Stage.Status.ACTIVE, kind=Stage.Kind.SCORED, closes_at__gt=now)
    for stage in stages:
        threshold = due_threshold(stage.closes_at, now)
        if not threshold:
            continue
        counted = counted_sheets(stage).filter(judge=OuterRef("judge"), submission=OuterRef("submission"))
        missing = Counter(
            expected_assignments(stage).exclude(Exists(counted)).values_list("judge_id", flat=True)
        )
        for judge_id, count in missing.items():
            if claim(kind="sheets", key=f"{stage.pk}:{judge_id}", threshold=threshold, now=now):
                after_commit(emails.send_sheets_reminder, judge_id, stage.pk, count)
                sent += 1
    return sent
