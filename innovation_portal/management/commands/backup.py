from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from innovation_portal.backups import create_backup, default_backup_folder


class Command(BaseCommand):
    help = "Back up the database and the uploads into one new folder (by default backups/<time>/)."

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?", help="where to write the backup; it must be new or empty")

    def handle(self, *args, folder=None, **options):
        target = Path(folder) if folder else default_backup_folder()
        try:
            backup = create_backup(folder=target)
        except RuleViolation as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("Backup written to %(folder)s: the %(engine)s database and %(count)d uploaded files.")
                % {"folder": backup.folder, "engine": backup.engine, "count": backup.media_files}
            )
        )
