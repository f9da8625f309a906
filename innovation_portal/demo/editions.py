"""The demo city's competitions: the announced 2022 edition and the current one, mid-way.

Dates of the current edition are counted from today, so the demo looks the same whenever it is loaded.
Entries move through the same services the portal uses, so their versions, event log and checks are
what a real round would leave behind.
"""

import datetime
import io
import textwrap
from datetime import timedelta

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw

from competitions.models import Category, Competition, Requirement, Stage, Unit
from competitions.services import create_edition_from_template
from innovation_portal.demo.entries import CURRENT_ENTRIES, EXTRA_DISKOMINFO_INNOVATIONS, PAST_2022_ENTRIES
from submissions import services
from submissions.models import AdministrativeCheck, GovernmentAffair, Innovation, Submission

PAST_SLUG = "kompetisi-inovasi-kota-palembang-2022"
CURRENT_TEMPLATE = "kompetisi-inovasi-kota"

# What state each current entry is left in, by its position within its category: most are waiting
# for the administrative check, some passed, a few need revision, a few are still drafts.
STATE_CYCLE = [
    "submitted",
    "eligible",
    "submitted",
    "needs_revision",
    "eligible",
    "draft",
    "resubmitted",
    "eligible",
]
# The demo operators' own entries, so each has something to do when they sign in.
FIXED_STATES = {
    "Dinas Komunikasi dan Informatika": "needs_revision",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu": "draft",
    "Kecamatan Plaju": "submitted",
}


def demo_pdf(title: str, unit: str) -> SimpleUploadedFile:
    """A one-page PDF that reads like a cover page, made with Pillow."""
    page = Image.new("RGB", (595, 842), "white")
    draw = ImageDraw.Draw(page)
    draw.rectangle((40, 40, 555, 120), fill=(11, 83, 148))
    draw.text((60, 70), "PROPOSAL INOVASI", fill="white")
    y = 170
    for line in [*textwrap.wrap(title, 60), "", unit, "", "Dokumen demo Portal Inovasi"]:
        draw.text((60, y), line, fill="black")
        y += 24
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    return SimpleUploadedFile("proposal.pdf", buffer.getvalue(), content_type="application/pdf")


def demo_photo(title: str, seed: int) -> SimpleUploadedFile:
    """A photo-sized JPEG with a colour of its own and the title on it."""
    colours = [(11, 83, 148), (25, 135, 84), (214, 51, 132), (253, 126, 20), (111, 66, 193), (32, 201, 151)]
    image = Image.new("RGB", (960, 640), colours[seed % len(colours)])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 520, 960, 640), fill=(0, 0, 0))
    draw.text((30, 560), title[:90], fill="white")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return SimpleUploadedFile("foto-kegiatan.jpg", buffer.getvalue(), content_type="image/jpeg")


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def upsert_innovation(
    spec: dict, units: dict[str, Unit], affairs: dict[str, GovernmentAffair], by: User | None
) -> Innovation:
    unit = units[spec["unit"]]
    innovation = Innovation.objects.filter(unit=unit, title=spec["title"]).first()
    if innovation is not None:
        return innovation
    innovation = Innovation(
        unit=unit,
        title=spec["title"],
        summary=spec["summary"],
        form=spec["form"],
        kind=spec["kind"],
        phase=spec["phase"],
        initiator=spec["initiator"],
        trial_date=_date(spec.get("trial_date")),
        launch_date=_date(spec.get("launch_date")),
        video_url=spec.get("video_url", ""),
        is_public=True,
    )
    return services.save_innovation(
        innovation=innovation, affairs=[affairs[code] for code in spec["affairs"]], by=by
    )


def _enter_with_content(
    spec: dict, innovation: Innovation, category: Category, by: User | None
) -> Submission:
    submission = services.enter_competition(innovation=innovation, category=category, by=by)
    return services.save_draft(submission=submission, sections=spec["sections"], by=by)


def _add_documents(submission: Submission, requirements: dict, by: User | None, seed: int) -> None:
    services.add_evidence(
        submission=submission,
        by=by,
        requirement=requirements["document"],
        upload=demo_pdf(submission.innovation.title, submission.unit.name),
    )
    services.add_evidence(
        submission=submission,
        by=by,
        requirement=requirements["photo"],
        upload=demo_photo(submission.innovation.title, seed),
    )
    for requirement in requirements["other_documents"]:
        services.add_evidence(
            submission=submission,
            by=by,
            requirement=requirement,
            upload=demo_pdf(f"{requirement.name}: {submission.innovation.title}", submission.unit.name),
        )


def _check(submission: Submission, by: User, outcome: str, *, note: str = "", missing: str = "") -> None:
    verdicts = [
        services.RequirementVerdict(
            requirement,
            requirement.name != missing,
            "Berkas tidak terbaca" if requirement.name == missing else "",
        )
        for requirement in submission.competition.requirements.all()
    ]
    deadline = timezone.now() + timedelta(days=5) if outcome == AdministrativeCheck.Outcome.REVISE else None
    services.record_administrative_check(
        submission=submission,
        by=by,
        verdicts=verdicts,
        outcome=outcome,
        note=note,
        revision_deadline=deadline,
    )


