"""Long work in tests: the secretariat presses the button that starts a background job, the job runs (in
this process: tests have no broker), and the file is downloaded from the job's page."""

from django.http import HttpResponse
from django.test import TestCase
from django.urls import reverse

from competitions.models import BackgroundJob


def file_from_job(client, url: str, data: dict | None = None) -> HttpResponse:
    with TestCase.captureOnCommitCallbacks(execute=True):
        started = client.post(url, data or {})
    assert started.status_code == 302, (url, started.status_code)
    job = BackgroundJob.objects.latest("pk")
    assert started.url == reverse("admin:competitions_backgroundjob_change", args=[job.pk])
    job.refresh_from_db()
    assert job.status == BackgroundJob.Status.DONE, job.error
    download = client.get(reverse("admin:competitions_backgroundjob_download", args=[job.pk]))
    assert download.status_code == 200
    response = HttpResponse(b"".join(download.streaming_content), content_type=download["Content-Type"])
    response["Content-Disposition"] = download["Content-Disposition"]
    return response
