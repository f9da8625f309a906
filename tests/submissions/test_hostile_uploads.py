"""Every hostile file through every upload of an entry's unit, through the real views: an entry's evidence,
an innovation's photos, the innovation index's evidence. Each is refused in Indonesian with what was typed
kept, or stored neutralised (proven from the stored bytes) and downloaded under a name that ends in the
extension of its real content, as an attachment the browser may not sniff."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from submissions.index.models import InnovationIndicator
from tests import factories
from tests.hostile_files import (
    ANY_TYPE,
    HOSTILE_FILES,
    IMAGE_TYPES,
    LIMIT_MB,
    PDF,
    HostileFile,
    assert_image_is_clean,
    assert_pdf_is_inert,
)
from tests.html_forms import form_fields

pytestmark = pytest.mark.django_db

EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}
by_id = pytest.mark.parametrize("hostile", HOSTILE_FILES, ids=[item.id for item in HOSTILE_FILES])


@pytest.fixture(autouse=True)
def small_limits(settings, edition):
    settings.PORTAL_MAX_UPLOAD_MB = LIMIT_MB
    edition["competition"].max_upload_mb = LIMIT_MB
    edition["competition"].save()


def as_sent(hostile: HostileFile) -> SimpleUploadedFile:
    # The browser's content type is the attacker's to choose; the portal must not care.
    return SimpleUploadedFile(hostile.name, hostile.data, content_type="application/pdf")


def downloaded(response) -> bytes:
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    return b"".join(response.streaming_content)


def assert_attachment_named(response, hostile: HostileFile) -> None:
    assert response["Content-Type"] == hostile.content_type
    assert response["Content-Disposition"] == f'attachment; filename="{hostile.download_name}"'


def assert_neutralised(body: bytes, hostile: HostileFile) -> None:
    if hostile.content_type == PDF:
        assert_pdf_is_inert(body)
    else:
        assert_image_is_clean(body, hostile.content_type)


# An entry's evidence (the proposal page)


@by_id
def test_hostile_evidence_is_refused_with_the_page_as_typed_or_stored_harmless(
    client, draft, unit_operator, hostile
):
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        {
            **{f"section_{key}": f"Diketik {key}" for key in draft.sections},
            "draft_revision": "0",
            "target": "sec-novelty",
            "title": "Bukti kebaruan",
            "file": as_sent(hostile),
            "add_evidence": "",
        },
    )
    outcome, expected = hostile.outcome_for(ANY_TYPE)
    if outcome == "refused":
        assert response.status_code == 200
        html = response.content.decode()
        assert expected in html
        assert 'value="Bukti kebaruan"' in html
        assert "Diketik novelty</textarea>" in html
        assert not draft.attachments.exists()
        return

    assert response.status_code == 302
    attachment = draft.attachments.get()
    assert attachment.content_type == expected
    assert attachment.file.name.endswith(EXTENSIONS[expected])
    assert attachment.original_name == hostile.download_name
    download = client.get(reverse("submissions:evidence_download", args=[attachment.pk]))
    assert_attachment_named(download, hostile)
    body = downloaded(download)
    assert attachment.size == len(body)
    assert_neutralised(body, hostile)


def test_evidence_stored_before_names_were_fitted_downloads_under_its_real_extension(
    client, draft, unit_operator
):
    client.force_login(unit_operator)
    client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        {
            "draft_revision": "0",
            "target": "sec-novelty",
            "file": as_sent(HOSTILE_FILES[-1]),
            "add_evidence": "",
        },
    )
    attachment = draft.attachments.get()
    attachment.original_name = "laporan.pdf.html"  # as an older version of the portal kept it
    attachment.save()

    response = client.get(reverse("submissions:evidence_download", args=[attachment.pk]))

    assert response["Content-Disposition"] == 'attachment; filename="laporan.pdf"'


# An innovation's photos


@by_id
def test_hostile_innovation_photo_is_refused_with_the_caption_kept_or_stored_harmless(
    client, unit_operator, hostile
):
    innovation = factories.InnovationFactory(unit=unit_operator.memberships.get().unit, title="Si Warga")
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:innovation_photo_add", args=[innovation.pk]),
        {"image": as_sent(hostile), "caption": "Loket pelayanan"},
    )
    outcome, expected = hostile.outcome_for(IMAGE_TYPES)
    if outcome == "refused":
        assert response.status_code == 200
        html = response.content.decode()
        assert expected in html
        assert "Foto belum ditambahkan" in html
        assert 'value="Loket pelayanan"' in html
        assert not innovation.photos.exists()
        return

    assert response.status_code == 302
    photo = innovation.photos.get()
    assert photo.content_type == expected
    assert photo.image.name.endswith(EXTENSIONS[expected])
    shown = client.get(reverse("submissions:photo", args=[photo.pk, "image"]))
    # Shown in the page (inline), as the image type the portal wrote; never sniffed.
    assert (shown["Content-Type"], shown["Content-Disposition"]) == (expected, "inline")
    assert_image_is_clean(downloaded(shown), expected)


# The innovation index's evidence


@pytest.fixture
def index_innovation(unit_operator):
    from tests.submissions.index_helpers import innovation_with_affairs

    unit = unit_operator.memberships.get().unit
    return innovation_with_affairs(unit=unit, title="SIGAP BANSOS", affairs=["sosial"], by=unit_operator)


@by_id
def test_hostile_index_evidence_is_refused_with_the_answer_kept_or_stored_harmless(
    client, unit_operator, index_innovation, hostile
):
    page_url = reverse("submissions:innovation_index", args=[index_innovation.pk, 2023])
    client.force_login(unit_operator)
    data = form_fields(client.get(page_url).content.decode(), "index-form")
    data.update({"i17-level": "2", "i17-file": as_sent(hostile), "i17-note": "SK tim dari Dinsos"})
    response = client.post(page_url, data)
    outcome, expected = hostile.outcome_for(ANY_TYPE)
    if outcome == "refused":
        assert response.status_code == 200
        page = response.content.decode()
        assert expected in page
        typed = form_fields(page, "index-form")
        assert (typed["i17-level"], typed["i17-note"]) == (["2"], ["SK tim dari Dinsos"])
        assert not InnovationIndicator.objects.filter(innovation=index_innovation).exists()
        return

    assert response.status_code == 302
    answer = InnovationIndicator.objects.get(innovation=index_innovation, indicator__number=17)
    assert answer.content_type == expected
    assert answer.file.name.endswith(EXTENSIONS[expected])
    download = client.get(reverse("submissions:index_evidence", args=[answer.pk]))
    assert_attachment_named(download, hostile)
    assert_neutralised(downloaded(download), hostile)
