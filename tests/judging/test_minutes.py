"""The berita acara (minutes) of each decision: what the PDF records, for whom to sign, and that only the
secretariat downloads it once the decision is made."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from competitions.models import Competition, Stage
from judging import services
from judging.ranking import TieChoice
from tests import factories
from tests.judging.conftest import decide_stage
from tests.judging.test_decisions import score_all

pytestmark = pytest.mark.django_db


def pdf_text(response) -> str:
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def stage_minutes_url(stage, category):
    return reverse("admin:judging_stage_minutes_download", args=[stage.pk, category.pk])


def test_the_minutes_of_a_stage_record_the_decision_its_tie_and_the_judges_to_sign(
    client, scored_round, secretariat
):
    secretariat.first_name, secretariat.last_name = "Rina", "Marlina"
    secretariat.save()
    for judge, name in zip(
        scored_round["judges"], ["Maya Lestari", "Bambang Wijaya", "Yusuf Hakim"], strict=True
    ):
        judge.first_name, judge.last_name = name.split()
        judge.save()
    score_all(scored_round, [(10, 10), (9, 9), (8, 8), (8, 8), (6, 6), (5, 5)])
    stage, category = scored_round["stage"], scored_round["category"]
    third, fourth = scored_round["entries"][2], scored_round["entries"][3]
    services.advance_shortlist(
        stage=stage,
        category=category,
        by=secretariat,
        tie_choices={"3": TieChoice([fourth.pk, third.pk], "Bukti lapangan lebih kuat")},
    )
    client.force_login(secretariat)
    ranking_page = reverse("admin:judging_stage_ranking", args=[stage.pk, category.pk])
    assert stage_minutes_url(stage, category) in client.get(ranking_page).content.decode()

    text = pdf_text(client.get(stage_minutes_url(stage, category)))

    for expected in [
        "BERITA ACARA",
        "Penetapan hasil tahap “Penilaian Proposal” · kategori Perangkat Daerah",
        f"Edisi {scored_round['competition'].name}",
        "Tahap Penilaian Proposal",
        "Dicatat oleh Rina Marlina",
        "Metode Rata-rata total nilai juri",
        "3 peringkat teratas lolos; 3 dari 6 usulan lolos.",
        # The stored ranking: (10, 10) = 100, (9, 9) = 88.8889, the tied pair at 77.7778, … 44.4444.
        f"1 Inovasi 0 {scored_round['entries'][0].unit.name} 100,00 Lolos",
        f"3 Inovasi 3 * {fourth.unit.name} 77,78 Lolos",
        f"3 Inovasi 2 * {third.unit.name} 77,78 Tidak lolos",
        "6 Inovasi 5",
        "Seri untuk lolos / tidak lolos, ditentukan oleh Rina Marlina",
        "Urutan yang dipilih: "
        f"1. Inovasi 3 ({fourth.unit.display_name}); 2. Inovasi 2 ({third.unit.display_name}).",
        "Alasan: Bukti lapangan lebih kuat",
        "Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.",
        "Dewan juri tahap “Penilaian Proposal”, kategori Perangkat Daerah:",
        "1 Bambang Wijaya 2 Maya Lestari 3 Yusuf Hakim",
    ]:
        assert expected in text, expected
    assert "Terkoreksi" not in text  # the edition ranks by the score, so the adjusted score is not listed


def test_a_decision_kept_after_a_change_is_in_the_minutes(client, secretariat):
    competition = factories.CompetitionFactory(status=Competition.Status.JUDGING, rank_by_adjusted=False)
    category = factories.CategoryFactory(competition=competition, shortlist_size=1)
    proposal = factories.StageFactory(
        competition=competition, order=1, kind=Stage.Kind.SCORED, name="Proposal"
    )
    # A title with markup characters is printed as typed, never read as markup.
    first = factories.SubmissionFactory(
        category=category, status="eligible", innovation__title="Lapor & Layani <24 jam>"
    )
    second = factories.SubmissionFactory(category=category, status="eligible")
    decide_stage(proposal, category, {first: 90, second: 80}, by=secretariat)
    judge = proposal.sheets.first().judge
    # The judge turns out to work for the first entry's unit; the secretariat keeps the decision anyway.
    factories.MembershipFactory(user=judge, unit=first.unit)
    services.keep_decision(
        stage=proposal, category=category, by=secretariat, note="Urutan lolos tidak berubah tanpa nilai itu."
    )
    client.force_login(secretariat)

    text = pdf_text(client.get(stage_minutes_url(proposal, category)))

    assert f"1 Lapor & Layani <24 jam> {first.unit.name} 90,00 Lolos" in text
    assert "Keputusan yang dipertahankan setelah ada perubahan" in text
    assert "Alasan: Urutan lolos tidak berubah tanpa nilai itu." in text
    assert f"1 {judge.username}" in text  # the judge assigned to the stage signs
    assert "Tidak ada nilai seri yang perlu ditentukan." in text


def test_the_minutes_of_the_awards_list_the_winners_and_the_last_scored_panel(
    client, final_round, secretariat
):
    competition, category = final_round["competition"], final_round["category"]
    services.decide_awards(competition=competition, category=category, by=secretariat)
    client.force_login(secretariat)
    url = reverse("admin:judging_final_minutes_download", args=[competition.pk, category.pk])
    assert (
        url
        in client.get(
            reverse("admin:judging_final_ranking", args=[competition.pk, category.pk])
        ).content.decode()
    )

    text = pdf_text(client.get(url))

    visits = competition.stages.get(order=3)
    for expected in [
        "Penetapan pemenang · kategori Perangkat Daerah",
        f"dari hasil tahap yang sudah ditetapkan: Penilaian Proposal (60%), {visits.name} (40%).",
        "Juara 1 (Rp3.000.000); Juara 2 (Rp2.000.000); Harapan 1",
        # (60 × 88.8889 + 40 × 90) ÷ 100 = 89.3333; (60 × 77.7778 + 40 × 60) ÷ 100 = 70.6667.
        "1 Inovasi 1",
        "89,33 Juara 1 · Rp3.000.000",
        "70,67 Juara 2 · Rp2.000.000",
        "80,00 tidak dapat menang: tidak lolos verifikasi lapangan",
        "Dewan juri tahap penilaian terakhir, “Penilaian Proposal”, kategori Perangkat Daerah",
        "1 juri1 2 juri2 3 juri3",
    ]:
        assert expected in text, expected


def test_no_minutes_before_the_decision(client, final_round, secretariat):
    competition, category = final_round["competition"], final_round["category"]
    undecided = factories.StageFactory(competition=competition, order=5, kind=Stage.Kind.SCORED)
    client.force_login(secretariat)
    response = client.get(stage_minutes_url(undecided, category), follow=True)
    assert response.redirect_chain
    assert "Berita acara dibuat setelah tahap ini ditetapkan" in response.content.decode()
    final = client.get(
        reverse("admin:judging_final_minutes_download", args=[competition.pk, category.pk]), follow=True
    )
    assert final.redirect_chain
    assert "Berita acara dibuat setelah penghargaan kategori ini ditetapkan" in final.content.decode()


@pytest.mark.parametrize("who", ["anonymous", "operator", "judge", "leader", "staff_without_group"])
def test_only_the_secretariat_downloads_the_minutes(client, final_round, secretariat, who):
    competition, category = final_round["competition"], final_round["category"]
    services.decide_awards(competition=competition, category=category, by=secretariat)
    if who != "anonymous":
        client.force_login(factories.make_account(who))
    for url in [
        stage_minutes_url(final_round["stage"], category),
        reverse("admin:judging_final_minutes_download", args=[competition.pk, category.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == (403 if who == "staff_without_group" else 302)
        assert not response.has_header("Content-Disposition")
