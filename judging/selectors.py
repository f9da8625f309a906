"""Read queries of the judging app, scoped to the judge who asks."""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.db.models import F, Prefetch
from django.http import Http404
from django.utils.translation import gettext as _

from competitions.models import Competition, Stage
from competitions.permissions import is_verifier, operator_unit_ids
from judging.models import Assignment, Award, Conflict, FieldVisit, Score, ScoreSheet
from judging.ranking import stage_pool
from submissions.models import Attachment, Submission, SubmissionVersion
from submissions.selectors import undecided_administrative_checks


def conflicted_submission_ids(judge: User, submission_ids) -> set[int]:
    declared = set(
        Conflict.objects.filter(judge=judge, submission_id__in=submission_ids).values_list(
            "submission_id", flat=True
        )
    )
    own_units = operator_unit_ids(judge)
    by_unit = set(
        Submission.objects.filter(pk__in=submission_ids, unit_id__in=own_units).values_list("pk", flat=True)
    )
    return declared | by_unit


@dataclass
class AssignedEntry:
    assignment: Assignment
    sheet: ScoreSheet | None
    visit: FieldVisit | None = None

    @property
    def submission(self) -> Submission:
        return self.assignment.submission

    @property
    def done(self) -> bool:
        if self.assignment.stage.kind == Stage.Kind.VERIFICATION:
            return self.visit is not None
        return self.sheet is not None and self.sheet.status == ScoreSheet.Status.SUBMITTED


@dataclass
class StageWork:
    stage: Stage
    entries: list[AssignedEntry] = field(default_factory=list)

    @property
    def done(self) -> int:
        return sum(1 for entry in self.entries if entry.done)

    @property
    def drafts(self) -> int:
        return sum(
            1 for entry in self.entries if entry.sheet and entry.sheet.status == ScoreSheet.Status.DRAFT
        )

    @property
    def percent(self) -> int:
        return round(100 * self.done / len(self.entries)) if self.entries else 0


def judge_work(judge: User, *, kinds=(Stage.Kind.SCORED, Stage.Kind.VERIFICATION)) -> list[StageWork]:
    """The judge's entries in active stages, with their sheets, conflicts left out. Constant queries."""
    assignments = list(
        Assignment.objects.filter(judge=judge, stage__status=Stage.Status.ACTIVE, stage__kind__in=kinds)
        .select_related(
            "stage__competition", "submission__innovation", "submission__unit", "submission__category"
        )
        .order_by("stage__closes_at", "submission__category__order", "submission__innovation__title")
    )
    ids = {assignment.submission_id for assignment in assignments}
    conflicted = conflicted_submission_ids(judge, ids)
    sheets = {
        (sheet.stage_id, sheet.submission_id): sheet
        for sheet in ScoreSheet.objects.filter(judge=judge, submission_id__in=ids)
    }
    visits = {
        (visit.stage_id, visit.submission_id): visit
        for visit in FieldVisit.objects.filter(submission_id__in=ids)
    }
    work: dict[int, StageWork] = {}
    for assignment in assignments:
        if assignment.submission_id in conflicted:
            continue
        key = (assignment.stage_id, assignment.submission_id)
        work.setdefault(assignment.stage_id, StageWork(assignment.stage)).entries.append(
            AssignedEntry(assignment, sheets.get(key), visits.get(key))
        )
    return list(work.values())


@dataclass
class VisitEntry:
    stage: Stage
    submission: Submission
    visit: FieldVisit | None

    @property
    def done(self) -> bool:
        return self.visit is not None


@dataclass
class VisitWork:
    stage: Stage
    entries: list[VisitEntry] = field(default_factory=list)

    @property
    def done(self) -> int:
        return sum(1 for entry in self.entries if entry.done)


def verification_work(user: User) -> list[VisitWork]:
    """Entries to visit in running verification stages: all of them for a verifier, the assigned ones for a
    judge; never an entry the user is conflicted on. Queries grow with stages and categories, not entries."""
    stages = Stage.objects.filter(kind=Stage.Kind.VERIFICATION, status=Stage.Status.ACTIVE).select_related(
        "competition"
    )
    work = []
    for stage in stages:
        if is_verifier(user):
            entries = [
                entry
                for category in stage.competition.categories.all()
                for entry in stage_pool(stage, category)
            ]
        else:
            entries = [
                assignment.submission
                for assignment in Assignment.objects.filter(stage=stage, judge=user).select_related(
                    "submission__innovation", "submission__unit", "submission__category"
                )
            ]
        conflicted = conflicted_submission_ids(user, [entry.pk for entry in entries])
        visits = {visit.submission_id: visit for visit in FieldVisit.objects.filter(stage=stage)}
        stage_work = VisitWork(stage)
        for entry in entries:
            if entry.pk not in conflicted:
                stage_work.entries.append(VisitEntry(stage, entry, visits.get(entry.pk)))
        work.append(stage_work)
    return work


