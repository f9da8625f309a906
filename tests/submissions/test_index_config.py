"""The innovation index rules are data per year, loaded by a migration as Kemendagri published them."""

from decimal import Decimal

import pytest

from submissions.index.models import IndexYear
from submissions.index.scoring import maximum_total

pytestmark = pytest.mark.django_db

# IID 2023, indicators 16–35: (number, name, weight, mandatory), as in the national guidance.
INDICATORS_2023 = [
    (16, "Regulasi inovasi daerah", 3, True),
    (17, "Ketersediaan SDM", 2, True),
    (18, "Dukungan anggaran", 2, False),
    (19, "Alat kerja", 2, False),
    (20, "Bimtek inovasi", 1, False),
    (21, "Program dalam RKPD", 2, False),
    (22, "Keterlibatan aktor", 1, False),
    (23, "Pelaksana inovasi", 1, False),
    (24, "Jejaring inovasi", 1, False),
    (25, "Sosialisasi", 1, False),
    (26, "Pedoman teknis", 1, False),
    (27, "Kemudahan informasi layanan", 1, False),
    (28, "Kemudahan proses", 2, False),
    (29, "Penyelesaian pengaduan", 1, False),
    (30, "Layanan terintegrasi", 2, False),
    (31, "Replikasi", 3, False),
    (32, "Kecepatan penciptaan", 2, True),
    (33, "Kemanfaatan", 3, True),
    (34, "Monitoring dan evaluasi", 2, False),
    (35, "Video inovasi", 4, True),
]
# Pendidikan, kesehatan, PUPR, perumahan dan kawasan permukiman, trantibum dan linmas, sosial.
BASIC_AFFAIRS = {"pendidikan", "kesehatan", "pekerjaan-umum", "perumahan", "trantibum", "sosial"}


def indicators_of(config: IndexYear) -> list[tuple]:
    return list(config.indicators.order_by("number").values_list("number", "name", "weight", "is_mandatory"))


def test_the_2023_rules_are_loaded_as_published():
    config = IndexYear.objects.get(year=2023)
    assert (config.divisor, config.innovation_count_cap, config.points_per_innovation) == (
        10,
        200,
        Decimal("0.38"),
    )
    assert set(config.basic_affairs.values_list("code", flat=True)) == BASIC_AFFAIRS
    assert config.basic_affairs_required == 5
    assert (config.very_innovative_from, config.innovative_from) == (Decimal("60.01"), Decimal("35.00"))
    assert (config.regional_max_score, config.regional_score) == (Decimal("63"), None)
    assert indicators_of(config) == INDICATORS_2023
    # 3+2+2+2+1+2+1+1+1+1+1+1+2+1+2+3+2+3+2+4 = 37, so 111 per innovation at level 3.
    assert sum(weight for _n, _name, weight, _m in indicators_of(config)) == 37
    # 63 (SPD) + 111 (indicators) + 200 × 0.38 = 76 (number of innovations) = 250.
    assert maximum_total(config, list(config.indicators.all())) == Decimal("250")
    sixteen = config.indicators.get(number=16)
    assert (sixteen.level_1, sixteen.level_2, sixteen.level_3) == (
        "SK kepala daerah atau SK kepala perangkat daerah",
        "Peraturan kepala daerah (Perkada)",
        "Peraturan daerah (Perda)",
    )


def test_the_2024_copy_carries_the_later_rules():
    config = IndexYear.objects.get(year=2024)
    assert config.divisor == 12
    assert (config.very_innovative_from, config.innovative_from) == (Decimal("65.01"), Decimal("40.01"))
    assert config.basic_affairs_required == 6
    assert set(config.basic_affairs.values_list("code", flat=True)) == BASIC_AFFAIRS
    assert indicators_of(config) == INDICATORS_2023
