"""The entry's lifecycle: every transition, deadlines, completeness, versions, evidence, events and emails."""

import datetime
import zoneinfo
from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from competitions.errors import RuleViolation
from competitions.models import Event, Stage, Unit
from competitions.services import close_stage, open_stage
from judging.selectors import undecided_in_stage
from submissions import services
from submissions.models import AdministrativeCheck, Attachment, Submission
from tests import factories
from tests.files import image_upload, pdf_upload

pytestmark = pytest.mark.django_db
Status = Submission.Status


def events_of(submission) -> list[str]:
    return list(
        Event.objects.filter(object_id=submission.pk, content_type__model="submission")
        .order_by("pk")
        .values_list("action", flat=True)
    )


def with_evidence(submission, by):
    services.add_evidence(
        submission=submission,
        by=by,
        requirement=submission.competition.requirements.get(order=1),
        upload=pdf_upload(),
    )
    services.add_evidence(
        submission=submission,
        by=by,
        requirement=submission.competition.requirements.get(order=2),
        upload=image_upload(),
    )
    return submission


def submitted(draft, operator):
    with_evidence(draft, operator)
    return services.submit_submission(submission=draft, by=operator)


# Every status and exactly the statuses it may become, written out as designed (README, "For unit
# operators"): the secretariat's check decides, the unit resubmits after a revision request, and
# withdrawal is open from every live status.
LIFECYCLE = {
    "draft": {"submitted", "withdrawn"},
    "submitted": {"needs_revision", "eligible", "ineligible", "withdrawn"},
    "needs_revision": {"resubmitted", "ineligible", "withdrawn"},
    "resubmitted": {"needs_revision", "eligible", "ineligible", "withdrawn"},
    "eligible": {"withdrawn"},
    "ineligible": set(),
    "withdrawn": set(),
}


def test_the_lifecycle_is_exactly_the_designed_one():
    assert set(Status.values) == set(LIFECYCLE)
    assert services.TRANSITIONS == LIFECYCLE


def entry_in(status: str, draft, operator, secretariat) -> Submission:
    """The draft brought to `status` the way the unit and the secretariat get it there."""
    if status == "withdrawn":
        services.withdraw_submission(submission=draft, by=operator, reason="Fokus tahun depan")
    elif status != "draft":
        submitted(draft, operator)
    if status in {"needs_revision", "resubmitted"}:
        check(
            draft,
            secretariat,
            AdministrativeCheck.Outcome.REVISE,
            deadline=timezone.now() + timedelta(days=3),
        )
    if status == "resubmitted":
        services.submit_submission(submission=draft, by=operator)
    if status == "eligible":
        check(draft, secretariat, AdministrativeCheck.Outcome.PASSED)
    if status == "ineligible":
        check(draft, secretariat, AdministrativeCheck.Outcome.FAILED, met=False)
    entry = Submission.objects.get(pk=draft.pk)
    assert entry.status == status
    return entry


@pytest.mark.parametrize("old", list(LIFECYCLE))
@pytest.mark.parametrize("new", list(LIFECYCLE))
def test_change_status_allows_exactly_the_transitions_of_the_lifecycle(
    draft, unit_operator, secretariat, old, new
):
    entry = entry_in(old, draft, unit_operator, secretariat)
    if new in LIFECYCLE[old]:
        with transaction.atomic():
            services.change_status(entry, to=new, by=unit_operator)
        entry.refresh_from_db()
        assert entry.status == new
        assert events_of(entry)[-1] == f"status:{new}"
    else:
        with pytest.raises(RuleViolation):
            services.change_status(entry, to=new, by=unit_operator)
        entry.refresh_from_db()
        assert entry.status == old


# Entering


def test_operator_enters_an_eligible_category(edition, unit_operator):
    innovation = factories.InnovationFactory(unit=unit_operator.memberships.get().unit)
    submission = services.enter_competition(
        innovation=innovation, category=edition["category"], by=unit_operator
    )
    assert submission.status == Status.DRAFT
    assert submission.unit == innovation.unit
    assert submission.sections == {"summary": innovation.summary}  # started from the profile
    assert submission.section_sources == {"summary": {"kind": "profile", "field": "summary"}}
    assert events_of(submission) == ["entered"]


