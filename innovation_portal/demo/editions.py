"""The demo city's competitions: the announced 2022 edition and the current one, mid-way.

Dates of the current edition are counted from today, so the demo looks the same whenever it is loaded.
Entries move through the same services the portal uses, so their versions, event log and checks are
what a real round would leave behind.
"""

import datetime
import io
import textwrap
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw

from competitions.models import Category, Competition, Requirement, Stage, Unit
from competitions.services import close_stage, create_edition_from_template, open_stage
from innovation_portal.demo.entries import CURRENT_ENTRIES, EXTRA_DISKOMINFO_INNOVATIONS, PAST_2022_ENTRIES
from judging import services as judging
from judging.eligibility import is_conflicted
from judging.models import Assignment, Award, Panel
from judging.ranking import stage_pool
from judging.selectors import undecided_in_stage
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


def _requirements_by_role(competition: Competition) -> dict:
    all_requirements = list(competition.requirements.all())
    return {
        "document": next(r for r in all_requirements if r.name.startswith("Proposal")),
        "photo": next(r for r in all_requirements if r.kind == Requirement.Kind.PHOTO),
        "sk": next(r for r in all_requirements if r.name.startswith("SK")),
        "other_documents": [
            r
            for r in all_requirements
            if r.kind == Requirement.Kind.DOCUMENT and not r.name.startswith("Proposal")
        ],
    }


def _close_registration_after_seeding(competition: Competition, window: tuple, status: str) -> None:
    """Put back the edition's real registration window and move it on to `status`."""
    Competition.objects.filter(pk=competition.pk).update(
        status=status, registration_opens_at=window[0], registration_closes_at=window[1]
    )
    competition.refresh_from_db()


def _open_registration_for_seeding(competition: Competition) -> tuple:
    """Entries can only be made while registration is open; the demo replays the past with it open."""
    window = (competition.registration_opens_at, competition.registration_closes_at)
    now = timezone.now()
    Competition.objects.filter(pk=competition.pk).update(
        status=Competition.Status.OPEN,
        registration_opens_at=now - timedelta(days=1),
        registration_closes_at=now + timedelta(days=1),
    )
    competition.refresh_from_db()
    return window


def seed_koinyanlik(*, units, affairs, secretariat: User, operators: dict[str, User]) -> Competition:
    """KOINYANLIK this year: registration open and the administrative check under way."""
    now = timezone.now()
    year = timezone.localtime(now).year
    slug = f"koinyanlik-{year}"
    existing = Competition.objects.filter(slug=slug).first()
    if existing is not None:
        return existing
    competition = create_edition_from_template(key="koinyanlik", year=year, by=secretariat)
    competition.registration_opens_at = now - timedelta(days=20)
    competition.registration_closes_at = now + timedelta(days=21)
    competition.status = Competition.Status.OPEN
    competition.save()
    for stage, (opens, closes) in zip(
        competition.stages.order_by("order"),
        [(-15, 28), (29, 60), (61, 90), (91, 110), (111, 120)],
        strict=True,
    ):
        stage.opens_at, stage.closes_at = now + timedelta(days=opens), now + timedelta(days=closes)
        stage.status = (
            Stage.Status.ACTIVE if stage.kind == Stage.Kind.ADMINISTRATIVE else Stage.Status.PENDING
        )
        stage.save()
    category = competition.categories.get()
    requirements = _requirements_by_role(competition)
    cutoff = timezone.localtime(competition.registration_closes_at).date() - timedelta(days=366)
    chosen = [spec for spec in CURRENT_ENTRIES if spec["unit"] in FIXED_STATES]
    chosen += [
        spec
        for spec in CURRENT_ENTRIES
        if spec["unit"] not in FIXED_STATES
        and spec.get("launch_date")
        and _date(spec["launch_date"]) <= cutoff
    ][:11]
    for seed, spec in enumerate(chosen):
        operator = operators.get(spec["unit"])
        innovation = upsert_innovation(spec, units, affairs, operator)
        submission = _enter_with_content(spec, innovation, category, operator)
        state = FIXED_STATES.get(spec["unit"], STATE_CYCLE[seed % len(STATE_CYCLE)])
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
    real_window = _open_registration_for_seeding(competition)
    requirements = _requirements_by_role(competition)
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
    _close_registration_after_seeding(competition, real_window, Competition.Status.ANNOUNCED)
    Submission.objects.filter(competition=competition).update(submitted_at=real_window[1] - timedelta(days=2))
    # The 2022 awards are the city's record of that year, entered as they were announced.
    prizes = {prize.place: prize for prize in category.prizes.all()}
    for spec in PAST_2022_ENTRIES:
        if spec.get("place"):
            Award.objects.create(
                competition=competition,
                submission=Submission.objects.get(competition=competition, innovation__title=spec["title"]),
                prize=prizes[spec["place"]],
                decided_by=secretariat,
            )
    Competition.objects.filter(pk=competition.pk).update(
        results_published_at=real_window[1] + timedelta(days=110)
    )
    Stage.objects.filter(competition=competition).update(status=Stage.Status.CLOSED)
    competition.refresh_from_db()
    return competition