def get_assignment_for_judge(*, judge: User, stage_pk: int, submission_pk: int) -> Assignment:
    """The judge's assignment, or 404: not assigned, conflicted, or the stage has not started.

    A closed stage stays readable (the judge's own sheet, locked), never writable: the services refuse."""
    assignment = (
        Assignment.objects.filter(judge=judge, stage_id=stage_pk, submission_id=submission_pk)
        .exclude(stage__status=Stage.Status.PENDING)
        .select_related(
            "stage__competition", "submission__innovation", "submission__unit", "submission__category"
        )
        .first()
    )
    if assignment is None or conflicted_submission_ids(judge, [submission_pk]):
        raise Http404
    return assignment


def frozen_version(submission: Submission) -> SubmissionVersion | None:
    """What judges read: the latest version the unit submitted, with its evidence."""
    return (
        SubmissionVersion.objects.filter(submission=submission)
        .prefetch_related(Prefetch("attachments", queryset=Attachment.objects.select_related("requirement")))
        .order_by("-number")
        .first()
    )


def get_attachment_for_judge(*, judge: User, pk: int) -> Attachment:
    """Evidence in the frozen version a judge reads, of an entry assigned to them in a stage that has
    started (read-only once it closed); 404 for anything else, including evidence removed before that
    version and entries they are conflicted on."""
    attachment = Attachment.objects.select_related("submission").filter(pk=pk).first()
    if attachment is None:
        raise Http404
    assigned = (
        Assignment.objects.filter(judge=judge, submission_id=attachment.submission_id)
        .exclude(stage__status=Stage.Status.PENDING)
        .exists()
    )
    version = frozen_version(attachment.submission)
    in_version = version is not None and version.attachments.filter(pk=attachment.pk).exists()
    if not (assigned and in_version) or conflicted_submission_ids(judge, [attachment.submission_id]):
        raise Http404
    return attachment


def undecided_in_stage(stage: Stage) -> list[str]:
    """What still has to be decided before `stage` can close, one message per item."""
    if stage.kind == Stage.Kind.ADMINISTRATIVE:
        return undecided_administrative_checks(stage.competition)
    problems = []
    if stage.kind == Stage.Kind.SCORED:
        assigned = Assignment.objects.filter(stage=stage).values_list("judge_id", "submission_id")
        submitted = set(
            ScoreSheet.objects.filter(stage=stage, status=ScoreSheet.Status.SUBMITTED).values_list(
                "judge_id", "submission_id"
            )
        )
        conflicts = set(
            Conflict.objects.filter(submission__competition=stage.competition).values_list(
                "judge_id", "submission_id"
            )
        )
        members = set(
            Assignment.objects.filter(
                stage=stage, judge__memberships__unit=F("submission__unit")
            ).values_list("judge_id", "submission_id")
        )
        missing = Counter(
            judge for judge, entry in assigned if (judge, entry) not in submitted | conflicts | members
        )
        names = dict(User.objects.filter(pk__in=missing).values_list("pk", "username"))
        problems += [
            _("%(judge)s has %(count)d score sheets still to submit.")
            % {"judge": names[judge], "count": count}
            for judge, count in sorted(missing.items(), key=lambda item: names[item[0]])
        ]
    if stage.kind == Stage.Kind.VERIFICATION:
        for category in stage.competition.categories.all():
            unvisited = stage_pool(stage, category).exclude(visits__stage=stage)
            problems += [_("“%(entry)s” has no field visit yet.") % {"entry": entry} for entry in unvisited]
    return problems


def results_for_public(competition: Competition) -> list:
    """Published winners per category, in prize order (empty until the results are published)."""
    if competition.results_published_at is None:
        return []
    awards = (
        Award.objects.filter(competition=competition)
        .select_related("prize__category", "submission__innovation", "submission__unit")
        .prefetch_related("submission__innovation__photos")
        .order_by("prize__category__order", "prize__place")
    )
    grouped: dict[int, dict] = {}
    for award in awards:
        category = award.prize.category
        grouped.setdefault(category.pk, {"category": category, "awards": []})["awards"].append(award)
    return list(grouped.values())


@dataclass
class StageFeedback:
    stage: Stage
    result: object
    sheets: list[ScoreSheet]


def feedback_for_unit(submission: Submission) -> list[StageFeedback]:
    """What a unit may read about its own entry once results are published and the edition allows it:
    each decided stage's score and rank, and the judges' submitted sheets without their names."""
    competition = submission.competition
    if not (competition.results_published_at and competition.show_feedback_to_units):
        return []
    results = {
        result.stage_id: result
        for result in submission.stage_results.filter(reverted_at__isnull=True).select_related("stage")
    }
    sheets: dict[int, list[ScoreSheet]] = {}
    for sheet in (
        ScoreSheet.objects.filter(submission=submission, status=ScoreSheet.Status.SUBMITTED)
        .exclude(judge__in=Conflict.objects.filter(submission=submission).values("judge"))
        .prefetch_related(Prefetch("scores", queryset=Score.objects.select_related("criterion")))
        .order_by("stage__order", "pk")
    ):
        sheets.setdefault(sheet.stage_id, []).append(sheet)
    return [
        StageFeedback(stage=result.stage, result=result, sheets=sheets.get(stage_id, []))
        for stage_id, result in sorted(results.items(), key=lambda item: item[1].stage.order)
    ]
