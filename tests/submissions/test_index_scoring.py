"""The simulated index against examples worked out by hand, and the rules of saving an answer."""

from decimal import Decimal

import pytest

from competitions.errors import RuleViolation
from competitions.models import Event
from submissions.index import services as index_services
from submissions.index.models import IndexYear, InnovationIndicator
from submissions.index.scoring import predicate_for
from submissions.index.selectors import city_index_for_year, innovation_index_sheet
from tests import factories
from tests.files import pdf_upload
from tests.submissions.index_helpers import answer, innovation_with_affairs

pytestmark = pytest.mark.django_db

Predicate = IndexYear.Predicate
LINK = "https://drive.google.com/file/d/bukti"


@pytest.fixture
def operator():
    return factories.make_operator(username="operator-indeks")


@pytest.fixture
def unit(operator):
    return operator.memberships.get().unit


@pytest.fixture
def year_2023():
    """IID 2023 with the city's regional score (SPD) of 40 entered by the secretariat."""
    config = IndexYear.objects.get(year=2023)
    config.regional_score = Decimal("40")
    config.full_clean()
    config.save()
    return config


def test_three_innovations_below_the_divisor_with_five_urusan_covered(operator, unit, year_2023):
    by = operator
    # A: kesehatan + pendidikan. 16 L3 (w3) = 9, 17 L2 (w2) with a PDF = 4, 35 L3 (w4) = 12, 32 L1 (w2) = 2;
    #    33 L2 (w3) has no evidence, so 0. A = 9 + 4 + 12 + 2 = 27; mandatory 33 is missing.
    a = innovation_with_affairs(unit=unit, title="Si Sehat", affairs=["kesehatan", "pendidikan"], by=by)
    answer(a, 2023, 16, level=3, link=LINK, by=by)
    answer(a, 2023, 17, level=2, upload=pdf_upload("sk-tim.pdf"), by=by)
    answer(a, 2023, 35, level=3, link="https://youtu.be/video", by=by)
    answer(a, 2023, 32, level=1, link=LINK, by=by)
    answer(a, 2023, 33, level=2, note="Rekap menyusul", by=by)
    # B: sosial + trantibum. 16 L1 = 3, 18 L3 (w2) = 6, 31 L2 (w3) = 6. B = 15; 17, 32, 33, 35 missing.
    b = innovation_with_affairs(unit=unit, title="Si Aman", affairs=["sosial", "trantibum"], by=by)
    answer(b, 2023, 16, level=1, link=LINK, by=by)
    answer(b, 2023, 18, level=3, link=LINK, by=by)
    answer(b, 2023, 31, level=2, link=LINK, by=by)
    # C: pekerjaan umum. 35 L2 (w4) = 8. C = 8.
    c = innovation_with_affairs(unit=unit, title="Si Jalan", affairs=["pekerjaan-umum"], by=by)
    answer(c, 2023, 35, level=2, link=LINK, by=by)
    # An innovation without answers for 2023 does not count.
    innovation_with_affairs(unit=unit, title="Si Rumah", affairs=["perumahan"], by=by)

    city = city_index_for_year(year_2023)

    assert [(item.innovation.title, item.score) for item in city.innovations] == [
        ("Si Sehat", 27),
        ("Si Aman", 15),
        ("Si Jalan", 8),
    ]
    assert [indicator.number for indicator in city.innovations[0].missing_mandatory] == [33]
    assert [indicator.number for indicator in city.innovations[1].missing_mandatory] == [17, 32, 33, 35]
    # n = 3 < D = 10: (27 + 15 + 8) / MAX(10, 3) = 50 / 10 = 5.
    assert (city.count, city.score_sum, city.divisor_used, city.innovation_part) == (3, 50, 10, Decimal("5"))
    # Urusan covered: kesehatan, pendidikan, sosial, trantibum, pekerjaan umum = 5 of 6, enough in 2023.
    assert (city.covered, city.coverage_met) == (5, True)
    # Number of innovations: MIN(3, 200) × 0.38 = 1.14. SID = 5 + 1.14 = 6.14.
    assert (city.count_score, city.sid) == (Decimal("1.14"), Decimal("6.14"))
    # Total = 6.14 + SPD 40 = 46.14; IID = 46.14 / 250 × 100 = 18.456 → 18.46: less innovative.
    assert (city.total, city.maximum, city.iid) == (Decimal("46.14"), Decimal("250"), Decimal("18.46"))
    assert city.predicate == Predicate.LESS_INNOVATIVE
    # Points lost per indicator = Σ (weight × 3 − score) over A, B, C. 33 (w3): 9 + 9 + 9 = 27, no evidence
    # anywhere; 31 (w3): 9 + (9 − 6) + 9 = 21; then the untouched w2 indicators, 3 × 6 = 18, lowest number
    # first: 19.
    weakest = [(row.indicator.number, row.without_evidence, row.points_lost) for row in city.weakest[:3]]
    assert weakest == [(33, 3, 27), (31, 2, 21), (19, 3, 18)]
    by_number = {row.indicator.number: row for row in city.weakest}
    # 16 (w3): C has none; B is at level 1; lost (9 − 9) + (9 − 3) + 9 = 15.
    assert (by_number[16].without_evidence, by_number[16].at_lowest_level, by_number[16].points_lost) == (
        1,
        1,
        15,
    )
    # 35 (w4): B has none; lost (12 − 12) + 12 + (12 − 8) = 16.
    assert (by_number[35].without_evidence, by_number[35].at_lowest_level, by_number[35].points_lost) == (
        1,
        0,
        16,
    )


