"""Score sheets: a judge saves and submits; only the secretariat reopens a submitted sheet."""

import datetime
from decimal import Decimal, InvalidOperation

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from competitions.background import after_commit
from competitions.errors import RuleViolation
from competitions.models import Stage
from competitions.services import record_event, stage_for_work
from judging import emails
from judging.eligibility import may_judge
from judging.models import Score, ScoreSheet
from judging.ranking import sheet_total
from judging.services.decisions import ensure_undecided
from submissions.models import Submission
from submissions.selectors import local_datetime


def _locked_sheet(*, stage: Stage, submission: Submission, judge: User) -> ScoreSheet:
    """The judge's sheet for the entry, created on first save, locked for this transaction."""
    try:
        with transaction.atomic():
            ScoreSheet.objects.get_or_create(stage=stage, submission=submission, judge=judge)
    except IntegrityError:
        pass  # another request created it at the same moment; lock that one
    return ScoreSheet.objects.select_for_update(of=("self",)).get(
        stage=stage, submission=submission, judge=judge
    )


def _parse_value(raw, criterion) -> Decimal | None:
    if raw in (None, ""):
        return None
    try:
        value = Decimal(str(raw).replace(",", "."))
    except InvalidOperation as error:
        raise RuleViolation(
            _("“%(value)s” is not a number (%(criterion)s).") % {"value": raw, "criterion": criterion.name}
        ) from error
    if not criterion.min_score <= value <= criterion.max_score:
        raise RuleViolation(
            _("The score for “%(criterion)s” must be between %(low)s and %(high)s.")
            % {"criterion": criterion.name, "low": criterion.min_score, "high": criterion.max_score}
        )
    return value


@transaction.atomic
def save_sheet(
    *,
    stage: Stage,
    submission: Submission,
    judge: User,
    values: dict[int, tuple[str, str]],
    note: str = "",
    submit: bool = False,
    expected_revision: int | None = None,
    now: datetime.datetime | None = None,
) -> ScoreSheet:
    """Store the judge's scores (criterion id → (value, note)); with `submit`, check all are there and lock.

    The stage is read under a shared lock (`stage_for_work`) and only the judge's own sheet is locked for
    update, so judges save side by side; closing or deciding the stage waits for saves under way, and a
    save that comes after sees the stage closed or decided. `expected_revision` is the sheet's
    revision when the score page was opened (0 when there was no sheet yet; None: no page, as in the
    demo loader); a save from a page opened before another save is refused. `now` is when the judge
    submits (the present by default).
    """
    stage = stage_for_work(stage.pk)
    if stage.status != Stage.Status.ACTIVE or stage.kind != Stage.Kind.SCORED:
        raise RuleViolation(_("“%(stage)s” is not open for scoring.") % {"stage": stage.name})
    if not may_judge(judge, stage, submission):
        raise RuleViolation(_("This entry is not (or no longer) yours to judge."))
    ensure_undecided(stage, submission.category)
    sheet = _locked_sheet(stage=stage, submission=submission, judge=judge)
    if sheet.status == ScoreSheet.Status.SUBMITTED:
        raise RuleViolation(_("This score sheet is submitted and locked. Ask the secretariat to reopen it."))
    if expected_revision is not None and expected_revision != sheet.revision:
        raise RuleViolation(
            _(
                "This score sheet was saved in another tab or window at %(time)s, after you opened this "
                "page. Nothing was saved from this page; your scores and notes are still in the form. Copy "
                "what you need, reload the page and merge your changes."
            )
            % {"time": local_datetime(sheet.updated_at)}
        )

    criteria = list(stage.criteria.all())
    existing = {score.criterion_id: score for score in sheet.scores.all()}
    before = {criterion_id: score.value for criterion_id, score in existing.items()}
    parsed = []
    for criterion in criteria:
        raw, criterion_note = values.get(criterion.pk, (None, ""))
        value = _parse_value(raw, criterion)
        if value is None:
            if criterion.pk in existing:
                existing.pop(criterion.pk).delete()
            continue
        score = existing.get(criterion.pk) or Score(sheet=sheet, criterion=criterion)
        score.value, score.note = value, criterion_note.strip()
        score.save()
        parsed.append((criterion, value))
    missing = [criterion.name for criterion in criteria if criterion.pk not in {c.pk for c, _v in parsed}]
    sheet.note = note.strip()
    sheet.revision += 1
    old_total = sheet.total
    sheet.total = sheet_total(parsed) if parsed and not missing else None
    _record_score_changes(sheet, criteria, before, {c.pk: v for c, v in parsed}, old_total, judge)
    if submit:
        _ensure_complete(missing)
        _lock_as_submitted(sheet, judge=judge, now=now)
    else:
        sheet.save()
    return sheet