def test_a_unit_of_the_wrong_kind_cannot_enter(edition):
    kecamatan = factories.UnitFactory(kind=Unit.Kind.KECAMATAN)
    innovation = factories.InnovationFactory(unit=kecamatan)
    with pytest.raises(RuleViolation) as refused:
        services.enter_competition(innovation=innovation, category=edition["category"], by=None)
    assert "Perangkat Daerah" in refused.value.messages[0]
    assert not Submission.objects.exists()


def test_one_entry_per_innovation_per_edition(edition, unit_operator):
    innovation = factories.InnovationFactory(unit=unit_operator.memberships.get().unit)
    services.enter_competition(innovation=innovation, category=edition["category"], by=unit_operator)
    second_category = factories.CategoryFactory(competition=edition["competition"], name="Lainnya")
    with pytest.raises(RuleViolation):
        services.enter_competition(innovation=innovation, category=second_category, by=unit_operator)
    assert Submission.objects.count() == 1


@pytest.mark.parametrize(
    ("opens", "closes"),
    [(timedelta(days=1), timedelta(days=10)), (timedelta(days=-10), timedelta(seconds=-1))],
    ids=["not-yet-open", "already-closed"],
)
def test_registration_window_is_enforced_on_the_server(edition, unit_operator, opens, closes):
    now = timezone.now()
    competition = edition["competition"]
    competition.registration_opens_at, competition.registration_closes_at = now + opens, now + closes
    competition.save()
    innovation = factories.InnovationFactory(unit=unit_operator.memberships.get().unit)
    with pytest.raises(RuleViolation):
        services.enter_competition(innovation=innovation, category=edition["category"], by=unit_operator)


def test_minimum_innovation_age(edition, unit_operator):
    competition = edition["competition"]
    competition.minimum_innovation_age_months = 12
    competition.save()
    closes = timezone.localtime(competition.registration_closes_at).date()
    unit = unit_operator.memberships.get().unit
    too_young = factories.InnovationFactory(unit=unit, launch_date=closes - timedelta(days=200))
    old_enough = factories.InnovationFactory(unit=unit, launch_date=closes - timedelta(days=400))
    never_launched = factories.InnovationFactory(unit=unit, launch_date=None)
    for innovation in (too_young, never_launched):
        with pytest.raises(RuleViolation):
            services.enter_competition(innovation=innovation, category=edition["category"], by=unit_operator)
    services.enter_competition(innovation=old_enough, category=edition["category"], by=unit_operator)


def test_months_before_handles_month_ends():
    assert services._months_before(datetime.date(2026, 3, 31), 1) == datetime.date(2026, 2, 28)
    assert services._months_before(datetime.date(2026, 1, 15), 12) == datetime.date(2025, 1, 15)


# Writing and submitting


def test_a_draft_keeps_text_over_the_word_limit_but_cannot_be_submitted(draft, unit_operator):
    long_summary = "kata " * 250
    services.save_draft(submission=draft, sections={"summary": long_summary}, by=unit_operator)
    draft.refresh_from_db()
    assert draft.sections["summary"] == long_summary
    with_evidence(draft, unit_operator)
    with pytest.raises(RuleViolation) as refused:
        services.submit_submission(submission=draft, by=unit_operator)
    assert any("250" in message and "200" in message for message in refused.value.messages)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_saves_from_one_page_carry_the_revision_forward(draft, unit_operator):
    first = services.save_draft(
        submission=draft, sections={"summary": "Versi pertama"}, by=unit_operator, expected_revision=0
    )
    assert first.draft_revision == 1
    second = services.save_draft(
        submission=draft, sections={"summary": "Versi kedua"}, by=unit_operator, expected_revision=1
    )
    assert second.draft_revision == 2
    draft.refresh_from_db()
    assert (draft.sections["summary"], draft.draft_revision) == ("Versi kedua", 2)


def test_a_save_from_a_page_opened_before_anothers_save_is_refused(draft, unit_operator):
    colleague = factories.make_operator(unit=draft.unit, username="operator-kominfo-2")
    services.save_draft(
        submission=draft, sections={"summary": "Teks rekan kerja"}, by=colleague, expected_revision=0
    )
    with pytest.raises(RuleViolation) as refused:
        services.save_draft(
            submission=draft, sections={"summary": "Teks saya"}, by=unit_operator, expected_revision=0
        )
    assert "sudah disimpan oleh orang lain" in refused.value.messages[0]
    draft.refresh_from_db()
    assert (draft.sections["summary"], draft.draft_revision) == ("Teks rekan kerja", 1)


