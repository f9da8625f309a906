"""Panels, assignments and conflicts of interest."""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from competitions.background import after_commit
from competitions.errors import RuleViolation
from competitions.models import Category, Stage
from competitions.services import record_event, stage_for_work
from judging import emails
from judging.eligibility import (
    current_assignments,
    entries_not_conflicted,
    expected_assignments,
    is_conflicted,
)
from judging.models import Assignment, Conflict, Panel
from judging.ranking import stage_pool
from judging.services.decisions import ensure_undecided
from submissions.models import Submission


@dataclass
class AssignmentReport:
    created: int = 0
    loads: dict[str, int] = field(default_factory=dict)
    short: list[str] = field(default_factory=list)


def _notify_judges(stage: Stage, new_per_judge: Counter) -> None:
    for judge_id, count in new_per_judge.items():
        after_commit(emails.send_assignment_notice, judge_id, stage.pk, count)


def stage_assignment_problems(stage: Stage) -> list[str]:
    """Why judges cannot be put on `stage` (empty when they can)."""
    if stage.kind not in (Stage.Kind.SCORED, Stage.Kind.VERIFICATION):
        return [_("Judges are assigned only to scored and field-verification stages.")]
    if stage.status == Stage.Status.CLOSED:
        return [_("“%(stage)s” is closed; its assignments can no longer change.") % {"stage": stage.name}]
    return []


def assignment_problems(*, stage: Stage, submission: Submission, judge: User) -> list[str]:
    """Why `judge` cannot be assigned `submission` in `stage` (empty when they can)."""
    problems = stage_assignment_problems(stage)
    if submission.competition_id != stage.competition_id:
        problems.append(_("The entry and the stage belong to different editions."))
    if is_conflicted(judge, submission):
        problems.append(
            _("%(judge)s has a conflict of interest with “%(entry)s”.")
            % {"judge": judge, "entry": submission}
        )
    return problems


def panel_problems(*, stage: Stage, category: Category) -> list[str]:
    """Why a judge cannot join the panel of `stage` for `category` (empty when they can)."""
    problems = stage_assignment_problems(stage)
    if category.competition_id != stage.competition_id:
        problems.append(_("The category and the stage belong to different editions."))
    return problems


@transaction.atomic
def save_panel_member(*, panel: Panel, entries: list[Submission] | None, by: User) -> Panel:
    """Put a judge on the panel of a stage and category (or change which entries they are narrowed to)."""
    problems = panel_problems(stage=panel.stage, category=panel.category)
    if problems:
        raise RuleViolation(problems)
    created = panel.pk is None
    panel.save()
    if entries is not None:
        panel.entries.set(entries)
    record_event(
        panel.stage,
        by=by,
        action="panel_member_added" if created else "panel_member_changed",
        new=panel.judge.username,
        note=panel.category.name,
    )
    return panel


@transaction.atomic
def assign_judge(*, stage: Stage, submission: Submission, judge: User, by: User) -> Assignment:
    stage = stage_for_work(stage.pk)  # a decision under way is waited for, then seen
    problems = assignment_problems(stage=stage, submission=submission, judge=judge)
    if problems:
        raise RuleViolation(problems)
    ensure_undecided(stage, submission.category)
    existing = current_assignments().filter(stage=stage, submission=submission, judge=judge).first()
    if existing is not None:
        return existing
    assignment = Assignment.objects.create(stage=stage, submission=submission, judge=judge, created_by=by)
    record_event(submission, by=by, action="judge_assigned", new=judge.username, note=stage.name)
    _notify_judges(stage, Counter({judge.pk: 1}))
    return assignment


@transaction.atomic
def remove_assignment(*, assignment: Assignment, by: User, reason: str, now=None) -> Assignment:
    """Take a judge off an entry: the row stays, marked with who, when and why, and the judge's sheet for
    the entry no longer counts. Not once the stage is closed, since its result may rest on that sheet."""
    assignment = (
        Assignment.objects.select_for_update(of=("self",))
        .select_related("stage", "judge", "submission__category")
        .get(pk=assignment.pk)
    )
    stage_for_work(assignment.stage_id)  # a decision under way is waited for, then seen
    if assignment.removed_at is not None:
        raise RuleViolation(_("This judge was already taken off the entry."))
    if assignment.stage.status == Stage.Status.CLOSED:
        raise RuleViolation(
            _("“%(stage)s” is closed; its assignments can no longer change.")
            % {"stage": assignment.stage.name}
        )
    if not reason.strip():
        raise RuleViolation(_("Say why the judge is taken off the entry; it is logged."))
    ensure_undecided(assignment.stage, assignment.submission.category)
    assignment.removed_at = now or timezone.now()
    assignment.removed_by = by
    assignment.removal_reason = reason.strip()
    assignment.save(update_fields=["removed_at", "removed_by", "removal_reason"])
    record_event(
        assignment.submission,
        by=by,
        action="judge_removed",
        old=assignment.judge.username,
        note=f"{assignment.stage.name}: {assignment.removal_reason}",
    )
    return assignment


