"""The demo city's answers to the national innovation index (IID) 2023, for a dozen of its innovations.

Each innovation's levels for indicators 16–35 are written as a row of 20 digits ("0": not answered), with the
indicators whose evidence is still missing. Evidence is a link (documents on Google Drive, the video on
YouTube). Answers are saved through the same service the units' page uses, so seeding again changes nothing.
"""

from decimal import Decimal

from django.contrib.auth.models import User

from submissions.index.models import IndexYear
from submissions.index.services import IndicatorAnswer, save_indicator_answer, set_answer_verified
from submissions.models import Innovation

YEAR = 2023
REGIONAL_SCORE = Decimal("38.40")  # the SPD the city entered for 2023 (of 63)

# unit, innovation, levels of 16–35, indicators without evidence yet
INDEX_ANSWERS = [
    (
        "Dinas Komunikasi dan Informatika",
        "LAPOR WONG KITO – Layanan Pengaduan Online Rakyat Terintegrasi",
        "33333232322333322333",
        [],
    ),
    ("Dinas Komunikasi dan Informatika", "Si Demang", "32333223232332213333", []),
    (
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "SIMANTAP – Sistem Izin Mandiri Tanpa Tatap Muka",
        "22332212222231122232",
        [21],
    ),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "SITA", "22232210212331022222", []),
    (
        "Dinas Kesehatan",
        "SI CANTIK – Sistem Cegah Anak Tengkes Terintegrasi Kelurahan",
        "12221212121221322323",
        [35],
    ),
    (
        "Dinas Kependudukan dan Pencatatan Sipil",
        "PAS LAHIR – Paket Akta Sekali Lahir",
        "22322321232332322232",
        [],
    ),
    (
        "Dinas Sosial",
        "SIGAP BANSOS – Sistem Integrasi dan Pemutakhiran Data Bantuan Sosial",
        "21221101211221211222",
        [16],
    ),
    (
        "Dinas Perpustakaan dan Kearsipan",
        "PERAHU PUSTAKA MUSI – Perpustakaan Keliling di Atas Ketek",
        "11110100111010121112",
        [33, 34],
    ),
    (
        "Dinas Pemadam Kebakaran dan Penyelamatan",
        "REDKAR LORONG – Relawan Pemadam Kebakaran Lorong",
        "22221211121220221222",
        [],
    ),
    (
        "Dinas Lingkungan Hidup dan Kebersihan",
        "SI BASO – Sistem Bank Sampah Online",
        "11121111111110111212",
        [18],
    ),
    (
        "Kecamatan Plaju",
        "SIPLAJU – Sistem Pelayanan Langsung Jemput Bola Plaju",
        "11111011112110211112",
        [32],
    ),
    (
        "Kecamatan Kertapati",
        "JAMBAN SEHAT TEPIAN OGAN – Gerakan Stop Buang Air Besar Sembarangan",
        "10220011010020110101",
        [17, 35],
    ),
]
VERIFIED = {"LAPOR WONG KITO – Layanan Pengaduan Online Rakyat Terintegrasi", "Si Demang"}
FIRST_INDICATOR = 16
VIDEO_INDICATOR = 35


def evidence_link(innovation: Innovation, number: int) -> str:
    if number == VIDEO_INDICATOR:
        return innovation.video_url or f"https://www.youtube.com/watch?v=iid{innovation.pk}"
    return f"https://drive.google.com/drive/folders/iid-{YEAR}-{innovation.pk}-{number}"


def seed_innovation_index(*, secretariat: User) -> None:
    """Answers for 2023, the city's regional score, and the secretariat's verification of two innovations."""
    config = IndexYear.objects.get(year=YEAR)
    if config.regional_score is None:
        config.regional_score = REGIONAL_SCORE
        config.save(update_fields=["regional_score"])
    indicators = {indicator.number: indicator for indicator in config.indicators.all()}
    for unit, title, levels, missing in INDEX_ANSWERS:
        innovation = Innovation.objects.get(unit__name=unit, title=title)
        for offset, digit in enumerate(levels):
            number = FIRST_INDICATOR + offset
            if digit == "0":
                continue
            answer = save_indicator_answer(
                innovation=innovation,
                answer=IndicatorAnswer(
                    indicator=indicators[number],
                    level=int(digit),
                    link="" if number in missing else evidence_link(innovation, number),
                ),
                by=None,
            )
            if title in VERIFIED and answer is not None and answer.has_evidence:
                set_answer_verified(answer=answer, verified=True, by=secretariat)