def bring_to_state(
    submission: Submission,
    state: str,
    *,
    operator: User | None,
    secretariat: User,
    requirements: dict,
    seed: int,
) -> None:
    if state == "draft":
        if seed % 2:
            _add_documents(submission, requirements, operator, seed)
        return
    _add_documents(submission, requirements, operator, seed)
    services.submit_submission(submission=submission, by=operator)
    if state == "submitted":
        return
    if state == "eligible":
        _check(submission, secretariat, AdministrativeCheck.Outcome.PASSED)
        return
    revise_note = (
        "SK Kepala OPD yang diunggah belum ditandatangani. Mohon unggah ulang SK yang sudah ditandatangani."
    )
    _check(
        submission,
        secretariat,
        AdministrativeCheck.Outcome.REVISE,
        note=revise_note,
        missing=requirements["sk"].name,
    )
    if state == "resubmitted":
        submission.refresh_from_db()
        services.add_evidence(
            submission=submission,
            by=operator,
            requirement=requirements["sk"],
            upload=demo_pdf(f"SK (ditandatangani): {submission.innovation.title}", submission.unit.name),
        )
        services.submit_submission(submission=submission, by=operator)


def seed_current_edition(*, units, affairs, secretariat: User, operators: dict[str, User]) -> Competition:
    now = timezone.now()
    year = timezone.localtime(now).year
    existing = Competition.objects.filter(slug=f"kompetisi-inovasi-kota-{year}").first()
    if existing is not None:
        return existing
    competition = create_edition_from_template(key=CURRENT_TEMPLATE, year=year, by=secretariat)
    competition.name = f"Kompetisi Inovasi Kota Palembang {year}"
    competition.partner = "Harian Sumatera Ekspres"
    competition.registration_opens_at = now - timedelta(days=30)
    competition.registration_closes_at = now + timedelta(days=14)
    competition.status = Competition.Status.OPEN
    competition.save()
    starts = [(-25, 21), (22, 50), (51, 70), (71, 85), (86, 90)]
    for stage, (opens, closes) in zip(competition.stages.order_by("order"), starts, strict=True):
        stage.opens_at, stage.closes_at = now + timedelta(days=opens), now + timedelta(days=closes)
        stage.status = (
            Stage.Status.ACTIVE if stage.kind == Stage.Kind.ADMINISTRATIVE else Stage.Status.PENDING
        )
        stage.save()

    categories = {category.name: category for category in competition.categories.all()}
    all_requirements = list(competition.requirements.all())
    requirements = {
        "document": next(r for r in all_requirements if r.name.startswith("Proposal")),
        "photo": next(r for r in all_requirements if r.kind == Requirement.Kind.PHOTO),
        "sk": next(r for r in all_requirements if r.name.startswith("SK")),
        "other_documents": [
            r
            for r in all_requirements
            if r.kind == Requirement.Kind.DOCUMENT and not r.name.startswith("Proposal")
        ],
    }
    positions: dict[str, int] = {}
    for seed, spec in enumerate(CURRENT_ENTRIES):
        # Units without a demo account act through an operator the demo does not name (no actor logged).
        operator = operators.get(spec["unit"])
        innovation = upsert_innovation(spec, units, affairs, operator)
        submission = _enter_with_content(spec, innovation, categories[spec["category"]], operator)
        position = positions.get(spec["category"], 0)
        positions[spec["category"]] = position + 1
        state = FIXED_STATES.get(spec["unit"], STATE_CYCLE[position % len(STATE_CYCLE)])
        bring_to_state(
            submission,
            state,
            operator=operator,
            secretariat=secretariat,
            requirements=requirements,
            seed=seed,
        )
    for spec in EXTRA_DISKOMINFO_INNOVATIONS:
        upsert_innovation(spec, units, affairs, operators.get(spec["unit"]))
    return competition


def seed_past_edition(*, units, affairs, secretariat: User) -> Competition:
    existing = Competition.objects.filter(slug=PAST_SLUG).first()
    if existing is not None:
        return existing
    competition = create_edition_from_template(key=CURRENT_TEMPLATE, year=2022, by=secretariat)
    competition.name = "Kompetisi Inovasi Kota Palembang 2022"
    competition.slug = PAST_SLUG
    competition.save()
    category = competition.categories.get(name="Perangkat Daerah")
    # The 2022 round is replayed with registration open, then closed and announced.
    now = timezone.now()
    real_window = (competition.registration_opens_at, competition.registration_closes_at)
    Competition.objects.filter(pk=competition.pk).update(
        status=Competition.Status.OPEN,
        registration_opens_at=now - timedelta(days=1),
        registration_closes_at=now + timedelta(days=1),
    )
    competition.refresh_from_db()
    all_requirements = list(competition.requirements.all())
    requirements = {
        "document": next(r for r in all_requirements if r.name.startswith("Proposal")),
        "photo": next(r for r in all_requirements if r.kind == Requirement.Kind.PHOTO),
        "sk": next(r for r in all_requirements if r.name.startswith("SK")),
        "other_documents": [
            r
            for r in all_requirements
            if r.kind == Requirement.Kind.DOCUMENT and not r.name.startswith("Proposal")
        ],
    }
    for seed, spec in enumerate(PAST_2022_ENTRIES):
        innovation = upsert_innovation(spec, units, affairs, None)
        submission = _enter_with_content(spec, innovation, category, None)
        bring_to_state(
            submission,
            "eligible",
            operator=None,
            secretariat=secretariat,
            requirements=requirements,
            seed=seed,
        )
    Competition.objects.filter(pk=competition.pk).update(
        status=Competition.Status.ANNOUNCED,
        registration_opens_at=real_window[0],
        registration_closes_at=real_window[1],
    )
    Submission.objects.filter(competition=competition).update(submitted_at=real_window[1] - timedelta(days=2))
    Stage.objects.filter(competition=competition).update(status=Stage.Status.CLOSED)
    competition.refresh_from_db()
    return competition
