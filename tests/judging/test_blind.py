"""Blind judging, end to end: nothing a judge is shown in a blind stage names the unit that sent the entry.

The entry is built the way a unit builds it (enter, write the draft, add a proposal PDF whose file name and
document properties name the unit and a photo named after the unit, submit) and passed by the secretariat,
so the judge is shown what a real entry carries. The same pages in a stage that is not blind do show the
unit, so these assertions can fail; the secretariat sees everything in either case.
"""

import re
from dataclasses import dataclass
from datetime import timedelta
from io import BytesIO

import pikepdf
import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from competitions.models import Criterion, Requirement, Stage, Unit
from competitions.services import open_stage
from judging import services as judging
from judging.models import Panel
from submissions import services
from submissions.models import AdministrativeCheck, Attachment, Innovation, InnovationPhoto, Submission
from tests import factories
from tests.files import image_upload, pdf_bytes, pdf_upload

pytestmark = pytest.mark.django_db

UNIT_NAME = "Dinas Kesehatan Kota Contoh"
UNIT_SHORT_NAME = "Dinkes"
OPERATOR = {
    "username": "ratna-dinkes",
    "first_name": "Ratna",
    "last_name": "Wulandari",
    "email": "ratna.wulandari@kesehatan.contoh.go.id",
}
PROPOSAL_FILE = "Proposal Dinkes Kota Contoh.pdf"
PHOTO_FILE = "Foto kegiatan Dinkes.jpg"
PHOTO_CAPTION = "Kepala Dinkes meninjau layanan"


@dataclass
class JudgedEntry:
    stage: Stage
    entry: Submission
    judge: User
    operator: User
    proposal: Attachment
    photo: Attachment
    innovation_photo: InnovationPhoto


def build_judged_entry(secretariat: User, *, blind: bool) -> JudgedEntry:
    """An entry of "Dinas Kesehatan Kota Contoh", passed by the secretariat, assigned to a judge in the
    running paparan stage (blind or not). Every step goes through the services a real round uses."""
    now = timezone.now()
    competition = factories.CompetitionFactory(
        registration_opens_at=now - timedelta(days=10), registration_closes_at=now + timedelta(days=20)
    )
    category = factories.CategoryFactory(competition=competition, name="Perangkat Daerah")
    administrasi = factories.StageFactory(
        competition=competition,
        order=1,
        kind=Stage.Kind.ADMINISTRATIVE,
        name="Administrasi",
        opens_at=now - timedelta(days=5),
        closes_at=now + timedelta(days=30),
    )
    paparan = factories.StageFactory(
        competition=competition,
        order=2,
        kind=Stage.Kind.SCORED,
        name="Paparan",
        blind=blind,
        opens_at=now - timedelta(days=4),
        closes_at=now + timedelta(days=30),
    )
    Criterion.objects.create(stage=paparan, order=1, name="Kualitas paparan", weight=100)
    proposal_requirement = factories.RequirementFactory(
        competition=competition, order=1, name="Proposal (PDF)", kind=Requirement.Kind.DOCUMENT
    )
    photo_requirement = factories.RequirementFactory(
        competition=competition, order=2, name="Foto kegiatan", kind=Requirement.Kind.PHOTO
    )

    unit = factories.UnitFactory(name=UNIT_NAME, short_name=UNIT_SHORT_NAME, kind=Unit.Kind.DINAS)
    operator = factories.make_operator(unit=unit, **OPERATOR)
    innovation = services.save_innovation(
        innovation=Innovation(
            unit=unit,
            title="Layanan Kesehatan Keliling",
            summary="Tenaga kesehatan mendatangi warga lanjut usia di rumah.",
            form=Innovation.Form.PUBLIC_SERVICE,
            kind=Innovation.Kind.DIGITAL,
            phase=Innovation.Phase.IMPLEMENTATION,
            initiator=Innovation.Initiator.AGENCY,
            launch_date=now.date() - timedelta(days=800),
        ),
        affairs=[],
        by=operator,
    )
    innovation_photo = services.add_innovation_photo(
        innovation=innovation, upload=image_upload("Dinkes.jpg"), caption=PHOTO_CAPTION, by=operator
    )

    entry = services.enter_competition(innovation=innovation, category=category, by=operator)
    # The unit names itself in its own text, as units do; a blind judge reads "[nama unit]" instead.
    sections = {
        **factories.FILLED_SECTIONS,
        "summary": f"Inovasi {UNIT_NAME} ({UNIT_SHORT_NAME}): tenaga kesehatan DINKES mendatangi warga.",
    }
    entry = services.save_draft(submission=entry, sections=sections, by=operator)
    proposal_pdf = pdf_bytes(
        pages=2,
        title=f"Proposal Inovasi {UNIT_NAME}",
        author=f"{OPERATOR['first_name']} {OPERATOR['last_name']}, {UNIT_SHORT_NAME}",
        xmp_creator=UNIT_NAME,
    )
    proposal = services.add_evidence(
        submission=entry,
        by=operator,
        requirement=proposal_requirement,
        upload=pdf_upload(PROPOSAL_FILE, proposal_pdf),
    )
    photo = services.add_evidence(
        submission=entry, by=operator, requirement=photo_requirement, upload=image_upload(PHOTO_FILE)
    )
    services.submit_submission(submission=entry, by=operator)

    open_stage(stage=administrasi, by=secretariat)
    services.pass_all_requirements(submissions=[entry], by=secretariat)
    open_stage(stage=paparan, by=secretariat)
    judge = factories.make_judge(
        username="juri-paparan", first_name="Budi", last_name="Santoso", email="budi@juri.example.id"
    )
    judging.save_panel_member(
        panel=Panel(stage=paparan, category=category, judge=judge), entries=None, by=secretariat
    )
    judging.assign_judge(stage=paparan, submission=entry, judge=judge, by=secretariat)

    entry.refresh_from_db()
    assert entry.status == Submission.Status.ELIGIBLE
    assert AdministrativeCheck.objects.filter(submission=entry).count() == 1
    return JudgedEntry(paparan, entry, judge, operator, proposal, photo, innovation_photo)