# The current city edition, mid-way through judging.
JUDGE_BIAS = {"juri1": Decimal("0.5"), "juri2": Decimal("0"), "juri3": Decimal("-0.5")}  # lenient … harsh
# Kecamatan entries at these positions share one quality, so they end level at Juara 3 / Harapan 1 and
# the secretariat has a tie at a prize cutoff to decide.
KECAMATAN_TIE = (2, 3)
PAPARAN_CONFLICT_REASON = "Pernah menjadi narasumber pelatihan bagi tim inovasi ini."


def _quality(position: int, category: str) -> Decimal:
    """A distinct quality per entry of a category (9.5, 9.25, …), except the planned Kecamatan tie."""
    if category == "Kecamatan" and position == KECAMATAN_TIE[1]:
        position = KECAMATAN_TIE[0]
    elif category == "Kecamatan" and position > KECAMATAN_TIE[1]:
        position -= 1
    return Decimal("9.5") - Decimal("0.25") * position


def _sheet_values(stage: Stage, quality: Decimal, judge: User) -> dict[int, tuple[str, str]]:
    values = {}
    for index, criterion in enumerate(stage.criteria.all()):
        raw = quality + JUDGE_BIAS.get(judge.username, Decimal(0)) + Decimal("0.5") * ((index % 3) - 1)
        clipped = min(max(raw, Decimal(criterion.min_score)), Decimal(criterion.max_score))
        values[criterion.pk] = ((clipped * 2).to_integral_value() / 2, "")
    return values


JUDGE_NOTES = [
    (Decimal("8.5"), "Inovasi matang dengan dampak terukur; layak direplikasi ke unit lain."),
    (Decimal("7.5"), "Manfaat jelas bagi warga; data capaian perlu dilengkapi per triwulan."),
    (Decimal("0"), "Gagasan baik, tetapi bukti penerapan dan keberlanjutan anggaran masih lemah."),
]


def _judge_note(quality: Decimal) -> str:
    """An overall note that fits the entry's quality, so units read real feedback after publication."""
    return next(note for floor, note in JUDGE_NOTES if quality >= floor)


def _score_stage(stage, judges, qualities, *, skip=frozenset(), drafts=frozenset()):
    for assignment in Assignment.objects.filter(stage=stage).select_related("submission", "judge"):
        key = (assignment.judge.username, assignment.submission_id)
        if key in skip or is_conflicted(assignment.judge, assignment.submission):
            continue
        judging.save_sheet(
            stage=stage,
            submission=assignment.submission,
            judge=assignment.judge,
            values=_sheet_values(stage, qualities[assignment.submission_id], assignment.judge),
            note=_judge_note(qualities[assignment.submission_id]),
            submit=key not in drafts,
        )


