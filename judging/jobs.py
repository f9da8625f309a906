"""The judging app's long work, run as background jobs (`competitions.services.jobs`)."""

import tempfile

from competitions.models import BackgroundJob
from competitions.services.jobs import JobFile, Progress, job_kind
from judging.certificates import certificates_zip
from judging.services import issue_certificates

CERTIFICATES_ZIP = "certificates_zip"


@job_kind(CERTIFICATES_ZIP)
def certificates_zip_job(job: BackgroundJob, progress: Progress) -> JobFile:
    """Every piagam of the edition as one ZIP: issued (or brought up to date) first, then drawn one by one
    into a file on disk, so a worker's memory holds one PDF at a time whatever the edition's size."""
    certificates = issue_certificates(competition=job.competition, by=job.requested_by)
    total = len(certificates)
    progress(0, total)
    archive = tempfile.TemporaryFile()  # noqa: SIM115  (closed by the job runner once stored)
    # The ZIP writer yields once per piagam, then once for the archive's directory.
    for drawn, chunk in enumerate(certificates_zip(certificates), start=1):
        archive.write(chunk)
        progress(min(drawn, total), total)
    archive.seek(0)
    return JobFile(f"piagam-{job.competition.slug}.zip", archive)