@pytest.fixture
def blind_entry(secretariat) -> JudgedEntry:
    return build_judged_entry(secretariat, blind=True)


@pytest.fixture
def open_entry(secretariat) -> JudgedEntry:
    return build_judged_entry(secretariat, blind=False)


def what_the_judge_is_shown(client, judged: JudgedEntry) -> dict[str, str]:
    """Every page and download header the judge gets for the entry, by name, as text."""
    stage, entry = judged.stage, judged.entry
    client.force_login(judged.judge)
    shown = {}
    pages = {
        "dashboard": reverse("judging:dashboard"),
        "score page": reverse("judging:score", args=[stage.pk, entry.pk]),
        "conflict page": reverse("judging:conflict", args=[stage.pk, entry.pk]),
    }
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, name
        shown[name] = response.content.decode()
    downloads = {
        "proposal download": reverse("judging:evidence", args=[stage.pk, judged.proposal.pk]),
        "photo download": reverse("judging:evidence", args=[stage.pk, judged.photo.pk]),
        "photo thumbnail": reverse("judging:evidence_thumbnail", args=[stage.pk, judged.photo.pk]),
    }
    for name, url in downloads.items():
        response = client.get(url)
        assert response.status_code == 200, name
        shown[f"{name} (Content-Disposition)"] = response["Content-Disposition"]
    return shown


def what_names_the_unit(judged: JudgedEntry) -> list[str]:
    """What would tell a judge which unit sent the entry: its names, its operator, the original file names,
    the innovation's photo (its caption and its addresses). A unit has no picture or logo of its own in the
    portal; the innovation's photos are what could show its office or its head."""
    photo = judged.innovation_photo
    return [
        UNIT_NAME,
        UNIT_SHORT_NAME,
        OPERATOR["username"],
        OPERATOR["first_name"],
        OPERATOR["last_name"],
        OPERATOR["email"],
        PROPOSAL_FILE,
        PHOTO_FILE,
        PHOTO_CAPTION,
        reverse("submissions:photo", args=[photo.pk, "thumbnail"]),
        reverse("submissions:photo", args=[photo.pk, "image"]),
        reverse("judging:public_photo", args=[photo.pk]),
    ]


