"""The data behind the access matrix (`test_access_matrix.py`): one small city with two units, every role,
and an edition in each state the portal's pages serve, built once per module.

Unit A owns every object in the URLs; unit B is the neighbour whose operator must not reach them.

- *Terbuka* (open): registration running, the administrative check under way; unit A has a draft with
  evidence (to edit, submit and remove), unit B an entry waiting for its check.
- *Penilaian* (judging): unit A's entry passed the check (version 1 frozen with a PDF and a photo as
  evidence) and is in a running scored stage; the assigned judge has a draft sheet, the conflicted judge was
  assigned and declared a conflict, the other judge scores unit B's entry only.
- *Verifikasi* (fact finding): unit A's finalist visited by the verifier, with a photo; the assigned judge
  is on the visit's team, the conflicted judge declared a conflict on it.
- *Diumumkan* (announced): unit A's winner, a private innovation (Juara 1, with its piagam issued and the
  judges' feedback open to the unit) and unit A's participant; a tie decision and the decided stage.
- *Menunggu pengumuman*: an award decided for a private innovation of unit A, not yet announced.
- *Draf* (draft): an edition the public must not see.

Unit A also has a public innovation with a photo and index answers with evidence, and a private innovation
with a photo that only its unit and the secretariat may see.
"""

import datetime
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.db.models import Model
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from competitions.models import (
    BackgroundJob,
    Category,
    Competition,
    Criterion,
    Event,
    Membership,
    Prize,
    Stage,
    Unit,
)
from competitions.permissions import JUDGE_GROUP
from competitions.services import sign_ins
from competitions.services.jobs import run_job, start_job
from judging import services as judging_services
from judging.jobs import EDITION_SPREADSHEET
from judging.models import (
    Assignment,
    Award,
    Certificate,
    Conflict,
    FieldVisit,
    Panel,
    ScoreSheet,
    StageResult,
    TieDecision,
)
from submissions import services as submission_services
from submissions.index.models import IndexIndicator, IndexYear, InnovationIndicator
from submissions.models import (
    AdministrativeCheck,
    Attachment,
    GovernmentAffair,
    Innovation,
    InnovationPhoto,
    Submission,
)
from tests import factories
from tests.files import PDF_BYTES, image_upload, pdf_upload

ROLES = (
    "anonymous",
    "operator_a",
    "operator_b",
    "judge_assigned",
    "judge_not_assigned",
    "judge_conflicted",
    "verifier",
    "leader",
    "secretariat",
)


@dataclass
class World:
    users: dict[str, User | None] = field(default_factory=dict)
    superuser: User | None = None
    # Unit A's objects, by what they are.
    open_edition: Competition | None = None
    judging_edition: Competition | None = None
    verification_edition: Competition | None = None
    announced_edition: Competition | None = None
    draft_edition: Competition | None = None
    innovation: Innovation | None = None
    private_innovation: Innovation | None = None
    photo: InnovationPhoto | None = None
    spare_photo: InnovationPhoto | None = None
    private_photo: InnovationPhoto | None = None
    draft: Submission | None = None
    draft_evidence: Attachment | None = None
    waiting_entry: Submission | None = None
    entry: Submission | None = None
    entry_b: Submission | None = None
    evidence_pdf: Attachment | None = None
    evidence_photo: Attachment | None = None
    scored_stage: Stage | None = None
    criterion: Criterion | None = None
    sheet: ScoreSheet | None = None
    assignment: Assignment | None = None
    conflict: Conflict | None = None
    panel: Panel | None = None
    verification_stage: Stage | None = None
    visit_entry: Submission | None = None
    visit: FieldVisit | None = None
    winner: Submission | None = None
    winner_photo: InnovationPhoto | None = None
    unpublished_photo: InnovationPhoto | None = None
    unpublished_winner: Submission | None = None
    participant: Submission | None = None
    decided_stage: Stage | None = None
    final_stage: Stage | None = None
    stage_result: StageResult | None = None
    award: Award | None = None
    tie_decision: TieDecision | None = None
    certificate: Certificate | None = None
    index_year: IndexYear | None = None
    index_answer: InnovationIndicator | None = None
    job: BackgroundJob | None = None
    admin_objects: dict[type[Model], Model] = field(default_factory=dict)


