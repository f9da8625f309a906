"""The judging app's long work, run as background jobs (`competitions.services.jobs`)."""

import io
import tempfile

from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from competitions.models import BackgroundJob, Competition
from competitions.services.jobs import JobFile, Progress, job_kind
from competitions.spreadsheets import Sheet, spreadsheet_content
from judging.certificates import certificates_zip
from judging.exports import score_matrix_sheet, score_matrix_sheets
from judging.services import issue_certificates
from submissions.exports import entry_sheets, inventory_sheet
from submissions.index.models import IndexYear
from submissions.models import Innovation, Submission

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


EDITION_SPREADSHEET = "edition_spreadsheet"


def edition_spreadsheet(competition: Competition, parameters: dict) -> tuple[str, list[Sheet]]:
    """The name (without extension) and the sheets of one of an edition's big spreadsheets:
    `{"export": "entries"}`, `{"export": "scores"}` (every scored stage, or `"stage": pk`), or
    `{"export": "inventory"}` (with `"year": pk` of an index year for its indicator levels)."""
    export = parameters["export"]
    if export == "entries":
        return f"usulan-{competition.slug}", entry_sheets(Submission.objects.filter(competition=competition))
    if export == "scores":
        name = f"nilai-juri-{competition.slug}"
        if parameters.get("stage"):
            stage = competition.stages.get(pk=parameters["stage"])
            return f"{name}-tahap-{stage.order}", [score_matrix_sheet(stage)]
        return name, score_matrix_sheets(competition)
    if export == "inventory":
        year = IndexYear.objects.get(pk=parameters["year"]) if parameters.get("year") else None
        innovations = Innovation.objects.filter(submissions__competition=competition).distinct()
        name = f"inventaris-inovasi-{competition.slug}" + (f"-{year.year}" if year else "")
        return name, [inventory_sheet(innovations, year)]
    raise ValueError(f"unknown export {export!r}")


@job_kind(EDITION_SPREADSHEET)
def edition_spreadsheet_job(job: BackgroundJob, progress: Progress) -> JobFile:
    """An edition's entries, judges' scores or innovation inventory as XLSX or CSV: tens of thousands of
    rows in a national edition take longer than a request may last."""
    progress(0, 1)
    name, sheets = edition_spreadsheet(job.competition, job.parameters)
    if not sheets:
        raise RuleViolation(_("There is nothing to put in this file yet."))
    file_format = job.parameters["file_format"]
    content = spreadsheet_content(sheets, file_format)
    progress(1, 1)
    return JobFile(f"{name}.{file_format}", io.BytesIO(content))
