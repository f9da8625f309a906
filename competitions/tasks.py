"""Tasks of the competitions app that run on the queue (innovation_portal/celery.py)."""

from celery import shared_task

from competitions.services.jobs import run_job


@shared_task(acks_late=True)
def run_background_job(job_id: int) -> str:
    """A job the secretariat started (`competitions.services.jobs.start_job`); returns its status."""
    return run_job(job_id).status
