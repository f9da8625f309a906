"""What people saw in the browser and told us: a single choice comes chosen, the photo upload names photo
formats only, required documents do not look done, and file fields speak the portal's language."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from competitions.models import Requirement
from tests import factories

pytestmark = pytest.mark.django_db

PHOTOS_ONLY = "Hanya foto yang diterima di sini (JPEG, PNG atau WebP), apa pun nama berkasnya."


def test_entering_a_competition_with_one_open_category_has_it_chosen(client, unit_operator, edition):
    innovation = factories.InnovationFactory(unit=unit_operator.memberships.get().unit)
    client.force_login(unit_operator)
    page = client.get(reverse("submissions:innovation_enter", args=[innovation.pk])).content.decode()
    select = re.search(r'<select name="category".*?</select>', page, re.DOTALL).group(0)
    options = re.findall(r"<option[^>]*>", select)
    assert options == [f'<option value="{edition["category"].pk}" selected>']


def test_entering_a_competition_with_two_open_categories_asks_which(client, unit_operator, edition):
    factories.CategoryFactory(competition=edition["competition"], name="Inovasi Digital")
    innovation = factories.InnovationFactory(unit=unit_operator.memberships.get().unit)
    client.force_login(unit_operator)
    page = client.get(reverse("submissions:innovation_enter", args=[innovation.pk])).content.decode()
    select = re.search(r'<select name="category".*?</select>', page, re.DOTALL).group(0)
    options = re.findall(r"<option[^>]*>", select)
    assert options[0] == '<option value="" selected>'  # "---------": nothing is chosen for the operator
    assert len(options) == 3


@pytest.mark.parametrize(
    ("name", "data"),
    [("laporan.docx", b"PK\x03\x04" + b"\x00" * 100), ("catatan.txt", b"Foto menyusul.")],
    ids=["docx", "text"],
)
def test_a_photo_upload_of_another_kind_of_file_names_photo_formats_only(client, unit_operator, name, data):
    innovation = factories.InnovationFactory(unit=unit_operator.memberships.get().unit)
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:innovation_photo_add", args=[innovation.pk]),
        {"image": SimpleUploadedFile(name, data), "caption": "Loket"},
        follow=True,
    )
    page = response.content.decode()
    assert PHOTOS_ONLY in page
    assert "PDF, JPEG" not in page
    assert not innovation.photos.exists()


def test_evidence_for_a_photo_requirement_names_photo_formats_only(client, draft, unit_operator, edition):
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        {
            **{f"section_{key}": text for key, text in draft.sections.items()},
            "draft_revision": str(draft.draft_revision),
            "target": f"req-{edition['photo'].pk}",
            "file": SimpleUploadedFile("foto.txt", b"bukan foto"),
            "save": "",
        },
    )
    assert PHOTOS_ONLY in response.content.decode()


def test_a_pdf_only_document_names_pdf_only(client, draft, unit_operator, edition):
    client.force_login(unit_operator)
    response = client.post(
        reverse("submissions:entry_edit", args=[draft.pk]),
        {
            **{f"section_{key}": text for key, text in draft.sections.items()},
            "draft_revision": str(draft.draft_revision),
            "target": f"req-{edition['proposal'].pk}",
            "file": SimpleUploadedFile("proposal.txt", b"bukan pdf"),
            "save": "",
        },
    )
    assert "Hanya berkas PDF yang diterima di sini, apa pun nama berkasnya." in response.content.decode()


def test_required_documents_are_not_marked_with_a_tick_that_reads_as_done(client, edition):
    page = client.get(edition["competition"].get_absolute_url()).content.decode()
    documents = re.findall(r'<li class="requirement requirement--(\w+)">\s*<i class="bi ([\w-]+)"', page)
    assert ("required", "bi-exclamation-circle-fill") in documents
    assert all("check" not in icon for _kind, icon in documents)
    assert Requirement.objects.filter(is_required=True).count() == 2


def test_file_fields_have_an_indonesian_button_that_labels_the_input(client, draft, unit_operator):
    client.force_login(unit_operator)
    page = client.get(reverse("submissions:entry_edit", args=[draft.pk])).content.decode()
    picker = re.search(r'<div class="file-picker">.*?</div>', page, re.DOTALL).group(0)
    file_input = r'<input type="file" name="file" class="file-picker-input[^"]*"[^>]* id="id_file"'
    assert re.search(file_input, picker)
    button = re.search(r'<label class="file-picker-button[^"]*" for="id_file">(.*?)</label>', picker).group(1)
    assert re.sub(r"<[^>]+>", "", button).strip() == "Pilih berkas"
    assert "Belum ada berkas yang dipilih" in picker
    assert "Choose file" not in page