@transaction.atomic
def auto_assign(
    *, stage: Stage, category: Category, by: User, judges_per_entry: int | None = None
) -> AssignmentReport:
    """Give every entry of the stage k judges from the category's panel, least-loaded judge first.

    Panel members narrowed to chosen entries get exactly those. A conflicted judge is never assigned.
    Current assignments are kept, so running it again only fills the gaps.
    """
    stage = Stage.objects.select_for_update(of=("self",)).select_related("competition").get(pk=stage.pk)
    problems = stage_assignment_problems(stage)
    if problems:
        raise RuleViolation(problems)
    k = judges_per_entry or stage.competition.judges_per_entry
    panels = list(
        Panel.objects.filter(stage=stage, category=category)
        .select_related("judge")
        .prefetch_related("entries")
    )
    entries = list(stage_pool(stage, category).order_by("pk"))
    entry_ids = {entry.pk for entry in entries}
    existing = set(
        current_assignments()
        .filter(stage=stage, submission_id__in=entry_ids)
        .values_list("submission_id", "judge_id")
    )
    # A judge who declared a conflict keeps the assignment row, but no longer counts towards k: running the
    # assignment again gives the entry a replacement.
    counting = set(
        expected_assignments(stage)
        .filter(submission_id__in=entry_ids)
        .values_list("submission_id", "judge_id")
    )
    pool = stage_pool(stage, category)
    allowed = {
        panel.judge_id: set(entries_not_conflicted(panel.judge, pool).values_list("pk", flat=True))
        for panel in panels
    }
    loads = Counter(
        current_assignments()
        .filter(stage=stage, judge__in=[panel.judge for panel in panels])
        .values_list("judge_id", flat=True)
    )
    new_rows: list[Assignment] = []
    new_per_judge: Counter = Counter()

    def add(entry: Submission, judge: User) -> None:
        new_rows.append(Assignment(stage=stage, submission=entry, judge=judge, created_by=by))
        existing.add((entry.pk, judge.pk))
        counting.add((entry.pk, judge.pk))
        loads[judge.pk] += 1
        new_per_judge[judge.pk] += 1

    def free(entry: Submission, panel: Panel) -> bool:
        return (entry.pk, panel.judge_id) not in existing and entry.pk in allowed[panel.judge_id]

    free_panels = [panel for panel in panels if not panel.entries.all()]
    for panel in panels:
        for entry in panel.entries.all():
            if entry.pk in entry_ids and free(entry, panel):
                add(entry, panel.judge)
    report = AssignmentReport()
    for entry in entries:
        have = sum(1 for panel in panels if (entry.pk, panel.judge_id) in counting)
        candidates = sorted(
            (panel.judge for panel in free_panels if free(entry, panel)),
            key=lambda judge: (loads[judge.pk], judge.username),
        )
        for judge in candidates[: max(k - have, 0)]:
            add(entry, judge)
        if have + min(len(candidates), max(k - have, 0)) < k:
            report.short.append(str(entry))
    Assignment.objects.bulk_create(new_rows)
    report.created = len(new_rows)
    report.loads = {panel.judge.username: loads[panel.judge_id] for panel in panels}
    record_event(
        stage, by=by, action="auto_assigned", new=str(report.created), note=f"{category.name}: {report.loads}"
    )
    _notify_judges(stage, new_per_judge)
    return report


@transaction.atomic
def declare_conflict(*, judge: User, submission: Submission, reason: str) -> Conflict:
    """From now on the entry is closed to the judge and their sheets do not count.

    Only while one of the judge's stages for the entry is running: a conflict declared after a stage was
    decided would silently change a recorded result.
    """
    running = current_assignments().filter(
        judge=judge, submission=submission, stage__status=Stage.Status.ACTIVE
    )
    if not running.exists():
        raise RuleViolation(
            _("A conflict can only be declared while the stage is running; tell the secretariat.")
        )
    if not reason.strip():
        raise RuleViolation(_("Say what the conflict of interest is."))
    conflict, _created = Conflict.objects.get_or_create(
        judge=judge, submission=submission, defaults={"reason": reason.strip()}
    )
    record_event(submission, by=judge, action="conflict_declared", note=reason.strip())
    after_commit(emails.send_conflict_notice, conflict.pk)
    return conflict
