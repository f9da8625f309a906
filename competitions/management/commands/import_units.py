from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from competitions.services import import_units, read_unit_csv


class Command(BaseCommand):
    help = "Import or update the unit roster from a UTF-8 CSV file (all rows or none)."

    def add_arguments(self, parser):
        parser.add_argument("csv_path", type=Path)

    def handle(self, *args, csv_path: Path, **options):
        try:
            text = csv_path.read_text(encoding="utf-8-sig")
        except FileNotFoundError as error:
            raise CommandError(_("File not found: %(path)s") % {"path": csv_path}) from error
        except UnicodeDecodeError as error:
            raise CommandError(_("The file is not UTF-8 text; save it as “CSV UTF-8”.")) from error
        try:
            report = import_units(rows=read_unit_csv(text))
        except RuleViolation as error:
            raise CommandError(
                _("Nothing was imported. Correct these rows and run the command again:")
                + "\n"
                + "\n".join(error.messages)
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("%(created)d units created, %(updated)d updated.")
                % {"created": len(report.created), "updated": len(report.updated)}
            )
        )
