"""The areas of government affairs (urusan pemerintahan) of UU 23/2014 and their supporting functions."""

from django.db import migrations

AFFAIRS = [
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


def add_affairs(apps, schema_editor):
    GovernmentAffair = apps.get_model("submissions", "GovernmentAffair")
    for order, (code, name) in enumerate(AFFAIRS, start=1):
        GovernmentAffair.objects.update_or_create(code=code, defaults={"name": name, "order": order})


def remove_affairs(apps, schema_editor):
    apps.get_model("submissions", "GovernmentAffair").objects.filter(code__in=[code for code, _ in AFFAIRS]).delete()


class Migration(migrations.Migration):
    dependencies = [("submissions", "0001_initial")]
    operations = [migrations.RunPython(add_affairs, remove_affairs)]