def test_submit_lists_every_missing_section_and_document(draft, unit_operator):
    services.save_draft(submission=draft, sections={"novelty": "", "resources": "  "}, by=unit_operator)
    with pytest.raises(RuleViolation) as refused:
        services.submit_submission(submission=draft, by=unit_operator)
    messages = refused.value.messages
    assert len(messages) == 4  # two empty sections, two required documents; the video is optional
    assert any("Proposal lengkap (PDF)" in message for message in messages)
    assert any("Foto kegiatan" in message for message in messages)
    assert not any("Video" in message for message in messages)


def test_submit_freezes_a_version_sends_a_receipt_and_logs(
    draft, unit_operator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        submitted(draft, unit_operator)
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED
    assert draft.submitted_at is not None
    version = draft.versions.get()
    assert version.number == 1
    assert version.sections["summary"] == draft.sections["summary"]
    assert version.attachments.count() == 2
    assert events_of(draft)[-1] == "status:submitted"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["kominfo@palembang.go.id"]
    assert "Si Warga" in mail.outbox[0].subject
    assert f"http://127.0.0.1:8000/unit/usulan/{draft.pk}/" in mail.outbox[0].body


def test_a_submitted_entry_cannot_be_edited(draft, unit_operator):
    submitted(draft, unit_operator)
    with pytest.raises(RuleViolation):
        services.save_draft(submission=draft, sections={"summary": "diubah"}, by=unit_operator)
    with pytest.raises(RuleViolation):
        services.add_evidence(
            submission=draft, by=unit_operator, section="summary", link="https://youtu.be/abc"
        )


def test_a_draft_cannot_be_submitted_after_registration_closes(draft, unit_operator):
    with_evidence(draft, unit_operator)
    competition = draft.competition
    competition.registration_closes_at = timezone.now() - timedelta(minutes=1)
    competition.registration_opens_at = timezone.now() - timedelta(days=30)
    competition.save()
    with pytest.raises(RuleViolation):
        services.submit_submission(submission=draft, by=unit_operator)


# Evidence


def test_evidence_type_must_fit_the_requirement(draft, unit_operator, edition):
    with pytest.raises(RuleViolation):
        services.add_evidence(
            submission=draft, by=unit_operator, requirement=edition["photo"], upload=pdf_upload()
        )
    with pytest.raises(RuleViolation):
        services.add_evidence(
            submission=draft, by=unit_operator, requirement=edition["proposal"], upload=image_upload()
        )
    assert not draft.attachments.exists()


def test_link_evidence_is_labelled(draft, unit_operator):
    video = draft.competition.requirements.get(order=3)
    attachment = services.add_evidence(
        submission=draft, by=unit_operator, requirement=video, link="https://www.youtube.com/watch?v=abc123"
    )
    assert attachment.link_kind == Attachment.LinkKind.YOUTUBE
    assert attachment.title == "YouTube"


def test_evidence_is_stored_under_a_random_name(draft, unit_operator, edition):
    attachment = services.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["proposal"], upload=pdf_upload("SK Kadis.pdf")
    )
    assert attachment.original_name == "SK Kadis.pdf"
    assert "SK" not in attachment.file.name
    assert attachment.file.name.startswith("private/")
    assert attachment.content_type == "application/pdf"


def test_removing_evidence_from_a_draft_deletes_it(draft, unit_operator, edition):
    attachment = services.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["proposal"], upload=pdf_upload()
    )
    stored = attachment.file.path
    services.remove_evidence(attachment=attachment, by=unit_operator)
    assert not Attachment.objects.filter(pk=attachment.pk).exists()
    import os

    assert not os.path.exists(stored)


# The administrative check and the revision loop


def check(submission, by, outcome, *, met=True, deadline=None, note=""):
    verdicts = [
        services.RequirementVerdict(requirement, met, "" if met else "Tidak terbaca")
        for requirement in submission.competition.requirements.all()
    ]
    return services.record_administrative_check(
        submission=submission,
        by=by,
        verdicts=verdicts,
        outcome=outcome,
        note=note,
        revision_deadline=deadline,
    )


