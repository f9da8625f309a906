"""The piagam (certificates): who gets which, who may download it and when, the public check of its code,
and every piagam of an edition as one ZIP for the secretariat."""

import io
import zipfile

import pytest
from django.urls import reverse
from pypdf import PdfReader

from competitions import event_log
from competitions.models import BackgroundJob, Competition, Event
from competitions.services import change_competition_status
from judging import services
from judging.models import Certificate
from tests import factories
from tests.judging.test_decisions import publish

pytestmark = pytest.mark.django_db

SIGNER = {
    "certificate_signer_name": "Drs. H. Ahmad Syarifuddin, M.Si.",
    "certificate_signer_title": "Sekretaris Daerah Kota Palembang",
    "certificate_signer_nip": "19680512 199303 1 006",
}


@pytest.fixture
def announced(final_round, secretariat):
    """The final round with its awards published: Inovasi 1 is Juara 1, Inovasi 2 Juara 2; Inovasi 0 failed
    field verification and Inovasi 3–5 did not reach the final: all six took part in the judging."""
    competition, category = final_round["competition"], final_round["category"]
    Competition.objects.filter(pk=competition.pk).update(name="Kompetisi Inovasi Kota 2026", **SIGNER)
    services.decide_awards(competition=competition, category=category, by=secretariat)
    publish(competition, secretariat)
    competition.refresh_from_db()
    entries = final_round["entries"]
    return {**final_round, "competition": competition, "juara_1": entries[1], "participant": entries[3]}


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def results_certificate_url(round_, entry):
    return reverse("judging:results_certificate", args=[round_["competition"].slug, entry.pk])


def test_a_winners_piagam_from_the_public_results_page_names_the_unit_the_place_and_the_signer(
    client, announced
):
    winner = announced["juara_1"]
    page = client.get(reverse("judging:results", args=[announced["competition"].slug])).content.decode()
    assert results_certificate_url(announced, winner) in page

    response = client.get(results_certificate_url(announced, winner))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="piagam-juara-1-inovasi-1.pdf"'
    certificate = Certificate.objects.get(submission=winner)
    text = pdf_text(response.content)
    for expected in [
        "PIAGAM PENGHARGAAN",
        "diberikan kepada",
        winner.unit.name,
        "atas inovasi",
        "“Inovasi 1”",
        "sebagai",
        "JUARA 1",
        "Kategori Perangkat Daerah · Kompetisi Inovasi Kota 2026",
        "Sekretaris Daerah Kota Palembang",
        "Drs. H. Ahmad Syarifuddin, M.Si.",
        "NIP 19680512 199303 1 006",
        "Periksa keaslian piagam ini:",
        f"http://127.0.0.1:8000/piagam/{certificate.code}/",
    ]:
        assert expected in text, expected
    assert (certificate.kind, certificate.place, certificate.prize.label) == ("award", "Juara 1", "Juara 1")


def test_the_public_gets_no_piagam_before_publication_nor_a_participants(client, final_round, secretariat):
    competition, category = final_round["competition"], final_round["category"]
    Competition.objects.filter(pk=competition.pk).update(**SIGNER)
    services.decide_awards(competition=competition, category=category, by=secretariat)
    winner, participant = final_round["entries"][1], final_round["entries"][3]
    assert client.get(results_certificate_url(final_round, winner)).status_code == 404  # not published yet
    publish(competition, secretariat)
    assert client.get(results_certificate_url(final_round, participant)).status_code == 404  # no prize
    assert client.get(results_certificate_url(final_round, winner)).status_code == 200
    assert not Certificate.objects.filter(submission=participant).exists()


def test_the_unit_downloads_its_own_piagam_from_its_entry_page(client, announced):
    participant = announced["participant"]
    operator = factories.make_operator(unit=participant.unit)
    client.force_login(operator)
    url = reverse("judging:entry_certificate", args=[participant.pk])
    assert url in client.get(reverse("submissions:entry", args=[participant.pk])).content.decode()

    response = client.get(url)

    text = pdf_text(response.content)
    assert "PESERTA" in text and "“Inovasi 3”" in text and participant.unit.name in text
    certificate = Certificate.objects.get(submission=participant)
    assert (certificate.kind, certificate.place, certificate.prize) == ("participation", "Peserta", None)
    assert certificate.issued_by == operator


def test_another_units_operator_and_the_public_get_404_for_a_units_piagam(client, announced):
    url = reverse("judging:entry_certificate", args=[announced["participant"].pk])
    client.force_login(factories.make_operator())
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to sign in


