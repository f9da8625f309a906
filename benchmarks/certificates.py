"""Benchmark: every piagam of an announced edition as one streamed ZIP. Prints numbers; asserts nothing.

Run with `make bench`. For each size in BENCH_CERTIFICATES (default 8, the demo's announced 2022 edition;
44, the demo's current edition; 300) it builds an announced edition in a throw-away SQLite database in
/tmp, with every entry past the administrative check and Juara 1–3 in each of three categories, then
times the first download (issuing the records, then drawing each PDF while the ZIP streams) and a second
one (records already issued), and reports the ZIP's size and the most memory Python held while streaming.
"""

import os
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innovation_portal.settings")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/innovation-portal-bench-certificates.sqlite3")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

SIZES = [int(size) for size in os.environ.get("BENCH_CERTIFICATES", "8,44,300").split(",")]


def announced_edition(entries: int):
    from competitions.models import Competition
    from judging.models import Award
    from tests import factories

    competition = factories.CompetitionFactory(
        status=Competition.Status.ANNOUNCED,
        results_published_at=timezone.now(),
        certificate_signer_name="Drs. H. Ahmad Syarifuddin, M.Si.",
        certificate_signer_title="Sekretaris Daerah Kota Palembang",
        certificate_signer_nip="19680512 199303 1 006",
    )
    secretariat = factories.make_secretariat()
    categories = [factories.CategoryFactory(competition=competition, order=order) for order in range(3)]
    for index in range(entries):
        category = categories[index % 3]
        entry = factories.SubmissionFactory(category=category, status="eligible")
        place = index // 3 + 1
        if place <= 3:
            prize = factories.PrizeFactory(category=category, place=place, amount=1_000_000 * (4 - place))
            Award.objects.create(
                competition=competition, submission=entry, prize=prize, decided_by=secretariat
            )
    return competition, secretariat


def stream(competition, secretariat, *, trace_memory: bool = False) -> tuple[float, int, int]:
    """Seconds to issue every piagam and write them as one ZIP (the background job, run in-process), the
    ZIP's bytes, and (when traced, which slows Python down) the most memory Python held meanwhile."""
    from competitions.services.jobs import start_job
    from judging.jobs import CERTIFICATES_ZIP

    if trace_memory:
        tracemalloc.start()
    started = time.perf_counter()
    job = start_job(CERTIFICATES_ZIP, title="piagam", by=secretariat, competition=competition)
    job.refresh_from_db()
    assert job.status == "done", job.error
    size = job.result.size
    seconds = time.perf_counter() - started
    peak = 0
    if trace_memory:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return seconds, size, peak


def main() -> None:
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        Path(settings.DATABASES["default"]["NAME"]).unlink(missing_ok=True)
    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    translation.activate("id")
    print(f"database: {connection.vendor}")
    for entries in SIZES:
        competition, secretariat = announced_edition(entries)
        first = stream(competition, secretariat)
        again = stream(competition, secretariat)
        peak = stream(competition, secretariat, trace_memory=True)[2]
        print(
            f"{entries:4d} piagam: first {first[0]:6.2f} s, again {again[0]:6.2f} s "
            f"({again[0] / entries * 1000:5.1f} ms each); ZIP {first[1] / 1024:7.0f} KiB "
            f"({first[1] / entries / 1024:4.1f} KiB each); "
            f"peak Python memory {peak / 1024 / 1024:5.1f} MiB"
        )


if __name__ == "__main__":
    main()
