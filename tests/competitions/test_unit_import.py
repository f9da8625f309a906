"""Importing the unit roster from CSV: all rows or none, with a clear message per bad row."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from competitions.errors import RuleViolation
from competitions.models import Unit
from competitions.services import import_units, read_unit_csv
from tests.factories import UnitFactory
from tests.files import pdf_bytes

pytestmark = pytest.mark.django_db

GOOD_CSV = """name,short_name,kind,parent,active
Dinas Kesehatan,Dinkes,Dinas,,ya
Puskesmas Plaju,PKM Plaju,puskesmas,Dinkes,
Kecamatan Plaju,Plaju,KECAMATAN,,1
Kelurahan Bagus Kuning,,kelurahan,Kecamatan Plaju,tidak
"""

BAD_CSV = """name,short_name,kind,parent,active
Dinas Kesehatan,Dinkes,dinas,,
,Kosong,dinas,,
Dinas Sosial,Dinsos,dinass,,
Dinas Pariwisata,Dispar,dinas,Dinas Rahasia,
Dinas Kesehatan,Dinkes2,dinas,,
Dinas Perhubungan,Dishub,dinas,,mungkin
"""


def test_good_file_creates_units_with_parents_and_kinds():
    report = import_units(rows=read_unit_csv(GOOD_CSV))
    assert len(report.created) == 4
    puskesmas = Unit.objects.get(name="Puskesmas Plaju")
    assert puskesmas.kind == Unit.Kind.PUSKESMAS
    assert puskesmas.parent.name == "Dinas Kesehatan"
    kelurahan = Unit.objects.get(name="Kelurahan Bagus Kuning")
    assert kelurahan.parent.short_name == "Plaju"
    assert kelurahan.is_active is False


def test_importing_again_updates_instead_of_duplicating():
    import_units(rows=read_unit_csv(GOOD_CSV))
    report = import_units(rows=read_unit_csv(GOOD_CSV.replace("PKM Plaju", "Puskesmas Plaju Baru")))
    assert (len(report.created), len(report.updated)) == (0, 4)
    assert Unit.objects.count() == 4
    assert Unit.objects.get(name="Puskesmas Plaju").short_name == "Puskesmas Plaju Baru"


def test_bad_rows_import_nothing_and_say_what_is_wrong():
    UnitFactory(name="Dinas Lama")
    with pytest.raises(RuleViolation) as raised:
        import_units(rows=read_unit_csv(BAD_CSV))
    assert Unit.objects.count() == 1
    errors = raised.value.messages
    assert errors == [
        "Baris 3: nama kosong.",
        "Baris 4: jenis “dinass” tidak dikenal; gunakan salah satu dari: dinas, badan, bagian, kecamatan, "
        "kelurahan, puskesmas, sekolah, umkm, masyarakat.",
        "Baris 5: unit induk “Dinas Rahasia” tidak ada di berkas maupun di daftar unit.",
        "Baris 6: “Dinas Kesehatan” sudah ada di baris 2.",
        "Baris 7: “mungkin” bukan nilai ya/tidak untuk kolom aktif.",
    ]


def test_missing_columns_are_reported():
    with pytest.raises(RuleViolation) as raised:
        read_unit_csv("nama,jenis\nDinas Sosial,dinas\n")
    assert "name, short_name, kind, parent, active" in raised.value.messages[0]


def test_command_imports_a_file(tmp_path, capsys):
    path = tmp_path / "units.csv"
    path.write_text(GOOD_CSV, encoding="utf-8")
    call_command("import_units", str(path))
    assert "4 unit dibuat, 0 diperbarui." in capsys.readouterr().out
    assert Unit.objects.count() == 4


def test_command_with_bad_rows_fails_and_imports_nothing(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text(BAD_CSV, encoding="utf-8")
    with pytest.raises(CommandError) as raised:
        call_command("import_units", str(path))
    assert "Tidak ada yang diimpor" in str(raised.value)
    assert "Baris 4" in str(raised.value)
    assert Unit.objects.count() == 0


def test_secretariat_imports_from_the_admin(client, secretariat):
    client.force_login(secretariat)
    url = reverse("admin:competitions_unit_import")
    upload = SimpleUploadedFile("unit.csv", GOOD_CSV.encode("utf-8"), content_type="text/csv")
    response = client.post(url, {"csv_file": upload})
    assert response.status_code == 302
    assert Unit.objects.count() == 4


def test_admin_import_with_bad_rows_lists_them(client, secretariat):
    client.force_login(secretariat)
    upload = SimpleUploadedFile("unit.csv", BAD_CSV.encode("utf-8"), content_type="text/csv")
    response = client.post(reverse("admin:competitions_unit_import"), {"csv_file": upload})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tidak ada yang diimpor" in html
    assert "Baris 7" in html
    assert Unit.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "unit.csv",
            GOOD_CSV.encode() + b"#" * (2 * 1024 * 1024 + 1 - len(GOOD_CSV.encode())),
            "Berkas ini 1\xa0bita melebihi batas 2\xa0MB.",
        ),
        (
            "unit.csv",
            GOOD_CSV.encode() + b"#" * (3 * 1024 * 1024),
            "Ukuran berkas 3\xa0MB; batasnya 2\xa0MB.",
        ),
        ("unit.csv", pdf_bytes(), "bukan teks UTF-8"),
        ("unit.csv", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4, "bukan teks UTF-8"),
    ],
    ids=["one-byte-over", "well-over", "pdf-named-csv", "jpeg-named-csv"],
)
def test_a_file_that_is_no_unit_list_is_refused_in_indonesian_and_imports_nothing(
    client, secretariat, name, content, message
):
    client.force_login(secretariat)
    upload = SimpleUploadedFile(name, content, content_type="text/csv")
    response = client.post(reverse("admin:competitions_unit_import"), {"csv_file": upload})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Unit.objects.count() == 0


def test_every_unit_an_import_creates_or_changes_is_in_the_event_log_with_who_imported(client, secretariat):
    from competitions.event_log import describe
    from competitions.models import Event

    UnitFactory(name="Dinas Kesehatan", short_name="Dinkes Lama")
    client.force_login(secretariat)
    upload = SimpleUploadedFile("unit.csv", GOOD_CSV.encode("utf-8"), content_type="text/csv")
    assert client.post(reverse("admin:competitions_unit_import"), {"csv_file": upload}).status_code == 302
    events = Event.objects.filter(content_type__model="unit").order_by("pk")
    story = [(Unit.objects.get(pk=event.object_id).name, event.actor, describe(event)) for event in events]
    assert story == [
        ("Dinas Kesehatan", secretariat, "Diperbarui dari berkas daftar unit."),
        ("Puskesmas Plaju", secretariat, "Ditambahkan dari berkas daftar unit."),
        ("Kecamatan Plaju", secretariat, "Ditambahkan dari berkas daftar unit."),
        ("Kelurahan Bagus Kuning", secretariat, "Ditambahkan dari berkas daftar unit."),
    ]