def test_no_piagam_before_publication_or_without_a_signer(client, final_round, secretariat):
    competition, category = final_round["competition"], final_round["category"]
    entry = final_round["entries"][3]
    operator = factories.make_operator(unit=entry.unit)
    client.force_login(operator)
    url = reverse("judging:entry_certificate", args=[entry.pk])
    entry_page = reverse("submissions:entry", args=[entry.pk])
    services.decide_awards(competition=competition, category=category, by=secretariat)
    assert client.get(url).status_code == 404  # not published
    publish(competition, secretariat)
    assert client.get(url).status_code == 404  # published, but nobody to sign it
    assert url not in client.get(entry_page).content.decode()
    Competition.objects.filter(pk=competition.pk).update(**SIGNER)
    assert url in client.get(entry_page).content.decode()
    assert client.get(url).status_code == 200


def test_a_piagam_is_issued_once_and_keeps_its_code_when_its_text_changes(client, announced):
    winner = announced["juara_1"]
    first = client.get(results_certificate_url(announced, winner))
    code = Certificate.objects.get(submission=winner).code
    client.get(results_certificate_url(announced, winner))
    assert Certificate.objects.filter(submission=winner).count() == 1
    assert Event.objects.filter(action="certificate_issued", object_id=winner.pk).count() == 1

    unit = winner.unit
    unit.name = "Dinas Komunikasi, Informatika dan Statistik"
    unit.save()
    again = client.get(results_certificate_url(announced, winner))

    certificate = Certificate.objects.get(submission=winner)
    assert certificate.code == code
    assert certificate.unit_name == "Dinas Komunikasi, Informatika dan Statistik"
    assert "Dinas Komunikasi, Informatika dan Statistik" in pdf_text(again.content)
    assert f"/piagam/{code}/" in pdf_text(first.content) and f"/piagam/{code}/" in pdf_text(again.content)
    assert Event.objects.filter(action="certificate_updated", object_id=winner.pk).exists()


def test_the_check_page_confirms_a_genuine_piagam_and_refuses_a_forged_code(client, announced):
    winner = announced["juara_1"]
    client.get(results_certificate_url(announced, winner))
    certificate = Certificate.objects.get(submission=winner)

    genuine = client.get(f"/piagam/{certificate.code}/")

    assert genuine.status_code == 200
    html = genuine.content.decode()
    assert "Piagam ini asli, diterbitkan oleh portal." in html
    for fact in ["Kompetisi Inovasi Kota 2026", "Perangkat Daerah", "Juara 1", winner.unit.name, "Inovasi 1"]:
        assert fact in html
    assert certificate.awarded_on.strftime("%Y") in html
    forged = client.get(
        "/piagam/" + certificate.code[:-1] + ("A" if certificate.code[-1] != "A" else "B") + "/"
    )
    assert forged.status_code == 404
    assert "Ini bukan piagam yang diterbitkan oleh portal" in forged.content.decode()
    assert winner.unit.name not in forged.content.decode()


def test_a_piagam_no_longer_holds_once_its_results_are_withdrawn(client, announced, secretariat):
    winner = announced["juara_1"]
    client.get(results_certificate_url(announced, winner))
    code = Certificate.objects.get(submission=winner).code
    change_competition_status(
        competition=announced["competition"], to=Competition.Status.JUDGING, by=secretariat
    )
    response = client.get(f"/piagam/{code}/")
    assert response.status_code == 404
    assert "tidak berlaku lagi" in response.content.decode()