def _day(offset: int) -> datetime.datetime:
    today = timezone.localdate()
    return timezone.make_aware(datetime.datetime.combine(today + timedelta(days=offset), datetime.time(8)))


def _edition(name: str, slug: str, **fields) -> tuple[Competition, Category]:
    competition = factories.CompetitionFactory(name=name, slug=slug, **fields)
    category = factories.CategoryFactory(competition=competition, name="Perangkat Daerah")
    return competition, category


def build_world() -> World:
    world = World()
    unit_a = factories.UnitFactory(name="Dinas Komunikasi dan Informatika", short_name="Diskominfo")
    unit_b = factories.UnitFactory(name="Dinas Penanaman Modal dan PTSP", short_name="DPMPTSP")
    users = world.users
    users["anonymous"] = None
    users["operator_a"] = factories.make_operator(unit=unit_a, username="operator-a")
    users["operator_b"] = factories.make_operator(unit=unit_b, username="operator-b")
    users["judge_assigned"] = factories.make_judge(username="juri-ditugaskan")
    users["judge_not_assigned"] = factories.make_judge(username="juri-lain")
    users["judge_conflicted"] = factories.make_judge(username="juri-konflik")
    users["verifier"] = factories.make_verifier(username="verifikator")
    users["leader"] = factories.make_leader(username="pimpinan")
    secretariat = users["secretariat"] = factories.make_secretariat(username="sekretariat")
    operator_a, operator_b = users["operator_a"], users["operator_b"]
    world.superuser = factories.make_account("superuser")

    # Unit A's innovations: one in the public catalogue, one private; each with a photo.
    world.innovation = factories.InnovationFactory(unit=unit_a, title="Si Warga", is_public=True)
    world.private_innovation = factories.InnovationFactory(
        unit=unit_a, title="Inovasi Rahasia", is_public=False
    )
    world.photo = submission_services.add_innovation_photo(
        innovation=world.innovation, upload=image_upload(), caption="Layanan", by=operator_a
    )
    # Removing a photo deletes its file, which no rollback brings back: that request gets its own photo.
    world.spare_photo = submission_services.add_innovation_photo(
        innovation=world.innovation, upload=image_upload(), caption="Cadangan", by=operator_a
    )
    world.private_photo = submission_services.add_innovation_photo(
        innovation=world.private_innovation, upload=image_upload(), caption="Rahasia", by=operator_a
    )

    _open_edition(world, unit_b, operator_a, operator_b, secretariat)
    _judging_edition(world, unit_b, operator_a, operator_b, secretariat)
    _verification_edition(world, unit_a, secretariat)
    _announced_edition(world, unit_a, secretariat)
    _unpublished_award(world, unit_a, secretariat)
    world.draft_edition, _category = _edition(
        "Kompetisi Inovasi (draf)", "kompetisi-draf", status=Competition.Status.DRAFT
    )
    _index_answers(world, operator_a)
    _admin_objects(world, unit_a)
    return world


def _open_edition(world: World, unit_b: Unit, operator_a: User, operator_b: User, secretariat: User) -> None:
    """Registration open: unit A's draft with evidence not yet frozen; unit B's entry awaiting its check."""
    competition, category = _edition("Kompetisi Inovasi Terbuka", "kompetisi-terbuka")
    factories.StageFactory(
        competition=competition, order=1, kind=Stage.Kind.ADMINISTRATIVE, status=Stage.Status.ACTIVE
    )
    world.open_edition = competition
    world.draft = factories.SubmissionFactory(innovation=world.innovation, category=category)
    world.draft_evidence = submission_services.add_evidence(
        submission=world.draft, by=operator_a, title="Proposal", upload=pdf_upload()
    )
    waiting = factories.SubmissionFactory(
        innovation=factories.InnovationFactory(unit=unit_b, title="SITA"), category=category
    )
    world.waiting_entry = submission_services.submit_submission(submission=waiting, by=operator_b)


