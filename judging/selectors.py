"""Read queries of the judging app, scoped to the judge who asks."""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.core.paginator import Page, Paginator
from django.db.models import (
    Count,
    Exists,
    OuterRef,
    Prefetch,
    prefetch_related_objects,
)
from django.http import Http404
from django.utils.translation import gettext as _

from competitions.models import Competition, Stage
from competitions.permissions import is_verifier
from competitions.selectors import CategoryResults, published_results
from judging.eligibility import (
    SHEET_DRAFT,
    SHEET_SUBMITTED,
    counted_sheets,
    current_assignments,
    entries_not_conflicted,
    expected_assignments,
    is_conflicted,
    judge_assignments,
    visit_needs_score,
    with_sheet_status,
)
from judging.models import (
    Assignment,
    Certificate,
    DecisionReview,
    FieldVisit,
    Score,
    ScoreSheet,
    StageResult,
)
from judging.ranking import rounded, stage_pool, stage_ranking
from submissions.models import Attachment, Submission, SubmissionVersion
from submissions.selectors import section_texts, undecided_administrative_checks


@dataclass
class AssignedEntry:
    assignment: Assignment
    sheet: ScoreSheet | None
    visit: FieldVisit | None = None

    @property
    def submission(self) -> Submission:
        return self.assignment.submission

    @property
    def reopened(self) -> bool:
        """The secretariat reopened the sheet: it is a draft again, with their reason."""
        return bool(self.sheet and self.sheet.status == ScoreSheet.Status.DRAFT and self.sheet.reopen_reason)

    @property
    def done(self) -> bool:
        if self.assignment.stage.kind == Stage.Kind.VERIFICATION:
            return self.visit is not None
        return self.sheet is not None and self.sheet.status == ScoreSheet.Status.SUBMITTED


JUDGE_ENTRIES_PER_PAGE = 25


class WorkFilter:
    """Which of a stage's entries the judge's list shows."""

    TO_DO = "belum"  # not started, drafts and reopened sheets: the default
    DONE = "selesai"
    ALL = "semua"
    CHOICES = (TO_DO, DONE, ALL)


@dataclass
class StageWork:
    """A running scored stage the judge is on: how far they are, and (for the stage shown) a page of its
    entries."""

    stage: Stage
    total: int
    done: int
    drafts: int
    entries: Page | None = None

    @property
    def to_do(self) -> int:
        return self.total - self.done

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def judge_work(
    judge: User,
    *,
    stage: str | int | None = None,
    show: str = WorkFilter.TO_DO,
    page: str | int | None = None,
) -> tuple[list[StageWork], StageWork | None]:
    """The running scored stages the judge is on, each with its counts, and the stage shown (`stage`, else
    the one closing first) with one page of its entries: those still to do by default. The same queries for
    5 entries or 500; entries the judge is conflicted on are never listed."""
    assignments = with_sheet_status(
        judge_assignments(judge).filter(stage__status=Stage.Status.ACTIVE, stage__kind=Stage.Kind.SCORED)
    ).order_by()
    submitted = SHEET_SUBMITTED
    counts = {
        row["stage"]: row
        for row in assignments.values("stage").annotate(
            total=Count("pk"),
            done=Count("pk", filter=submitted),
            drafts=Count("pk", filter=SHEET_DRAFT),
        )
    }
    stages = Stage.objects.filter(pk__in=counts).select_related("competition").order_by("closes_at", "pk")
    work = [
        StageWork(each, counts[each.pk]["total"], counts[each.pk]["done"], counts[each.pk]["drafts"])
        for each in stages
    ]
    shown = next((item for item in work if str(item.stage.pk) == str(stage)), work[0] if work else None)
    if shown is None:
        return work, None
    listed = assignments.filter(stage=shown.stage).select_related(
        "stage", "submission__innovation", "submission__unit", "submission__category"
    )
    if show == WorkFilter.TO_DO:
        listed = listed.exclude(submitted)
    elif show == WorkFilter.DONE:
        listed = listed.filter(submitted)
    listed = listed.order_by("submission__category__order", "submission__innovation__title", "pk")
    shown.entries = Paginator(listed, JUDGE_ENTRIES_PER_PAGE).get_page(page)
    sheets = {
        sheet.submission_id: sheet
        for sheet in ScoreSheet.objects.filter(
            judge=judge, stage=shown.stage, submission__in=[item.submission_id for item in shown.entries]
        )
    }
    shown.entries.object_list = [
        AssignedEntry(assignment, sheets.get(assignment.submission_id)) for assignment in shown.entries
    ]
    return work, shown


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
                for entry in entries_not_conflicted(user, stage_pool(stage, category))
            ]
        else:
            entries = [
                assignment.submission
                for assignment in judge_assignments(user)
                .filter(stage=stage)
                .select_related("submission__innovation", "submission__unit", "submission__category")
            ]
        visits = {visit.submission_id: visit for visit in FieldVisit.objects.filter(stage=stage)}
        stage_work = VisitWork(stage)
        for entry in entries:
            stage_work.entries.append(VisitEntry(stage, entry, visits.get(entry.pk)))
        work.append(stage_work)
    return work