def test_revision_loop_keeps_every_version(
    draft, unit_operator, secretariat, edition, django_capture_on_commit_callbacks
):
    submitted(draft, unit_operator)
    deadline = timezone.now() + timedelta(days=5)
    with django_capture_on_commit_callbacks(execute=True):
        check(
            draft,
            secretariat,
            AdministrativeCheck.Outcome.REVISE,
            met=False,
            deadline=deadline,
            note="SK buram",
        )
    draft.refresh_from_db()
    assert draft.status == Status.NEEDS_REVISION
    assert draft.revision_deadline == deadline
    assert "SK buram" in mail.outbox[-1].body
    assert "Tidak terbaca" in mail.outbox[-1].body

    old_pdf = draft.attachments.get(requirement=edition["proposal"])
    services.remove_evidence(attachment=old_pdf, by=unit_operator)
    services.add_evidence(
        submission=draft, by=unit_operator, requirement=edition["proposal"], upload=pdf_upload("baru.pdf")
    )
    services.save_draft(
        submission=draft, sections={"summary": "Ringkasan yang diperbaiki."}, by=unit_operator
    )
    services.submit_submission(submission=draft, by=unit_operator)
    draft.refresh_from_db()
    assert draft.status == Status.RESUBMITTED

    first, second = draft.versions.order_by("number")
    assert first.sections["summary"] != second.sections["summary"] == "Ringkasan yang diperbaiki."
    assert old_pdf in first.attachments.all()
    assert old_pdf not in second.attachments.all()
    old_pdf.refresh_from_db()
    assert old_pdf.removed_at is not None  # kept for version 1

    check(draft, secretariat, AdministrativeCheck.Outcome.PASSED)
    draft.refresh_from_db()
    assert draft.status == Status.ELIGIBLE
    assert draft.administrative_checks.count() == 2
    assert draft.administrative_checks.order_by("-checked_at").first().version == second


def test_resubmission_after_the_revision_deadline_is_refused(draft, unit_operator, secretariat):
    submitted(draft, unit_operator)
    check(draft, secretariat, AdministrativeCheck.Outcome.REVISE, deadline=timezone.now() + timedelta(days=1))
    Submission.objects.filter(pk=draft.pk).update(revision_deadline=timezone.now() - timedelta(minutes=1))
    draft.refresh_from_db()
    with pytest.raises(RuleViolation):
        services.submit_submission(submission=draft, by=unit_operator)
    with pytest.raises(RuleViolation):
        services.save_draft(submission=draft, sections={"summary": "terlambat"}, by=unit_operator)


def test_revision_needs_a_future_deadline(draft, unit_operator, secretariat):
    submitted(draft, unit_operator)
    with pytest.raises(RuleViolation):
        check(draft, secretariat, AdministrativeCheck.Outcome.REVISE)
    with pytest.raises(RuleViolation):
        check(
            draft,
            secretariat,
            AdministrativeCheck.Outcome.REVISE,
            deadline=timezone.now() - timedelta(hours=1),
        )
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED


def test_an_entry_with_unmet_required_documents_cannot_pass(draft, unit_operator, secretariat):
    submitted(draft, unit_operator)
    with pytest.raises(RuleViolation):
        check(draft, secretariat, AdministrativeCheck.Outcome.PASSED, met=False)


def test_failing_the_check_is_final(draft, unit_operator, secretariat):
    submitted(draft, unit_operator)
    check(draft, secretariat, AdministrativeCheck.Outcome.FAILED, met=False, note="Bukan inovasi baru")
    draft.refresh_from_db()
    assert draft.status == Status.INELIGIBLE
    with pytest.raises(RuleViolation):
        services.withdraw_submission(submission=draft, by=unit_operator, reason="Tidak jadi")


def test_bulk_pass_passes_waiting_entries_and_reports_the_rest(draft, unit_operator, secretariat):
    submitted(draft, unit_operator)
    other = factories.SubmissionFactory(category=draft.category)
    passed, refused = services.pass_all_requirements(submissions=[draft, other], by=secretariat)
    assert passed == 1
    assert len(refused) == 1
    draft.refresh_from_db()
    other.refresh_from_db()
    assert (draft.status, other.status) == (Status.ELIGIBLE, Status.DRAFT)


# Withdrawal


