"""What `seed_scale` writes, table by table; the shape, the names and the entry point are in
`innovation_portal.scale`."""

import datetime
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, User
from django_otp.plugins.otp_totp.models import TOTPDevice

from competitions.edition_templates import KIPP_PROPOSAL_RUBRIC, KIPP_SECTIONS, LEVELS, STANDARD_REQUIREMENTS
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
from competitions.permissions import JUDGE_GROUP, LEADER_GROUP, SECRETARIAT_GROUP
from innovation_portal.scale import (
    ANNOUNCED_SLUG,
    BATCH,
    BIG_UNIT_NAME,
    BIG_UNIT_OPERATOR,
    CATEGORIES,
    JUDGING_SLUG,
    LEADER,
    OPEN_SLUG,
    PRIZES,
    SCALE_NOTE,
    SECRETARIAT,
    TOPICS,
    UNIT_PREFIX,
    USERNAME_PREFIX,
    WORDS,
    Progress,
    Shape,
    criterion_value,
    entry_quality,
    split,
)
from judging.models import Assignment, Award, Panel, Score, ScoreSheet, StageResult
from judging.ranking import final_ranking, stage_ranking
from judging.ranking.common import sheet_total
from submissions.catalogue.search import refresh_search_vectors
from submissions.government_affairs import ensure_government_affairs
from submissions.models import (
    AdministrativeCheck,
    GovernmentAffair,
    Innovation,
    Submission,
    SubmissionVersion,
)


