"""Ready-made editions the secretariat starts from: the city's two yearly competitions.

The names, prizes and rubrics are data the secretariat edits afterwards; they are written in Indonesian
because they are the competitions' own names. Rubric weights follow DESIGN §4: the proposal rubric uses
the KIPP 2023 weights, the presentation rubric the IGA 2023 presentation weights.
"""

from dataclasses import dataclass, field

OPD_KINDS = ["dinas", "badan", "bagian"]
ALL_KINDS = [
    "dinas",
    "badan",
    "bagian",
    "kecamatan",
    "kelurahan",
    "puskesmas",
    "sekolah",
    "umkm",
    "masyarakat",
]

KIPP_PROPOSAL_RUBRIC = [
    ("Latar belakang dan tujuan", 10, "Masalah yang dijawab jelas, didukung data, dan tujuan terukur."),
    ("Kebaruan", 15, "Cara baru atau modifikasi yang berbeda dari praktik sebelumnya di daerah."),
    ("Implementasi", 5, "Tahapan pelaksanaan, pihak yang terlibat, dan jadwalnya jelas."),
    ("Signifikansi", 30, "Dampak nyata bagi penerima manfaat, dibuktikan dengan data sebelum dan sesudah."),
    ("Adaptabilitas", 20, "Dapat dan sudah direplikasi oleh unit atau daerah lain."),
    ("Sumber daya", 5, "Anggaran, SDM, dan sarana yang digunakan jelas dan efisien."),
    (
        "Strategi keberlanjutan",
        15,
        "Ada dasar hukum, anggaran rutin, dan kelembagaan yang menjamin inovasi berlanjut.",
    ),
]
IGA_PRESENTATION_RUBRIC = [
    ("Kebaharuan", 30, "Seberapa baru gagasan dan cara kerjanya dibandingkan praktik yang ada."),
    ("Kemanfaatan", 25, "Manfaat yang dirasakan masyarakat atau pemerintah daerah, dengan bukti."),
    ("Kewenangan dan kolaborasi", 15, "Sesuai kewenangan daerah dan melibatkan mitra lintas sektor."),
    ("Replikasi dan aplikatif", 20, "Mudah diterapkan di tempat lain dengan biaya wajar."),
    ("Penguasaan materi", 10, "Penyaji memahami inovasinya dan menjawab pertanyaan dengan tepat."),
]
LEVELS = "\n".join(
    [
        "1–3: belum tampak",
        "4–6: cukup, bukti terbatas",
        "7–8: baik, bukti jelas",
        "9–10: sangat baik, terbukti dan berdampak luas",
    ]
)

STANDARD_REQUIREMENTS = [
    (
        "SK Kepala OPD tentang inovasi",
        "document",
        True,
        "Surat keputusan kepala unit yang menetapkan inovasi.",
    ),
    ("Surat pernyataan keaslian inovasi", "document", True, "Ditandatangani kepala unit, bermeterai."),
    ("Proposal lengkap (PDF)", "document", True, "Proposal sesuai format, paling besar 10 MB."),
    ("Foto kegiatan inovasi", "photo", True, "Foto pelaksanaan inovasi di lapangan."),
    ("Video inovasi", "video", False, "Tautan YouTube atau Google Drive, paling lama 5 menit."),
]


@dataclass(frozen=True)
class SectionTemplate:
    """One section of a proposal form: stored under `key`, shown as `label` with its guidance and limits."""

    key: str
    label: str
    word_limit: int | None
    guidance: str
    is_required: bool = True
    min_words: int | None = None
    profile_text: str = ""  # the innovation profile text that fills it in (ProposalSection.ProfileText)
    requirements: tuple[str, ...] = ()  # names of the edition's required documents that support it


