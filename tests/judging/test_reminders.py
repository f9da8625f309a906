"""Reminders before a deadline: each goes once per threshold (7 days, 1 day), only to who still has work."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from competitions.models import Reminder
from judging import services
from judging.reminders import remind_judges
from submissions.reminders import remind_unfinished_drafts
from tests import factories

pytestmark = pytest.mark.django_db


def test_an_unfinished_draft_is_reminded_a_week_and_a_day_before_registration_closes(
    django_capture_on_commit_callbacks,
):
    closes = timezone.now() + timedelta(days=20)
    competition = factories.CompetitionFactory(registration_closes_at=closes)
    category = factories.CategoryFactory(competition=competition)
    operator = factories.make_operator(email="operator@unit.go.id")
    unit = operator.memberships.get().unit
    draft = factories.SubmissionFactory(category=category, innovation=factories.InnovationFactory(unit=unit))
    factories.SubmissionFactory(category=category, status="submitted")  # nothing to remind
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_unfinished_drafts(now=closes - timedelta(days=10)) == 0  # too early
        assert remind_unfinished_drafts(now=closes - timedelta(days=6)) == 1
        assert remind_unfinished_drafts(now=closes - timedelta(days=5)) == 0  # already reminded this week
        assert remind_unfinished_drafts(now=closes - timedelta(hours=20)) == 1
        assert remind_unfinished_drafts(now=closes + timedelta(hours=1)) == 0  # closed
    assert [message.to for message in mail.outbox] == [["operator@unit.go.id"]] * 2
    assert draft.innovation.title in mail.outbox[0].subject and "masih draf" in mail.outbox[0].body
    assert set(Reminder.objects.values_list("threshold", flat=True)) == {"7d", "1d"}


def test_a_judge_with_missing_sheets_is_reminded_before_the_stage_closes(
    scored_round, secretariat, django_capture_on_commit_callbacks
):
    stage = scored_round["stage"]
    judge = scored_round["judges"][0]
    for entry in scored_round["entries"][:2]:
        services.assign_judge(stage=stage, submission=entry, judge=judge, by=secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        assert remind_judges(now=stage.closes_at - timedelta(days=3)) == 1
        assert remind_judges(now=stage.closes_at - timedelta(days=2)) == 0
    (reminder,) = [message for message in mail.outbox if judge.email in message.to]
    assert "2 lembar nilai" in reminder.body


def test_the_command_sends_what_is_due_once(scored_round, secretariat, django_capture_on_commit_callbacks):
    stage = scored_round["stage"]
    stage.closes_at = timezone.now() + timedelta(hours=10)
    stage.save()
    services.assign_judge(
        stage=stage, submission=scored_round["entries"][0], judge=scored_round["judges"][0], by=secretariat
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_reminders")
        call_command("send_reminders")
    assert Reminder.objects.filter(kind="sheets").count() == 1