def _plain(value: Decimal | None) -> str:
    """A score as stored, without trailing zeros ("7.5", "10"); "–" for none."""
    return "–" if value is None else f"{value.normalize():f}"


def _record_score_changes(sheet, criteria, before: dict, after: dict, old_total, judge: User) -> None:
    """One event per save that changed a score: each changed criterion with its old and new value, and the
    total before and after (empty while a criterion is unscored). A save that changed only notes is not
    an event: the notes are on the sheet."""
    changes = [
        f"{criterion.name}: {_plain(before.get(criterion.pk))} → {_plain(after.get(criterion.pk))}"
        for criterion in criteria
        if before.get(criterion.pk) != after.get(criterion.pk)
    ]
    if changes:
        record_event(
            sheet,
            by=judge,
            action="scores_changed",
            old="" if old_total is None else old_total,
            new="" if sheet.total is None else sheet.total,
            note="; ".join(changes),
        )


def _ensure_complete(missing: list[str]) -> None:
    if missing:
        raise RuleViolation(
            _("Score every criterion before submitting. Missing: %(names)s.") % {"names": ", ".join(missing)}
        )


def _lock_as_submitted(sheet: ScoreSheet, *, judge: User, now: datetime.datetime | None = None) -> None:
    sheet.status = ScoreSheet.Status.SUBMITTED
    sheet.submitted_at = now or timezone.now()
    sheet.reopen_reason = ""
    sheet.save()
    record_event(sheet, by=judge, action="sheet_submitted", new=str(sheet.total), at=now)


def missing_criteria(sheet: ScoreSheet | None, criteria) -> list[str]:
    """The names of the criteria the sheet has no score for yet."""
    scored = set() if sheet is None else {score.criterion_id for score in sheet.scores.all()}
    return [criterion.name for criterion in criteria if criterion.pk not in scored]


@transaction.atomic
def submit_sheet(*, stage: Stage, submission: Submission, judge: User, expected_revision: int) -> ScoreSheet:
    """Lock the judge's saved sheet as it is ("Kirim dan kunci", after the confirmation page).

    The sheet must be the one the judge confirmed (`expected_revision`) and score every criterion.
    """
    stage = stage_for_work(stage.pk)
    if stage.status != Stage.Status.ACTIVE or stage.kind != Stage.Kind.SCORED:
        raise RuleViolation(_("“%(stage)s” is not open for scoring.") % {"stage": stage.name})
    if not may_judge(judge, stage, submission):
        raise RuleViolation(_("This entry is not (or no longer) yours to judge."))
    ensure_undecided(stage, submission.category)
    # Only the sheet's row: its default ordering joins the stage, which other saves hold shared.
    sheet = (
        ScoreSheet.objects.select_for_update(of=("self",))
        .filter(stage=stage, submission=submission, judge=judge)
        .order_by()
        .first()
    )
    if sheet is None or sheet.revision != expected_revision:
        raise RuleViolation(
            _("The score sheet changed after you opened the confirmation; check it again before submitting.")
        )
    if sheet.status == ScoreSheet.Status.SUBMITTED:
        raise RuleViolation(_("This score sheet is submitted and locked. Ask the secretariat to reopen it."))
    _ensure_complete(missing_criteria(sheet, stage.criteria.all()))
    _lock_as_submitted(sheet, judge=judge)
    return sheet


@transaction.atomic
def reopen_sheet(*, sheet: ScoreSheet, by: User, reason: str) -> ScoreSheet:
    if not reason.strip():
        raise RuleViolation(_("Give the reason for reopening the sheet; the judge will see it."))
    stage_for_work(sheet.stage_id)  # a decision under way is waited for, then seen
    sheet = (
        ScoreSheet.objects.select_for_update(of=("self",))
        .select_related("stage", "submission__category")
        .get(pk=sheet.pk)
    )
    if sheet.status != ScoreSheet.Status.SUBMITTED:
        raise RuleViolation(_("Only a submitted sheet can be reopened."))
    ensure_undecided(sheet.stage, sheet.submission.category)
    sheet.status = ScoreSheet.Status.DRAFT
    sheet.reopen_reason = reason.strip()
    sheet.save(update_fields=["status", "reopen_reason", "updated_at"])
    record_event(sheet, by=by, action="sheet_reopened", old="submitted", new="draft", note=reason.strip())
    after_commit(emails.send_reopen_notice, sheet.pk)
    return sheet