def leaks(shown: dict[str, str], judged: JudgedEntry) -> list[tuple[str, str]]:
    return [
        (where, secret)
        for where, text in shown.items()
        for secret in what_names_the_unit(judged)
        if secret in text
    ]


def download_as(client, user: User, url: str) -> bytes:
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_nothing_a_judge_is_shown_in_a_blind_stage_names_the_unit(client, blind_entry):
    shown = what_the_judge_is_shown(client, blind_entry)

    assert leaks(shown, blind_entry) == []
    assert blind_entry.entry.innovation.title in shown["score page"]  # the judge does read the entry
    assert (
        "Inovasi [nama unit] ([nama unit]): tenaga kesehatan [nama unit] mendatangi warga."
        in shown["score page"]
    )
    assert f"bukti-{blind_entry.proposal.pk}.pdf" in shown["proposal download (Content-Disposition)"]
    assert f"bukti-{blind_entry.photo.pk}.jpg" in shown["photo download (Content-Disposition)"]


def test_the_only_pictures_on_a_blind_score_page_are_the_evidence_thumbnails(client, blind_entry):
    """The innovation's own photos may show the unit's office or its head; judges are not shown them."""
    html = what_the_judge_is_shown(client, blind_entry)["score page"]

    stage = blind_entry.stage
    assert re.findall(r'<img[^>]* src="([^"]*)"', html) == [
        reverse("judging:evidence_thumbnail", args=[stage.pk, blind_entry.photo.pk])
    ]


@pytest.mark.parametrize("blind", [True, False], ids=["blind", "not-blind"])
def test_a_pdf_a_judge_downloads_has_no_metadata_and_all_its_pages(client, secretariat, blind):
    judged = build_judged_entry(secretariat, blind=blind)

    body = download_as(
        client, judged.judge, reverse("judging:evidence", args=[judged.stage.pk, judged.proposal.pk])
    )

    assert UNIT_NAME.encode() not in body and UNIT_SHORT_NAME.encode() not in body
    assert OPERATOR["last_name"].encode() not in body
    pdf = pikepdf.open(BytesIO(body))
    assert "/Info" not in pdf.trailer
    assert "/Metadata" not in pdf.Root
    assert len(pdf.pages) == 2


def test_a_stage_that_is_not_blind_shows_the_unit_on_the_same_pages(client, open_entry):
    shown = what_the_judge_is_shown(client, open_entry)

    assert UNIT_SHORT_NAME in shown["dashboard"]
    assert UNIT_NAME in shown["score page"]
    assert PROPOSAL_FILE in shown["score page"] and PHOTO_FILE in shown["score page"]
    assert PROPOSAL_FILE in shown["proposal download (Content-Disposition)"]
    # Still no operator and no innovation photo: the judge needs the unit, not who typed the entry.
    assert {secret for _where, secret in leaks(shown, open_entry)} == {
        UNIT_NAME,
        UNIT_SHORT_NAME,
        PROPOSAL_FILE,
        PHOTO_FILE,
    }


def test_the_secretariat_still_sees_the_unit_and_the_file_names_of_a_blind_entry(
    client, secretariat, blind_entry
):
    entry = blind_entry.entry
    client.force_login(secretariat)
    change = client.get(reverse("admin:submissions_submission_change", args=[entry.pk]))
    check = client.get(reverse("admin:submissions_submission_check", args=[entry.pk]))

    assert change.status_code == check.status_code == 200
    change_html, check_html = change.content.decode(), check.content.decode()
    assert UNIT_NAME in change_html
    assert f"{entry.innovation.title} ({UNIT_SHORT_NAME})" in check_html
    for html in (change_html, check_html):
        assert PROPOSAL_FILE in html and PHOTO_FILE in html
    download = client.get(reverse("submissions:evidence_download", args=[blind_entry.proposal.pk]))
    assert PROPOSAL_FILE in download["Content-Disposition"]
