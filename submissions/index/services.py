"""Every state change of the innovation index: the units' answers, their verification, and new years."""

from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from competitions.services import record_event
from submissions.evidence import check_file, check_link, upload_limit_bytes
from submissions.index.models import LEVELS, IndexIndicator, IndexYear, InnovationIndicator
from submissions.models import Innovation


@dataclass(frozen=True)
class IndicatorAnswer:
    """What a unit sends for one indicator. A file or a link replaces the current evidence;
    `remove_evidence` without either takes it away; with none of the three the evidence stays."""

    indicator: IndexIndicator
    level: int | None = None
    note: str = ""
    upload: UploadedFile | None = None
    link: str = ""
    remove_evidence: bool = False


def _label(indicator: IndexIndicator) -> str:
    """How the event log names the indicator: data, not a translated sentence."""
    return f"IID {indicator.year.year} · {indicator}"


def _forget_file(stored) -> None:
    """Delete a replaced or removed file once the change is committed (a rollback keeps it)."""
    if stored:
        storage, name = stored.storage, stored.name
        transaction.on_commit(lambda: storage.delete(name))


def _clear_evidence(row: InnovationIndicator) -> None:
    _forget_file(row.file)
    row.file = ""
    row.original_name = row.content_type = row.link_url = row.link_kind = ""
    row.size = 0


@transaction.atomic
def save_indicator_answer(
    *, innovation: Innovation, answer: IndicatorAnswer, by: User | None
) -> InnovationIndicator | None:
    """Store a unit's level, evidence and note for one indicator; return the answer (None once empty).

    Files pass the same checks as an entry's evidence (by content; images re-encoded) and are stored under
    random names. New or removed evidence waits for the secretariat's verification again. An answer left
    with no level, no evidence and no note is deleted, so the innovation no longer counts for that year
    through it. Nothing is written when nothing changed.
    """
    indicator = answer.indicator
    if answer.level is not None and answer.level not in LEVELS:
        raise RuleViolation(_("Choose level 1, 2 or 3."))
    row = (
        InnovationIndicator.objects.select_for_update()
        .filter(innovation=innovation, indicator=indicator)
        .first()
    ) or InnovationIndicator(innovation=innovation, indicator=indicator)
    old_level, old_evidence = row.level, row.evidence_label if row.has_evidence else ""
    note = answer.note.strip()
    link = answer.link.strip()

    if answer.upload is not None:
        try:
            checked = check_file(answer.upload, max_bytes=upload_limit_bytes(None))
        except ValidationError as error:
            raise RuleViolation(error.messages) from error
        _clear_evidence(row)
        row.content_type = checked.content_type  # names the stored file's extension
        row.original_name = checked.original_name
        row.size = checked.size
        row.file.save("evidence", checked.content, save=False)
    elif link and link != row.link_url:
        try:
            checked_link = check_link(link)
        except ValidationError as error:
            raise RuleViolation(error.messages) from error
        _clear_evidence(row)
        row.link_url, row.link_kind = checked_link.url, checked_link.kind
    elif answer.remove_evidence and not link:
        _clear_evidence(row)
    new_evidence = row.evidence_label if row.has_evidence else ""
    evidence_changed = (answer.upload is not None) or new_evidence != old_evidence
    level_changed, note_changed = answer.level != old_level, note != row.note
    if not (evidence_changed or level_changed or note_changed):
        return row if row.pk else None

    row.level, row.note, row.updated_by = answer.level, note, by
    if evidence_changed:
        row.verified = False
    label = _label(indicator)
    if level_changed:
        record_event(
            innovation,
            by=by,
            action="index_level_changed",
            old=old_level or "–",
            new=answer.level or "–",
            note=label,
        )
    if note_changed:
        record_event(innovation, by=by, action="index_note_changed", note=label)
    if evidence_changed and old_evidence:
        record_event(innovation, by=by, action="index_evidence_removed", old=old_evidence, note=label)
    if evidence_changed and new_evidence:
        record_event(innovation, by=by, action="index_evidence_added", new=new_evidence, note=label)
    if row.level is None and not row.has_evidence and not row.note:
        if row.pk:
            row.delete()
        return None
    row.save()
    return row


def save_indicator_answers(
    *, innovation: Innovation, answers: list[IndicatorAnswer], by: User | None
) -> dict[int, list[str]]:
    """Store a page of answers. Each indicator is its own transaction, so a refused file costs only its
    own indicator: the others are saved. Returns the refusals, by indicator id."""
    refused = {}
    for answer in answers:
        try:
            save_indicator_answer(innovation=innovation, answer=answer, by=by)
        except RuleViolation as violation:
            refused[answer.indicator.pk] = violation.messages
    return refused


@transaction.atomic
def set_answer_verified(*, answer: InnovationIndicator, verified: bool, by: User) -> InnovationIndicator:
    """The secretariat confirms (or withdraws its confirmation of) an answer's evidence."""
    answer = (
        InnovationIndicator.objects.select_for_update()
        .select_related("innovation", "indicator__year")
        .get(pk=answer.pk)
    )
    if verified and not answer.has_evidence:
        raise RuleViolation(
            _("“%(answer)s” has no evidence to verify.") % {"answer": answer},
        )
    if answer.verified == verified:
        return answer
    answer.verified = verified
    answer.save(update_fields=["verified", "updated_at"])
    record_event(
        answer.innovation,
        by=by,
        action="index_evidence_verified" if verified else "index_evidence_unverified",
        new=answer.evidence_label,
        note=_label(answer.indicator),
    )
    return answer


@transaction.atomic
def copy_index_year(*, source: IndexYear, year: int, by: User) -> IndexYear:
    """A new year with `source`'s rules and indicators, to be adjusted to that year's changes. The city's
    regional score is not copied: it is entered for each year."""
    if IndexYear.objects.filter(year=year).exists():
        raise RuleViolation(_("The innovation index rules of %(year)s already exist.") % {"year": year})
    copy = IndexYear.objects.create(
        year=year,
        divisor=source.divisor,
        innovation_count_cap=source.innovation_count_cap,
        points_per_innovation=source.points_per_innovation,
        basic_affairs_required=source.basic_affairs_required,
        very_innovative_from=source.very_innovative_from,
        innovative_from=source.innovative_from,
        regional_max_score=source.regional_max_score,
    )
    copy.basic_affairs.set(source.basic_affairs.all())
    IndexIndicator.objects.bulk_create(
        IndexIndicator(
            year=copy,
            number=indicator.number,
            name=indicator.name,
            weight=indicator.weight,
            level_1=indicator.level_1,
            level_2=indicator.level_2,
            level_3=indicator.level_3,
            evidence_hint=indicator.evidence_hint,
            is_mandatory=indicator.is_mandatory,
        )
        for indicator in source.indicators.all()
    )
    record_event(copy, by=by, action="index_year_copied", old=source.year, new=year)
    return copy