def get_assignment_for_judge(*, judge: User, stage_pk: int, submission_pk: int) -> Assignment:
    """The judge's assignment, or 404: not assigned, conflicted, or the stage has not started.

    A closed stage stays readable (the judge's own sheet, locked), never writable: the services refuse."""
    assignment = (
        judge_assignments(judge)
        .filter(stage_id=stage_pk, submission_id=submission_pk)
        .exclude(stage__status=Stage.Status.PENDING)
        .select_related(
            "stage__competition", "submission__innovation", "submission__unit", "submission__category"
        )
        .first()
    )
    if assignment is None:
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


def get_attachment_for_judge(*, judge: User, stage_pk: int, pk: int) -> tuple[Attachment, Assignment]:
    """Evidence in the frozen version a judge reads, of an entry assigned to them in `stage_pk` once that
    stage has started (read-only after it closed), with the assignment; 404 for anything else, including
    evidence removed before that version and entries they are conflicted on."""
    attachment = Attachment.objects.select_related("submission").filter(pk=pk).first()
    if attachment is None:
        raise Http404
    assignment = get_assignment_for_judge(
        judge=judge, stage_pk=stage_pk, submission_pk=attachment.submission_id
    )
    version = frozen_version(attachment.submission)
    if version is None or not version.attachments.filter(pk=attachment.pk).exists():
        raise Http404
    return attachment, assignment


def undecided_in_stage(stage: Stage) -> list[str]:
    """What still has to be decided before `stage` can close, one message per item."""
    if stage.kind == Stage.Kind.ADMINISTRATIVE:
        return undecided_administrative_checks(stage.competition)
    problems = []
    if stage.kind == Stage.Kind.SCORED:
        counted = counted_sheets(stage).filter(judge=OuterRef("judge"), submission=OuterRef("submission"))
        missing = Counter(
            expected_assignments(stage).exclude(Exists(counted)).values_list("judge__username", flat=True)
        )
        problems += [
            _("%(judge)s has %(count)d score sheets still to submit.") % {"judge": judge, "count": count}
            for judge, count in sorted(missing.items())
        ]
    for category in stage.competition.categories.all():
        pool = stage_pool(stage, category)
        if stage.kind == Stage.Kind.SCORED:
            unjudged = pool.exclude(Exists(expected_assignments(stage).filter(submission=OuterRef("pk"))))
            problems += [_("No judge is assigned to “%(entry)s”.") % {"entry": entry} for entry in unjudged]
        if stage.kind == Stage.Kind.VERIFICATION:
            unvisited = pool.exclude(visits__stage=stage)
            problems += [_("“%(entry)s” has no field visit yet.") % {"entry": entry} for entry in unvisited]
            if visit_needs_score(stage):
                unscored = pool.filter(visits__stage=stage, visits__score__isnull=True)
                problems += [
                    _("The visit to “%(entry)s” has no score.") % {"entry": entry} for entry in unscored
                ]
    return problems


def results_for_public(competition: Competition) -> list[CategoryResults]:
    """The public results page: every category with its winners in prize order (and each winner's photos,
    for the first one's thumbnail), or how many entries it had when it has none. Empty until the results
    are published."""
    results = published_results(competition)
    prefetch_related_objects(
        [award.submission.innovation for category in results for award in category.awards], "photos"
    )
    return results


@dataclass
class StageFeedback:
    stage: Stage
    result: object
    sheets: list[ScoreSheet]
    visit: FieldVisit | None = None


def feedback_for_unit(submission: Submission) -> list[StageFeedback]:
    """What a unit may read about its own entry once results are published and the edition allows it:
    each decided stage's score and rank, the counted sheets of that stage (scores and notes) without the
    judges' names, and a field visit's verdict and findings without the team's names."""
    if not submission.competition.feedback_is_open:
        return []
    results = {
        result.stage_id: result
        for result in submission.stage_results.filter(reverted_at__isnull=True).select_related("stage")
    }
    sheets: dict[int, list[ScoreSheet]] = {}
    for stage_id, result in results.items():
        sheets[stage_id] = list(
            counted_sheets(result.stage)
            .filter(submission=submission)
            .prefetch_related(Prefetch("scores", queryset=Score.objects.select_related("criterion")))
            .order_by("pk")
        )
    visits = {visit.stage_id: visit for visit in FieldVisit.objects.filter(submission=submission)}
    return [
        StageFeedback(
            stage=result.stage, result=result, sheets=sheets.get(stage_id, []), visit=visits.get(stage_id)
        )
        for stage_id, result in sorted(results.items(), key=lambda item: item[1].stage.order)
    ]


