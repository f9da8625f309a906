"""Fact finding: recording a field visit."""

import datetime
from decimal import Decimal

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from competitions.models import Stage
from competitions.services import record_event, stage_for_work
from judging.eligibility import visit_needs_score
from judging.models import FieldVisit, FieldVisitPhoto
from judging.permissions import can_record_visit
from judging.ranking import stage_pool
from judging.services.decisions import ensure_undecided
from submissions.evidence import check_image, upload_limit_bytes
from submissions.models import Submission


@transaction.atomic
def record_field_visit(
    *,
    stage: Stage,
    submission: Submission,
    by: User,
    visited_on: datetime.date,
    team: str,
    findings: str,
    verified: bool,
    score: Decimal | None,
    photos: list[UploadedFile] = (),
    now: datetime.datetime | None = None,
) -> FieldVisit:
    stage = stage_for_work(stage.pk)
    # Visits to other entries go ahead; two records of this entry's visit take turns, the second
    # updating the first's row.
    Submission.objects.select_for_update(no_key=True).get(pk=submission.pk)
    if stage.kind != Stage.Kind.VERIFICATION or stage.status != Stage.Status.ACTIVE:
        raise RuleViolation(_("“%(stage)s” is not open for field visits.") % {"stage": stage.name})
    if not can_record_visit(by, stage, submission):
        raise RuleViolation(_("You may not record a visit for this entry."))
    if not stage_pool(stage, submission.category).filter(pk=submission.pk).exists():
        raise RuleViolation(_("This entry is not in this stage."))
    ensure_undecided(stage, submission.category)
    if score is None and visit_needs_score(stage):
        raise RuleViolation(
            _("This stage counts %(weight)d%% of the final score: give the visit a score from 0 to 100.")
            % {"weight": stage.weight}
        )
    visit = FieldVisit.objects.filter(stage=stage, submission=submission).first() or FieldVisit(
        stage=stage, submission=submission
    )
    visit.visited_on, visit.team, visit.findings = visited_on, team.strip(), findings.strip()
    visit.verified, visit.score, visit.recorded_by = verified, score, by
    visit.save()
    max_bytes = upload_limit_bytes(submission.competition)
    for upload in photos:
        try:
            checked = check_image(upload, max_bytes=max_bytes)
        except ValidationError as error:
            raise RuleViolation(error.messages) from error
        photo = FieldVisitPhoto(visit=visit, content_type=checked.content_type)
        photo.image.save("visit", checked.content, save=False)
        if checked.thumbnail is not None:
            photo.thumbnail.save("thumbnail", checked.thumbnail, save=False)
        photo.save()
    record_event(
        submission,
        by=by,
        action="field_visit_recorded",
        new="verified" if verified else "not verified",
        note=stage.name,
        at=now,
    )
    return visit
