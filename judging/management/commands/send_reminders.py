from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from judging.reminders import remind_judges
from submissions.reminders import remind_unfinished_drafts


class Command(BaseCommand):
    help = "Send the due reminders (unfinished drafts, missing score sheets); each one only once."

    def handle(self, *args, **options):
        with transaction.atomic():
            drafts, sheets = remind_unfinished_drafts(), remind_judges()
        self.stdout.write(
            _("%(drafts)d draft reminders and %(sheets)d score-sheet reminders queued.")
            % {"drafts": drafts, "sheets": sheets}
        )