def test_twelve_innovations_above_the_divisor_with_too_few_urusan(operator, unit, year_2023):
    by = operator
    affairs = ["kesehatan", "pendidikan", "sosial", "trantibum"]
    for number in range(12):
        innovation = innovation_with_affairs(
            unit=unit, title=f"Inovasi {number:02d}", affairs=[affairs[number % 4]], by=by
        )
        # 16 L3 (w3) = 9 and 35 L3 (w4) = 12: 21 each.
        answer(innovation, 2023, 16, level=3, link=LINK, by=by)
        answer(innovation, 2023, 35, level=3, link=LINK, by=by)

    city = city_index_for_year(year_2023)

    # n = 12 > D = 10: 12 × 21 = 252, divided by MAX(10, 12) = 12: 21.
    assert (city.count, city.score_sum, city.divisor_used, city.innovation_part) == (
        12,
        252,
        12,
        Decimal("21"),
    )
    # Four of the six urusan, five needed: the number of innovations scores 0. SID = 21.
    assert (city.covered, city.coverage_met, city.count_score, city.sid) == (
        4,
        False,
        Decimal("0"),
        Decimal("21"),
    )
    # Total = 21 + 40 = 61; IID = 61 / 250 × 100 = 24.40.
    assert (city.total, city.iid) == (Decimal("61"), Decimal("24.40"))
    assert city.predicate == Predicate.LESS_INNOVATIVE


def test_the_same_answers_in_2024_need_all_six_urusan_and_divide_by_twelve(operator, unit):
    by = operator
    a = innovation_with_affairs(unit=unit, title="Si Sehat", affairs=["kesehatan", "pendidikan"], by=by)
    b = innovation_with_affairs(
        unit=unit, title="Si Aman", affairs=["sosial", "trantibum", "perumahan"], by=by
    )
    for innovation in (a, b):
        answer(innovation, 2024, 33, level=3, link=LINK, by=by)  # w3 × 3 = 9 each
    city = city_index_for_year(IndexYear.objects.get(year=2024))
    # 18 / MAX(12, 2) = 1.5; five urusan of the six needed in 2024: no number-of-innovations score; no SPD.
    assert (city.innovation_part, city.covered, city.count_score) == (Decimal("1.5"), 5, Decimal("0"))
    # IID = 1.5 / 250 × 100 = 0.60.
    assert (city.total, city.iid, city.predicate) == (
        Decimal("1.5"),
        Decimal("0.60"),
        Predicate.LESS_INNOVATIVE,
    )


