import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from innovation_portal.scale import foreign_data, generated_scale, seed_national_data_set


def progress_bar(*, total: int):
    return tqdm(total=total, file=sys.stderr, unit=" rows", unit_scale=True, dynamic_ncols=True)


class Command(BaseCommand):
    help = (
        "Load the national data set for load tests (README, “Benchmarks”): 550 units, 30,000 innovations, an "
        "edition of 10,000 entries with 210,000 scores. Refuses a database holding other data unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="Multiply every count (0.01 for a quick look; default 1).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Add the data set even to a database that holds data the generator did not write.",
        )

    def handle(self, *args, scale: float, force: bool, **options):
        if scale <= 0:
            raise CommandError(_("The scale must be above 0."))
        present = generated_scale()
        if present == scale:
            self.stdout.write(
                _("The national data set at scale %(scale)s is already here.") % {"scale": scale}
            )
            return
        if present is not None:
            raise CommandError(
                _("This database holds the national data set at scale %(present)s; use an empty database.")
                % {"present": present}
            )
        foreign = foreign_data()
        if foreign and not force:
            raise CommandError(
                _("This database holds data the generator did not write (%(what)s); --force adds to it.")
                % {"what": ", ".join(foreign)}
            )
        started = time.monotonic()
        shape = seed_national_data_set(scale=scale, progress_bar=progress_bar)
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "National data set at scale %(scale)s: %(units)d units, %(innovations)d innovations, "
                    "%(entries)d entries being judged, %(judges)d judges, in %(seconds).0f s."
                )
                % {
                    "scale": scale,
                    "units": shape.units,
                    "innovations": shape.innovations,
                    "entries": shape.entries,
                    "judges": shape.judges,
                    "seconds": time.monotonic() - started,
                }
            )
        )
