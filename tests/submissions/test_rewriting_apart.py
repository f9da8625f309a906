"""The copy of an upload that is stored is written in a short-lived child process (README, "Uploads"): the
worker gets the same copy as if it had made it itself, a check that runs past its time is refused in
Indonesian with the page as typed, and no temporary copy stays behind on disk."""

import os
from io import BytesIO

import pikepdf
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.urls import reverse
from PIL import Image

from submissions.evidence import check_file
from tests.files import pdf_bytes

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
NOT_CHECKED = (
    "Berkas tidak dapat diperiksa; mungkin rusak atau terlalu rumit. "
    "Simpan ulang berkas itu lalu unggah sekali lagi."
)


@pytest.fixture
def upload_folder(settings, tmp_path):
    folder = tmp_path / "uploads"
    folder.mkdir()
    settings.FILE_UPLOAD_TEMP_DIR = str(folder)
    return folder


def photo_bytes(size=(900, 600)) -> bytes:
    buffer = BytesIO()
    Image.effect_noise(size, 50).convert("RGB").save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def on_disk(name: str, data: bytes) -> TemporaryUploadedFile:
    """As Django hands over an upload larger than FILE_UPLOAD_MAX_MEMORY_SIZE: already in a temporary file."""
    upload = TemporaryUploadedFile(name, "application/octet-stream", len(data), None)
    upload.write(data)
    upload.flush()
    return upload


@pytest.mark.parametrize("apart", [True, False], ids=["child process", "this process"])
def test_a_pdf_is_stored_as_the_same_clean_copy_wherever_it_is_rewritten(settings, upload_folder, apart):
    settings.PORTAL_CHECK_UPLOADS_APART = apart
    sent = pdf_bytes()
    with pikepdf.open(BytesIO(sent)) as original:
        original.docinfo["/Author"] = "Dinas Kesehatan"
        buffer = BytesIO()
        original.save(buffer)

    checked = check_file(on_disk("usulan.pdf", buffer.getvalue()), max_bytes=10 * MB)

    with pikepdf.open(BytesIO(checked.content.read())) as stored:
        assert "/Author" not in stored.docinfo
        assert len(stored.pages) == 1
    assert checked.size == os.fstat(checked.content.fileno()).st_size


@pytest.mark.parametrize("apart", [True, False], ids=["child process", "this process"])
def test_a_photo_comes_back_with_its_size_and_thumbnail_wherever_it_is_rewritten(
    settings, upload_folder, apart
):
    settings.PORTAL_CHECK_UPLOADS_APART = apart

    checked = check_file(SimpleUploadedFile("loket.jpg", photo_bytes()), max_bytes=10 * MB)

    assert (checked.content_type, checked.width, checked.height) == ("image/jpeg", 900, 600)
    with Image.open(BytesIO(checked.thumbnail.read())) as thumbnail:
        assert (thumbnail.format, thumbnail.size) == ("JPEG", (480, 320))


def test_no_temporary_copy_stays_on_disk_once_stored_or_refused(upload_folder):
    photo, broken = on_disk("foto.jpg", photo_bytes()), on_disk("rusak.pdf", b"%PDF-1.7\nnot a pdf\n%%EOF\n")
    accepted = check_file(photo, max_bytes=10 * MB)
    with pytest.raises(ValidationError) as refused:
        check_file(broken, max_bytes=10 * MB)
    assert refused.value.code == "broken_pdf"
    photo.close(), broken.close()  # Django closes (and so deletes) the uploads after the request

    assert os.listdir(upload_folder) == []  # the copy to store has no name left: it goes when closed
    assert accepted.content.read(3) == b"\xff\xd8\xff"


def test_a_check_past_its_time_is_refused_in_indonesian_with_the_page_as_typed(
    client, settings, draft, unit_operator, upload_folder
):
    settings.PORTAL_UPLOAD_CHECK_SECONDS = 0
    client.force_login(unit_operator)

    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        {
            **{f"section_{key}": f"Diketik {key}" for key in draft.sections},
            "draft_revision": "0",
            "target": "sec-novelty",
            "title": "Bukti kebaruan",
            "file": SimpleUploadedFile("bukti.pdf", pdf_bytes()),
            "add_evidence": "",
        },
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert NOT_CHECKED in html
    assert 'value="Bukti kebaruan"' in html
    assert "Diketik novelty</textarea>" in html
    assert not draft.attachments.exists()
    assert os.listdir(upload_folder) == []
