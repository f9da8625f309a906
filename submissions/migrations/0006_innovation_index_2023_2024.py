"""Load the national innovation index (IID) rules of 2023, and a 2024 copy with that year's changes.

The values are Kemendagri's (BSKDN) for the IID 2023: D = 10, the number of innovations counted up to 200
at 0.38 each when 5 of the 6 basic-service urusan are covered, predicates from 60.01 and 35.00, a regional
score (SPD) of at most 63, and the 20 per-innovation indicators 16–35 (weights summing to 37). The 2024 copy
uses the later values: D = 12, thresholds 65.01 and 40.01, all 6 urusan. The data is written out here, not
imported, so this migration loads the same rows whatever the code becomes; the secretariat edits them in
the admin.
"""

from decimal import Decimal

from django.db import migrations

# The six urusan wajib pelayanan dasar (UU 23/2014, art. 12(1)), by GovernmentAffair code.
BASIC_AFFAIRS = ["pendidikan", "kesehatan", "pekerjaan-umum", "perumahan", "trantibum", "sosial"]

# number, name, weight, mandatory, level 1, level 2, level 3, typical evidence
INDICATORS_2023 = [
    (16, "Regulasi inovasi daerah", 3, True,
     "SK kepala daerah atau SK kepala perangkat daerah", "Peraturan kepala daerah (Perkada)",
     "Peraturan daerah (Perda)", "Regulasi yang menetapkan nama inovasi daerah"),
    (17, "Ketersediaan SDM", 2, True,
     "1–10 orang", "11–30 orang", "Lebih dari 30 orang", "SK tim atau surat tugas pengelola inovasi"),
    (18, "Dukungan anggaran", 2, False,
     "Dianggarkan dalam 1 tahun", "Dianggarkan 2 tahun berturut-turut", "Dianggarkan 3 tahun berturut-turut",
     "DPA atau RKA"),
    (19, "Alat kerja", 2, False,
     "Manual", "Elektronik", "Sistem daring (online)", "Foto alat kerja atau tangkapan layar aplikasi"),
    (20, "Bimtek inovasi", 1, False,
     "1 kali dalam 3 tahun terakhir", "2 kali dalam 3 tahun terakhir", "3 kali atau lebih dalam 3 tahun terakhir",
     "Surat tugas, notulen dan daftar hadir bimtek"),
    (21, "Program dalam RKPD", 2, False,
     "Tercantum dalam RKPD satu tahun", "Tercantum dalam RKPD dua tahun", "Tercantum dalam RKPD tiga tahun",
     "Kutipan dokumen RKPD"),
    (22, "Keterlibatan aktor", 1, False,
     "3 aktor", "4 aktor", "5 aktor atau lebih", "Perjanjian kerja sama, daftar hadir"),
    (23, "Pelaksana inovasi", 1, False,
     "Tanpa surat penugasan", "Surat penugasan dari kepala perangkat daerah", "SK kepala daerah",
     "SK penetapan pelaksana inovasi"),
    (24, "Jejaring inovasi", 1, False,
     "2 perangkat daerah", "3–4 perangkat daerah", "5 perangkat daerah atau lebih",
     "Keputusan bersama, SOP"),
    (25, "Sosialisasi", 1, False,
     "Foto kegiatan dengan spanduk", "Media sosial pemerintah daerah", "Media berita (cetak atau daring)",
     "Tangkapan layar, kliping berita"),
    (26, "Pedoman teknis", 1, False,
     "Pedoman tercetak", "Buku elektronik (e-book)", "Pedoman daring", "Buku panduan, SOP"),
    (27, "Kemudahan informasi layanan", 1, False,
     "1 saluran informasi", "2 saluran informasi", "3 saluran informasi atau lebih",
     "Tangkapan layar saluran informasi layanan"),
    (28, "Kemudahan proses", 2, False,
     "6 hari atau lebih", "2–5 hari", "1 hari", "Standar pelayanan"),
    (29, "Penyelesaian pengaduan", 1, False,
     "Paling banyak 50% pengaduan selesai", "51–90% pengaduan selesai", "91% atau lebih pengaduan selesai",
     "Rekap pengaduan"),
    (30, "Layanan terintegrasi", 2, False,
     "Berdiri sendiri", "Terintegrasi dalam satu perangkat daerah", "Terintegrasi lintas perangkat daerah",
     "Bukti integrasi layanan"),
    (31, "Replikasi", 3, False,
     "Direplikasi 1 kali", "Direplikasi 2 kali", "Direplikasi 3 kali atau lebih",
     "Surat keterangan replikasi"),
    (32, "Kecepatan penciptaan", 2, True,
     "9 bulan atau lebih", "5–8 bulan", "1–4 bulan", "Dokumen jadwal (timeline) penciptaan inovasi"),
    (33, "Kemanfaatan", 3, True,
     "1–200 penerima manfaat", "201–500 penerima manfaat", "501 penerima manfaat atau lebih",
     "Rekap penerima manfaat"),
    (34, "Monitoring dan evaluasi", 2, False,
     "Evaluasi internal", "Survei kepuasan masyarakat", "Penelitian oleh pihak luar",
     "Laporan monitoring dan evaluasi"),
    (35, "Video inovasi", 4, True,
     "Memuat 1–2 unsur wajib", "Memuat 3–4 unsur wajib", "Memuat 5 unsur wajib", "Tautan video inovasi"),
]

YEARS = {
    2023: {
        "divisor": 10,
        "basic_affairs_required": 5,
        "very_innovative_from": Decimal("60.01"),
        "innovative_from": Decimal("35.00"),
    },
    2024: {
        "divisor": 12,
        "basic_affairs_required": 6,
        "very_innovative_from": Decimal("65.01"),
        "innovative_from": Decimal("40.01"),
    },
}


def load_years(apps, schema_editor):
    IndexYear = apps.get_model("submissions", "IndexYear")
    IndexIndicator = apps.get_model("submissions", "IndexIndicator")
    GovernmentAffair = apps.get_model("submissions", "GovernmentAffair")
    basic_affairs = list(GovernmentAffair.objects.filter(code__in=BASIC_AFFAIRS))
    if len(basic_affairs) != len(BASIC_AFFAIRS):
        raise RuntimeError("The six basic-service urusan are missing: run the 0002 migration first.")
    for year, values in YEARS.items():
        if IndexYear.objects.filter(year=year).exists():
            continue
        config = IndexYear.objects.create(
            year=year,
            innovation_count_cap=200,
            points_per_innovation=Decimal("0.38"),
            regional_max_score=Decimal("63"),
            **values,
        )
        config.basic_affairs.set(basic_affairs)
        IndexIndicator.objects.bulk_create(
            IndexIndicator(
                year=config,
                number=number,
                name=name,
                weight=weight,
                is_mandatory=mandatory,
                level_1=level_1,
                level_2=level_2,
                level_3=level_3,
                evidence_hint=evidence,
            )
            for number, name, weight, mandatory, level_1, level_2, level_3, evidence in INDICATORS_2023
        )


def remove_years(apps, schema_editor):
    # Refused (the answers protect their indicators) once innovations have answers for these years.
    apps.get_model("submissions", "IndexYear").objects.filter(year__in=YEARS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("submissions", "0002_government_affairs"),
        ("submissions", "0005_innovation_index"),
    ]
    operations = [migrations.RunPython(load_years, remove_years)]
