"""An upload at the size limit goes to a temporary file as it arrives and is checked and rewritten from
there: the worker never holds it whole in memory, and what is stored is still the file that was sent.

The request body is written to disk before measuring and streamed into the view from there, as a web
server does; the test client would otherwise build the 10 MB body in memory itself. tracemalloc sees
what Python allocates (Django, the portal's checks); pikepdf and Pillow decode in C, outside it."""

import os
import tracemalloc
from io import BytesIO
from pathlib import Path

import pikepdf
import pytest
from django.urls import reverse
from PIL import Image

from submissions.models import Attachment
from tests import factories

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
LIMIT_MB = 10
BOUNDARY = "grenzlinie-7b1c"


def pdf_of_exactly(size: int) -> bytes:
    """A one-page PDF of exactly `size` bytes, nearly all of it a picture of random grey pixels."""

    def build(pixels: int) -> bytes:
        pdf = pikepdf.new()
        page = pdf.add_blank_page(page_size=(595, 842))
        picture = pdf.make_stream(
            os.urandom(pixels),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Image,
            Width=pixels,
            Height=1,
            ColorSpace=pikepdf.Name.DeviceGray,
            BitsPerComponent=8,
        )
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=picture))
        page.Contents = pdf.make_stream(b"q 500 0 0 20 50 400 cm /Im0 Do Q")
        buffer = BytesIO()
        pdf.save(buffer, compress_streams=False)
        return buffer.getvalue()

    first = build(size - 4096)
    data = build(size - 4096 + size - len(first))
    assert len(data) == size
    return data


def jpeg_of_exactly(size: int) -> bytes:
    """A real photo, padded after its end (decoders stop at the end marker) to exactly `size` bytes."""
    buffer = BytesIO()
    Image.effect_noise((800, 600), 60).convert("RGB").save(buffer, format="JPEG", quality=90)
    return buffer.getvalue() + b"\0" * (size - len(buffer.getvalue()))


def multipart_body_on_disk(
    path: Path, fields: dict[str, str], file_field: str, name: str, data: bytes
) -> int:
    """Write a multipart/form-data body as a browser sends it; return its length."""
    with path.open("wb") as body:
        for field, value in fields.items():
            body.write(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{field}"\r\n\r\n'.encode())
            body.write(value.encode() + b"\r\n")
        body.write(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n".encode()
        )
        body.write(data)
        body.write(f"\r\n--{BOUNDARY}--\r\n".encode())
    return path.stat().st_size


def post_streamed(client, url: str, body_path: Path, length: int):
    """POST the body from disk, in the chunks Django reads, measuring what Python allocates meanwhile."""
    with body_path.open("rb") as body:
        tracemalloc.start()
        try:
            response = client.generic(
                "POST",
                url,
                CONTENT_TYPE=f"multipart/form-data; boundary={BOUNDARY}",
                CONTENT_LENGTH=str(length),
                **{"wsgi.input": body},
            )
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    return response, peak


def test_evidence_pdf_at_the_limit_is_not_read_whole_into_memory_and_is_stored(
    client, draft, unit_operator, edition, tmp_path
):
    edition["competition"].max_upload_mb = LIMIT_MB
    edition["competition"].save()
    sent = pdf_of_exactly(LIMIT_MB * MB)
    fields = {f"section_{key}": text for key, text in draft.sections.items()}
    fields.update({"draft_revision": "0", "target": f"req-{edition['proposal'].pk}", "add_evidence": ""})
    length = multipart_body_on_disk(tmp_path / "body", fields, "file", "proposal.pdf", sent)
    client.force_login(unit_operator)

    response, peak = post_streamed(
        client, reverse("submissions:entry_edit", args=[draft.pk]), tmp_path / "body", length
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert peak < 2 * MB, f"{peak / MB:.1f} MB allocated for a {LIMIT_MB} MB upload"
    attachment = Attachment.objects.get(submission=draft)
    with pikepdf.open(attachment.file.path) as stored, pikepdf.open(BytesIO(sent)) as original:
        kept = stored.pages[0].Resources.XObject.Im0.read_bytes()
        assert kept == original.pages[0].Resources.XObject.Im0.read_bytes()  # every pixel sent is kept


def test_innovation_photo_at_the_limit_is_not_read_whole_into_memory_and_is_stored(
    client, unit_operator, settings, tmp_path
):
    settings.PORTAL_MAX_UPLOAD_MB = LIMIT_MB
    innovation = factories.InnovationFactory(unit=unit_operator.memberships.get().unit)
    sent = jpeg_of_exactly(LIMIT_MB * MB)
    length = multipart_body_on_disk(tmp_path / "body", {"caption": "Loket"}, "image", "loket.jpg", sent)
    client.force_login(unit_operator)

    response, peak = post_streamed(
        client, reverse("submissions:innovation_photo_add", args=[innovation.pk]), tmp_path / "body", length
    )

    assert response.status_code == 302
    assert peak < 2 * MB, f"{peak / MB:.1f} MB allocated for a {LIMIT_MB} MB upload"
    photo = innovation.photos.get()
    with Image.open(photo.image.path) as stored:
        assert (stored.format, stored.size) == ("JPEG", (800, 600))
    assert photo.image.size < MB  # the padding was not kept
