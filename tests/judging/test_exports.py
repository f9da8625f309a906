"""The secretariat's judging spreadsheets: the judges' scores, each stage's ranking (the stored decision once
decided), and the final ranking with the prizes; and nobody else downloads them."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from competitions.models import Stage
from judging import services
from judging.models import Assignment
from judging.ranking import TieChoice
from tests import factories
from tests.jobs import file_from_job
from tests.judging.test_decisions import DISTINCT, score_all

pytestmark = pytest.mark.django_db


def workbook_of(response):
    assert response.status_code == 200, response.status_code
    return openpyxl.load_workbook(io.BytesIO(response.content))


def rows_of(worksheet):
    return list(worksheet.iter_rows(values_only=True))


def test_the_score_matrix_has_a_row_per_sheet_with_each_criterion(client, scored_round, secretariat):
    stage, (novelty, impact) = scored_round["stage"], scored_round["criteria"]
    entry = scored_round["entries"][0]
    first, second = scored_round["judges"][:2]
    for judge in (first, second):
        Assignment.objects.create(stage=stage, submission=entry, judge=judge)
    services.save_sheet(
        stage=stage,
        submission=entry,
        judge=first,
        values={novelty.pk: ("7", "Cukup baru"), impact.pk: ("10", "Berdampak luas")},
        note="Layak maju",
        submit=True,
    )
    services.save_sheet(
        stage=stage, submission=entry, judge=second, values={novelty.pk: ("4", ""), impact.pk: ("1", "")}
    )
    client.force_login(secretariat)

    response = file_from_job(
        client, reverse("admin:judging_scores_download", args=[stage.competition.pk, "xlsx"])
    )

    worksheet = workbook_of(response)["2. Penilaian Proposal"]
    header, *rows = rows_of(worksheet)
    assert header == (
        "Kategori",
        "Usulan",
        "Unit",
        "Juri",
        "Status",
        "Dihitung",
        "Dikirim pada",
        "Kebaruan (60%)",
        "Kebaruan: catatan",
        "Signifikansi (40%)",
        "Signifikansi: catatan",
        "Total (0–100)",
        "Catatan umum",
    )
    # juri1's sheet: (60 × 6/9 + 40 × 9/9) ÷ 100 × 100 = 80; juri2's draft has no total and does not count.
    submitted, draft = rows
    assert submitted[:6] == ("Perangkat Daerah", "Inovasi 0", entry.unit.name, "juri1", "Terkirim", "ya")
    assert submitted[7:] == (7, "Cukup baru", 10, "Berdampak luas", 80, "Layak maju")
    assert worksheet["L2"].number_format == "0.00"
    assert draft[3:6] == ("juri2", "Draf", "tidak")
    # A draft keeps its partial total ((60 × 3/9 + 40 × 0/9) = 20), not counted until it is submitted.
    assert draft[6] is None and draft[7:] == (4, None, 1, None, 20, None)


def test_the_score_matrix_of_one_stage_as_csv(client, scored_round, secretariat):
    stage = scored_round["stage"]
    client.force_login(secretariat)
    response = file_from_job(
        client, reverse("admin:judging_stage_scores_download", args=[stage.competition.pk, stage.pk, "csv"])
    )
    assert response["Content-Disposition"].endswith('-tahap-2.csv"')
    header = next(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header[:4] == ["Kategori", "Usulan", "Unit", "Juri"]


def ranking_url(round_, file_format="xlsx"):
    return reverse(
        "admin:judging_stage_ranking_download",
        args=[round_["stage"].pk, round_["category"].pk, file_format],
    )


def test_an_undecided_ranking_gives_every_method_the_judges_and_the_provisional_outcome(
    client, scored_round, secretariat
):
    score_all(scored_round, DISTINCT)
    # A third judge gives the first entry (5, 5) = 44.4444: its totals are 100, 100 and 44.4444.
    stage, (novelty, impact) = scored_round["stage"], scored_round["criteria"]
    first, third_judge = scored_round["entries"][0], scored_round["judges"][2]
    Assignment.objects.create(stage=stage, submission=first, judge=third_judge)
    services.save_sheet(
        stage=stage,
        submission=first,
        judge=third_judge,
        values={novelty.pk: ("5", ""), impact.pk: ("5", "")},
        submit=True,
    )
    client.force_login(secretariat)

    workbook = workbook_of(client.get(ranking_url(scored_round)))

    assert workbook.sheetnames == ["Peringkat", "Juri", "Seri", "Keterangan"]
    header, *rows = rows_of(workbook["Peringkat"])
    assert header == (
        "Peringkat",
        "Usulan",
        "Unit",
        "Nilai",
        "Terkoreksi",
        "Rata-rata",
        "Median",
        "Rata-rata terpangkas",
        "Hasil",
        "Seri ditentukan sekretariat",
    )
    # Inovasi 1 (88.8889 from both judges) now leads; Inovasi 0 has mean (100 + 100 + 44.4444) ÷ 3 =
    # 81.4815, median 100, and a trimmed mean of 100 (without the highest and the lowest total).
    assert [row[1] for row in rows] == [
        "Inovasi 1",
        "Inovasi 0",
        "Inovasi 2",
        "Inovasi 3",
        "Inovasi 4",
        "Inovasi 5",
    ]
    leader, runner_up = rows[0], rows[1]
    assert leader[0] == 1 and leader[3] == 88.8889 and leader[5:8] == (88.8889, 88.8889, 88.8889)
    assert runner_up[3] == 81.4815 and runner_up[5:8] == (81.4815, 100, 100)
    # The top 3 advance: the outcome each place would have if decided now.
    assert [row[8] for row in rows] == ["lolos"] * 3 + ["tidak lolos"] * 3
    judges = rows_of(workbook["Juri"])
    assert judges[0] == (
        "Juri",
        "Lembar nilai",
        "Dinilai bersama juri lain",
        "Rata-rata",
        "Sebaran",
        "Selisih juri",
    )
    assert [row[:3] for row in judges[1:]] == [("juri1", 6, 6), ("juri2", 6, 6), ("juri3", 1, 1)]
    about = dict(rows_of(workbook["Keterangan"])[1:])
    assert about["Metode"] == "Rata-rata total nilai juri"
    assert about["Diperingkat menurut"] == "nilai"
    assert about["Jumlah yang lolos"] == 3
    assert about["Status"] == "Belum ditetapkan: peringkat sebagaimana saat ini."


def test_a_decided_ranking_is_the_stored_decision_with_its_tie_and_reason(client, scored_round, secretariat):
    # Third and fourth are level on everything: the secretariat put the fourth through, with a reason.
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

    workbook = workbook_of(client.get(ranking_url(scored_round)))

    rows = rows_of(workbook["Peringkat"])[1:]
    assert [(row[0], row[1], row[8], row[9]) for row in rows] == [
        (1, "Inovasi 0", "Lolos", "tidak"),
        (2, "Inovasi 1", "Lolos", "tidak"),
        (3, "Inovasi 3", "Lolos", "ya"),
        (3, "Inovasi 2", "Tidak lolos", "ya"),
        (5, "Inovasi 4", "Tidak lolos", "tidak"),
        (6, "Inovasi 5", "Tidak lolos", "tidak"),
    ]
    assert rows[2][3] == 77.7778
    ties = rows_of(workbook["Seri"])
    assert ties[0] == (
        "Kategori",
        "Posisi yang diperebutkan",
        "Urutan yang dipilih",
        "Alasan",
        "Ditetapkan oleh",
        "Ditetapkan pada",
    )
    assert ties[1][:5] == (
        "Perangkat Daerah",
        "lolos / tidak lolos",
        f"1. Inovasi 3 ({fourth.unit.display_name}); 2. Inovasi 2 ({third.unit.display_name})",
        "Bukti lapangan lebih kuat",
        secretariat.username,
    )
    about = dict(rows_of(workbook["Keterangan"])[1:])
    assert about["Status"].startswith("Sudah ditetapkan: peringkat, nilai, nilai terkoreksi dan hasil adalah")
    assert rows_of(workbook["Peringkat"])[0][5:8] == (
        "Rata-rata (saat ini)",
        "Median (saat ini)",
        "Rata-rata terpangkas (saat ini)",
    )
    assert about["Ditetapkan oleh"] == secretariat.username
    assert about["Berubah sejak keputusan"] == "tidak"


def test_the_ranking_page_offers_the_downloads(client, scored_round, secretariat):
    client.force_login(secretariat)
    page = client.get(
        reverse("admin:judging_stage_ranking", args=[scored_round["stage"].pk, scored_round["category"].pk])
    ).content.decode()
    assert ranking_url(scored_round) in page and ranking_url(scored_round, "csv") in page


def test_the_final_ranking_has_a_sheet_per_category_with_prizes_and_amounts(client, final_round, secretariat):
    competition, category = final_round["competition"], final_round["category"]
    factories.CategoryFactory(competition=competition, name="Kecamatan", order=2)
    services.decide_awards(competition=competition, category=category, by=secretariat)
    client.force_login(secretariat)
    final_page = client.get(reverse("admin:judging_final_ranking", args=[competition.pk, category.pk]))
    url = reverse("admin:judging_final_download", args=[competition.pk, "xlsx"])
    assert url in final_page.content.decode()

    workbook = workbook_of(client.get(url))

    assert workbook.sheetnames == ["Perangkat Daerah", "Kecamatan", "Seri"]
    header, *rows = rows_of(workbook["Perangkat Daerah"])
    assert header == (
        "Peringkat",
        "Usulan",
        "Unit",
        "Penilaian Proposal (60%)",
        f"{final_round['competition'].stages.get(order=3).name} (40%)",
        "Nilai akhir",
        "Dapat menang",
        "Hadiah",
        "Uang pembinaan (Rp)",
        "Hadiah ditetapkan",
        "Seri ditentukan sekretariat",
    )
    # (60 × 88.8889 + 40 × 90) ÷ 100 = 89.3333 and (60 × 77.7778 + 40 × 60) ÷ 100 = 70.6667; the entry that
    # failed field verification (100 and 50: 80) cannot win and comes last.
    assert rows == [
        (
            1,
            "Inovasi 1",
            final_round["finalists"][1].unit.name,
            88.8889,
            90,
            89.3333,
            "ya",
            "Juara 1",
            3000000,
            "ya",
            "tidak",
        ),
        (
            2,
            "Inovasi 2",
            final_round["finalists"][2].unit.name,
            77.7778,
            60,
            70.6667,
            "ya",
            "Juara 2",
            2000000,
            "ya",
            "tidak",
        ),
        (
            3,
            "Inovasi 0",
            final_round["finalists"][0].unit.name,
            100,
            50,
            80,
            "tidak",
            None,
            None,
            "tidak",
            "tidak",
        ),
    ]
    assert workbook["Perangkat Daerah"]["I2"].number_format == "#,##0"
    assert rows_of(workbook["Kecamatan"]) == [header]  # no entries


def test_the_final_ranking_of_one_category_as_csv(client, final_round, secretariat):
    competition, category = final_round["competition"], final_round["category"]
    client.force_login(secretariat)
    response = client.get(
        reverse("admin:judging_final_ranking_download", args=[competition.pk, category.pk, "csv"])
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    # Before the awards, the prize each place would carry.
    assert [row[1] for row in rows[1:]] == ["Inovasi 1", "Inovasi 2", "Inovasi 0"]
    assert [row[7] for row in rows[1:]] == ["Juara 1", "Juara 2", ""]
    assert [row[9] for row in rows[1:]] == ["tidak", "tidak", "tidak"]


def test_the_edition_page_links_its_downloads(client, final_round, secretariat):
    competition = final_round["competition"]
    client.force_login(secretariat)
    change = client.get(reverse("admin:competitions_competition_change", args=[competition.pk]))
    downloads = reverse("admin:judging_edition_downloads", args=[competition.pk])
    assert downloads in change.content.decode()
    page = client.get(downloads).content.decode()
    for url in [
        reverse("admin:judging_entries_download", args=[competition.pk, "xlsx"]),
        reverse("admin:judging_entries_download", args=[competition.pk, "csv"]),
        reverse("admin:judging_inventory_download", args=[competition.pk]),
        reverse("admin:judging_scores_download", args=[competition.pk, "xlsx"]),
        reverse("admin:judging_final_download", args=[competition.pk, "xlsx"]),
        ranking_url(final_round),
        # The proposal stage is decided: its minutes are offered; the awards are not, so theirs are not.
        reverse(
            "admin:judging_stage_minutes_download", args=[final_round["stage"].pk, final_round["category"].pk]
        ),
    ]:
        assert url in page
    final_minutes = reverse(
        "admin:judging_final_minutes_download", args=[competition.pk, final_round["category"].pk]
    )
    assert final_minutes not in page


def test_the_editions_entries_and_inventory_from_its_downloads_page(client, final_round, secretariat):
    competition = final_round["competition"]
    client.force_login(secretariat)
    entries = workbook_of(
        file_from_job(client, reverse("admin:judging_entries_download", args=[competition.pk, "xlsx"]))
    ).worksheets[0]
    # Listed by unit name; the factory's unit names are numbered, so compare the titles as a set.
    assert sorted(row[2] for row in rows_of(entries)[1:]) == [f"Inovasi {index}" for index in range(6)]
    inventory = file_from_job(
        client,
        reverse("admin:judging_inventory_download", args=[competition.pk]),
        {"year": "", "file_format": "csv"},
    )
    rows = list(csv.reader(io.StringIO(inventory.content.decode("utf-8-sig"))))
    assert sorted(row[0] for row in rows[1:]) == [f"Inovasi {index}" for index in range(6)]


@pytest.mark.parametrize(
    "who", ["anonymous", "operator", "judge", "verifier", "leader", "staff_without_group"]
)
def test_only_the_secretariat_downloads_judging_files(client, final_round, who):
    competition, category, stage = final_round["competition"], final_round["category"], final_round["stage"]
    urls = [
        reverse("admin:judging_edition_downloads", args=[competition.pk]),
        reverse("admin:judging_entries_download", args=[competition.pk, "xlsx"]),
        reverse("admin:judging_inventory_download", args=[competition.pk]) + "?file_format=xlsx",
        reverse("admin:judging_scores_download", args=[competition.pk, "xlsx"]),
        reverse("admin:judging_stage_scores_download", args=[competition.pk, stage.pk, "csv"]),
        ranking_url(final_round),
        reverse("admin:judging_final_download", args=[competition.pk, "xlsx"]),
        reverse("admin:judging_final_ranking_download", args=[competition.pk, category.pk, "csv"]),
    ]
    if who != "anonymous":
        client.force_login(factories.make_account(who))
    for url in urls:
        response = client.get(url)
        # The admin sends everyone who is not staff to its sign-in page; staff without the role are refused.
        assert response.status_code == (403 if who == "staff_without_group" else 302), url
        assert not response.has_header("Content-Disposition")


def test_an_unknown_file_type_or_a_stage_of_another_kind_is_not_found(client, final_round, secretariat):
    competition = final_round["competition"]
    final_stage = competition.stages.get(kind=Stage.Kind.FINAL)
    client.force_login(secretariat)
    assert (
        client.post(reverse("admin:judging_entries_download", args=[competition.pk, "pdf"])).status_code
        == 404
    )
    assert (
        client.get(
            reverse(
                "admin:judging_stage_ranking_download",
                args=[final_stage.pk, final_round["category"].pk, "xlsx"],
            )
        ).status_code
        == 404
    )
