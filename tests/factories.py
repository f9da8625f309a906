"""factory_boy factories for the portal's models."""

import datetime
from datetime import timedelta
from decimal import Decimal

import factory
from django.contrib.auth.models import AnonymousUser, Group, User
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from competitions.edition_templates import KIPP_SECTIONS
from competitions.models import (
    Category,
    Competition,
    Criterion,
    Membership,
    Prize,
    ProposalSection,
    Requirement,
    Stage,
    Unit,
)
from competitions.permissions import JUDGE_GROUP, LEADER_GROUP, SECRETARIAT_GROUP, VERIFIER_GROUP
from judging.models import Assignment, Award, Conflict, FieldVisit, Panel, Score, ScoreSheet, StageResult
from submissions.models import Innovation, Submission

PASSWORD = "a-long-test-password-42"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.go.id")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*(Group.objects.get(name=name) for name in extracted))
        if create:
            self.save()

    @factory.post_generation
    def authenticator(self, create, extracted, **kwargs):
        """Staff accounts cannot work without two-factor sign-in, so they get an authenticator app
        (`authenticator=False` for one that has not set it up yet); anyone else only when asked."""
        wanted = extracted if extracted is not None else (self.is_staff or self.is_superuser)
        if create and wanted:
            TOTPDevice.objects.create(user=self, name="default", confirmed=True)


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    name = factory.Sequence(lambda n: f"Dinas Contoh {n}")
    short_name = factory.Sequence(lambda n: f"DC{n}")
    kind = Unit.Kind.DINAS


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    unit = factory.SubFactory(UnitFactory)


def make_secretariat(**kwargs) -> User:
    return UserFactory(is_staff=True, roles=[SECRETARIAT_GROUP], **kwargs)


def make_judge(**kwargs) -> User:
    return UserFactory(roles=[JUDGE_GROUP], **kwargs)


def make_verifier(**kwargs) -> User:
    return UserFactory(roles=[VERIFIER_GROUP], **kwargs)


def make_leader(**kwargs) -> User:
    return UserFactory(roles=[LEADER_GROUP], **kwargs)


def make_operator(unit: Unit | None = None, **kwargs) -> User:
    return MembershipFactory(unit=unit or UnitFactory(), user=UserFactory(**kwargs)).user


def make_account(who: str) -> User | AnonymousUser:
    """A fresh account of a kind named in the permission tables: a role, "inactive_<role>", a superuser
    with or without staff status, staff or the secretariat group alone, a few roles at once, anonymous."""
    user, active = UserFactory, not who.startswith("inactive_")
    role = who.removeprefix("inactive_")
    if role == "anonymous":
        return AnonymousUser()
    if role == "secretariat":
        return user(is_staff=True, roles=[SECRETARIAT_GROUP], is_active=active)
    if role == "sekretariat_group_without_staff":
        return user(roles=[SECRETARIAT_GROUP])
    if role == "staff_without_group":
        return user(is_staff=True)
    if role == "superuser":
        return user(is_staff=True, is_superuser=True, is_active=active)
    if role == "superuser_without_staff":
        return user(is_superuser=True)
    if role in {"judge", "verifier", "leader"}:
        group = {"judge": JUDGE_GROUP, "verifier": VERIFIER_GROUP, "leader": LEADER_GROUP}[role]
        return user(roles=[group], is_active=active)
    if role == "operator":
        return make_operator(is_active=active)
    if role == "operator_of_an_inactive_unit":
        return make_operator(unit=UnitFactory(is_active=False))
    if role == "secretariat_who_also_judges":
        return user(is_staff=True, roles=[SECRETARIAT_GROUP, JUDGE_GROUP])
    if role == "judge_who_works_for_a_unit":
        return make_operator(roles=[JUDGE_GROUP])
    raise AssertionError(who)


class CompetitionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Competition
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Kompetisi Inovasi {n}")
    slug = factory.Sequence(lambda n: f"kompetisi-inovasi-{n}")
    year = 2026
    organiser = "Bagian Organisasi Setda"
    status = Competition.Status.OPEN
    registration_opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=10))
    registration_closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=20))

    @factory.post_generation
    def proposal_sections(self, create, extracted, **kwargs):
        """The KIPP proposal form (eight sections with their word limits), unless a test gives its own."""
        if not create:
            return
        for order, spec in enumerate(extracted if extracted is not None else KIPP_SECTIONS, start=1):
            ProposalSection.objects.create(
                competition=self,
                order=order,
                key=spec.key,
                label=spec.label,
                guidance=spec.guidance,
                word_limit=spec.word_limit,
                min_words=spec.min_words,
                is_required=spec.is_required,
                profile_text=spec.profile_text,
            )


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    competition = factory.SubFactory(CompetitionFactory)
    name = factory.Sequence(lambda n: f"Kategori {n}")
    eligible_kinds = factory.LazyFunction(lambda: [Unit.Kind.DINAS, Unit.Kind.BADAN, Unit.Kind.BAGIAN])


class StageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Stage

    competition = factory.SubFactory(CompetitionFactory)
    order = factory.Sequence(lambda n: n + 1)
    kind = Stage.Kind.ADMINISTRATIVE
    name = factory.Sequence(lambda n: f"Tahap {n}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=5))
    closes_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=30))


class CriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Criterion

    stage = factory.SubFactory(StageFactory, kind=Stage.Kind.SCORED)
    order = factory.Sequence(lambda n: n + 1)
    name = factory.Sequence(lambda n: f"Kriteria {n}")
    weight = 100


class RequirementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Requirement

    competition = factory.SubFactory(CompetitionFactory)
    name = factory.Sequence(lambda n: f"Dokumen {n}")
    kind = Requirement.Kind.DOCUMENT
    is_required = True


class InnovationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Innovation
        skip_postgeneration_save = True

    unit = factory.SubFactory(UnitFactory)
    title = factory.Sequence(lambda n: f"Inovasi Layanan {n}")
    summary = "Layanan daring yang memangkas waktu tunggu warga."
    form = Innovation.Form.PUBLIC_SERVICE
    kind = Innovation.Kind.DIGITAL
    phase = Innovation.Phase.IMPLEMENTATION
    initiator = Innovation.Initiator.AGENCY
    launch_date = datetime.date(2024, 1, 15)


# The keys of the KIPP proposal form every factory edition has.
SECTION_KEYS = [spec.key for spec in KIPP_SECTIONS]
FILLED_SECTIONS = {section: f"Teks bagian {section} yang cukup jelas." for section in SECTION_KEYS}


class SubmissionFactory(factory.django.DjangoModelFactory):
    """A draft entry with every section written. The innovation's unit is the entry's unit."""

    class Meta:
        model = Submission

    innovation = factory.SubFactory(InnovationFactory)
    unit = factory.SelfAttribute("innovation.unit")
    category = factory.SubFactory(CategoryFactory)
    competition = factory.SelfAttribute("category.competition")
    status = Submission.Status.DRAFT
    sections = factory.LazyFunction(lambda: dict(FILLED_SECTIONS))


# Judging records. Thin fixtures: each row's stage, entry and prize belong to one edition. States that
# rules decide (a submitted sheet, a decided shortlist, a published award) are built through the services
# in tests; these factories are for the rows around them.


def _user_with_role(role: str, **kwargs):
    return factory.SubFactory(UserFactory, roles=[role], **kwargs)


class PrizeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Prize

    category = factory.SubFactory(CategoryFactory)
    place = factory.Sequence(lambda n: n + 1)
    kind = Prize.Kind.WINNER
    label = factory.LazyAttribute(lambda prize: f"Juara {prize.place}")
    amount = 0


def _entry_of_the_stage():
    """An eligible entry of the edition of the row's stage (seen from the entry's category: two levels up)."""
    return factory.SubFactory(
        SubmissionFactory,
        category__competition=factory.SelfAttribute("...stage.competition"),
        status=Submission.Status.ELIGIBLE,
        submitted_at=factory.LazyFunction(timezone.now),
    )


class PanelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Panel

    stage = factory.SubFactory(StageFactory, kind=Stage.Kind.SCORED)
    category = factory.SubFactory(CategoryFactory, competition=factory.SelfAttribute("..stage.competition"))
    judge = _user_with_role(JUDGE_GROUP)


class AssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assignment

    stage = factory.SubFactory(StageFactory, kind=Stage.Kind.SCORED)
    submission = _entry_of_the_stage()
    judge = _user_with_role(JUDGE_GROUP)


class ConflictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Conflict

    judge = _user_with_role(JUDGE_GROUP)
    submission = factory.SubFactory(SubmissionFactory, status=Submission.Status.ELIGIBLE)
    reason = "Kerabat kepala unit"


class ScoreSheetFactory(factory.django.DjangoModelFactory):
    """A judge's sheet; `scores={criterion: value}` adds its scores. A draft unless `submitted=True`."""

    class Meta:
        model = ScoreSheet
        skip_postgeneration_save = True

    class Params:
        submitted = factory.Trait(
            status=ScoreSheet.Status.SUBMITTED,
            total=Decimal("50"),
            submitted_at=factory.LazyFunction(timezone.now),
        )

    stage = factory.SubFactory(StageFactory, kind=Stage.Kind.SCORED)
    submission = _entry_of_the_stage()
    judge = _user_with_role(JUDGE_GROUP)
    status = ScoreSheet.Status.DRAFT

    @factory.post_generation
    def scores(self, create, extracted, **kwargs):
        if create and extracted:
            for criterion, value in extracted.items():
                ScoreFactory(sheet=self, criterion=criterion, value=value)


class ScoreFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Score

    sheet = factory.SubFactory(ScoreSheetFactory)
    criterion = factory.SubFactory(CriterionFactory, stage=factory.SelfAttribute("..sheet.stage"))
    value = Decimal("7")


class FieldVisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FieldVisit

    stage = factory.SubFactory(StageFactory, kind=Stage.Kind.VERIFICATION)
    submission = _entry_of_the_stage()
    visited_on = factory.LazyFunction(timezone.localdate)
    team = "Tim verifikasi lapangan"
    findings = "Layanan berjalan di lokasi sesuai proposal."
    verified = True
    recorded_by = _user_with_role(VERIFIER_GROUP)


class StageResultFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StageResult

    stage = factory.SubFactory(StageFactory, kind=Stage.Kind.SCORED)
    submission = _entry_of_the_stage()
    score = Decimal("80")
    rank = factory.Sequence(lambda n: n + 1)
    outcome = StageResult.Outcome.ADVANCED
    decided_by = _user_with_role(SECRETARIAT_GROUP, is_staff=True)


class AwardFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Award

    submission = factory.SubFactory(SubmissionFactory, status=Submission.Status.ELIGIBLE)
    competition = factory.SelfAttribute("submission.competition")
    prize = factory.SubFactory(PrizeFactory, category=factory.SelfAttribute("..submission.category"))
    final_score = Decimal("85")
    decided_by = _user_with_role(SECRETARIAT_GROUP, is_staff=True)