@pytest.mark.parametrize(
    ("year", "iid", "expected"),
    [
        (2023, "60.01", Predicate.VERY_INNOVATIVE),
        (2023, "60.00", Predicate.INNOVATIVE),
        (2023, "35.00", Predicate.INNOVATIVE),
        (2023, "34.99", Predicate.LESS_INNOVATIVE),
        (2023, "0.01", Predicate.LESS_INNOVATIVE),
        (2023, "0.00", Predicate.NOT_ASSESSABLE),
        (2024, "65.00", Predicate.INNOVATIVE),
        (2024, "65.01", Predicate.VERY_INNOVATIVE),
        (2024, "40.00", Predicate.LESS_INNOVATIVE),
        (2024, "40.01", Predicate.INNOVATIVE),
    ],
)
def test_predicates_follow_the_years_thresholds(year, iid, expected):
    assert predicate_for(IndexYear.objects.get(year=year), Decimal(iid)) == expected


def test_a_city_without_answers_cannot_be_assessed():
    city = city_index_for_year(IndexYear.objects.get(year=2023))
    assert (city.count, city.iid, city.predicate) == (0, Decimal("0.00"), Predicate.NOT_ASSESSABLE)


# Saving answers


def test_changing_the_evidence_clears_its_verification_and_a_level_change_does_not(
    operator, unit, secretariat
):
    innovation = innovation_with_affairs(unit=unit, title="Si Sehat", affairs=["kesehatan"], by=operator)
    saved = answer(innovation, 2023, 16, level=2, link=LINK, by=operator)
    index_services.set_answer_verified(answer=saved, verified=True, by=secretariat)

    answer(innovation, 2023, 16, level=3, by=operator)  # no new evidence: it stays verified
    saved.refresh_from_db()
    assert (saved.level, saved.link_url, saved.verified) == (3, LINK, True)

    answer(innovation, 2023, 16, level=3, upload=pdf_upload("perwali.pdf"), by=operator)
    saved.refresh_from_db()
    assert (saved.original_name, saved.link_url, saved.verified) == ("perwali.pdf", "", False)
    assert saved.file.name.startswith("private/") and "perwali" not in saved.file.name

    index_services.set_answer_verified(answer=saved, verified=True, by=secretariat)
    answer(innovation, 2023, 16, level=3, remove_evidence=True, by=operator)
    saved.refresh_from_db()
    assert (saved.has_evidence, saved.verified) == (False, False)
    assert innovation_index_sheet(innovation, IndexYear.objects.get(year=2023)).total.score == 0
    actions = list(Event.objects.filter(object_id=innovation.pk).values_list("action", flat=True))
    assert actions.count("index_evidence_verified") == 2
    assert actions.count("index_evidence_removed") == 2  # the link replaced by the file, then the file


def test_an_answer_emptied_of_everything_is_deleted(operator, unit):
    innovation = innovation_with_affairs(unit=unit, title="Si Sehat", affairs=["kesehatan"], by=operator)
    answer(innovation, 2023, 20, level=1, by=operator)
    assert answer(innovation, 2023, 20, level=None, by=operator) is None
    assert not InnovationIndicator.objects.filter(innovation=innovation).exists()


def test_a_refused_file_saves_nothing_for_its_indicator(operator, unit):
    from django.core.files.uploadedfile import SimpleUploadedFile

    innovation = innovation_with_affairs(unit=unit, title="Si Sehat", affairs=["kesehatan"], by=operator)
    program = SimpleUploadedFile("bukti.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    with pytest.raises(RuleViolation) as refusal:
        answer(innovation, 2023, 17, level=2, upload=program, by=operator)
    assert refusal.value.messages == [
        "Hanya berkas PDF, JPEG, PNG, dan WebP yang diterima; yang diperiksa adalah isi berkas, bukan nama "
        "berkasnya."
    ]
    assert not InnovationIndicator.objects.filter(innovation=innovation).exists()


def test_evidence_cannot_be_verified_when_there_is_none(operator, unit, secretariat):
    innovation = innovation_with_affairs(unit=unit, title="Si Sehat", affairs=["kesehatan"], by=operator)
    saved = answer(innovation, 2023, 20, level=1, by=operator)
    with pytest.raises(RuleViolation):
        index_services.set_answer_verified(answer=saved, verified=True, by=secretariat)
