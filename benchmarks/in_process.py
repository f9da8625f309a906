"""What `make bench` measures in its own process, as one worker would: the ranking of the biggest category,
and the biggest files made as background jobs (README, "Benchmarks"). Imported once Django is set up."""

import statistics
import time

from django.contrib.auth.models import User
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from competitions.models import BackgroundJob, Competition, Stage
from competitions.services.jobs import run_job
from innovation_portal import scale
from judging.jobs import CERTIFICATES_ZIP, EDITION_SPREADSHEET
from judging.ranking import final_ranking, stage_ranking


class BenchFailed(SystemExit):
    def __init__(self, message: str):
        super().__init__(f"\nBENCH FAILED: {message}")


def time_rankings() -> dict:
    judging = Competition.objects.get(slug=scale.JUDGING_SLUG)
    announced = Competition.objects.get(slug=scale.ANNOUNCED_SLUG)
    running = judging.stages.get(status=Stage.Status.ACTIVE)
    biggest = judging.categories.annotate(n=Count("submissions")).order_by("-n").first()
    biggest_announced = announced.categories.annotate(n=Count("submissions")).order_by("-n").first()

    def timed(function, repeat=5) -> dict:
        durations = []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                function()
                durations.append(time.perf_counter() - started)
        return {
            "first_s": round(durations[0], 3),
            "median_s": round(statistics.median(durations), 3),
            "queries": len(captured),
        }

    return {
        "entries": biggest.n,
        "stage ranking of the biggest category": timed(lambda: stage_ranking(running, biggest)),
        "final ranking (last year, biggest category)": timed(
            lambda: final_ranking(announced, biggest_announced)
        ),
    }


def measure_downloads() -> dict:
    """The biggest files, made as the background jobs the secretariat starts from the downloads page (run
    here, in this process, as one worker would): how long each takes and how large it is."""
    judging = Competition.objects.get(slug=scale.JUDGING_SLUG)
    announced = Competition.objects.get(slug=scale.ANNOUNCED_SLUG)
    secretariat = User.objects.get(username=scale.SECRETARIAT)
    jobs = {
        "entries (XLSX, edition in judging)": (
            EDITION_SPREADSHEET,
            judging,
            {"export": "entries", "file_format": "xlsx"},
        ),
        "judges' scores (XLSX, edition in judging)": (
            EDITION_SPREADSHEET,
            judging,
            {"export": "scores", "file_format": "xlsx"},
        ),
        "innovation inventory (XLSX, edition in judging)": (
            EDITION_SPREADSHEET,
            judging,
            {"export": "inventory", "file_format": "xlsx", "year": None},
        ),
        "every piagam (ZIP, last year)": (CERTIFICATES_ZIP, announced, {}),
    }
    measured = {}
    for name, (kind, competition, parameters) in jobs.items():
        job = BackgroundJob.objects.create(
            kind=kind, title=name, competition=competition, requested_by=secretariat, parameters=parameters
        )
        started = time.perf_counter()
        job = run_job(job.pk)
        seconds = time.perf_counter() - started
        if job.status != BackgroundJob.Status.DONE:
            raise BenchFailed(f"{name} failed: {job.error}")
        measured[name] = {"seconds": round(seconds, 2), "mib": round(job.result.size / 2**20, 2)}
        print(f"  {name:<50} {measured[name]['seconds']:7.2f} s  {measured[name]['mib']:7.2f} MiB")
    return measured