class NationalDataSet:
    def __init__(self, shape: Shape, progress: Progress, *, now: datetime.datetime):
        self.shape = shape
        self.progress = progress
        self.now = now
        self.password = make_password(None)  # nobody signs in with a password: the benchmark makes sessions

    def build(self) -> None:
        self.progress.step("units and accounts")
        ensure_government_affairs(GovernmentAffair)
        self.affairs = list(GovernmentAffair.objects.order_by("pk"))
        self.build_units()
        self.build_accounts()
        self.progress.step("innovations")
        self.build_innovations()
        self.progress.step("edition in judging")
        judging = self.edition(
            slug=JUDGING_SLUG,
            name=f"{UNIT_PREFIX}Kompetisi Inovasi Nasional {self.now.year}",
            year=self.now.year,
            status=Competition.Status.JUDGING,
            registration=(self.now - datetime.timedelta(days=120), self.now - datetime.timedelta(days=60)),
        )
        judging.description = SCALE_NOTE.format(scale=self.shape.scale)
        judging.save(update_fields=["description"])
        self.build_judging_edition(judging)
        self.progress.step("last year's edition")
        self.build_announced_edition()
        self.progress.step("edition open for entries")
        self.build_open_edition()
        self.progress.step("catalogue search index")
        refresh_search_vectors(Innovation.objects.filter(unit__name__startswith=UNIT_PREFIX))

    # Who takes part

    def build_units(self) -> None:
        self.units_by_category: list[list[Unit]] = []
        counts = split(self.shape.units - 1, [shape.share for shape in CATEGORIES])
        units = [Unit(name=BIG_UNIT_NAME, short_name="Diskominfo Prov", kind="dinas")]
        for shape, count in zip(CATEGORIES, counts, strict=True):
            for index in range(count):
                kind = shape.kinds[index % len(shape.kinds)]
                units.append(
                    Unit(name=f"{UNIT_PREFIX}{kind.title()} {shape.name} {index + 1:04d}", kind=kind)
                )
        created = self.progress.bulk(Unit, units)
        self.big_unit = created[0]
        start = 1
        for index, count in enumerate(counts):
            group = created[start : start + count]
            self.units_by_category.append([self.big_unit, *group] if index == 0 else group)
            start += count

    def account(self, username: str, first_name: str, last_name: str = "", **extra) -> User:
        return User(
            username=username, first_name=first_name, last_name=last_name, password=self.password, **extra
        )

    def build_accounts(self) -> None:
        users = [
            self.account(SECRETARIAT, "Sekretariat", "Skala", is_staff=True),
            self.account(LEADER, "Pimpinan", "Skala"),
            self.account(BIG_UNIT_OPERATOR, "Operator", "Diskominfo Provinsi"),
        ]
        users += [
            self.account(f"{USERNAME_PREFIX}juri-{index:03d}", "Juri", f"{index:03d}")
            for index in range(1, self.shape.judges + 1)
        ]
        users += [
            self.account(f"{USERNAME_PREFIX}operator-{unit.pk}", "Operator", unit.name[:150])
            for group in self.units_by_category
            for unit in group
            if unit != self.big_unit
        ]
        created = self.progress.bulk(User, users)
        self.secretariat, self.leader, big_operator = created[:3]
        # Staff sign in in two steps (README, "Signing in"): the secretariat has its authenticator.
        TOTPDevice.objects.create(user=self.secretariat, name="default", confirmed=True)
        self.judges = created[3 : 3 + self.shape.judges]
        operators = created[3 + self.shape.judges :]
        groups = {group.name: group for group in Group.objects.all()}
        role_rows = [(self.secretariat, SECRETARIAT_GROUP), (self.leader, LEADER_GROUP)]
        role_rows += [(judge, JUDGE_GROUP) for judge in self.judges]
        User.groups.through.objects.bulk_create(
            User.groups.through(user_id=user.pk, group_id=groups[name].pk) for user, name in role_rows
        )
        other_units = [unit for group in self.units_by_category for unit in group if unit != self.big_unit]
        Membership.objects.bulk_create(
            [Membership(user=big_operator, unit=self.big_unit)]
            + [Membership(user=user, unit=unit) for user, unit in zip(operators, other_units, strict=True)]
        )

    def build_innovations(self) -> None:
        """Each category's units share its innovations round-robin; the biggest unit first takes its own."""
        self.innovations_by_category: list[list[Innovation]] = []
        counts = split(self.shape.innovations, [shape.share for shape in CATEGORIES])
        number = 0
        for units, count in zip(self.units_by_category, counts, strict=True):
            big = self.shape.big_unit_innovations if units[0] == self.big_unit else 0
            others = units[1:] if big else units
            # The biggest unit's innovations spread evenly among the others', so every edition draws on it.
            keyed = [(index / big, self.big_unit) for index in range(big)]
            keyed += [(index / (count - big), others[index % len(others)]) for index in range(count - big)]
            owners = [unit for _key, unit in sorted(keyed, key=lambda pair: pair[0])]
            rows = []
            for owner in owners:
                number += 1
                rows.append(self.innovation(owner, number))
            self.innovations_by_category.append(self.progress.bulk(Innovation, rows))
        Innovation.affairs.through.objects.bulk_create(
            (
                Innovation.affairs.through(
                    innovation_id=innovation.pk, governmentaffair_id=self.affairs[innovation.pk % 24].pk
                )
                for group in self.innovations_by_category
                for innovation in group
            ),
            batch_size=BATCH,
        )

    def innovation(self, unit: Unit, number: int) -> Innovation:
        topic = TOPICS[number % len(TOPICS)]
        words = " ".join(WORDS[(number * 7 + index) % len(WORDS)] for index in range(40))
        launched = datetime.date(2018 + number % 6, 1 + number % 12, 1)
        return Innovation(
            unit=unit,
            title=f"Inovasi {topic} {number:05d}",
            summary=f"Inovasi {topic} dari {unit.name}: {words}.",
            form=[choice for choice, _label in Innovation.Form.choices][number % 3],
            kind=[choice for choice, _label in Innovation.Kind.choices][number % 2],
            phase=Innovation.Phase.IMPLEMENTATION,
            initiator=[choice for choice, _label in Innovation.Initiator.choices][number % 5],
            trial_date=launched - datetime.timedelta(days=90),
            launch_date=launched,
            goals=f"Tujuan: {words}.",
            benefits=f"Manfaat: {words}.",
            is_public=number % 10 != 0,
            created_by=None,
        )

    # Editions

    def edition(self, *, slug, name, year, status, registration) -> Competition:
        opens, closes = registration
        competition = Competition.objects.create(
            name=name,
            slug=slug,
            year=year,
            organiser="Kementerian Pendayagunaan Aparatur Negara (data uji)",
            registration_opens_at=opens,
            registration_closes_at=closes,
            status=status,
            certificate_signer_name="Dr. Ir. Skala Nasional, M.Si.",
            certificate_signer_title="Deputi Bidang Pelayanan Publik",
            certificate_signer_nip="19700101 199503 1 001",
        )
        self.categories = [
            Category.objects.create(
                competition=competition, name=shape.name, eligible_kinds=list(shape.kinds), order=order
            )
            for order, shape in enumerate(CATEGORIES, start=1)
        ]
        Prize.objects.bulk_create(
            Prize(category=category, place=place, kind=kind, label=label, amount=amount)
            for category in self.categories
            for place, kind, label, amount in PRIZES
        )
        Requirement.objects.bulk_create(
            Requirement(competition=competition, order=index, name=name, kind=kind, is_required=required)
            for index, (name, kind, required, _text) in enumerate(STANDARD_REQUIREMENTS, start=1)
        )
        ProposalSection.objects.bulk_create(
            ProposalSection(
                competition=competition,
                order=order,
                key=section.key,
                label=section.label,
                guidance=section.guidance,
                word_limit=section.word_limit,
                is_required=section.is_required,
                profile_text=section.profile_text,
            )
            for order, section in enumerate(KIPP_SECTIONS, start=1)
        )
        return competition

    def stages(
        self, competition: Competition, *, start: datetime.datetime, statuses: list[str]
    ) -> list[Stage]:
        """Administrasi, Penilaian proposal (scored, weight 100) and the final, 45 days each."""
        specs = [
            (Stage.Kind.ADMINISTRATIVE, "Administrasi", 0),
            (Stage.Kind.SCORED, "Penilaian Proposal (6 besar)", 100),
            (Stage.Kind.FINAL, "Penetapan Juara", 0),
        ]
        stages = [
            Stage.objects.create(
                competition=competition,
                order=order,
                kind=kind,
                name=name,
                weight=weight,
                opens_at=start + datetime.timedelta(days=45 * (order - 1)),
                closes_at=start + datetime.timedelta(days=45 * order - 1),
                status=status,
            )
            for order, ((kind, name, weight), status) in enumerate(zip(specs, statuses, strict=True), start=1)
        ]
        self.criteria = Criterion.objects.bulk_create(
            Criterion(
                stage=stages[1],
                order=index,
                name=name,
                weight=weight,
                guidance=guidance,
                level_descriptors=LEVELS,
            )
            for index, (name, weight, guidance) in enumerate(KIPP_PROPOSAL_RUBRIC, start=1)
        )
        return stages

    def entries(
        self, competition: Competition, total: int, *, offset: int, status: str, submitted_at
    ) -> list[list[Submission]]:
        """`total` entries split over the categories, from every third innovation starting at `offset`, so
        the editions draw on different innovations (one entry per innovation and edition)."""
        by_category = []
        for category, innovations, count in zip(
            self.categories,
            self.innovations_by_category,
            split(total, [shape.share for shape in CATEGORIES]),
            strict=True,
        ):
            chosen = innovations[offset::3][:count]
            rows = [
                Submission(
                    innovation=innovation,
                    unit_id=innovation.unit_id,
                    competition=competition,
                    category=category,
                    status=status,
                    sections=self.sections(innovation),
                    submitted_at=submitted_at,
                )
                for innovation in chosen
            ]
            by_category.append(self.progress.bulk(Submission, rows))
        return by_category

    @staticmethod
    def sections(innovation: Innovation) -> dict[str, str]:
        return {section.key: f"{section.label}: {innovation.summary}" for section in KIPP_SECTIONS}

    def freeze_and_check(self, by_category: list[list[Submission]]) -> None:
        """The frozen version judges read, and the administrative check that passed it."""
        entries = [entry for group in by_category for entry in group]
        versions = self.progress.bulk(
            SubmissionVersion,
            (SubmissionVersion(submission=entry, number=1, sections=entry.sections) for entry in entries),
        )
        self.progress.bulk(
            AdministrativeCheck,
            (
                AdministrativeCheck(
                    submission_id=version.submission_id,
                    version=version,
                    outcome=AdministrativeCheck.Outcome.PASSED,
                    checked_by=self.secretariat,
                )
                for version in versions
            ),
        )

    def judge_panels(self, stage: Stage, by_category: list[list[Submission]]) -> None:
        """Each category its panel of judges; each entry 3 of them in turn, all sheets submitted.

        The three sheets of an entry score it its quality −0.05, +0 and +0.05 on every criterion, so its
        mean is its quality whichever judges it got."""
        panels = split(len(self.judges), [shape.panel_share for shape in CATEGORIES], least=3)
        judges = iter(self.judges)
        assignments, sheets = [], []
        panel_rows = []
        for category, entries, size in zip(self.categories, by_category, panels, strict=True):
            panel = [next(judges) for _ in range(size)]
            panel_rows += [Panel(stage=stage, category=category, judge=judge) for judge in panel]
            for position, entry in enumerate(entries):
                quality = entry_quality(position, len(entries))
                for seat, leaning in enumerate((Decimal("-0.05"), Decimal(0), Decimal("0.05"))):
                    judge = panel[(position * 3 + seat) % size]
                    value = criterion_value(quality + leaning)
                    assignments.append(
                        Assignment(stage=stage, submission=entry, judge=judge, created_by=self.secretariat)
                    )
                    sheets.append(
                        (
                            ScoreSheet(
                                stage=stage,
                                submission=entry,
                                judge=judge,
                                status=ScoreSheet.Status.SUBMITTED,
                                total=sheet_total([(criterion, value) for criterion in self.criteria]),
                                submitted_at=stage.opens_at + datetime.timedelta(days=position % 20),
                                revision=1,
                            ),
                            value,
                        )
                    )
        Panel.objects.bulk_create(panel_rows)
        self.progress.bulk(Assignment, assignments)
        created = self.progress.bulk(ScoreSheet, (sheet for sheet, _value in sheets))
        self.progress.bulk(
            Score,
            (
                Score(sheet=sheet, criterion=criterion, value=value)
                for sheet, (_unsaved, value) in zip(created, sheets, strict=True)
                for criterion in self.criteria
            ),
        )

    def build_judging_edition(self, competition: Competition) -> None:
        self.judging_edition = competition
        stages = self.stages(
            competition,
            start=self.now - datetime.timedelta(days=59),
            statuses=[Stage.Status.CLOSED, Stage.Status.ACTIVE, Stage.Status.PENDING],
        )
        by_category = self.entries(
            competition,
            self.shape.entries,
            offset=0,
            status=Submission.Status.ELIGIBLE,
            submitted_at=competition.registration_closes_at - datetime.timedelta(days=3),
        )
        self.freeze_and_check(by_category)
        self.judge_panels(stages[1], by_category)

    def build_announced_edition(self) -> None:
        """Last year's edition, announced: its proposal stage decided from its sheets (6 advance in each
        category), its final's six prizes awarded, its results published."""
        start = self.now - datetime.timedelta(days=365 + 120)
        competition = self.edition(
            slug=ANNOUNCED_SLUG,
            name=f"{UNIT_PREFIX}Kompetisi Inovasi Nasional {self.now.year - 1}",
            year=self.now.year - 1,
            status=Competition.Status.JUDGING,
            registration=(start, start + datetime.timedelta(days=60)),
        )
        stages = self.stages(
            competition,
            start=start + datetime.timedelta(days=61),
            statuses=[Stage.Status.CLOSED] * 3,
        )
        by_category = self.entries(
            competition,
            self.shape.announced_entries,
            offset=1,
            status=Submission.Status.ELIGIBLE,
            submitted_at=start + datetime.timedelta(days=50),
        )
        self.freeze_and_check(by_category)
        self.judge_panels(stages[1], by_category)
        for category in self.categories:
            ranking = stage_ranking(stages[1], category)
            self.progress.bulk(
                StageResult,
                (
                    StageResult(
                        stage=stages[1],
                        submission=entry.submission,
                        score=entry.score,
                        adjusted_score=entry.adjusted,
                        rank=entry.rank,
                        outcome=(
                            StageResult.Outcome.ADVANCED
                            if entry.position <= ranking.cutoff
                            else StageResult.Outcome.ELIMINATED
                        ),
                        decided_by=self.secretariat,
                    )
                    for entry in ranking.entries
                ),
            )
            final = final_ranking(competition, category)
            Award.objects.bulk_create(
                Award(
                    competition=competition,
                    submission=entry.submission,
                    prize=entry.prize,
                    final_score=entry.final_score,
                    rank=entry.rank,
                    decided_by=self.secretariat,
                )
                for entry in final.entries
                if entry.prize is not None
            )
        competition.status = Competition.Status.ANNOUNCED
        competition.results_published_at = stages[2].closes_at
        competition.save(update_fields=["status", "results_published_at"])

    def build_open_edition(self) -> None:
        """An edition open for entries, where the biggest unit has drafts to finish (and to upload to)."""
        competition = self.edition(
            slug=OPEN_SLUG,
            name=f"{UNIT_PREFIX}Inventarisasi Inovasi {self.now.year + 1}",
            year=self.now.year + 1,
            status=Competition.Status.OPEN,
            registration=(self.now - datetime.timedelta(days=10), self.now + datetime.timedelta(days=60)),
        )
        self.stages(
            competition,
            start=self.now + datetime.timedelta(days=61),
            statuses=[Stage.Status.PENDING] * 3,
        )
        own = [
            innovation
            for innovation in self.innovations_by_category[0]
            if innovation.unit_id == self.big_unit.pk
        ]
        self.progress.bulk(
            Submission,
            (
                Submission(
                    innovation=innovation,
                    unit=self.big_unit,
                    competition=competition,
                    category=self.categories[0],
                    status=Submission.Status.DRAFT,
                    sections=self.sections(innovation),
                )
                for innovation in own[: self.shape.open_drafts]
            ),
        )
