"""Opening and closing the stages of an edition."""

import datetime
from collections.abc import Callable

from django.contrib.auth.models import User
from django.db import connection, models, transaction
from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from competitions.models import Competition, Stage
from competitions.rules import rubric_problems, schedule_problems
from competitions.services.events import record_event


@transaction.atomic
def open_stage(*, stage: Stage, by: User, now: datetime.datetime | None = None) -> Stage:
    stage = Stage.objects.select_for_update().get(pk=stage.pk)
    if stage.status != Stage.Status.PENDING:
        raise RuleViolation([_("Only a stage that has not started can be opened.")])
    problems = rubric_problems(stage.criteria.all()) if stage.kind == Stage.Kind.SCORED else []
    problems += schedule_problems(stage.competition, Stage.objects.filter(competition=stage.competition_id))
    if Stage.objects.filter(
        competition=stage.competition, kind=stage.kind, status=Stage.Status.ACTIVE
    ).exists():
        problems.append(
            _("Another stage of the kind “%(kind)s” is already in progress; close it first.")
            % {"kind": stage.get_kind_display()}
        )
    earlier_open = Stage.objects.filter(
        competition=stage.competition, order__lt=stage.order, status=Stage.Status.PENDING
    )
    if earlier_open.exists():
        problems.append(
            _("Earlier stages have not started yet: %(stages)s.")
            % {"stages": ", ".join(earlier_open.values_list("name", flat=True))}
        )
    if problems:
        raise RuleViolation(problems)
    stage.status = Stage.Status.ACTIVE
    stage.save(update_fields=["status"])
    record_event(
        stage, by=by, action="stage_opened", old=Stage.Status.PENDING, new=Stage.Status.ACTIVE, at=now
    )
    return stage


@transaction.atomic
def close_stage(
    *,
    stage: Stage,
    by: User,
    find_undecided: Callable[[Stage], list[str]],
    now: datetime.datetime | None = None,
) -> Stage:
    """Close an active stage once `find_undecided(stage)` finds nothing left open.

    The caller passes the check of the app that owns the stage's work (administrative checks, score
    sheets, visits), so this app need not know about entries. It runs after the stage row is locked for
    update, which waits for every transaction working in the stage (`stage_for_work`), so a judge
    submitting and the secretariat closing cannot interleave.
    """
    stage = Stage.objects.select_for_update().get(pk=stage.pk)
    if stage.status != Stage.Status.ACTIVE:
        raise RuleViolation([_("Only a stage in progress can be closed.")])
    undecided = find_undecided(stage)
    if undecided:
        raise RuleViolation(undecided)
    stage.status = Stage.Status.CLOSED
    stage.save(update_fields=["status"])
    record_event(
        stage, by=by, action="stage_closed", old=Stage.Status.ACTIVE, new=Stage.Status.CLOSED, at=now
    )
    return stage


def held_shared(model: type[models.Model], pk: int):
    """The row, read under a shared lock held until the transaction ends: any number of transactions
    hold it together, while one that locks it for update (to close, decide or change it) waits for them,
    and those that come after read it afresh. Django's ORM has no FOR SHARE; SQLite has no row locks
    (it serialises writers) and reads plainly."""
    if not connection.features.has_select_for_update:
        return model.objects.get(pk=pk)
    table = connection.ops.quote_name(model._meta.db_table)
    return model.objects.raw(f"SELECT * FROM {table} WHERE id = %s FOR SHARE", [pk])[0]  # noqa: S608


def stage_for_work(stage_pk: int) -> Stage:
    """The stage, held shared by work inside it (a judge's sheet, a field visit, an assignment, a reopen,
    a unit's submission in the administrative stage): such work runs side by side, while closing or
    deciding the stage waits for it, and work that comes after sees the stage closed or decided."""
    return held_shared(Stage, stage_pk)


def edition_for_work(competition_pk: int) -> Competition:
    """The edition, held shared by a unit's work on its entry: units save side by side, while a change of
    the edition's status (closing registration, publishing) waits for them and is then seen."""
    return held_shared(Competition, competition_pk)
