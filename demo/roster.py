"""The demo city's unit roster: a Palembang-like city government.

53 OPD-type units (dinas, badan, bagian of the Sekretariat Daerah), 18 kecamatan, and some
kelurahan, puskesmas, schools and digital UMKM start-ups. Rows are (name, short name, kind, parent).
"""

from competitions.models import Unit

SETDA = "Sekretariat Daerah"
DINKES = "Dinas Kesehatan"
DISDIK = "Dinas Pendidikan"

OPD_UNITS = [
    (SETDA, "Setda", Unit.Kind.BAGIAN, ""),
    ("Bagian Organisasi dan Tata Laksana", "Ortala", Unit.Kind.BAGIAN, SETDA),
    ("Bagian Hukum", "Hukum", Unit.Kind.BAGIAN, SETDA),
    ("Bagian Umum", "Umum", Unit.Kind.BAGIAN, SETDA),
    ("Bagian Perekonomian", "Perekonomian", Unit.Kind.BAGIAN, SETDA),
    ("Bagian Sumber Daya Alam", "SDA", Unit.Kind.BAGIAN, SETDA),
    ("Bagian Pengadaan Barang dan Jasa", "PBJ", Unit.Kind.BAGIAN, SETDA),
    ("Bagian Kesejahteraan Rakyat", "Kesra", Unit.Kind.BAGIAN, SETDA),
    ("Bagian Tata Pemerintahan", "Tapem", Unit.Kind.BAGIAN, SETDA),
    ("Bagian Protokol dan Komunikasi Pimpinan", "Prokopim", Unit.Kind.BAGIAN, SETDA),
    ("Bagian Administrasi Pembangunan", "Adpem", Unit.Kind.BAGIAN, SETDA),
    ("Bagian Perencanaan dan Keuangan", "Renkeu", Unit.Kind.BAGIAN, SETDA),
    ("Bagian Kerja Sama", "Kersa", Unit.Kind.BAGIAN, SETDA),
    ("Sekretariat DPRD", "Setwan", Unit.Kind.BAGIAN, ""),
    ("Sekretariat Dewan Pengurus KORPRI", "KORPRI", Unit.Kind.BAGIAN, ""),
    ("Inspektorat Daerah", "Inspektorat", Unit.Kind.BADAN, ""),
    (
        "Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan",
        "Bappeda Litbang",
        Unit.Kind.BADAN,
        "",
    ),
    ("Badan Pengelola Keuangan dan Aset Daerah", "BPKAD", Unit.Kind.BADAN, ""),
    ("Badan Pengelola Pajak Daerah", "BPPD", Unit.Kind.BADAN, ""),
    (
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "BKPSDM",
        Unit.Kind.BADAN,
        "",
    ),
    ("Badan Penanggulangan Bencana Daerah", "BPBD", Unit.Kind.BADAN, ""),
    ("Badan Kesatuan Bangsa dan Politik", "Kesbangpol", Unit.Kind.BADAN, ""),
    ("Rumah Sakit Umum Daerah Palembang BARI", "RSUD BARI", Unit.Kind.BADAN, ""),
    ("Rumah Sakit Umum Daerah Gandus", "RSUD Gandus", Unit.Kind.BADAN, ""),
    ("Satuan Polisi Pamong Praja", "Satpol PP", Unit.Kind.DINAS, ""),
    (DISDIK, "Disdik", Unit.Kind.DINAS, ""),
    (DINKES, "Dinkes", Unit.Kind.DINAS, ""),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "PUPR", Unit.Kind.DINAS, ""),
    ("Dinas Perumahan Rakyat dan Kawasan Permukiman", "Perkim", Unit.Kind.DINAS, ""),
    ("Dinas Pengelolaan Sumber Daya Air", "PSDA", Unit.Kind.DINAS, ""),
    ("Dinas Sosial", "Dinsos", Unit.Kind.DINAS, ""),
    ("Dinas Tenaga Kerja", "Disnaker", Unit.Kind.DINAS, ""),
    (
        "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        "DPPPA",
        Unit.Kind.DINAS,
        "",
    ),
    ("Dinas Ketahanan Pangan", "DKP", Unit.Kind.DINAS, ""),
    ("Dinas Lingkungan Hidup dan Kebersihan", "DLHK", Unit.Kind.DINAS, ""),
    ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", Unit.Kind.DINAS, ""),
    (
        "Dinas Pengendalian Penduduk dan Keluarga Berencana",
        "DPPKB",
        Unit.Kind.DINAS,
        "",
    ),
    ("Dinas Perhubungan", "Dishub", Unit.Kind.DINAS, ""),
    ("Dinas Komunikasi dan Informatika", "Diskominfo", Unit.Kind.DINAS, ""),
    ("Dinas Koperasi dan Usaha Mikro", "Dinkop UM", Unit.Kind.DINAS, ""),
    (
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "DPM-PTSP",
        Unit.Kind.DINAS,
        "",
    ),
    ("Dinas Kepemudaan dan Olahraga", "Dispora", Unit.Kind.DINAS, ""),
    ("Dinas Perpustakaan dan Kearsipan", "Dispusip", Unit.Kind.DINAS, ""),
    ("Dinas Pariwisata", "Dispar", Unit.Kind.DINAS, ""),
    ("Dinas Kebudayaan", "Disbud", Unit.Kind.DINAS, ""),
    ("Dinas Pertanian", "Distan", Unit.Kind.DINAS, ""),
    ("Dinas Perikanan", "Diskan", Unit.Kind.DINAS, ""),
    ("Dinas Perindustrian", "Disperin", Unit.Kind.DINAS, ""),
    ("Dinas Perdagangan", "Disdag", Unit.Kind.DINAS, ""),
    ("Dinas Pemadam Kebakaran dan Penyelamatan", "Damkar", Unit.Kind.DINAS, ""),
    ("Dinas Pemberdayaan Masyarakat dan Kelurahan", "DPMK", Unit.Kind.DINAS, ""),
    ("Dinas Pertanahan", "Distanah", Unit.Kind.DINAS, ""),
    ("Dinas Pertamanan dan Pemakaman", "Distamkam", Unit.Kind.DINAS, ""),
]