def test_the_secretariat_prepares_every_piagam_of_the_edition_as_one_zip_and_downloads_it(
    client, announced, secretariat, django_capture_on_commit_callbacks
):
    """The ZIP is long work: it is made as a background job (in-process here, with no broker), whose page
    shows how many piagam are drawn and then offers the file."""
    client.force_login(secretariat)
    downloads = reverse("admin:judging_edition_downloads", args=[announced["competition"].pk])
    url = reverse("admin:judging_certificates_download", args=[announced["competition"].pk])
    assert url in client.get(downloads).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)

    job = BackgroundJob.objects.get()
    assert response.url == reverse("admin:competitions_backgroundjob_change", args=[job.pk])
    assert (job.status, job.done, job.total, job.requested_by) == ("done", 6, 6, secretariat)
    page = client.get(response.url).content.decode()
    assert "Selesai" in page and '<progress value="6" max="6">' in page
    assert 'http-equiv="refresh"' not in page  # finished: the page stops reloading itself
    download = reverse("admin:competitions_backgroundjob_download", args=[job.pk])
    assert download in page
    assert "Pekerjaan panjang dimulai" in str(
        [event_log.describe(event) for event in Event.objects.filter(action="job_requested")]
    )

    response = client.get(download)
    slug = announced["competition"].slug
    assert response["Content-Disposition"] == f'attachment; filename="piagam-{slug}.zip"'
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    # The two prizes in place order, then the four other participants by title.
    assert archive.namelist() == [
        "perangkat-daerah/piagam-juara-1-inovasi-1.pdf",
        "perangkat-daerah/piagam-juara-2-inovasi-2.pdf",
        "perangkat-daerah/piagam-peserta-inovasi-0.pdf",
        "perangkat-daerah/piagam-peserta-inovasi-3.pdf",
        "perangkat-daerah/piagam-peserta-inovasi-4.pdf",
        "perangkat-daerah/piagam-peserta-inovasi-5.pdf",
    ]
    assert "JUARA 2" in pdf_text(archive.read("perangkat-daerah/piagam-juara-2-inovasi-2.pdf"))
    assert "PESERTA" in pdf_text(archive.read("perangkat-daerah/piagam-peserta-inovasi-0.pdf"))
    assert Certificate.objects.count() == 6
    # Preparing it again issues nothing new: the same six codes; the edition's page lists both jobs.
    codes = set(Certificate.objects.values_list("code", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)
    assert set(Certificate.objects.values_list("code", flat=True)) == codes
    assert client.get(downloads).content.decode().count("Semua piagam Kompetisi Inovasi Kota 2026") == 2


def test_a_running_job_reloads_its_page_and_offers_no_file_yet(client, announced, secretariat):
    client.force_login(secretariat)
    job = BackgroundJob.objects.create(
        kind="certificates_zip", title="Piagam", competition=announced["competition"], status="running"
    )
    BackgroundJob.objects.filter(pk=job.pk).update(done=40, total=120)
    page = client.get(reverse("admin:competitions_backgroundjob_change", args=[job.pk])).content.decode()
    assert 'http-equiv="refresh"' in page and '<progress value="40" max="120">' in page
    download = reverse("admin:competitions_backgroundjob_download", args=[job.pk])
    assert download not in page
    assert client.get(download).status_code == 404


def test_a_job_that_fails_says_why_and_changes_nothing(
    client, final_round, secretariat, django_capture_on_commit_callbacks
):
    """The signer was removed after the job was queued: the job fails with the reason, no piagam exists."""
    competition = final_round["competition"]
    services.decide_awards(competition=competition, category=final_round["category"], by=secretariat)
    publish(competition, secretariat)
    Competition.objects.filter(pk=competition.pk).update(**SIGNER)
    client.force_login(secretariat)
    with django_capture_on_commit_callbacks(execute=False) as queued:
        client.post(reverse("admin:judging_certificates_download", args=[competition.pk]))
    Competition.objects.filter(pk=competition.pk).update(certificate_signer_name="")
    for callback in queued:
        callback()

    job = BackgroundJob.objects.get()
    assert job.status == "failed"
    assert "nama dan jabatan penanda tangan" in job.error
    assert not Certificate.objects.exists()
    page = client.get(reverse("admin:competitions_backgroundjob_change", args=[job.pk])).content.decode()
    assert "Gagal" in page and "penanda tangan" in page


def test_the_zip_waits_for_the_signer_and_says_so(client, final_round, secretariat):
    competition, category = final_round["competition"], final_round["category"]
    services.decide_awards(competition=competition, category=category, by=secretariat)
    publish(competition, secretariat)
    client.force_login(secretariat)
    response = client.post(reverse("admin:judging_certificates_download", args=[competition.pk]), follow=True)
    assert "Isi terlebih dahulu nama dan jabatan penanda tangan piagam" in response.content.decode()
    assert not Certificate.objects.exists()
    assert not BackgroundJob.objects.exists()


@pytest.mark.parametrize("who", ["anonymous", "operator", "judge", "leader", "staff_without_group"])
def test_only_the_secretariat_prepares_the_zip_and_downloads_it(client, announced, secretariat, who):
    job = BackgroundJob.objects.create(kind="certificates_zip", title="Piagam", requested_by=secretariat)
    if who != "anonymous":
        client.force_login(factories.make_account(who))
    response = client.post(reverse("admin:judging_certificates_download", args=[announced["competition"].pk]))
    assert response.status_code == (403 if who == "staff_without_group" else 302)
    assert not Certificate.objects.exists()
    assert BackgroundJob.objects.count() == 1
    for name in ("change", "download"):
        response = client.get(reverse(f"admin:competitions_backgroundjob_{name}", args=[job.pk]))
        assert response.status_code in (302, 403, 404)
        assert response.status_code != 200


def test_the_signer_is_edited_with_the_edition(client, final_round, secretariat):
    client.force_login(secretariat)
    page = client.get(
        reverse("admin:competitions_competition_change", args=[final_round["competition"].pk])
    ).content.decode()
    for field in ("certificate_signer_name", "certificate_signer_title", "certificate_signer_nip"):
        assert f'name="{field}"' in page
