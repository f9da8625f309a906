"""The areas of government affairs (urusan pemerintahan) of UU 23/2014 and their supporting functions.

Reference data: the migration loads it, and `ensure_government_affairs` restores any row that went missing.
"""

GOVERNMENT_AFFAIRS = [
    ("pendidikan", "Pendidikan"),
    ("kesehatan", "Kesehatan"),
    ("pekerjaan-umum", "Pekerjaan Umum dan Penataan Ruang"),
    ("perumahan", "Perumahan Rakyat dan Kawasan Permukiman"),
    ("trantibum", "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat"),
    ("sosial", "Sosial"),
    ("tenaga-kerja", "Tenaga Kerja"),
    ("pemberdayaan-perempuan", "Pemberdayaan Perempuan dan Pelindungan Anak"),
    ("pangan", "Pangan"),
    ("pertanahan", "Pertanahan"),
    ("lingkungan-hidup", "Lingkungan Hidup"),
    ("adminduk", "Administrasi Kependudukan dan Pencatatan Sipil"),
    ("pemberdayaan-masyarakat", "Pemberdayaan Masyarakat dan Desa"),
    ("pengendalian-penduduk", "Pengendalian Penduduk dan Keluarga Berencana"),
    ("perhubungan", "Perhubungan"),
    ("kominfo", "Komunikasi dan Informatika"),
    ("koperasi-ukm", "Koperasi, Usaha Kecil, dan Menengah"),
    ("penanaman-modal", "Penanaman Modal"),
    ("kepemudaan-olahraga", "Kepemudaan dan Olahraga"),
    ("statistik", "Statistik"),
    ("persandian", "Persandian"),
    ("kebudayaan", "Kebudayaan"),
    ("perpustakaan", "Perpustakaan"),
    ("kearsipan", "Kearsipan"),
    ("kelautan-perikanan", "Kelautan dan Perikanan"),
    ("pariwisata", "Pariwisata"),
    ("pertanian", "Pertanian"),
    ("perdagangan", "Perdagangan"),
    ("perindustrian", "Perindustrian"),
    ("perencanaan", "Perencanaan"),
    ("keuangan", "Keuangan"),
    ("kepegawaian", "Kepegawaian"),
    ("penelitian-pengembangan", "Penelitian dan Pengembangan"),
    ("pengawasan", "Pengawasan"),
    ("kesekretariatan", "Kesekretariatan"),
]


def ensure_government_affairs(government_affair_model) -> None:
    """Create or update every area of the list (the model is passed so a migration can use its own)."""
    for order, (code, name) in enumerate(GOVERNMENT_AFFAIRS, start=1):
        government_affair_model.objects.update_or_create(code=code, defaults={"name": name, "order": order})