def _judging_edition(
    world: World, unit_b: Unit, operator_a: User, operator_b: User, secretariat: User
) -> None:
    """A running scored stage: unit A's entry (version 1 with two pieces of evidence) and unit B's."""
    competition, category = _edition(
        "Kompetisi Inovasi Penilaian",
        "kompetisi-penilaian",
        registration_opens_at=_day(-40),
        registration_closes_at=_day(20),
    )
    administrative = factories.StageFactory(
        competition=competition, order=1, kind=Stage.Kind.ADMINISTRATIVE, status=Stage.Status.ACTIVE
    )
    entry = factories.SubmissionFactory(innovation=world.innovation, category=category)
    world.evidence_pdf = submission_services.add_evidence(
        submission=entry, by=operator_a, title="Proposal", upload=pdf_upload()
    )
    world.evidence_photo = submission_services.add_evidence(
        submission=entry, by=operator_a, title="Foto kegiatan", upload=image_upload()
    )
    entry_b = factories.SubmissionFactory(
        innovation=factories.InnovationFactory(unit=unit_b, title="SIMANTAP"), category=category
    )
    for submission, operator in ((entry, operator_a), (entry_b, operator_b)):
        submission_services.submit_submission(submission=submission, by=operator)
    submission_services.pass_all_requirements(
        submissions=Submission.objects.filter(pk__in=[entry.pk, entry_b.pk]), by=secretariat
    )
    Stage.objects.filter(pk=administrative.pk).update(status=Stage.Status.CLOSED)
    Competition.objects.filter(pk=competition.pk).update(
        status=Competition.Status.JUDGING, registration_closes_at=_day(-1)
    )
    stage = factories.StageFactory(
        competition=competition, order=2, kind=Stage.Kind.SCORED, status=Stage.Status.ACTIVE, weight=100
    )
    world.criterion = Criterion.objects.create(
        stage=stage, order=1, name="Kebaruan", weight=100, min_score=1, max_score=10
    )
    judge, other, conflicted = (
        world.users["judge_assigned"],
        world.users["judge_not_assigned"],
        world.users["judge_conflicted"],
    )
    world.panel = Panel.objects.create(stage=stage, category=category, judge=judge)
    world.assignment = judging_services.assign_judge(
        stage=stage, submission=entry, judge=judge, by=secretariat
    )
    judging_services.assign_judge(stage=stage, submission=entry, judge=conflicted, by=secretariat)
    world.conflict = judging_services.declare_conflict(
        judge=conflicted, submission=entry, reason="Kerabat kepala dinas"
    )
    judging_services.assign_judge(stage=stage, submission=entry_b, judge=other, by=secretariat)
    world.sheet = judging_services.save_sheet(
        stage=stage, submission=entry, judge=judge, values={world.criterion.pk: ("7", "")}
    )
    world.judging_edition, world.scored_stage = competition, stage
    world.entry, world.entry_b = Submission.objects.get(pk=entry.pk), entry_b