KECAMATAN_NAMES = [
    "Alang-Alang Lebar",
    "Bukit Kecil",
    "Gandus",
    "Ilir Barat I",
    "Ilir Barat II",
    "Ilir Timur I",
    "Ilir Timur II",
    "Ilir Timur III",
    "Jakabaring",
    "Kalidoni",
    "Kemuning",
    "Kertapati",
    "Plaju",
    "Sako",
    "Seberang Ulu I",
    "Seberang Ulu II",
    "Sematang Borang",
    "Sukarami",
]
KECAMATAN_UNITS = [(f"Kecamatan {name}", name, Unit.Kind.KECAMATAN, "") for name in KECAMATAN_NAMES]

OTHER_UNITS = [
    ("Kelurahan Plaju Ulu", "Plaju Ulu", Unit.Kind.KELURAHAN, "Kecamatan Plaju"),
    ("Kelurahan Bagus Kuning", "Bagus Kuning", Unit.Kind.KELURAHAN, "Kecamatan Plaju"),
    ("Kelurahan Sukabangun", "Sukabangun", Unit.Kind.KELURAHAN, "Kecamatan Sukarami"),
    (
        "Kelurahan 20 Ilir D IV",
        "20 Ilir D IV",
        Unit.Kind.KELURAHAN,
        "Kecamatan Ilir Timur I",
    ),
    ("Puskesmas Plaju", "PKM Plaju", Unit.Kind.PUSKESMAS, DINKES),
    ("Puskesmas Sako", "PKM Sako", Unit.Kind.PUSKESMAS, DINKES),
    ("Puskesmas Kenten", "PKM Kenten", Unit.Kind.PUSKESMAS, DINKES),
    ("Puskesmas Makrayu", "PKM Makrayu", Unit.Kind.PUSKESMAS, DINKES),
    ("Puskesmas Merdeka", "PKM Merdeka", Unit.Kind.PUSKESMAS, DINKES),
    ("Puskesmas Dempo", "PKM Dempo", Unit.Kind.PUSKESMAS, DINKES),
    ("Puskesmas 23 Ilir", "PKM 23 Ilir", Unit.Kind.PUSKESMAS, DINKES),
    ("Puskesmas Boom Baru", "PKM Boom Baru", Unit.Kind.PUSKESMAS, DINKES),
    ("SD Negeri 79 Palembang", "SDN 79", Unit.Kind.SEKOLAH, DISDIK),
    ("SD Negeri 117 Palembang", "SDN 117", Unit.Kind.SEKOLAH, DISDIK),
    ("SMP Negeri 1 Palembang", "SMPN 1", Unit.Kind.SEKOLAH, DISDIK),
    ("SMP Negeri 9 Palembang", "SMPN 9", Unit.Kind.SEKOLAH, DISDIK),
    ("SMP Negeri 17 Palembang", "SMPN 17", Unit.Kind.SEKOLAH, DISDIK),
    ("PempekGo", "PempekGo", Unit.Kind.UMKM, ""),
    ("Songket Digital Nusantara", "SongketDigi", Unit.Kind.UMKM, ""),
    ("Ketek Online Musi", "KetekOnline", Unit.Kind.UMKM, ""),
    ("Pasar Tani Digital Sako", "PasarTani", Unit.Kind.UMKM, ""),
    ("Kirim Kemplang", "KirimKemplang", Unit.Kind.UMKM, ""),
    ("Belajar Bareng Wong Kito", "BelajarKito", Unit.Kind.UMKM, ""),
    ("Laundry Kito", "LaundryKito", Unit.Kind.UMKM, ""),
    ("Parkir Pintar Wong Kito", "ParkirPintar", Unit.Kind.UMKM, ""),
]

ROSTER = OPD_UNITS + KECAMATAN_UNITS + OTHER_UNITS