def other_judges_totals(assignment: Assignment) -> list:
    """The totals of the other judges' counted sheets for the judge's entry, where the stage shows them
    (after it closes, if the edition allows); empty otherwise."""
    stage = assignment.stage
    if not (stage.status == Stage.Status.CLOSED and stage.judges_see_scores_after_close):
        return []
    return list(
        counted_sheets(stage)
        .filter(submission_id=assignment.submission_id)
        .exclude(judge_id=assignment.judge_id)
        .order_by("total")
        .values_list("total", flat=True)
    )


@dataclass
class Replacement:
    """A running stage where a conflicted judge was assigned to the entry, and who could take over."""

    stage: Stage
    candidates: list[User]  # the panel's judges free to judge the entry, least loaded first


def replacement_candidates(conflict) -> list[Replacement]:
    """For each running stage in which the conflicted judge is assigned to the entry: the judges of that
    stage and category's panel who are not conflicted on the entry and not yet assigned to it, least loaded
    first (then by name)."""
    entry = conflict.submission
    stages = Stage.objects.filter(
        status=Stage.Status.ACTIVE,
        assignments__judge=conflict.judge,
        assignments__submission=entry,
        assignments__removed_at__isnull=True,
    ).distinct()
    replacements = []
    for stage in stages:
        assigned = current_assignments().filter(stage=stage, submission=entry).values("judge")
        panel = (
            User.objects.filter(panels__stage=stage, panels__category=entry.category_id)
            .exclude(pk__in=assigned)
            .exclude(pk=conflict.judge_id)
        )
        loads = Counter(current_assignments().filter(stage=stage).values_list("judge_id", flat=True))
        free = [judge for judge in panel if not is_conflicted(judge, entry)]
        replacements.append(
            Replacement(stage, sorted(free, key=lambda judge: (loads[judge.pk], judge.username)))
        )
    return replacements


@dataclass
class DecisionChange:
    """An entry whose numbers today differ from what the stage's decision stored."""

    submission: Submission
    decided: tuple  # (score, adjusted score) stored with the decision
    now: tuple  # (score, adjusted score) computed today

    @property
    def snapshot(self) -> str:
        return " | ".join("" if value is None else str(value) for value in self.now)


def decision_changes(stage: Stage, category) -> list[DecisionChange]:
    """ "Berubah sejak keputusan": entries of a decided stage whose score or adjusted score computed today
    differs from the one stored with the decision, unless the secretariat already reviewed exactly these
    numbers and kept the decision. Empty for a stage not decided in the category."""
    results = list(
        StageResult.objects.filter(stage=stage, submission__category=category, reverted_at__isnull=True)
        .select_related("submission__innovation", "submission__unit")
        .order_by("rank", "pk")
    )
    if not results:
        return []
    today = {
        entry.submission.pk: (entry.score, entry.adjusted) for entry in stage_ranking(stage, category).entries
    }
    review = DecisionReview.objects.filter(stage=stage, category=category).first()
    reviewed = review.snapshot if review else {}
    changes = []
    for result in results:
        decided = (rounded(result.score), rounded(result.adjusted_score))
        now = today.get(result.submission_id, (None, None))
        change = DecisionChange(result.submission, decided, now)
        if decided != now and reviewed.get(str(result.submission_id)) != change.snapshot:
            changes.append(change)
    return changes


def sections_for_judge(stage: Stage, submission: Submission, version: SubmissionVersion | None) -> list:
    """The frozen proposal as a judge of `stage` reads it. In a blind stage, wherever the text names the
    unit (its name or short name, in any case), the name is replaced by "[nama unit]"."""
    if version is None:
        return []
    texts = version.sections
    if stage.blind:
        names = [name for name in (submission.unit.name, submission.unit.short_name) if len(name) >= 3]
        pattern = re.compile(
            "|".join(rf"\b{re.escape(name)}\b" for name in sorted(names, key=len, reverse=True)),
            re.IGNORECASE,
        )
        texts = {key: pattern.sub(_("[unit name]"), text) for key, text in texts.items()}
    return section_texts(submission.competition, texts)


def certificate_for_check(code: str) -> tuple[Certificate | None, bool]:
    """The certificate with this verification code, and whether what it certifies still holds: its edition's
    results are published, and the entry still holds that prize (an award) or took part (a participant).
    (None, False) for a code the portal never issued."""
    certificate = (
        Certificate.objects.filter(code=code)
        .select_related("submission__competition", "submission__award")
        .first()
    )
    if certificate is None:
        return None, False
    submission = certificate.submission
    if certificate.kind == Certificate.Kind.AWARD:
        award = getattr(submission, "award", None)
        holds = award is not None and award.prize_id == certificate.prize_id
    else:
        holds = submission.took_part_in_judging
    return certificate, holds and submission.competition.results_are_published
