"""Panels, assignments and conflicts of interest."""

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from competitions.models import Category, Stage
from competitions.services import record_event
from judging import emails
from judging.models import Assignment, Conflict, Panel
from judging.permissions import is_conflicted
from judging.ranking import stage_pool
from submissions.models import Submission


@dataclass
class AssignmentReport:
    created: int = 0
    loads: dict[str, int] = field(default_factory=dict)
    short: list[str] = field(default_factory=list)


def _notify_judges(stage: Stage, new_per_judge: Counter) -> None:
    for judge_id, count in new_per_judge.items():
        transaction.on_commit(
            lambda judge_id=judge_id, count=count: emails.send_assignment_notice(judge_id, stage.pk, count),
            robust=True,
        )


@transaction.atomic
def assign_judge(*, stage: Stage, submission: Submission, judge: User, by: User) -> Assignment:
    if is_conflicted(judge, submission):
        raise RuleViolation(
            _("%(judge)s has a conflict of interest with “%(entry)s”.")
            % {"judge": judge, "entry": submission}
        )
    assignment, created = Assignment.objects.get_or_create(
        stage=stage, submission=submission, judge=judge, defaults={"created_by": by}
    )
    if created:
        record_event(submission, by=by, action="judge_assigned", new=judge.username, note=stage.name)
        _notify_judges(stage, Counter({judge.pk: 1}))
    return assignment


@transaction.atomic
def auto_assign(
    *, stage: Stage, category: Category, by: User, judges_per_entry: int | None = None
) -> AssignmentReport:
    """Give every entry of the stage k judges from the category's panel, least-loaded judge first.

    Panel members narrowed to chosen entries get exactly those. A conflicted judge is never assigned.
    Existing assignments are kept, so running it again only fills the gaps.
    """
    Stage.objects.select_for_update().get(pk=stage.pk)
    k = judges_per_entry or stage.competition.judges_per_entry
    panels = list(
        Panel.objects.filter(stage=stage, category=category)
        .select_related("judge")
        .prefetch_related("entries")
    )
    entries = list(stage_pool(stage, category).order_by("pk"))
    entry_ids = {entry.pk for entry in entries}
    existing = set(
        Assignment.objects.filter(stage=stage, submission_id__in=entry_ids).values_list(
            "submission_id", "judge_id"
        )
    )
    conflicts = set(
        Conflict.objects.filter(submission_id__in=entry_ids).values_list("submission_id", "judge_id")
    ) | {
        (entry.pk, judge_id)
        for entry in entries
        for judge_id in [panel.judge_id for panel in panels if entry.unit_id in member_units(panel.judge)]
    }
    loads = Counter(
        Assignment.objects.filter(stage=stage, judge__in=[panel.judge for panel in panels]).values_list(
            "judge_id", flat=True
        )
    )
    new_rows: list[Assignment] = []
    new_per_judge: Counter = Counter()

    def add(entry: Submission, judge: User) -> None:
        new_rows.append(Assignment(stage=stage, submission=entry, judge=judge, created_by=by))
        existing.add((entry.pk, judge.pk))
        loads[judge.pk] += 1
        new_per_judge[judge.pk] += 1

    free_panels = [panel for panel in panels if not panel.entries.all()]
    for panel in panels:
        for entry in panel.entries.all():
            if entry.pk in entry_ids and (entry.pk, panel.judge_id) not in existing | conflicts:
                add(entry, panel.judge)
    report = AssignmentReport()
    for entry in entries:
        have = sum(1 for panel in panels if (entry.pk, panel.judge_id) in existing)
        candidates = sorted(
            (panel.judge for panel in free_panels if (entry.pk, panel.judge_id) not in existing | conflicts),
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


def member_units(judge: User) -> set[int]:
    if not hasattr(judge, "_member_unit_ids"):
        judge._member_unit_ids = set(judge.memberships.values_list("unit_id", flat=True))
    return judge._member_unit_ids


@transaction.atomic
def declare_conflict(*, judge: User, submission: Submission, reason: str) -> Conflict:
    """From now on the entry is closed to the judge and their sheets do not count.

    Only while one of the judge's stages for the entry is running: a conflict declared after a stage was
    decided would silently change a recorded result.
    """
    running = Assignment.objects.filter(judge=judge, submission=submission, stage__status=Stage.Status.ACTIVE)
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
    return conflict