# The KIPP proposal (KemenPAN-RB): eight sections and their word limits. Keys stay English: they are where
# every entry's texts are stored.
KIPP_SECTIONS = [
    SectionTemplate(
        "summary",
        "Ringkasan",
        200,
        "Apa inovasinya, masalah apa yang dijawab, dan hasil utamanya, dalam satu paragraf.",
        profile_text="summary",
    ),
    SectionTemplate(
        "background",
        "Latar belakang dan tujuan",
        300,
        "Masalah yang dihadapi warga atau pemerintah daerah, dengan data, dan tujuan inovasi yang terukur.",
        requirements=("SK Kepala OPD tentang inovasi",),
    ),
    SectionTemplate(
        "novelty", "Kebaruan", 200, "Apa yang baru atau berbeda dibandingkan cara sebelumnya di daerah ini."
    ),
    SectionTemplate(
        "implementation",
        "Implementasi",
        200,
        "Tahapan pelaksanaan, pihak yang terlibat, dan jadwalnya.",
        requirements=("Foto kegiatan inovasi",),
    ),
    SectionTemplate(
        "significance",
        "Signifikansi",
        600,
        "Dampak nyata bagi penerima manfaat, dengan data sebelum dan sesudah inovasi.",
    ),
    SectionTemplate(
        "adaptability",
        "Adaptabilitas",
        300,
        "Apakah inovasi sudah atau dapat direplikasi, oleh siapa dan di mana.",
    ),
    SectionTemplate("resources", "Sumber daya", 200, "Anggaran, SDM, dan sarana yang digunakan."),
    SectionTemplate(
        "sustainability",
        "Strategi keberlanjutan",
        500,
        "Dasar hukum, anggaran rutin, dan kelembagaan yang menjamin inovasi berlanjut.",
    ),
]
# KOINYANLIK asks less: five sections, shorter.
KOINYANLIK_SECTIONS = [
    SectionTemplate(
        "summary", "Ringkasan inovasi", 150, "Inovasinya dalam satu paragraf.", profile_text="summary"
    ),
    SectionTemplate(
        "background",
        "Permasalahan yang diatasi",
        250,
        "Masalah pelayanan yang dijawab, dengan data sebelum inovasi.",
    ),
    SectionTemplate(
        "novelty", "Kebaruan dan keunikan", 150, "Apa yang membedakannya dari layanan sebelumnya."
    ),
    SectionTemplate(
        "significance",
        "Manfaat dan hasil",
        300,
        "Manfaat bagi pengguna layanan, dengan data sesudah inovasi.",
        profile_text="benefits",
    ),
    SectionTemplate(
        "sustainability", "Keberlanjutan", 200, "Bagaimana inovasi dijaga tetap berjalan dan dikembangkan."
    ),
]
# The national innovation index (IID) profile texts, in the order of its form.
IID_SECTIONS = [
    SectionTemplate(
        "design",
        "Rancang bangun",
        1000,
        "Uraian inovasi: masalah, isu strategis, metode pembaruan, keunggulan, cara kerja, dan "
        "pihak yang terlibat (paling sedikit 300 kata).",
        min_words=300,
        profile_text="design",
    ),
    SectionTemplate(
        "goals", "Tujuan inovasi", 300, "Tujuan yang ingin dicapai, terukur.", profile_text="goals"
    ),
    SectionTemplate(
        "benefits",
        "Manfaat yang diperoleh",
        300,
        "Manfaat bagi masyarakat dan pemerintah daerah.",
        profile_text="benefits",
    ),
    SectionTemplate(
        "results", "Hasil inovasi", 300, "Hasil yang sudah dicapai, dengan data.", profile_text="results"
    ),
]


@dataclass(frozen=True)
class CategoryTemplate:
    name: str
    eligible_kinds: list[str]
    shortlist_size: int
    winners: int
    honourable_mentions: int
    prizes: list[tuple[int, str, str, int]]  # place, kind, label, amount in rupiah


