"""Emails of the judging rounds, sent after commit by the services."""

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from competitions.background import email_task
from competitions.models import Stage
from competitions.permissions import SECRETARIAT_GROUP
from judging.models import Conflict, ScoreSheet, StageResult
from submissions.emails import unit_operator_emails

ASSIGNED_SUBJECT = gettext_noop("New entries to judge: %(stage)s")
REOPENED_SUBJECT = gettext_noop("A score sheet was reopened: %(title)s")
OUTCOME_SUBJECT = gettext_noop("%(stage)s result: %(title)s")
CONFLICT_SUBJECT = gettext_noop("Conflict of interest declared: %(title)s")
SHEETS_REMINDER_SUBJECT = gettext_noop("Score sheets still to submit: %(stage)s")


def _send(*, subject: str, subject_args: dict, template: str, context: dict, recipients: list[str]) -> None:
    """Render and send in the portal's language; `subject` is an untranslated (noop-marked) string."""
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {**context, "portal_name": settings.SITE_NAME, "base_url": settings.PORTAL_BASE_URL}
        send_mail(
            subject=f"[{settings.SITE_NAME}] " + _(subject) % subject_args,
            message=render_to_string(template, context),
            from_email=None,
            recipient_list=recipients,
        )


@email_task
def send_assignment_notice(judge_id: int, stage_id: int, count: int) -> None:
    judge = User.objects.get(pk=judge_id)
    stage = Stage.objects.select_related("competition").get(pk=stage_id)
    _send(
        subject=ASSIGNED_SUBJECT,
        subject_args={"stage": stage.name},
        template="judging/email/assigned.txt",
        context={"judge": judge, "stage": stage, "count": count, "url": reverse("judging:dashboard")},
        recipients=[judge.email] if judge.email else [],
    )


@email_task
def send_reopen_notice(sheet_id: int) -> None:
    sheet = ScoreSheet.objects.select_related("judge", "stage", "submission__innovation").get(pk=sheet_id)
    _send(
        subject=REOPENED_SUBJECT,
        subject_args={"title": sheet.submission.innovation.title},
        template="judging/email/reopened.txt",
        context={
            "sheet": sheet,
            "url": reverse("judging:score", kwargs={"stage": sheet.stage_id, "pk": sheet.submission_id}),
        },
        recipients=[sheet.judge.email] if sheet.judge.email else [],
    )


@email_task
def send_stage_outcome(result_id: int) -> None:
    result = StageResult.objects.select_related("stage", "submission__innovation", "submission__unit").get(
        pk=result_id
    )
    _send(
        subject=OUTCOME_SUBJECT,
        subject_args={"stage": result.stage.name, "title": result.submission.innovation.title},
        template="judging/email/stage_outcome.txt",
        context={"result": result, "url": result.submission.get_absolute_url()},
        recipients=unit_operator_emails(result.submission),
    )


@email_task
def send_conflict_notice(conflict_id: int) -> None:
    """The secretariat hears at once that a judge stepped back from an entry, with the link to assign a
    replacement."""
    conflict = Conflict.objects.select_related("judge", "submission__innovation", "submission__unit").get(
        pk=conflict_id
    )
    recipients = list(
        User.objects.filter(groups__name=SECRETARIAT_GROUP, is_staff=True, is_active=True)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )
    _send(
        subject=CONFLICT_SUBJECT,
        subject_args={"title": conflict.submission.innovation.title},
        template="judging/email/conflict.txt",
        context={"conflict": conflict, "url": reverse("admin:judging_conflict_replace", args=[conflict.pk])},
        recipients=recipients,
    )


@email_task
def send_sheets_reminder(judge_id: int, stage_id: int, count: int) -> None:
    judge = User.objects.get(pk=judge_id)
    stage = Stage.objects.select_related("competition").get(pk=stage_id)
    _send(
        subject=SHEETS_REMINDER_SUBJECT,
        subject_args={"stage": stage.name},
        template="judging/email/sheets_reminder.txt",
        context={"judge": judge, "stage": stage, "count": count, "url": reverse("judging:dashboard")},
        recipients=[judge.email] if judge.email else [],
    )
