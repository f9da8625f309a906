"""How much a gunicorn worker's memory grows while it takes an upload at the size limit (README,
"Benchmarks"). Imported by `benchmarks/national_scale.py` once Django is set up."""

import os
import subprocess
import threading
import time
import urllib.error
import uuid

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from benchmarks.in_process import BenchFailed
from innovation_portal import scale
from submissions.models import Attachment, Submission
from tests.html_forms import form_fields


def pdf_of(size: int) -> bytes:
    """A valid PDF of about `size` bytes: one page and an incompressible stream."""
    import io

    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.Root.BenchPadding = pikepdf.Stream(pdf, os.urandom(size - 2048))
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def multipart(fields: dict[str, list[str]], file_field: str, file_name: str, content: bytes):
    boundary = uuid.uuid4().hex
    parts = []
    for name, values in fields.items():
        for value in values:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
            )
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
        "Content-Type: application/pdf\r\n\r\n".encode()
        + content
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def workers_rss(server: subprocess.Popen) -> dict[int, int]:
    import psutil

    return {child.pid: child.memory_info().rss for child in psutil.Process(server.pid).children()}


def measure_upload(server: subprocess.Popen, *, send, repeat: int = 3) -> dict:
    """The most a worker's memory (RSS) grows while it takes evidence at the edition's size limit. `send`
    makes one request to the server, never following a redirect."""
    draft = (
        Submission.objects.filter(competition__slug=scale.OPEN_SLUG, status=Submission.Status.DRAFT)
        .select_related("competition")
        .first()
    )
    operator = User.objects.filter(memberships__unit=draft.unit_id).first()
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(operator)
    session = client.cookies["sessionid"].value
    requirement = draft.competition.requirements.get(kind="document", name__startswith="Proposal")
    limit = draft.competition.max_upload_mb * 1024 * 1024
    content = pdf_of(limit - 64 * 1024)
    path = reverse("submissions:entry_edit", args=[draft.pk])
    growths = []
    for attempt in range(repeat):
        with send(path, session) as response:
            html = response.read().decode()
            csrf = next(
                value.split(";")[0].split("=", 1)[1]
                for value in response.headers.get_all("Set-Cookie") or []
                if value.startswith("csrftoken=")
            )
        fields = form_fields(html, "proposal-form")
        fields.update(
            {"target": [f"req-{requirement.pk}"], "title": [f"Proposal {attempt}"], "add_evidence": ["1"]}
        )
        body, content_type = multipart(fields, "file", "proposal.pdf", content)
        before = workers_rss(server)
        peak = dict(before)
        done = threading.Event()

        def sample(peak=peak, done=done):
            while not done.wait(0.005):
                for pid, rss in workers_rss(server).items():
                    peak[pid] = max(peak.get(pid, 0), rss)

        sampler = threading.Thread(target=sample)
        sampler.start()
        evidence = Attachment.objects.filter(submission=draft).count()
        started = time.perf_counter()
        try:
            with send(path, session, data=body, content_type=content_type, csrf=csrf) as response:
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
        if status != 302 or Attachment.objects.filter(submission=draft).count() != evidence + 1:
            raise BenchFailed(f"the upload of {len(content)} bytes was refused (HTTP {status})")
        growths.append(
            {
                "growth_mib": round(max(peak[pid] - before.get(pid, peak[pid]) for pid in peak) / 2**20, 1),
                "seconds": round(seconds, 2),
            }
        )
    return {"file_mib": round(len(content) / 2**20, 2), "limit_mib": limit / 2**20, "uploads": growths}