def seed_city_edition_in_judging(
    *, units, affairs, secretariat: User, judges: list[User], verifier: User
) -> Competition:
    now = timezone.now()
    year = timezone.localtime(now).year
    slug = f"kompetisi-inovasi-kota-{year}"
    existing = Competition.objects.filter(slug=slug).first()
    if existing is not None:
        return existing
    competition = create_edition_from_template(key=CURRENT_TEMPLATE, year=year, by=secretariat)
    competition.name = f"Kompetisi Inovasi Kota Palembang {year}"
    competition.registration_opens_at, competition.registration_closes_at = (
        now - timedelta(days=120),
        now - timedelta(days=90),
    )
    competition.tie_break_chain = ["last_stage", "heaviest_criterion"]
    competition.show_feedback_to_units = True
    competition.save()
    stages = list(competition.stages.order_by("order"))
    administrasi, proposal, fact_finding, paparan, _final = stages
    # The paparan is judged blind: its judges are shown an entry number instead of the unit.
    paparan.blind = True
    for stage, (opens, closes) in zip(
        stages, [(-89, -76), (-75, -46), (-45, 5), (-10, 12), (13, 20)], strict=True
    ):
        stage.opens_at, stage.closes_at = now + timedelta(days=opens), now + timedelta(days=closes)
        stage.save()

    real_window = _open_registration_for_seeding(competition)
    categories = {category.name: category for category in competition.categories.all()}
    requirements = _requirements_by_role(competition)
    qualities: dict[int, Decimal] = {}
    positions: dict[str, int] = {}
    for seed, spec in enumerate(CURRENT_ENTRIES):
        innovation = upsert_innovation(spec, units, affairs, None)
        submission = _enter_with_content(spec, innovation, categories[spec["category"]], None)
        position = positions.get(spec["category"], 0)
        positions[spec["category"]] = position + 1
        qualities[submission.pk] = _quality(position, spec["category"])
        bring_to_state(
            submission,
            "eligible",
            operator=None,
            secretariat=secretariat,
            requirements=requirements,
            seed=seed,
        )
    _close_registration_after_seeding(competition, real_window, Competition.Status.JUDGING)
    withdrawn = Submission.objects.filter(
        competition=competition, category=categories["UMKM Start-up Digital"]
    ).last()
    services.withdraw_submission(submission=withdrawn, by=None, reason="Tim pengembang sedang berganti.")

    open_stage(stage=administrasi, by=secretariat)
    close_stage(stage=administrasi, by=secretariat, find_undecided=undecided_in_stage)

    # Proposal stage: every judge scores every entry; decided, 6 besar per category.
    open_stage(stage=proposal, by=secretariat)
    for category in categories.values():
        for judge in judges:
            Panel.objects.create(stage=proposal, category=category, judge=judge)
        judging.auto_assign(stage=proposal, category=category, by=secretariat, judges_per_entry=3)
    _score_stage(proposal, judges, qualities)
    close_stage(stage=proposal, by=secretariat, find_undecided=undecided_in_stage)
    for category in categories.values():
        judging.advance_shortlist(stage=proposal, category=category, by=secretariat)

    # Fact finding: the verifier visits every finalist; one Perangkat Daerah innovation is not found working.
    open_stage(stage=fact_finding, by=secretariat)
    for category in categories.values():
        finalists = list(stage_pool(fact_finding, category).order_by("pk"))
        for index, entry in enumerate(finalists):
            unverified = category.name == "Perangkat Daerah" and index == 1
            judging.record_field_visit(
                stage=fact_finding,
                submission=entry,
                by=verifier,
                visited_on=timezone.localdate() - timedelta(days=20 - index),
                team="Fitri Handayani, Rina Marlina",
                findings=(
                    "Aplikasi belum dipakai warga di lokasi; data yang ditunjukkan masih data uji coba."
                    if unverified
                    else "Layanan berjalan di lokasi, petugas dan warga memakai inovasi sesuai proposal."
                ),
                verified=not unverified,
                score=qualities[entry.pk] * 10,
            )
        judging.advance_shortlist(stage=fact_finding, category=category, by=secretariat)

    # Paparan in progress: juri2 declares a conflict; juri1 has not finished the Perangkat Daerah sheets.
    open_stage(stage=paparan, by=secretariat)
    for category in categories.values():
        for judge in judges:
            Panel.objects.create(stage=paparan, category=category, judge=judge)
    for category in categories.values():
        judging.auto_assign(stage=paparan, category=category, by=secretariat, judges_per_entry=3)
    pd_finalists = list(stage_pool(paparan, categories["Perangkat Daerah"]).order_by("pk"))
    judging.declare_conflict(judge=judges[1], submission=pd_finalists[0], reason=PAPARAN_CONFLICT_REASON)
    unfinished = {("juri1", entry.pk) for entry in pd_finalists[3:]}
    drafts = {("juri1", pd_finalists[3].pk)}
    _score_stage(paparan, judges, qualities, skip=unfinished)
    for judge_name, entry_pk in drafts:
        judge = next(j for j in judges if j.username == judge_name)
        entry = next(e for e in pd_finalists if e.pk == entry_pk)
        values = _sheet_values(paparan, qualities[entry_pk], judge)
        first = next(iter(values))
        judging.save_sheet(stage=paparan, submission=entry, judge=judge, values={first: values[first]})
    return competition
