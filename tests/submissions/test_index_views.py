"""The innovation index pages: a unit fills its innovations' indicators, leaders see the simulated index."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from submissions.index.models import IndexYear, InnovationIndicator
from tests import factories
from tests.files import pdf_upload
from tests.html_forms import form_fields
from tests.sessions import signed_in_then_session_expired
from tests.submissions.index_helpers import answer, indicator, innovation_with_affairs

pytestmark = pytest.mark.django_db

LINK = "https://drive.google.com/file/d/sk-walikota"


@pytest.fixture
def unit_operator():
    return factories.make_operator(username="operator-dinsos")


@pytest.fixture
def innovation(unit_operator):
    unit = unit_operator.memberships.get().unit
    return innovation_with_affairs(unit=unit, title="SIGAP BANSOS", affairs=["sosial"], by=unit_operator)


def page_url(innovation, year=2023) -> str:
    return reverse("submissions:innovation_index", args=[innovation.pk, year])


# The unit's page


def test_the_operator_sees_the_twenty_indicators_with_their_levels(client, unit_operator, innovation):
    client.force_login(unit_operator)
    response = client.get(page_url(innovation))
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count('class="card mb-3" id="indikator-') == 20
    assert "16. Regulasi inovasi daerah" in page and "35. Video inovasi" in page
    assert "Peraturan daerah (Perda)" in page  # the level descriptions are the choices
    assert 'name="i16-level"' in page and 'name="i16-file"' in page and 'name="i16-link"' in page
    assert "0 dari 111 poin (simulasi)" in page
    assert "Belum ada bukti dukung: indikator ini bernilai 0." in page


def test_the_dashboard_and_the_innovation_page_lead_to_the_index(client, unit_operator, innovation):
    client.force_login(unit_operator)
    latest = reverse("submissions:innovation_index_latest", args=[innovation.pk])
    assert latest in client.get(reverse("submissions:dashboard")).content.decode()
    assert latest in client.get(reverse("submissions:innovation_edit", args=[innovation.pk])).content.decode()
    response = client.get(latest)
    assert response.status_code == 302 and response["Location"] == page_url(innovation, 2024)


def test_saving_levels_links_and_files_scores_the_innovation(client, unit_operator, innovation):
    client.force_login(unit_operator)
    page = client.get(page_url(innovation)).content.decode()
    data = form_fields(page, "index-form")
    data.update({"i16-level": "3", "i16-link": LINK, "i17-level": "2", "i17-file": pdf_upload("sk-tim.pdf")})
    data.update({"i33-level": "2", "i33-note": "Rekap penerima menyusul"})
    response = client.post(page_url(innovation), data, follow=True)
    assert response.redirect_chain[-1][0] == page_url(innovation)
    page = response.content.decode()
    assert "Jawaban indeks inovasi sudah disimpan." in page
    # 16: weight 3 × level 3 = 9; 17: 2 × 2 = 4; 33 has no evidence: 0. Total 13.
    assert "13 dari 111 poin (simulasi)" in page
    assert "Indikator wajib yang masih bernilai 0:" in page
    saved = {row.indicator.number: row for row in InnovationIndicator.objects.filter(innovation=innovation)}
    assert set(saved) == {16, 17, 33}
    assert (saved[16].level, saved[16].link_url, saved[16].link_kind) == (3, LINK, "google_drive")
    assert (saved[17].original_name, saved[17].content_type) == ("sk-tim.pdf", "application/pdf")
    assert (saved[33].level, saved[33].note, saved[33].has_evidence) == (2, "Rekap penerima menyusul", False)

    # Sending the page back unchanged changes nothing.
    before = list(InnovationIndicator.objects.order_by("pk").values())
    client.post(page_url(innovation), form_fields(page, "index-form"))
    assert list(InnovationIndicator.objects.order_by("pk").values()) == before


def test_a_refused_file_keeps_what_was_typed_and_saves_the_other_indicators(
    client, unit_operator, innovation
):
    client.force_login(unit_operator)
    data = form_fields(client.get(page_url(innovation)).content.decode(), "index-form")
    program = SimpleUploadedFile("rekap.pdf", b"MZ\x90\x00 a program", content_type="application/pdf")
    data.update({"i33-level": "3", "i33-file": program, "i33-note": "Rekap 2023 dari kelurahan"})
    data.update({"i16-level": "2", "i16-link": LINK})
    response = client.post(page_url(innovation), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Belum semua indikator tersimpan" in page
    assert "Hanya berkas PDF, JPEG, PNG, dan WebP yang diterima" in page
    typed = form_fields(page, "index-form")
    assert (typed["i33-level"], typed["i33-note"]) == (["3"], ["Rekap 2023 dari kelurahan"])
    assert not InnovationIndicator.objects.filter(innovation=innovation, indicator__number=33).exists()
    saved = InnovationIndicator.objects.get(innovation=innovation, indicator__number=16)
    assert (saved.level, saved.link_url) == (2, LINK)


def test_a_file_and_a_link_together_are_refused_for_that_indicator_only(client, unit_operator, innovation):
    client.force_login(unit_operator)
    data = form_fields(client.get(page_url(innovation)).content.decode(), "index-form")
    data.update({"i18-level": "1", "i18-file": pdf_upload(), "i18-link": LINK, "i19-level": "2"})
    page = client.post(page_url(innovation), data).content.decode()
    assert "Pilih berkas atau tempel tautan (salah satu saja)." in page
    assert list(InnovationIndicator.objects.values_list("indicator__number", "level")) == [(19, 2)]


def test_what_was_typed_before_the_session_expired_comes_back(client, unit_operator, innovation):
    url = page_url(innovation)
    signed_in_then_session_expired(client, unit_operator, url)
    response = client.post(url, {"i20-level": "2", "i20-note": "Bimtek Mei dan Agustus"})  # signed out
    assert response["Location"].startswith(reverse("login"))
    client.post(response["Location"], {"username": unit_operator.username, "password": factories.PASSWORD})
    page = client.get(url).content.decode()
    assert "Sesi Anda sudah berakhir" in page
    typed = form_fields(page, "index-form")
    assert (typed["i20-level"], typed["i20-note"]) == (["2"], ["Bimtek Mei dan Agustus"])
    assert not InnovationIndicator.objects.exists()  # restored, not yet saved


def test_the_secretariat_reads_the_page_but_only_the_unit_fills_it(
    client, secretariat, unit_operator, innovation
):
    answer(innovation, 2023, 16, level=3, link=LINK, by=unit_operator)
    client.force_login(secretariat)
    page = client.get(page_url(innovation)).content.decode()
    assert "9 dari 111 poin (simulasi)" in page
    assert "Jawaban ini hanya dapat diubah oleh operator unit." in page
    assert 'name="i16-file"' not in page and 'type="submit" name="save"' not in page
    assert client.post(page_url(innovation), {"i16-level": "1"}).status_code == 404
    assert InnovationIndicator.objects.get().level == 3


@pytest.mark.parametrize("who", ["operator_of_another_unit", "judge", "verifier", "leader"])
def test_anyone_else_gets_404(client, innovation, who):
    user = factories.make_operator() if who == "operator_of_another_unit" else factories.make_account(who)
    client.force_login(user)
    assert client.get(page_url(innovation)).status_code == 404
    assert client.post(page_url(innovation), {"i16-level": "1"}).status_code == 404
    latest = reverse("submissions:innovation_index_latest", args=[innovation.pk])
    assert client.get(latest).status_code == 404


def test_an_unknown_year_is_404(client, unit_operator, innovation):
    client.force_login(unit_operator)
    assert client.get(page_url(innovation, 1999)).status_code == 404


# Evidence downloads


def test_evidence_downloads_only_for_the_unit_and_the_secretariat(
    client, unit_operator, innovation, secretariat
):
    file_answer = answer(
        innovation, 2023, 17, level=2, upload=pdf_upload("SK Tim Dinsos.pdf"), by=unit_operator
    )
    link_answer = answer(innovation, 2023, 35, level=3, link="https://youtu.be/sigap", by=unit_operator)
    file_url = reverse("submissions:index_evidence", args=[file_answer.pk])
    link_url = reverse("submissions:index_evidence", args=[link_answer.pk])
    for user in (unit_operator, secretariat):
        client.force_login(user)
        response = client.get(file_url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")
        assert "SK Tim Dinsos.pdf" in response["Content-Disposition"]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert client.get(link_url)["Location"] == "https://youtu.be/sigap"
    for user in (factories.make_operator(), factories.make_leader(), factories.make_judge()):
        client.force_login(user)
        assert client.get(file_url).status_code == 404
        assert client.get(link_url).status_code == 404
    client.logout()
    assert client.get(file_url)["Location"].startswith(reverse("login"))


# The leaders' page


@pytest.fixture
def city_2023(unit_operator, innovation):
    """Two innovations answered for 2023, the SPD entered: the worked example of the README.

    SIGAP BANSOS (sosial): 16 L3 (w3) = 9, 17 L2 (w2) = 4, 33 L3 (w3) = 9, 35 L2 (w4) = 8 → 30.
    SI CANTIK (kesehatan, pendidikan): 16 L2 = 6, 35 L3 = 12, 33 L3 without evidence = 0 → 18.
    """
    by = unit_operator
    answer(innovation, 2023, 16, level=3, link=LINK, by=by)
    answer(innovation, 2023, 17, level=2, link=LINK, by=by)
    answer(innovation, 2023, 33, level=3, link=LINK, by=by)
    answer(innovation, 2023, 35, level=2, link=LINK, by=by)
    cantik = innovation_with_affairs(
        unit=innovation.unit, title="SI CANTIK", affairs=["kesehatan", "pendidikan"], by=by
    )
    answer(cantik, 2023, 16, level=2, link=LINK, by=by)
    answer(cantik, 2023, 35, level=3, link=LINK, by=by)
    answer(cantik, 2023, 33, level=3, by=by)
    config = IndexYear.objects.get(year=2023)
    config.regional_score = Decimal("45.50")
    config.save()
    return config


def test_leaders_see_the_simulated_index_and_its_breakdown(client, leader, city_2023):
    client.force_login(leader)
    response = client.get(reverse("submissions:index_simulation"), {"tahun": 2023})
    assert response.status_code == 200
    city = response.context["city"]
    # Σ = 30 + 18 = 48, n = 2 < D = 10: 48 / 10 = 4.80. Urusan: sosial, kesehatan, pendidikan = 3 of 6,
    # 5 needed: no number-of-innovations score. SID = 4.80; total = 4.80 + 45.50 = 50.30;
    # IID = 50.30 / 250 × 100 = 20.12: less innovative.
    assert (city.innovation_part, city.count_score, city.sid) == (
        Decimal("4.8"),
        Decimal("0"),
        Decimal("4.8"),
    )
    assert (city.total, city.iid) == (Decimal("50.30"), Decimal("20.12"))
    page = response.content.decode()
    assert '<p class="display-6 fw-semibold mb-1" id="simulated-iid">20,12</p>' in page
    assert "Kurang Inovatif" in page
    assert "48 poin ÷ MAX(D = 10, n = 2) = 48 ÷ 10" in page
    assert (
        "Tidak dihitung: inovasi baru mencakup 3 urusan pelayanan dasar, sedangkan yang diperlukan 5." in page
    )
    assert "45,50" in page and "50,30 ÷ 250 × 100" in page
    assert [item.innovation.title for item in city.highest()] == ["SIGAP BANSOS", "SI CANTIK"]
    assert city.lowest() == []  # both are already among the highest
    # The weakest indicator: 31 (w3), answered by neither, loses 9 + 9 = 18 points; the next are the
    # unanswered weight-2 ones, 6 + 6 = 12. Indicator 33 loses only SI CANTIK's 9 (no evidence).
    assert city.weakest[0].indicator.number == 31 and city.weakest[0].points_lost == 18


@pytest.mark.parametrize(("who", "shown"), [("leader", True), ("secretariat", True), ("operator", False)])
def test_the_navigation_leads_leaders_to_the_simulation(client, who, shown):
    client.force_login(factories.make_account(who))
    page = client.get(reverse("home")).content.decode()
    link = f'href="{reverse("submissions:index_simulation")}" data-nav="leader">Indeks inovasi (simulasi)</a>'
    assert (link in page) is shown


def test_the_page_picks_the_latest_year_with_answers(client, leader, city_2023):
    client.force_login(leader)
    response = client.get(reverse("submissions:index_simulation"))
    assert response.context["config"].year == 2023  # 2024 has no answers yet
    response = client.get(reverse("submissions:index_simulation"), {"tahun": 2024})
    assert response.context["city"].count == 0
    assert "Belum ada inovasi yang diisi untuk tahun ini." in response.content.decode()


def test_the_secretariat_opens_an_innovation_from_the_leaders_page(
    client, secretariat, leader, city_2023, innovation
):
    url = page_url(innovation)
    client.force_login(secretariat)
    assert url in client.get(reverse("submissions:index_simulation"), {"tahun": 2023}).content.decode()
    client.force_login(leader)
    assert url not in client.get(reverse("submissions:index_simulation"), {"tahun": 2023}).content.decode()


def add_answered_innovations(unit, by, count: int, offset: int) -> None:
    affairs = ["pendidikan", "kesehatan", "pekerjaan-umum", "perumahan", "trantibum", "sosial"]
    for number in range(offset, offset + count):
        innovation = innovation_with_affairs(
            unit=unit, title=f"Inovasi {number:03d}", affairs=[affairs[number % 6]], by=by
        )
        answer(innovation, 2023, 16, level=1 + number % 3, link=LINK, by=by)
        answer(innovation, 2023, 35, level=2, by=by)


def test_the_leaders_page_query_count_does_not_grow_with_the_innovations(
    client, leader, unit_operator, django_assert_num_queries
):
    unit = unit_operator.memberships.get().unit
    add_answered_innovations(unit, unit_operator, 2, 0)
    client.force_login(leader)
    url = reverse("submissions:index_simulation")
    with CaptureQueriesContext(connection) as few:
        assert client.get(url, {"tahun": 2023}).context["city"].count == 2
    add_answered_innovations(unit, unit_operator, 38, 2)
    with django_assert_num_queries(len(few.captured_queries)):
        assert client.get(url, {"tahun": 2023}).context["city"].count == 40


def test_the_operator_page_query_count_does_not_grow_with_the_answers(
    client, unit_operator, innovation, django_assert_num_queries
):
    client.force_login(unit_operator)
    answer(innovation, 2023, 16, level=1, link=LINK, by=unit_operator)
    with CaptureQueriesContext(connection) as few:
        client.get(page_url(innovation))
    for number in range(17, 36):
        answer(innovation, 2023, number, level=2, link=LINK, by=unit_operator)
    with django_assert_num_queries(len(few.captured_queries)):
        client.get(page_url(innovation))
    assert indicator(2023, 35).answers.count() == 1
