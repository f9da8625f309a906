"""Benchmark: ranking a category and a judge's work list at scale. Prints numbers; asserts nothing.

Run with `make bench`. It builds a throw-away SQLite database in /tmp; point DATABASE_URL at a scratch
PostgreSQL database (never a real one: it is migrated and filled) for PostgreSQL numbers.
"""

import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innovation_portal.settings")
os.environ.setdefault("DATABASE_URL", "sqlite:////tmp/innovation-portal-bench.sqlite3")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

ENTRIES = int(os.environ.get("BENCH_ENTRIES", "300"))
JUDGES = 5


def timed(label: str, function, repeat: int = 5) -> None:
    durations, queries = [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            function()
            durations.append(time.perf_counter() - started)
        queries = len(captured)
    print(f"{label:<52} {statistics.median(durations) * 1000:8.1f} ms  {queries:3d} queries")


def main() -> None:
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        Path(settings.DATABASES["default"]["NAME"]).unlink(missing_ok=True)
    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

    from competitions.models import Criterion, Stage
    from judging.models import Assignment, Score, ScoreSheet
    from judging.ranking import stage_ranking
    from judging.selectors import judge_work
    from tests import factories

    competition = factories.CompetitionFactory(aggregation="median")
    category = factories.CategoryFactory(competition=competition)
    stage = factories.StageFactory(competition=competition, order=2, kind=Stage.Kind.SCORED, status="active")
    criteria = [
        Criterion.objects.create(stage=stage, order=index, name=f"K{index}", weight=weight)
        for index, weight in enumerate([10, 15, 5, 30, 20, 5, 15])
    ]
    judges = [factories.make_judge() for _ in range(JUDGES)]
    entries = [factories.SubmissionFactory(category=category, status="eligible") for _ in range(ENTRIES)]
    Assignment.objects.bulk_create(
        Assignment(stage=stage, submission=entry, judge=judge) for entry in entries for judge in judges
    )
    sheets = ScoreSheet.objects.bulk_create(
        ScoreSheet(
            stage=stage,
            submission=entry,
            judge=judge,
            status="submitted",
            total=Decimal((index * 7 + judge_index * 13) % 100),
        )
        for index, entry in enumerate(entries)
        for judge_index, judge in enumerate(judges)
    )
    Score.objects.bulk_create(
        Score(sheet=sheet, criterion=criterion, value=Decimal(5 + (sheet.pk + criterion.pk) % 5))
        for sheet in sheets
        for criterion in criteria
    )
    if connection.vendor == "postgresql":
        # A live database keeps its statistics current (autovacuum); a freshly loaded one must be told.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"{ENTRIES} entries × {JUDGES} judges = {len(sheets)} sheets, {len(sheets) * len(criteria)} scores")
    print(f"database: {connection.vendor}")
    timed("stage ranking (median, adjusted beside it)", lambda: stage_ranking(stage, category))
    competition.rank_by_adjusted = True
    competition.save()
    timed("stage ranking (ranked by the adjusted score)", lambda: stage_ranking(stage, category))
    timed("judge's work list (300 assigned entries)", lambda: judge_work(judges[0]))


if __name__ == "__main__":
    main()