def test_withdrawal_needs_a_reason_and_is_logged(draft, unit_operator, django_capture_on_commit_callbacks):
    with pytest.raises(RuleViolation):
        services.withdraw_submission(submission=draft, by=unit_operator, reason="  ")
    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw_submission(submission=draft, by=unit_operator, reason="Fokus tahun depan")
    draft.refresh_from_db()
    assert draft.status == Status.WITHDRAWN
    event = Event.objects.filter(object_id=draft.pk, action="status:withdrawn").get()
    assert (event.note, event.old_value, event.actor) == ("Fokus tahun depan", "draft", unit_operator)
    assert len(mail.outbox) == 1


def test_no_withdrawal_once_the_final_stage_has_started(draft, unit_operator):
    factories.StageFactory(
        competition=draft.competition, order=5, kind=Stage.Kind.FINAL, status=Stage.Status.ACTIVE
    )
    with pytest.raises(RuleViolation):
        services.withdraw_submission(submission=draft, by=unit_operator, reason="Terlambat")


def test_a_mail_outage_does_not_undo_or_break_a_submission(
    draft, unit_operator, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.submissions.test_services.BrokenMailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        submitted(draft, unit_operator)
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED


class BrokenMailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


# The administrative stage: it closes only when every entry is decided, and nothing is checked after


def administrative_stage(edition, secretariat):
    stage = edition["competition"].stages.get(kind=Stage.Kind.ADMINISTRATIVE)
    return open_stage(stage=stage, by=secretariat)


def close_without_looking(stage, secretariat):
    """Close the stage as the portal did before it waited for revisions (the data such closings left)."""
    return close_stage(stage=stage, by=secretariat, find_undecided=lambda stage: [])


REVISION_DEADLINE = datetime.datetime(2099, 3, 5, 14, 30, tzinfo=zoneinfo.ZoneInfo("Asia/Jakarta"))


def test_closing_the_administrative_stage_waits_for_an_entry_under_revision(
    edition, draft, unit_operator, secretariat
):
    stage = administrative_stage(edition, secretariat)
    submitted(draft, unit_operator)
    check(draft, secretariat, AdministrativeCheck.Outcome.REVISE, met=False, deadline=REVISION_DEADLINE)

    expected = "“Si Warga (Diskominfo)” masih menunggu perbaikan dari unit, paling lambat 5 Maret 2099 14:30."
    assert undecided_in_stage(stage) == [expected]
    with pytest.raises(RuleViolation) as refusal:
        close_stage(stage=stage, by=secretariat, find_undecided=undecided_in_stage)
    assert refusal.value.messages == [expected]
    stage.refresh_from_db()
    assert stage.status == Stage.Status.ACTIVE

    services.submit_submission(submission=draft, by=unit_operator)
    check(draft, secretariat, AdministrativeCheck.Outcome.PASSED)
    close_stage(stage=stage, by=secretariat, find_undecided=undecided_in_stage)
    stage.refresh_from_db()
    assert stage.status == Stage.Status.CLOSED


def test_an_entry_not_revised_by_its_deadline_is_failed_before_the_stage_closes(
    edition, draft, unit_operator, secretariat
):
    stage = administrative_stage(edition, secretariat)
    submitted(draft, unit_operator)
    check(draft, secretariat, AdministrativeCheck.Outcome.REVISE, met=False, deadline=REVISION_DEADLINE)
    with pytest.raises(RuleViolation) as too_early:
        check(draft, secretariat, AdministrativeCheck.Outcome.FAILED, met=False)
    assert "5 Maret 2099 14:30" in too_early.value.messages[0]

    # The deadline passes without a resubmission.
    lapsed = datetime.datetime(2026, 3, 5, 14, 30, tzinfo=zoneinfo.ZoneInfo("Asia/Jakarta"))
    Submission.objects.filter(pk=draft.pk).update(revision_deadline=lapsed)
    assert undecided_in_stage(stage) == [
        "“Si Warga (Diskominfo)” tidak diperbaiki sampai batas waktunya (5 Maret 2026 14:30): "
        "catat hasil pemeriksaannya sebagai tidak lolos."
    ]
    check(draft, secretariat, AdministrativeCheck.Outcome.FAILED, met=False, note="Tidak ada perbaikan")
    draft.refresh_from_db()
    assert draft.status == Status.INELIGIBLE
    close_stage(stage=stage, by=secretariat, find_undecided=undecided_in_stage)


def test_no_submission_or_resubmission_once_the_administrative_stage_is_closed(
    edition, draft, unit_operator, secretariat
):
    stage = administrative_stage(edition, secretariat)
    submitted(draft, unit_operator)
    check(draft, secretariat, AdministrativeCheck.Outcome.REVISE, met=False, deadline=REVISION_DEADLINE)
    late_draft = with_evidence(
        factories.SubmissionFactory(
            innovation=factories.InnovationFactory(unit=draft.unit, title="Si Pintar"),
            category=edition["category"],
        ),
        unit_operator,
    )
    close_without_looking(stage, secretariat)

    closed = (
        "Pemeriksaan administrasi “Kompetisi Inovasi Kota 2026” sudah ditutup: "
        "usulan tidak dapat diajukan lagi."
    )
    for entry, status in ((draft, Status.NEEDS_REVISION), (late_draft, Status.DRAFT)):
        with pytest.raises(RuleViolation) as refusal:
            services.submit_submission(submission=entry, by=unit_operator)
        assert refusal.value.messages == [closed]
        entry.refresh_from_db()
        assert entry.status == status
        assert entry.versions.count() == (1 if status == Status.NEEDS_REVISION else 0)


def test_no_check_or_bulk_pass_once_the_administrative_stage_is_closed(
    edition, draft, unit_operator, secretariat
):
    stage = administrative_stage(edition, secretariat)
    submitted(draft, unit_operator)
    close_without_looking(stage, secretariat)

    closed = (
        "Pemeriksaan administrasi “Kompetisi Inovasi Kota 2026” sudah ditutup: "
        "hasil pemeriksaan tidak dapat dicatat lagi."
    )
    with pytest.raises(RuleViolation) as refusal:
        check(draft, secretariat, AdministrativeCheck.Outcome.PASSED)
    assert refusal.value.messages == [closed]
    passed, refused = services.pass_all_requirements(submissions=[draft], by=secretariat)
    assert (passed, refused) == (0, [f"Si Warga (Diskominfo): {closed}"])
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED
    assert not draft.administrative_checks.exists()


def test_an_edition_without_an_administrative_stage_is_checked_as_before(unit_operator, secretariat):
    unit = unit_operator.memberships.get().unit
    entry = factories.SubmissionFactory(innovation=factories.InnovationFactory(unit=unit))
    services.submit_submission(submission=entry, by=unit_operator)
    services.pass_all_requirements(submissions=[entry], by=secretariat)
    entry.refresh_from_db()
    assert entry.status == Status.ELIGIBLE


def test_a_past_round_replays_through_the_services_checked_and_stamped_at_its_own_time(
    draft, unit_operator, secretariat
):
    back_then = timezone.now() - timedelta(days=400)
    competition = draft.competition
    competition.registration_opens_at = back_then - timedelta(days=10)
    competition.registration_closes_at = back_then + timedelta(days=10)
    competition.save()
    with pytest.raises(RuleViolation):  # by today's clock registration closed long ago
        services.submit_submission(submission=draft, by=unit_operator)

    for order, upload in ((1, pdf_upload()), (2, image_upload())):
        requirement = competition.requirements.get(order=order)
        services.add_evidence(
            submission=draft, by=unit_operator, requirement=requirement, upload=upload, now=back_then
        )
    services.submit_submission(submission=draft, by=unit_operator, now=back_then)
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED and draft.submitted_at == back_then
    submitted_event = Event.objects.filter(object_id=draft.pk, action="status:submitted").get()
    assert submitted_event.created_at == back_then
    assert draft.versions.get().created_at == back_then
    assert {evidence.created_at for evidence in draft.attachments.all()} == {back_then}

    verdicts = [services.RequirementVerdict(r, True) for r in competition.requirements.all()]
    deadline = back_then + timedelta(days=6)
    with pytest.raises(RuleViolation):  # by today's clock that deadline has passed
        services.record_administrative_check(
            submission=draft, by=secretariat, verdicts=verdicts, outcome="revise", revision_deadline=deadline
        )
    services.record_administrative_check(
        submission=draft,
        by=secretariat,
        verdicts=verdicts,
        outcome="revise",
        revision_deadline=deadline,
        now=back_then + timedelta(days=1),
    )
    draft.refresh_from_db()
    assert draft.status == Status.NEEDS_REVISION and draft.revision_deadline == deadline
    assert draft.administrative_checks.get().checked_at == back_then + timedelta(days=1)
