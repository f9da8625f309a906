"""Emails to a unit's operators about their entries. Called after commit by the services."""

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from competitions.background import email_task
from submissions.models import Submission


def unit_operator_emails(submission: Submission) -> list[str]:
    return list(
        User.objects.filter(memberships__unit=submission.unit, is_active=True)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


def _send(submission_id: int, *, subject: str, template: str) -> None:
    submission = (
        Submission.objects.select_related("innovation", "unit", "competition", "category")
        .prefetch_related("administrative_checks__items__requirement")
        .get(pk=submission_id)
    )
    recipients = unit_operator_emails(submission)
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "submission": submission,
            "check": submission.administrative_checks.order_by("-checked_at").first(),
            "portal_name": settings.SITE_NAME,
            "entry_url": settings.PORTAL_BASE_URL + submission.get_absolute_url(),
        }
        send_mail(
            subject=f"[{settings.SITE_NAME}] " + _(subject) % {"title": submission.innovation.title},
            message=render_to_string(template, context),
            from_email=None,
            recipient_list=recipients,
        )


# Marked for translation here, translated when sent, in the portal's language.
RECEIPT_SUBJECT = gettext_noop("Entry received: %(title)s")
CHECK_SUBJECT = gettext_noop("Administrative check result: %(title)s")
WITHDRAWN_SUBJECT = gettext_noop("Entry withdrawn: %(title)s")
DRAFT_REMINDER_SUBJECT = gettext_noop("Still a draft: %(title)s")


@email_task
def send_receipt(submission_id: int) -> None:
    _send(submission_id, subject=RECEIPT_SUBJECT, template="submissions/email/receipt.txt")


@email_task
def send_check_outcome(submission_id: int) -> None:
    _send(submission_id, subject=CHECK_SUBJECT, template="submissions/email/check_outcome.txt")


@email_task
def send_withdrawal_notice(submission_id: int) -> None:
    _send(submission_id, subject=WITHDRAWN_SUBJECT, template="submissions/email/withdrawn.txt")


@email_task
def send_draft_reminder(submission_id: int) -> None:
    _send(submission_id, subject=DRAFT_REMINDER_SUBJECT, template="submissions/email/draft_reminder.txt")
