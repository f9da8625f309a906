from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from innovation_portal.backups import read_backup, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup folder written by `backup` into the configured database and MEDIA_ROOT. "
        "Refuses to replace existing data unless --replace-existing is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="a folder written by the backup command")
        parser.add_argument(
            "--replace-existing",
            action="store_true",
            help="replace the database's tables and the uploads already there",
        )

    def handle(self, *args, folder, replace_existing, **options):
        try:
            backup = read_backup(Path(folder))
            restore_backup(backup=backup, replace_existing=replace_existing)
        except RuleViolation as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("Restored the backup of %(created)s: the database and %(count)d uploaded files.")
                % {"created": backup.created_at, "count": backup.media_files}
            )
        )
