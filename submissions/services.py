"""Every state change of a unit's innovations and entries.

`change_status` is the one door through which an entry changes status: it checks the transition, writes
the event log and queues the email after commit. The other services prepare and then call it.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from competitions.background import after_commit
from competitions.errors import RuleViolation
from competitions.models import Category, Competition, Requirement, Stage, Unit
from competitions.selectors import administrative_check_is_open
from competitions.services import edition_for_work, record_event, stage_for_work
from submissions import emails
from submissions.catalogue.search import refresh_search_vectors
from submissions.evidence import (
    ALLOWED_CONTENT_TYPES,
    check_file,
    check_image,
    check_link,
    upload_limit_bytes,
)
from submissions.models import (
    AdministrativeCheck,
    Attachment,
    GovernmentAffair,
    Innovation,
    InnovationPhoto,
    RequirementCheck,
    Submission,
    SubmissionVersion,
)
from submissions.selectors import local_datetime, missing_for_submission, revision_still_running

Status = Submission.Status

# Who may move an entry from which status to which. Withdrawal is allowed from every live status
# until the final stage starts (checked separately).
TRANSITIONS: dict[str, set[str]] = {
    Status.DRAFT: {Status.SUBMITTED, Status.WITHDRAWN},
    Status.SUBMITTED: {Status.NEEDS_REVISION, Status.ELIGIBLE, Status.INELIGIBLE, Status.WITHDRAWN},
    Status.NEEDS_REVISION: {Status.RESUBMITTED, Status.INELIGIBLE, Status.WITHDRAWN},
    Status.RESUBMITTED: {Status.NEEDS_REVISION, Status.ELIGIBLE, Status.INELIGIBLE, Status.WITHDRAWN},
    Status.ELIGIBLE: {Status.WITHDRAWN},
    Status.INELIGIBLE: set(),
    Status.WITHDRAWN: set(),
}

# The email each status change sends to the unit's operators.
STATUS_EMAILS = {
    Status.SUBMITTED: emails.send_receipt,
    Status.RESUBMITTED: emails.send_receipt,
    Status.NEEDS_REVISION: emails.send_check_outcome,
    Status.ELIGIBLE: emails.send_check_outcome,
    Status.INELIGIBLE: emails.send_check_outcome,
    Status.WITHDRAWN: emails.send_withdrawal_notice,
}


def ensure_transition(submission: Submission, *, to: str) -> None:
    if to not in TRANSITIONS[submission.status]:
        raise RuleViolation(
            _("An entry that is “%(old)s” cannot become “%(new)s”.")
            % {"old": submission.get_status_display(), "new": Status(to).label}
        )


def change_status(
    submission: Submission,
    *,
    to: str,
    by: User | None,
    note: str = "",
    now: datetime.datetime | None = None,
) -> Submission:
    """Move `submission` (already locked by the caller's transaction) to status `to`."""
    ensure_transition(submission, to=to)
    old = submission.status
    submission.status = to
    submission.save(update_fields=["status", "submitted_at", "revision_deadline", "updated_at"])
    record_event(submission, by=by, action=f"status:{to}", old=old, new=to, note=note, at=now)
    send = STATUS_EMAILS.get(to)
    if send is not None:
        # robust: a mail server outage is logged, and never turns a recorded change into an error page.
        after_commit(send, submission.pk)
    return submission


def _lock(submission: Submission) -> Submission:
    """The entry locked for this transaction, its edition held shared: entries of other units are not
    held up, while a change of the edition's status waits for the save under way."""
    submission = (
        Submission.objects.select_for_update(of=("self",))
        .select_related("competition", "innovation", "unit")
        .get(pk=submission.pk)
    )
    submission.competition = edition_for_work(submission.competition_id)  # as it is once the lock is held
    return submission


def registration_is_open(competition: Competition, *, now: datetime.datetime | None = None) -> bool:
    now = now or timezone.now()
    return (
        competition.status == Competition.Status.OPEN
        and competition.registration_opens_at <= now <= competition.registration_closes_at
    )


def _ensure_registration_open(competition: Competition, *, now: datetime.datetime | None = None) -> None:
    if not registration_is_open(competition, now=now):
        raise RuleViolation(
            _("Registration for “%(name)s” is closed (it ran from %(opens)s to %(closes)s).")
            % {
                "name": competition.name,
                "opens": local_datetime(competition.registration_opens_at),
                "closes": local_datetime(competition.registration_closes_at),
            }
        )


def _ensure_administrative_check_open(competition: Competition, *, refusal: str) -> None:
    """Refuse with `refusal` once the edition's administrative stage is closed.

    The administrative stages are held shared first (`stage_for_work`): units submit side by side, while
    closing the stage waits for them, so an entry is never checked or resubmitted while it is being closed.
    """
    administrative = Stage.objects.filter(competition=competition, kind=Stage.Kind.ADMINISTRATIVE)
    for stage_pk in administrative.values_list("pk", flat=True):
        stage_for_work(stage_pk)
    if not administrative_check_is_open(competition):
        raise RuleViolation(refusal % {"name": competition.name})


def _final_stage_started(competition: Competition) -> bool:
    return competition.stages.filter(kind=Stage.Kind.FINAL).exclude(status=Stage.Status.PENDING).exists()


# Innovations (the catalogue)


@transaction.atomic
def save_innovation(*, innovation: Innovation, affairs: Iterable[GovernmentAffair], by: User) -> Innovation:
    """Create or update an innovation profile from a validated (unsaved) instance."""
    created = innovation.pk is None
    if created:
        innovation.created_by = by
    innovation.full_clean()
    innovation.save()
    innovation.affairs.set(affairs)
    refresh_search_vectors(Innovation.objects.filter(pk=innovation.pk))
    record_event(innovation, by=by, action="innovation_created" if created else "innovation_updated")
    return innovation


@transaction.atomic
def add_innovation_photo(
    *, innovation: Innovation, upload: UploadedFile, caption: str, by: User
) -> InnovationPhoto:
    """A photo for the catalogue record; it belongs to no edition, so the portal's upload limit applies."""
    try:
        checked = check_image(upload, max_bytes=upload_limit_bytes(None))
    except ValidationError as error:
        raise RuleViolation(error.messages) from error
    photo = InnovationPhoto(innovation=innovation, caption=caption, content_type=checked.content_type)
    photo.image.save("photo", checked.content, save=False)
    if checked.thumbnail is not None:
        photo.thumbnail.save("thumbnail", checked.thumbnail, save=False)
    photo.save()
    record_event(innovation, by=by, action="photo_added", new=checked.original_name)
    return photo


@transaction.atomic
def remove_innovation_photo(*, photo: InnovationPhoto, by: User) -> None:
    record_event(photo.innovation, by=by, action="photo_removed", old=photo.caption)
    photo.image.delete(save=False)
    photo.thumbnail.delete(save=False)
    photo.delete()


# Entering a competition and writing the proposal


def _months_before(day: datetime.date, months: int) -> datetime.date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate_day in (day.day, 30, 29, 28):
        try:
            return datetime.date(year, month, candidate_day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def age_problems(*, innovation: Innovation, competition: Competition) -> list[str]:
    """The edition's minimum age of an innovation, counted back from the close of registration."""
    months = competition.minimum_innovation_age_months
    if not months:
        return []
    latest_launch = _months_before(timezone.localtime(competition.registration_closes_at).date(), months)
    if innovation.launch_date is not None and innovation.launch_date <= latest_launch:
        return []
    return [
        _("This edition only accepts innovations in use since %(date)s or earlier (%(months)d months).")
        % {"date": formats.date_format(latest_launch, "j F Y"), "months": months}
    ]


def eligibility_problems(*, innovation: Innovation, category: Category) -> list[str]:
    """Why `innovation` may not enter `category` (empty when it may)."""
    problems = []
    competition = category.competition
    unit: Unit = innovation.unit
    if not unit.is_active:
        problems.append(_("“%(unit)s” is not an active unit.") % {"unit": unit.name})
    if not category.accepts(unit):
        problems.append(
            _("The category “%(category)s” is open to %(kinds)s; “%(unit)s” is a %(kind)s.")
            % {
                "category": category.name,
                "kinds": ", ".join(category.eligible_kind_labels()),
                "unit": unit.name,
                "kind": unit.get_kind_display(),
            }
        )
    problems += age_problems(innovation=innovation, competition=competition)
    if Submission.objects.filter(innovation=innovation, competition=competition).exists():
        problems.append(
            _("“%(title)s” is already entered in %(competition)s.")
            % {"title": innovation.title, "competition": competition.name}
        )
    return problems


@transaction.atomic
def enter_competition(
    *, innovation: Innovation, category: Category, by: User, now: datetime.datetime | None = None
) -> Submission:
    """Enter `innovation` in `category` while registration is open (at `now`, by default the present)."""
    competition = Competition.objects.select_for_update().get(pk=category.competition_id)
    _ensure_registration_open(competition, now=now)
    problems = eligibility_problems(innovation=innovation, category=category)
    if problems:
        raise RuleViolation(problems)
    texts, sources = prefilled_sections(innovation=innovation, competition=competition)
    submission = Submission.objects.create(
        innovation=innovation,
        unit=innovation.unit,
        competition=competition,
        category=category,
        created_by=by,
        sections=texts,
        section_sources=sources,
    )
    record_event(submission, by=by, action="entered", new=category.name, at=now)
    return submission


def prefilled_sections(*, innovation: Innovation, competition: Competition) -> tuple[dict, dict]:
    """The texts a new entry starts with, and where each came from: write once, reuse.

    A section takes the unit's text for the same section key in its latest earlier entry of this
    innovation (another edition) when there is one, else the innovation profile's text the section maps to.
    """
    earlier = (
        Submission.objects.filter(innovation=innovation)
        .exclude(competition=competition)
        .select_related("competition")
        .order_by("-competition__year", "-pk")
    )
    texts, sources = {}, {}
    for section in competition.proposal_sections.all():
        previous = next((entry for entry in earlier if entry.sections.get(section.key, "").strip()), None)
        if previous is not None:
            texts[section.key] = previous.sections[section.key]
            sources[section.key] = {
                "kind": "entry",
                "entry": previous.pk,
                "edition": previous.competition.name,
            }
        elif section.profile_text and getattr(innovation, section.profile_text, "").strip():
            texts[section.key] = getattr(innovation, section.profile_text)
            sources[section.key] = {"kind": "profile", "field": section.profile_text}
    return texts, sources


@transaction.atomic
def copy_section_to_profile(*, submission: Submission, key: str, by: User) -> Innovation:
    """Deliberately copy a section's text back to the innovation profile (the profile never changes by
    itself when a proposal is edited)."""
    submission = _lock(submission)
    section = submission.competition.proposal_sections.filter(key=key).exclude(profile_text="").first()
    if section is None:
        raise RuleViolation(_("This section has no matching text in the innovation profile."))
    innovation = Innovation.objects.select_for_update().get(pk=submission.innovation_id)
    setattr(innovation, section.profile_text, submission.sections.get(key, ""))
    innovation.save(update_fields=[section.profile_text, "updated_at"])
    refresh_search_vectors(Innovation.objects.filter(pk=innovation.pk))
    record_event(
        innovation, by=by, action="profile_text_copied", old=section.label, new=submission.competition.name
    )
    return innovation


def _ensure_editable_now(submission: Submission, *, now: datetime.datetime | None = None) -> None:
    if submission.status == Status.DRAFT:
        _ensure_registration_open(submission.competition, now=now)
    elif submission.status == Status.NEEDS_REVISION:
        if submission.revision_deadline and (now or timezone.now()) > submission.revision_deadline:
            raise RuleViolation(
                _("The revision deadline (%(deadline)s) has passed; contact the secretariat.")
                % {"deadline": local_datetime(submission.revision_deadline)}
            )
    else:
        raise RuleViolation(
            _("An entry that is “%(status)s” can no longer be edited.")
            % {"status": submission.get_status_display()}
        )


@transaction.atomic
def save_draft(
    *,
    submission: Submission,
    sections: dict[str, str],
    by: User,
    expected_revision: int | None = None,
    now: datetime.datetime | None = None,
) -> Submission:
    """Store the proposal text as typed. Word limits are checked at submission, so nothing is lost here.

    `expected_revision` is the draft's revision when the page was opened (None: the caller has no page,
    as in the demo loader). If the draft was saved since, from another tab or by another operator of the
    unit, the save is refused rather than silently overwriting their text.
    """
    submission = _lock(submission)
    _ensure_editable_now(submission, now=now)
    if expected_revision is not None and expected_revision != submission.draft_revision:
        raise RuleViolation(
            _(
                "Someone else saved this proposal at %(time)s, after you opened this page (another tab, "
                "or another operator of your unit). Nothing was saved from this page; your text is still "
                "in the form. Copy what you need, reload the page and merge your changes."
            )
            % {"time": local_datetime(submission.updated_at)}
        )
    keys = {section.key for section in submission.competition.proposal_sections.all()}
    submission.sections = {
        **submission.sections,
        **{key: text for key, text in sections.items() if key in keys},
    }
    submission.draft_revision += 1
    submission.save(update_fields=["sections", "draft_revision", "updated_at"])
    return submission


ALLOWED_TYPES_BY_REQUIREMENT = {
    Requirement.Kind.DOCUMENT: frozenset({"application/pdf"}),
    Requirement.Kind.PHOTO: frozenset({"image/jpeg", "image/png", "image/webp"}),
    Requirement.Kind.VIDEO_LINK: frozenset(),
    Requirement.Kind.ANY: frozenset(ALLOWED_CONTENT_TYPES),
}


@transaction.atomic
def add_evidence(
    *,
    submission: Submission,
    by: User,
    requirement: Requirement | None = None,
    section: str = "",
    title: str = "",
    upload: UploadedFile | None = None,
    link: str = "",
    now: datetime.datetime | None = None,
) -> Attachment:
    """Attach a checked file or link to a required document or a proposal section."""
    submission = _lock(submission)
    _ensure_editable_now(submission, now=now)
    if requirement is not None and requirement.competition_id != submission.competition_id:
        raise RuleViolation(_("That document is not asked for by this edition."))
    attachment = Attachment(
        submission=submission,
        requirement=requirement,
        section=section,
        title=title,
        uploaded_by=by,
        created_at=now or timezone.now(),
    )
    if upload is not None:
        allowed = ALLOWED_TYPES_BY_REQUIREMENT[requirement.kind] if requirement else ALLOWED_CONTENT_TYPES
        if not allowed:
            raise RuleViolation(_("This document is a link: paste its address instead of uploading a file."))
        try:
            checked = check_file(
                upload, max_bytes=upload_limit_bytes(submission.competition), allowed=allowed
            )
        except ValidationError as error:
            raise RuleViolation(error.messages) from error
        attachment.content_type = checked.content_type
        attachment.original_name = checked.original_name
        attachment.size = checked.size
        attachment.file.save("evidence", checked.content, save=False)
        if checked.thumbnail is not None:
            attachment.thumbnail.save("thumbnail", checked.thumbnail, save=False)
    else:
        try:
            checked_link = check_link(link)
        except ValidationError as error:
            raise RuleViolation(error.messages) from error
        attachment.link_url = checked_link.url
        attachment.link_kind = checked_link.kind
        attachment.title = title or checked_link.label
    attachment.save()
    record_event(submission, by=by, action="evidence_added", new=str(attachment), at=now)
    return attachment


@transaction.atomic
def remove_evidence(*, attachment: Attachment, by: User) -> None:
    """Take evidence out of the working draft. Evidence in a frozen version stays, for that version."""
    submission = _lock(attachment.submission)
    _ensure_editable_now(submission)
    record_event(submission, by=by, action="evidence_removed", old=str(attachment))
    if attachment.versions.exists():
        attachment.removed_at = timezone.now()
        attachment.save(update_fields=["removed_at"])
    else:
        attachment.file.delete(save=False)
        attachment.thumbnail.delete(save=False)
        attachment.delete()


def freeze_version(
    submission: Submission, *, by: User, now: datetime.datetime | None = None
) -> SubmissionVersion:
    number = submission.versions.count() + 1
    keys = [section.key for section in submission.competition.proposal_sections.all()]
    version = SubmissionVersion.objects.create(
        submission=submission,
        number=number,
        created_by=by,
        created_at=now or timezone.now(),
        sections={key: submission.sections.get(key, "") for key in keys},
    )
    version.attachments.set(submission.attachments.filter(removed_at__isnull=True))
    return version


@transaction.atomic
def submit_submission(
    *, submission: Submission, by: User, now: datetime.datetime | None = None
) -> Submission:
    """Send the entry to the secretariat: check completeness, freeze a version, send a receipt.

    `now` is when this happens (the present by default): the deadlines are checked against it and it is
    the entry's submission time, so a past round can be replayed through this same door.
    """
    submission = _lock(submission)
    to = Status.RESUBMITTED if submission.status == Status.NEEDS_REVISION else Status.SUBMITTED
    ensure_transition(submission, to=to)
    _ensure_editable_now(submission, now=now)
    _ensure_administrative_check_open(
        submission.competition,
        refusal=_("The administrative check of “%(name)s” is closed: the entry can no longer be submitted."),
    )
    missing = missing_for_submission(submission)
    if missing:
        raise RuleViolation(missing)
    too_young = age_problems(innovation=submission.innovation, competition=submission.competition)
    if to == Status.SUBMITTED and too_young:
        raise RuleViolation(too_young)
    version = freeze_version(submission, by=by, now=now)
    if submission.submitted_at is None:
        submission.submitted_at = now or timezone.now()
    note = _("version %(number)d") % {"number": version.number}
    return change_status(submission, to=to, by=by, note=note, now=now)


def withdrawal_problems(submission: Submission) -> list[str]:
    """Why the unit may not withdraw `submission` now (empty when it may).

    An entry can be withdrawn from every live status until the edition's final stage starts. The withdraw
    button and page ask this too (`can_withdraw_submission`), so they never offer what is refused here.
    """
    if Status.WITHDRAWN not in TRANSITIONS[submission.status]:
        return [
            _("An entry that is “%(status)s” cannot be withdrawn.")
            % {"status": submission.get_status_display()}
        ]
    if _final_stage_started(submission.competition):
        return [_("Entries can no longer be withdrawn: the final stage has started.")]
    return []


@transaction.atomic
def withdraw_submission(
    *, submission: Submission, by: User, reason: str, now: datetime.datetime | None = None
) -> Submission:
    submission = _lock(submission)
    problems = withdrawal_problems(submission)
    if problems:
        raise RuleViolation(problems)
    if not reason.strip():
        raise RuleViolation(_("Say why the entry is withdrawn."))
    return change_status(submission, to=Status.WITHDRAWN, by=by, note=reason.strip(), now=now)


# The administrative check (secretariat)


@dataclass(frozen=True)
class RequirementVerdict:
    requirement: Requirement
    is_met: bool
    note: str = ""


OUTCOME_STATUS = {
    AdministrativeCheck.Outcome.PASSED: Status.ELIGIBLE,
    AdministrativeCheck.Outcome.REVISE: Status.NEEDS_REVISION,
    AdministrativeCheck.Outcome.FAILED: Status.INELIGIBLE,
}


@transaction.atomic
def record_administrative_check(
    *,
    submission: Submission,
    by: User,
    verdicts: list[RequirementVerdict],
    outcome: str,
    note: str = "",
    revision_deadline: datetime.datetime | None = None,
    now: datetime.datetime | None = None,
) -> AdministrativeCheck:
    """Record the check of the latest frozen version and move the entry on (at `now`, the present by
    default: a revision deadline must come after it)."""
    submission = _lock(submission)
    ensure_transition(submission, to=OUTCOME_STATUS[outcome])
    _ensure_administrative_check_open(
        submission.competition,
        refusal=_("The administrative check of “%(name)s” is closed: no more checks can be recorded."),
    )
    if revision_still_running(submission, now=now):
        raise RuleViolation(
            _("The unit may revise this entry until %(deadline)s; decide it after its resubmission or then.")
            % {"deadline": local_datetime(submission.revision_deadline)}
        )
    if outcome == AdministrativeCheck.Outcome.REVISE:
        if revision_deadline is None:
            raise RuleViolation(_("Give the unit a revision deadline."))
        if revision_deadline <= (now or timezone.now()):
            raise RuleViolation(_("The revision deadline must be in the future."))
    if outcome == AdministrativeCheck.Outcome.PASSED and any(not verdict.is_met for verdict in verdicts):
        required_unmet = [v.requirement.name for v in verdicts if not v.is_met and v.requirement.is_required]
        if required_unmet:
            raise RuleViolation(
                _("An entry cannot pass while required documents are not met: %(names)s.")
                % {"names": ", ".join(required_unmet)}
            )
    version = submission.versions.order_by("-number").first()
    if version is None:
        raise RuleViolation(_("This entry has no submitted version to check."))
    check = AdministrativeCheck.objects.create(
        submission=submission,
        version=version,
        outcome=outcome,
        note=note,
        revision_deadline=revision_deadline if outcome == AdministrativeCheck.Outcome.REVISE else None,
        checked_by=by,
        checked_at=now or timezone.now(),
    )
    RequirementCheck.objects.bulk_create(
        RequirementCheck(
            administrative_check=check,
            requirement=verdict.requirement,
            is_met=verdict.is_met,
            note=verdict.note,
        )
        for verdict in verdicts
    )
    submission.revision_deadline = check.revision_deadline
    change_status(submission, to=OUTCOME_STATUS[outcome], by=by, note=note, now=now)
    return check


def pass_all_requirements(*, submissions: Iterable[Submission], by: User) -> tuple[int, list[str]]:
    """The common case of the check, in bulk: every requirement met, the entry passes.

    Returns how many passed and, for the others, why not. Each entry is its own transaction, so one
    refusal does not undo the rest.
    """
    passed, refused = 0, []
    for submission in submissions:
        requirements = submission.competition.requirements.all()
        verdicts = [RequirementVerdict(requirement, True) for requirement in requirements]
        try:
            record_administrative_check(
                submission=submission, by=by, verdicts=verdicts, outcome=AdministrativeCheck.Outcome.PASSED
            )
        except RuleViolation as error:
            refused.append(f"{submission}: {' '.join(error.messages)}")
        else:
            passed += 1
    return passed, refused