@dataclass(frozen=True)
class StageTemplate:
    kind: str
    name: str
    starts: tuple[int, int]  # month, day
    ends: tuple[int, int]
    weight: int = 0
    shortlist_size: int | None = None
    rubric: list[tuple[str, int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class EditionTemplate:
    key: str
    name: str
    organiser: str
    partner: str
    description: str
    legal_basis: str
    registration: tuple[tuple[int, int], tuple[int, int]]
    minimum_innovation_age_months: int
    categories: list[CategoryTemplate]
    stages: list[StageTemplate]
    requirements: list[tuple[str, str, bool, str]] = field(default_factory=lambda: STANDARD_REQUIREMENTS)
    sections: list[SectionTemplate] = field(default_factory=lambda: KIPP_SECTIONS)


CITY_PRIZES = [
    (1, "juara", "Juara 1", 3_000_000),
    (2, "juara", "Juara 2", 2_000_000),
    (3, "juara", "Juara 3", 1_000_000),
    (4, "harapan", "Harapan 1", 0),
    (5, "harapan", "Harapan 2", 0),
    (6, "harapan", "Harapan 3", 0),
]

KOMPETISI_INOVASI_KOTA = EditionTemplate(
    key="kompetisi-inovasi-kota",
    name="Kompetisi Inovasi Kota",
    organiser="Bappeda Litbang Kota",
    partner="Harian Sumatera Ekspres",
    description=(
        "Kompetisi tahunan untuk mendorong perangkat daerah, kecamatan, dan pelaku UMKM digital "
        "menghadirkan inovasi yang memudahkan warga."
    ),
    legal_basis="Keputusan Wali Kota tentang Kompetisi Inovasi Kota",
    registration=((3, 1), (4, 30)),
    minimum_innovation_age_months=0,
    categories=[
        CategoryTemplate("Perangkat Daerah", OPD_KINDS, 6, 3, 3, CITY_PRIZES),
        CategoryTemplate("Kecamatan", ["kecamatan"], 6, 3, 3, CITY_PRIZES),
        CategoryTemplate("UMKM Start-up Digital", ["umkm"], 6, 3, 3, CITY_PRIZES),
    ],
    stages=[
        StageTemplate("administrative", "Administrasi", (5, 1), (5, 15)),
        StageTemplate(
            "scored", "Penilaian Proposal (6 besar)", (5, 16), (6, 15), 40, 6, KIPP_PROPOSAL_RUBRIC
        ),
        StageTemplate("verification", "Fact Finding", (6, 16), (7, 15), 20, 6),
        StageTemplate("scored", "Wawancara/Paparan", (7, 16), (8, 10), 40, 6, IGA_PRESENTATION_RUBRIC),
        StageTemplate("final", "Pengumuman 3 Besar", (8, 11), (8, 17)),
    ],
)

KOINYANLIK = EditionTemplate(
    key="koinyanlik",
    name="KOINYANLIK",
    organiser="Bagian Organisasi dan Tata Laksana Setda",
    partner="",
    description=(
        "Kompetisi Inovasi Pelayanan Publik bagi seluruh unit penyelenggara pelayanan, bagian dari "
        "peta jalan Reformasi Birokrasi dan SAKIP."
    ),
    legal_basis="Peraturan Menteri PANRB tentang Kompetisi Inovasi Pelayanan Publik",
    registration=((2, 1), (3, 31)),
    minimum_innovation_age_months=12,
    categories=[
        CategoryTemplate(
            "Unit Pelayanan Publik",
            ALL_KINDS,
            15,
            10,
            0,
            [
                (1, "juara", "Terbaik 1", 5_000_000),
                (2, "juara", "Terbaik 2", 4_000_000),
                (3, "juara", "Terbaik 3", 3_000_000),
                *[(place, "juara", f"Terbaik {place}", 0) for place in range(4, 11)],
            ],
        ),
    ],
    stages=[
        StageTemplate("administrative", "Administrasi", (4, 1), (4, 15)),
        StageTemplate("scored", "Penilaian Proposal", (4, 16), (5, 31), 50, 15, KIPP_PROPOSAL_RUBRIC),
        StageTemplate("verification", "Verifikasi Lapangan", (6, 1), (6, 30), 20, 15),
        StageTemplate("scored", "Presentasi dan Wawancara", (7, 1), (7, 31), 30, 10, IGA_PRESENTATION_RUBRIC),
        StageTemplate("final", "Penetapan Pemenang", (8, 1), (8, 17)),
    ],
    sections=KOINYANLIK_SECTIONS,
)

INVENTARISASI_INOVASI_DAERAH = EditionTemplate(
    key="inventarisasi-inovasi-daerah",
    name="Inventarisasi Inovasi Daerah",
    organiser="Bappeda Litbang Kota",
    partner="",
    description=(
        "Pendataan tahunan inovasi perangkat daerah untuk Indeks Inovasi Daerah (IID) Kementerian Dalam "
        "Negeri: profil inovasi dan bukti dukungnya, diperiksa sekretariat sebelum dikirim."
    ),
    legal_basis="Peraturan Menteri Dalam Negeri tentang Inovasi Daerah",
    registration=((1, 15), (3, 31)),
    minimum_innovation_age_months=0,
    categories=[
        CategoryTemplate("Semua unit", ALL_KINDS, 1, 1, 0, []),
    ],
    stages=[
        StageTemplate("administrative", "Verifikasi bukti dukung", (4, 1), (4, 30)),
    ],
    requirements=[
        ("Regulasi inovasi daerah", "document", True, "SK kepala daerah atau kepala perangkat daerah."),
        ("Video inovasi", "video", True, "Tautan video yang memuat unsur yang diminta."),
    ],
    sections=IID_SECTIONS,
)

EDITION_TEMPLATES = {
    template.key: template for template in (KOMPETISI_INOVASI_KOTA, KOINYANLIK, INVENTARISASI_INOVASI_DAERAH)
}
