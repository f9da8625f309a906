"""The entrant's journey by hand, in a browser, on the demo city (issue B's acceptance)."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from submissions.models import Submission
from tests.e2e.actions import sign_in, sign_out
from tests.files import PDF_BYTES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_operator_submits_secretariat_asks_for_revision_operator_resubmits_secretariat_passes(
    page, live_server, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("seed_demo", force=True)
    base = live_server.url
    pdf = tmp_path / "proposal-wifi-kito.pdf"
    pdf.write_bytes(PDF_BYTES)
    from tests.files import image_upload

    photo = tmp_path / "foto-taman.jpg"
    photo.write_bytes(image_upload().read())

    # The operator enters the catalogue innovation that is not yet in this year's competition.
    sign_in(page, base, "operator-diskominfo")
    page.click("[data-nav=operator]")
    assert page.locator("h1").inner_text() == "Unit saya"
    page.locator("li.list-group-item", has_text="WIFI KITO").get_by_role(
        "link", name="Ikuti kompetisi"
    ).click()
    page.select_option(
        "#id_category", label=page.locator("#id_category option", has_text="KOINYANLIK").inner_text()
    )
    page.click("input[name=enter]")
    assert "Proposal" in page.locator(".breadcrumb").inner_text()

    # Write every section of KOINYANLIK's own (five-section) form; the live counter follows the typing.
    sections = page.locator("textarea.word-counted")
    assert sections.count() == 5
    for index in range(sections.count()):
        sections.nth(index).fill(f"Bagian {index + 1} dari proposal WIFI KITO, ditulis lengkap dan jelas.")
    assert page.locator('[data-counter-for="id_section_summary"]').inner_text().startswith("10 ")

    # Leaving with unsaved text asks first; staying keeps it.
    dialogs = []

    def stay_on_the_page(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.once("dialog", stay_on_the_page)
    page.locator(".breadcrumb a").first.click()
    assert dialogs == ["beforeunload"]
    assert page.input_value("#id_section_summary").startswith("Bagian 1")
    page.click("button[name=save]")
    assert "Draf sudah disimpan" in page.locator(".alert-success").inner_text()

    # Evidence: the proposal PDF, the photo, and the two signed documents.
    def add_evidence(label, path):
        page.select_option("#id_target", label=label)
        page.set_input_files("#id_file", str(path))
        page.click("#evidence button[type=submit]:has-text('Tambah')")
        assert "ditambahkan" in page.locator(".alert-success").inner_text()

    # Text typed after the last save goes with the evidence: the page is one form, nothing is lost.
    rewritten = "Kebaruan WIFI KITO, ditulis ulang tepat sebelum melampirkan proposal."
    page.fill("#id_section_novelty", rewritten)
    add_evidence("Proposal lengkap (PDF)", pdf)
    assert page.input_value("#id_section_novelty") == rewritten
    add_evidence("Foto kegiatan inovasi", photo)
    add_evidence("SK Kepala OPD tentang inovasi", pdf)
    add_evidence("Surat pernyataan keaslian inovasi", pdf)
    assert page.locator("img.evidence-thumb").count() == 1

    page.click("button[name=review]")
    page.click("text=Ya, kirim usulan")
    assert "terkirim" in page.locator(".alert-success").inner_text()
    submission = Submission.objects.get(innovation__title__startswith="WIFI KITO")
    assert submission.status == Submission.Status.SUBMITTED
    sign_out(page)

    # The secretariat asks for a revision in the admin.
    sign_in(page, base, "sekretariat")
    page.goto(f"{base}/admin/submissions/submission/{submission.pk}/check/")
    page.check(f"input[name=met_{submission.competition.requirements.get(name__startswith='Proposal').pk}]")
    page.check("input[name=outcome][value=revise]")
    page.fill("#id_note", "Foto kegiatan kurang jelas, mohon ganti.")
    deadline = timezone.localtime(timezone.now() + datetime.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    page.fill("#id_revision_deadline", deadline)
    page.click("input[type=submit]")
    submission.refresh_from_db()
    assert submission.status == Submission.Status.NEEDS_REVISION
    page.goto(f"{base}/")
    sign_out(page)

    # The operator sees why, replaces the photo and resubmits.
    sign_in(page, base, "operator-diskominfo")
    page.goto(f"{base}/unit/usulan/{submission.pk}/")
    assert "Foto kegiatan kurang jelas" in page.content()
    page.click("text=Perbaiki")
    page.locator(".evidence-list li", has=page.locator("img.evidence-thumb")).locator("button").click()
    add_evidence("Foto kegiatan inovasi", photo)
    page.click("button[name=review]")
    page.click("text=Ya, kirim ulang usulan")
    submission.refresh_from_db()
    assert submission.status == Submission.Status.RESUBMITTED
    assert submission.versions.count() == 2
    sign_out(page)

    # The secretariat passes it.
    sign_in(page, base, "sekretariat")
    page.goto(f"{base}/admin/submissions/submission/{submission.pk}/check/")
    for requirement in submission.competition.requirements.filter(is_required=True):
        page.check(f"input[name=met_{requirement.pk}]")
    page.check("input[name=outcome][value=passed]")
    page.click("input[type=submit]")
    submission.refresh_from_db()
    assert submission.status == Submission.Status.ELIGIBLE
