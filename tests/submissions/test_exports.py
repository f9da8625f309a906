"""The secretariat's spreadsheets of entries and of the innovation inventory: what a row holds, with its
types, and who may download them."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from competitions.edition_templates import SectionTemplate
from competitions.models import Requirement, Stage
from submissions import services
from submissions.exports import entry_sheets, inventory_sheet
from submissions.index import services as index_services
from submissions.index.models import IndexYear
from submissions.index.services import IndicatorAnswer
from submissions.models import GovernmentAffair, Innovation, Submission
from tests import factories
from tests.files import pdf_upload

pytestmark = pytest.mark.django_db

TWO_SECTIONS = [
    SectionTemplate("summary", "Ringkasan", 50, "Singkat."),
    SectionTemplate("impact", "Dampak", 80, "Untuk siapa.", is_required=False),
]


@pytest.fixture
def edition(secretariat):
    competition = factories.CompetitionFactory(
        name="KOINYANLIK 2026", slug="koinyanlik-2026", proposal_sections=TWO_SECTIONS
    )
    factories.StageFactory(competition=competition, order=1, kind=Stage.Kind.ADMINISTRATIVE)
    document = factories.RequirementFactory(competition=competition, name="SK Tim", kind=Requirement.Kind.ANY)
    return {
        "competition": competition,
        "opd": factories.CategoryFactory(
            competition=competition, name="Perangkat Daerah", eligible_kinds=["dinas", "kecamatan"]
        ),
        "document": document,
    }


def enter(edition, *, unit_name, kind, title, summary, impact=""):
    unit = factories.UnitFactory(name=unit_name, kind=kind)
    operator = factories.make_operator(unit=unit)
    innovation = factories.InnovationFactory(unit=unit, title=title)
    entry = services.enter_competition(innovation=innovation, category=edition["opd"], by=operator)
    services.save_draft(submission=entry, sections={"summary": summary, "impact": impact}, by=operator)
    return entry, operator


def download_entries(client, user, entries, action="export_xlsx"):
    client.force_login(user)
    return client.post(
        reverse("admin:submissions_submission_changelist"),
        {"action": action, ACTION_CHECKBOX_NAME: [entry.pk for entry in entries], "index": 0},
    )


def sheet_rows(response, title=None):
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    worksheet = workbook[title] if title else workbook.worksheets[0]
    return worksheet, list(worksheet.iter_rows(values_only=True))


def test_the_entries_spreadsheet_reads_each_entry_as_the_judges_read_it(client, edition, secretariat):
    submitted, operator = enter(
        edition,
        unit_name="Dinas Kesehatan",
        kind="dinas",
        title="Si Sehat",
        summary="Layanan cek kesehatan keliling lima kelurahan",  # 6 words
        impact="Warga lansia terlayani",  # 3 words
    )
    services.add_evidence(
        submission=submitted, by=operator, requirement=edition["document"], upload=pdf_upload()
    )
    services.add_evidence(
        submission=submitted, by=operator, link="https://youtu.be/abcdefghijk", section="impact"
    )
    services.submit_submission(submission=Submission.objects.get(pk=submitted.pk), by=operator)
    # After submitting, the unit's working draft no longer changes what is read: the version does.
    draft, _operator = enter(
        edition, unit_name="Kecamatan Plaju", kind="kecamatan", title="SIPLAJU", summary="Satu dua"
    )

    response = download_entries(client, secretariat, [submitted, draft])

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="usulan-koinyanlik-2026.xlsx"'
    worksheet, rows = sheet_rows(response)
    assert worksheet.title == "KOINYANLIK 2026"
    assert worksheet.freeze_panes == "A2"
    assert rows[0] == (
        "Unit",
        "Jenis unit",
        "Inovasi",
        "Kategori",
        "Status",
        "Pertama dikirim",
        "Versi",
        "Jumlah kata: Ringkasan",
        "Jumlah kata: Dampak",
        "Bukti dukung",
    )
    assert rows[1][:5] == (
        "Dinas Kesehatan",
        "Dinas",
        "Si Sehat",
        "Perangkat Daerah",
        "Terkirim, menunggu pemeriksaan administrasi",
    )
    # Version 1, 6 and 3 words, two pieces of evidence (the document and the video link).
    assert rows[1][6:] == (1, 6, 3, 2)
    # The first submission as a real date cell, in the city's time.
    sent = timezone.localtime(Submission.objects.get(pk=submitted.pk).submitted_at).replace(tzinfo=None)
    assert isinstance(rows[1][5], datetime.datetime)
    assert abs(rows[1][5] - sent) < datetime.timedelta(seconds=1)
    # A draft: no submission, no version; its working draft has 2 words in the summary and no evidence.
    assert rows[2] == (
        "Kecamatan Plaju",
        "Kecamatan",
        "SIPLAJU",
        "Perangkat Daerah",
        "Draf",
        None,
        None,
        2,
        0,
        0,
    )


def test_a_csv_of_entries_neutralises_a_title_that_is_a_formula(client, edition, secretariat):
    entry, _operator = enter(edition, unit_name="Dinas Pendidikan", kind="dinas", title="=1+1", summary="Ada")

    response = download_entries(client, secretariat, [entry], action="export_csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][:3] == ["Dinas Pendidikan", "Dinas", "'=1+1"]


def test_a_csv_of_entries_of_two_editions_is_refused_with_a_message(client, edition, secretariat):
    entry, _operator = enter(
        edition, unit_name="Dinas Pendidikan", kind="dinas", title="Si Pintar", summary="Ada"
    )
    other = factories.SubmissionFactory()

    response = download_entries(client, secretariat, [entry, other], action="export_csv")

    assert response.status_code == 302
    follow = client.get(response["Location"])
    assert "satu edisi" in follow.content.decode()


@pytest.mark.parametrize("who", ["anonymous", "operator", "judge", "leader", "staff_without_group"])
def test_only_the_secretariat_downloads_entries(client, edition, who):
    entry, _operator = enter(
        edition, unit_name="Dinas Pendidikan", kind="dinas", title="Si Pintar", summary="Ada"
    )
    user = factories.make_account(who)
    if who != "anonymous":
        client.force_login(user)
    response = client.post(
        reverse("admin:submissions_submission_changelist"),
        {"action": "export_xlsx", ACTION_CHECKBOX_NAME: [entry.pk], "index": 0},
    )
    # The admin sends everyone who is not staff to its sign-in page, and refuses staff without the role.
    assert response.status_code == (403 if who == "staff_without_group" else 302)
    assert not response.has_header("Content-Disposition")


@pytest.fixture
def inventory(edition):
    """Two innovations of the city: one with answers to two indicators of 2023, one without."""
    year = IndexYear.objects.get(year=2023)
    unit = factories.UnitFactory(name="Dinas Kesehatan")
    operator = factories.make_operator(unit=unit)
    answered = factories.InnovationFactory(
        unit=unit,
        title="Si Sehat",
        phase=Innovation.Phase.TRIAL,
        initiator=Innovation.Initiator.ASN,
        kind=Innovation.Kind.NON_DIGITAL,
        form=Innovation.Form.GOVERNANCE,
        trial_date=datetime.date(2023, 2, 1),
        launch_date=datetime.date(2023, 8, 17),
        design="Rancangan",
        goals="Tujuan",
        benefits="Manfaat",
        results="Hasil",
    )
    answered.affairs.set(GovernmentAffair.objects.filter(code__in=["kesehatan", "pendidikan"]))
    regulation, staff = year.indicators.get(number=16), year.indicators.get(number=17)
    # 16 at level 3 with evidence (weight 3: 9 points); 17 at level 2 without evidence (0 points).
    index_services.save_indicator_answers(
        innovation=answered,
        answers=[
            IndicatorAnswer(regulation, level=3, link="https://drive.google.com/file/d/perwali"),
            IndicatorAnswer(staff, level=2),
        ],
        by=operator,
    )
    plain = factories.InnovationFactory(unit=factories.UnitFactory(name="Kecamatan Plaju"), title="SIPLAJU")
    return {"year": year, "answered": answered, "plain": plain}


def test_the_inventory_follows_the_national_form_and_adds_the_years_indicators(
    client, inventory, secretariat
):
    client.force_login(secretariat)
    changelist = reverse("admin:submissions_innovation_changelist")
    selected = {
        "action": "export_inventory",
        ACTION_CHECKBOX_NAME: [inventory["answered"].pk, inventory["plain"].pk],
        "index": 0,
    }
    choose = client.post(changelist, selected)
    assert choose.status_code == 200
    assert "Tahun indeks inovasi" in choose.content.decode()

    response = client.post(
        changelist, {**selected, "year": inventory["year"].pk, "file_format": "xlsx", "download": "1"}
    )

    assert response["Content-Disposition"] == 'attachment; filename="inventaris-inovasi-2023.xlsx"'
    worksheet, rows = sheet_rows(response)
    assert rows[0][:13] == (
        "Nama inovasi",
        "Tahapan",
        "Inisiator",
        "Jenis",
        "Bentuk",
        "Urusan pemerintahan",
        "Waktu uji coba",
        "Waktu penerapan",
        "Rancang bangun",
        "Tujuan",
        "Manfaat",
        "Hasil inovasi",
        "Unit",
    )
    # Indicators 16–35 of 2023: two columns each, then the year's score.
    assert len(rows[0]) == 13 + 2 * 20 + 1
    assert rows[0][13:17] == (
        "16. Regulasi inovasi daerah: tingkat",
        "16: bukti dukung",
        "17. Ketersediaan SDM: tingkat",
        "17: bukti dukung",
    )
    assert rows[0][-1] == "Skor indeks 2023"
    answered = rows[1]
    assert answered[:13] == (
        "Si Sehat",
        "Uji coba",
        "ASN",
        "Nondigital",
        "Inovasi tata kelola pemerintahan daerah",
        "Pendidikan; Kesehatan",
        datetime.datetime(2023, 2, 1),
        datetime.datetime(2023, 8, 17),
        "Rancangan",
        "Tujuan",
        "Manfaat",
        "Hasil",
        "Dinas Kesehatan",
    )
    assert worksheet["G2"].is_date
    assert answered[13:18] == (3, "ya", 2, "tidak", None)
    assert answered[-1] == 9
    assert rows[2][:1] == ("SIPLAJU",) and rows[2][13:] == (None,) * 41


def test_the_inventory_without_a_year_has_the_profile_fields_only(client, inventory, secretariat):
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:submissions_innovation_changelist"),
        {
            "action": "export_inventory",
            ACTION_CHECKBOX_NAME: [inventory["plain"].pk],
            "index": 0,
            "year": "",
            "file_format": "csv",
            "download": "1",
        },
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows[0]) == 13
    assert rows[1][0] == "SIPLAJU" and rows[1][12] == "Kecamatan Plaju"


def submitted_entries(edition, count: int, start: int) -> None:
    """`count` entries sent through the services, each with its document, a version and an index answer."""
    year = IndexYear.objects.get(year=2023)
    for number in range(start, start + count):
        entry, operator = enter(
            edition, unit_name=f"Dinas Uji {number}", kind="dinas", title=f"Inovasi {number}", summary="Ada"
        )
        services.add_evidence(
            submission=entry,
            by=operator,
            requirement=edition["document"],
            link="https://youtu.be/abcdefghijk",
        )
        services.submit_submission(submission=Submission.objects.get(pk=entry.pk), by=operator)
        index_services.save_indicator_answers(
            innovation=entry.innovation,
            answers=[
                IndicatorAnswer(year.indicators.get(number=16), level=2, link="https://drive.google.com/x")
            ],
            by=operator,
        )


@pytest.mark.parametrize("spreadsheet", ["entries", "inventory"])
def test_the_spreadsheets_cost_the_same_queries_for_2_or_20_entries(edition, spreadsheet):
    year = IndexYear.objects.get(year=2023)

    def queries() -> int:
        entries = Submission.objects.filter(competition=edition["competition"])
        with CaptureQueriesContext(connection) as captured:
            if spreadsheet == "inventory":
                inventory_sheet(Innovation.objects.filter(submissions__in=entries), year)
            else:
                entry_sheets(entries)
        return len(captured)

    submitted_entries(edition, 2, start=0)
    with_two = queries()
    submitted_entries(edition, 18, start=2)
    assert queries() == with_two
