"""Long work on the task queue, with progress the secretariat watches in the admin (README, "Long work").

An app declares a kind of job with `job_kind("name")` on a function `work(job, progress) -> JobFile`; the
secretariat's view calls `start_job`, which records the job, logs it and queues `run_job` once the request's
transaction has committed. A worker (or, with no broker, the request itself) runs it: the function reports
`progress(done, total)` as it goes and returns the file it made, which is kept with the job for download.
A failure is recorded on the job with its reason; nothing the job was about is changed by the failure.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from django.contrib.auth.models import User
from django.core.files import File
from django.db import transaction
from django.utils import timezone

from competitions.errors import RuleViolation
from competitions.models import BackgroundJob, Competition
from competitions.services.events import record_event

logger = logging.getLogger(__name__)

# A running job writes its progress at most this often: a worker drawing 10,000 piagam must not spend its
# time updating one row.
PROGRESS_INTERVAL_SECONDS = 1.0


@dataclass
class JobFile:
    """What a job made: its download name and its content, an open binary file positioned at its start."""

    name: str
    content: IO[bytes]


Progress = Callable[[int, int], None]
JobWork = Callable[[BackgroundJob, Progress], JobFile]

JOB_KINDS: dict[str, JobWork] = {}


def job_kind(name: str) -> Callable[[JobWork], JobWork]:
    """Declare the function that does a kind of job (in a module its app imports when ready)."""

    def register(work: JobWork) -> JobWork:
        JOB_KINDS[name] = work
        return work

    return register


def start_job(
    kind: str,
    *,
    title: str,
    by: User,
    competition: Competition | None = None,
    parameters: dict | None = None,
) -> BackgroundJob:
    """Record a job and queue it; it runs once the current transaction commits. `parameters` (JSON) tell
    the kind's function what to make."""
    from competitions.tasks import run_background_job

    if kind not in JOB_KINDS:
        raise ValueError(f"unknown job kind {kind!r}")
    job = BackgroundJob.objects.create(
        kind=kind, title=title, competition=competition, requested_by=by, parameters=parameters or {}
    )
    record_event(competition or job, by=by, action="job_requested", new=title)
    transaction.on_commit(lambda: run_background_job.delay(job.pk), robust=True)
    return job


def run_job(job_id: int) -> BackgroundJob:
    """Do the job: mark it running, call its kind's function, keep the file, mark it done or failed.

    Run again (a worker that died is replaced, the queue delivers the task again), it starts over."""
    job = BackgroundJob.objects.get(pk=job_id)
    if job.status == BackgroundJob.Status.DONE:
        return job
    BackgroundJob.objects.filter(pk=job.pk).update(
        status=BackgroundJob.Status.RUNNING, started_at=timezone.now(), done=0, error=""
    )
    try:
        made = JOB_KINDS[job.kind](job, _progress_writer(job.pk))
        with made.content:
            job.result.save(made.name, File(made.content), save=False)
    except RuleViolation as refusal:  # the rules refuse it now (e.g. the signer was removed): say why
        _fail(job, "\n".join(refusal.messages))
    except Exception as error:
        logger.exception("background job %s (%s) failed", job.pk, job.kind)
        _fail(job, str(error))
    else:
        BackgroundJob.objects.filter(pk=job.pk).update(
            status=BackgroundJob.Status.DONE,
            result=job.result.name,
            result_name=made.name,
            finished_at=timezone.now(),
        )
    job.refresh_from_db()
    return job


def _fail(job: BackgroundJob, reason: str) -> None:
    BackgroundJob.objects.filter(pk=job.pk).update(
        status=BackgroundJob.Status.FAILED, error=reason[:2000], finished_at=timezone.now()
    )


def _progress_writer(job_id: int) -> Progress:
    last_written = 0.0

    def progress(done: int, total: int) -> None:
        nonlocal last_written
        now = time.monotonic()
        if done < total and now - last_written < PROGRESS_INTERVAL_SECONDS:
            return
        last_written = now
        BackgroundJob.objects.filter(pk=job_id).update(done=done, total=total)

    return progress