def _verification_edition(world: World, unit_a: Unit, secretariat: User) -> None:
    """Fact finding running: unit A's finalist, visited by the verifier with a photo."""
    competition, category = _edition(
        "Kompetisi Inovasi Verifikasi",
        "kompetisi-verifikasi",
        status=Competition.Status.JUDGING,
        registration_opens_at=_day(-40),
        registration_closes_at=_day(-30),
    )
    factories.StageFactory(
        competition=competition, order=1, kind=Stage.Kind.ADMINISTRATIVE, status=Stage.Status.CLOSED
    )
    stage = factories.StageFactory(
        competition=competition, order=2, kind=Stage.Kind.VERIFICATION, status=Stage.Status.ACTIVE
    )
    entry = factories.SubmissionFactory(
        innovation=factories.InnovationFactory(unit=unit_a, title="Siska"),
        category=category,
        status=Submission.Status.ELIGIBLE,
        submitted_at=timezone.now(),
    )
    judge, conflicted = world.users["judge_assigned"], world.users["judge_conflicted"]
    judging_services.assign_judge(stage=stage, submission=entry, judge=judge, by=secretariat)
    judging_services.assign_judge(stage=stage, submission=entry, judge=conflicted, by=secretariat)
    judging_services.declare_conflict(judge=conflicted, submission=entry, reason="Pernah menjadi konsultan")
    world.visit = judging_services.record_field_visit(
        stage=stage,
        submission=entry,
        by=world.users["verifier"],
        visited_on=timezone.localdate(),
        team="Tim verifikasi",
        findings="Layanan berjalan di lokasi.",
        verified=True,
        score=Decimal("80"),
        photos=[image_upload("lokasi.jpg")],
    )
    world.verification_edition, world.verification_stage, world.visit_entry = competition, stage, entry


def _announced_edition(world: World, unit_a: Unit, secretariat: User) -> None:
    """Results published: unit A's Juara 1 (piagam issued, feedback open) and unit A's participant."""
    competition, category = _edition(
        "Kompetisi Inovasi 2025",
        "kompetisi-2025",
        year=2025,
        status=Competition.Status.ANNOUNCED,
        results_published_at=timezone.now(),
        show_feedback_to_units=True,
        certificate_signer_name="Drs. H. Ratu Dewa",
        certificate_signer_title="Sekretaris Daerah",
        registration_opens_at=_day(-400),
        registration_closes_at=_day(-380),
    )
    stage = factories.StageFactory(
        competition=competition, order=1, kind=Stage.Kind.SCORED, status=Stage.Status.CLOSED, weight=100
    )
    world.final_stage = factories.StageFactory(
        competition=competition, order=2, kind=Stage.Kind.FINAL, status=Stage.Status.CLOSED
    )
    winner, participant = (
        factories.SubmissionFactory(
            innovation=factories.InnovationFactory(unit=unit_a, title=title),
            category=category,
            status=Submission.Status.ELIGIBLE,
            submitted_at=timezone.now() - timedelta(days=390),
        )
        for title in ("Si Demang", "Pustaka Keliling")
    )
    # The winner is private: the catalogue shows it because it won, not because the unit made it public.
    Innovation.objects.filter(pk=winner.innovation_id).update(is_public=False)
    world.winner_photo = submission_services.add_innovation_photo(
        innovation=winner.innovation, upload=image_upload(), caption="Juara", by=world.users["operator_a"]
    )
    world.tie_decision = TieDecision.objects.create(
        competition=competition,
        category=category,
        stage=stage,
        order=[winner.pk, participant.pk],
        places="1–2",
        reason="Nilai kebaruan lebih tinggi",
        decided_by=secretariat,
    )
    world.tie_decision.entries.set([winner, participant])
    world.stage_result = factories.StageResultFactory(
        stage=stage, submission=winner, rank=1, decided_by=secretariat, tie_decision=world.tie_decision
    )
    factories.StageResultFactory(
        stage=stage,
        submission=participant,
        rank=2,
        score=Decimal("70"),
        outcome=StageResult.Outcome.ELIMINATED,
        decided_by=secretariat,
    )
    prize = Prize.objects.create(
        category=category,
        place=1,
        label="Juara 1",
        amount=3_000_000,
        kind=Prize.Kind.WINNER,
        certificate=True,
    )
    world.award = factories.AwardFactory(submission=winner, prize=prize, decided_by=secretariat)
    world.certificate = judging_services.issue_certificate(submission=winner, by=secretariat)
    world.announced_edition, world.decided_stage = competition, stage
    world.winner, world.participant = winner, participant


