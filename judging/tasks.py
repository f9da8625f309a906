"""Tasks of the judging rounds that run on the queue (innovation_portal/celery.py)."""

from celery import shared_task

from judging.reminders import remind_judges
from submissions.reminders import remind_unfinished_drafts


@shared_task
def send_reminders() -> dict[str, int]:
    """Hourly (Celery beat) or from cron through `manage.py send_reminders`: each reminder goes once."""
    return {"drafts": remind_unfinished_drafts(), "sheets": remind_judges()}
