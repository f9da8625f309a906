"""Who may judge which entry, and which score sheets count: the one home of these rules.

Everything that decides a prize asks this module: the rankings and their tie-break keys, the feedback units
read, the judges' pages, the assignment tool and the check that a stage has nothing left undecided.

- **Conflicted**: a judge is conflicted on an entry when they are a member of the entry's unit (any
  membership, whether or not the unit is still active: a judge who works there is not independent) or when
  a conflict was declared for that judge and entry.
- **Current assignment**: an assignment that has not been removed (see `judging.services.remove_assignment`).
- **Expected sheet**: a current assignment in a scored stage whose judge is not conflicted on the entry.
- **Counted sheet**: a *submitted* sheet of a stage with an expected assignment for its judge and entry.
  Drafts, sheets of judges taken off the entry and sheets of conflicted judges never count.
"""

from django.contrib.auth.models import User
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from competitions.models import Membership, Stage
from judging.models import Assignment, Conflict, ScoreSheet
from submissions.models import Submission


def _ref(value):
    """A field path of the outer row (a string), or a fixed value (a user, an entry, an id)."""
    return OuterRef(value) if isinstance(value, str) else value


def conflict_condition(*, judge, submission, unit) -> Q:
    """True where `judge` is conflicted on `submission` of `unit`.

    Each argument is a field path of the queryset being filtered, or a fixed object. For example, on score
    sheets `conflict_condition(judge="judge", submission="submission", unit="submission__unit")`; on one
    judge's entries `conflict_condition(judge=user, submission="pk", unit="unit")`.
    """
    declared = Conflict.objects.filter(judge=_ref(judge), submission=_ref(submission))
    member = Membership.objects.filter(user=_ref(judge), unit=_ref(unit))
    return Q(Exists(declared)) | Q(Exists(member))


def current_assignments() -> QuerySet[Assignment]:
    return Assignment.objects.filter(removed_at__isnull=True)


def expected_assignments(stage: Stage) -> QuerySet[Assignment]:
    """The stage's current assignments whose judge is not conflicted: each one expects a sheet (or visit)."""
    return (
        current_assignments()
        .filter(stage=stage)
        .exclude(conflict_condition(judge="judge", submission="submission", unit="submission__unit"))
    )


def counted_sheets(stage: Stage) -> QuerySet[ScoreSheet]:
    """The submitted sheets of `stage` that count: their judge is still assigned and not conflicted."""
    expected = current_assignments().filter(
        stage=stage, judge=OuterRef("judge"), submission=OuterRef("submission")
    )
    return (
        ScoreSheet.objects.filter(Exists(expected), stage=stage, status=ScoreSheet.Status.SUBMITTED)
        .exclude(conflict_condition(judge="judge", submission="submission", unit="submission__unit"))
        .order_by()
    )


def judge_assignments(judge: User) -> QuerySet[Assignment]:
    """The judge's current assignments on entries they are not conflicted on: what the judge may open."""
    return (
        current_assignments()
        .filter(judge=judge)
        .exclude(conflict_condition(judge=judge, submission="submission", unit="submission__unit"))
    )


def with_sheet_status(assignments: QuerySet[Assignment]) -> QuerySet[Assignment]:
    """Assignments annotated with `sheet_status`: their judge's sheet's status for the entry in the stage, or
    "" without a sheet (so "not submitted" is a plain comparison; NULL would compare as unknown)."""
    sheet = ScoreSheet.objects.filter(
        judge=OuterRef("judge"), stage=OuterRef("stage"), submission=OuterRef("submission")
    )
    # One sheet per judge, stage and entry: no ordering, so the sheets' default one (through the stage, the
    # edition, the entry and the judge's name) adds no join to a subquery run for every assignment.
    status = sheet.order_by().values("status")[:1]
    return assignments.annotate(sheet_status=Coalesce(Subquery(status), Value("")))


SHEET_SUBMITTED = Q(sheet_status=ScoreSheet.Status.SUBMITTED)  # on `with_sheet_status` assignments
SHEET_DRAFT = Q(sheet_status=ScoreSheet.Status.DRAFT)


def entries_not_conflicted(judge: User, entries: QuerySet[Submission]) -> QuerySet[Submission]:
    """`entries` without those `judge` is conflicted on."""
    return entries.exclude(conflict_condition(judge=judge, submission="pk", unit="unit"))


def is_conflicted(judge: User, submission: Submission) -> bool:
    """Yes/no for one judge and one entry."""
    return (
        Submission.objects.filter(pk=submission.pk)
        .filter(conflict_condition(judge=judge, submission="pk", unit="unit"))
        .exists()
    )


def may_judge(judge: User, stage: Stage, submission: Submission) -> bool:
    """The judge has a current assignment for the entry in the stage and is not conflicted on it."""
    return judge_assignments(judge).filter(stage=stage, submission=submission).exists()


def visit_needs_score(stage: Stage) -> bool:
    """A field visit in a stage that carries weight in the final score must have a score: a missing one
    would count as 0 and could drop the best entry down the final ranking."""
    return stage.weight > 0