def _unpublished_award(world: World, unit_a: Unit, secretariat: User) -> None:
    """An award decided but not yet announced, for a private innovation: nobody sees it in the catalogue."""
    _competition, category = _edition(
        "Kompetisi Inovasi Menunggu Pengumuman", "kompetisi-menunggu", status=Competition.Status.JUDGING
    )
    innovation = factories.InnovationFactory(unit=unit_a, title="Inovasi Menunggu", is_public=False)
    entry = factories.SubmissionFactory(
        innovation=innovation,
        category=category,
        status=Submission.Status.ELIGIBLE,
        submitted_at=timezone.now(),
    )
    prize = Prize.objects.create(category=category, place=1, label="Juara 1", kind=Prize.Kind.WINNER)
    factories.AwardFactory(submission=entry, prize=prize, decided_by=secretariat)
    world.unpublished_winner = entry
    world.unpublished_photo = submission_services.add_innovation_photo(
        innovation=innovation, upload=image_upload(), caption="Menunggu", by=world.users["operator_a"]
    )


def _index_answers(world: World, operator_a: User) -> None:
    """Unit A's public innovation answers an indicator of the newest index year, with a file."""
    world.index_year = IndexYear.objects.order_by("-year").first()
    indicator = IndexIndicator.objects.filter(year=world.index_year).order_by("pk").first()
    answer = InnovationIndicator(innovation=world.innovation, indicator=indicator, level=2)
    answer.file.save("bukti", ContentFile(PDF_BYTES), save=False)
    answer.original_name, answer.content_type, answer.size = "sk.pdf", "application/pdf", len(PDF_BYTES)
    answer.save()
    world.index_answer = answer


def _admin_objects(world: World, unit_a: Unit) -> None:
    """One object of every model the admin registers, for its change, delete and history pages."""
    AccessAttempt.objects.create(
        username="operator-a", ip_address="127.0.0.9", user_agent="test", failures_since_start=1
    )
    AccessLog.objects.create(username="operator-a", ip_address="127.0.0.9", user_agent="test")
    AccessFailureLog.objects.create(username="operator-a", ip_address="127.0.0.9", user_agent="test")
    operator_a = world.users["operator_a"]
    secretariat = world.users["secretariat"]
    # The secretariat's entries spreadsheet, made as a worker makes it: done, with its file.
    world.job = start_job(
        EDITION_SPREADSHEET,
        title="Daftar entri",
        by=secretariat,
        competition=world.judging_edition,
        parameters={"export": "entries", "file_format": "xlsx"},
    )
    run_job(world.job.pk)
    world.job.refresh_from_db()
    # Another account's second factor: the IT team's authenticator app and recovery codes.
    sign_ins.renew_recovery_codes(account=world.superuser, address="127.0.0.1")
    world.admin_objects.update(
        {
            AccessAttempt: AccessAttempt.objects.get(),
            AccessLog: AccessLog.objects.get(),
            AccessFailureLog: AccessFailureLog.objects.get(),
            Unit: unit_a,
            Membership: Membership.objects.get(user=operator_a),
            User: operator_a,
            Group: Group.objects.get(name=JUDGE_GROUP),
            Competition: world.judging_edition,
            Category: world.judging_edition.categories.get(),
            Event: Event.objects.order_by("pk").first(),
            GovernmentAffair: GovernmentAffair.objects.order_by("pk").first(),
            Innovation: world.innovation,
            Submission: world.entry,
            AdministrativeCheck: AdministrativeCheck.objects.get(submission=world.entry),
            IndexYear: world.index_year,
            InnovationIndicator: world.index_answer,
            Stage: world.scored_stage,
            Panel: world.panel,
            Assignment: world.assignment,
            Conflict: world.conflict,
            ScoreSheet: world.sheet,
            FieldVisit: world.visit,
            StageResult: world.stage_result,
            Award: world.award,
            TieDecision: world.tie_decision,
            Certificate: world.certificate,
            BackgroundJob: world.job,
            TOTPDevice: TOTPDevice.objects.get(user=world.superuser),
            StaticDevice: StaticDevice.objects.get(user=world.superuser),
        }
    )
