"""Assignment, conflicts, score sheets and reopening, through the services."""

from collections import Counter
from decimal import Decimal

import pytest
from django.core import mail

from competitions.errors import RuleViolation
from competitions.models import Event, Stage
from competitions.services import close_stage
from judging import services
from judging.models import Assignment, Conflict, ScoreSheet
from judging.selectors import undecided_in_stage
from submissions import services as submission_services
from tests import factories

pytestmark = pytest.mark.django_db


def scores(round_, novelty, impact):
    first, second = round_["criteria"]
    return {first.pk: (str(novelty), ""), second.pk: (str(impact), "")}


def test_auto_assignment_gives_k_judges_per_entry_balanced_within_one(scored_round, secretariat):
    report = services.auto_assign(
        stage=scored_round["stage"], category=scored_round["category"], by=secretariat
    )
    assert report.created == 12  # 6 entries × 2 judges
    per_entry = Counter(Assignment.objects.values_list("submission_id", flat=True))
    assert set(per_entry.values()) == {2}
    loads = Counter(Assignment.objects.values_list("judge_id", flat=True))
    assert max(loads.values()) - min(loads.values()) <= 1
    assert report.short == []


def test_running_auto_assignment_again_only_fills_gaps(scored_round, secretariat):
    services.auto_assign(stage=scored_round["stage"], category=scored_round["category"], by=secretariat)
    again = services.auto_assign(
        stage=scored_round["stage"], category=scored_round["category"], by=secretariat
    )
    assert again.created == 0
    assert Assignment.objects.count() == 12


def test_a_conflicted_judge_is_never_auto_assigned(scored_round, secretariat):
    judge = scored_round["judges"][0]
    entry = scored_round["entries"][0]
    factories.MembershipFactory(user=judge, unit=entry.unit)  # the judge works for the entry's unit
    declared = scored_round["entries"][1]
    Conflict.objects.create(judge=judge, submission=declared, reason="Keluarga")
    services.auto_assign(stage=scored_round["stage"], category=scored_round["category"], by=secretariat)
    assert not Assignment.objects.filter(judge=judge, submission__in=[entry, declared]).exists()
    assert Assignment.objects.filter(submission=entry).count() == 2


def test_assigning_a_conflicted_judge_by_hand_is_refused(scored_round, secretariat):
    judge, entry = scored_round["judges"][0], scored_round["entries"][0]
    Conflict.objects.create(judge=judge, submission=entry, reason="Mantan pegawai")
    with pytest.raises(RuleViolation):
        services.assign_judge(stage=scored_round["stage"], submission=entry, judge=judge, by=secretariat)


def test_judges_are_emailed_once_with_their_new_assignments(
    scored_round, secretariat, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.auto_assign(stage=scored_round["stage"], category=scored_round["category"], by=secretariat)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "juri1@example.go.id",
        "juri2@example.go.id",
        "juri3@example.go.id",
    ]
    assert "Penilaian Proposal" in mail.outbox[0].subject


def assigned(round_, judge_index=0, entry_index=0):
    judge, entry = round_["judges"][judge_index], round_["entries"][entry_index]
    Assignment.objects.create(stage=round_["stage"], submission=entry, judge=judge)
    return judge, entry


def test_a_draft_keeps_partial_scores_and_submit_needs_every_criterion(scored_round):
    judge, entry = assigned(scored_round)
    novelty, _impact = scored_round["criteria"]
    sheet = services.save_sheet(
        stage=scored_round["stage"],
        submission=entry,
        judge=judge,
        values={novelty.pk: ("7", "Baru di Sumsel")},
    )
    assert sheet.status == ScoreSheet.Status.DRAFT
    assert sheet.total is None
    with pytest.raises(RuleViolation) as refused:
        services.save_sheet(
            stage=scored_round["stage"],
            submission=entry,
            judge=judge,
            values={novelty.pk: ("7", "")},
            submit=True,
        )
    assert "Signifikansi" in refused.value.messages[0]
    sheet = services.save_sheet(
        stage=scored_round["stage"],
        submission=entry,
        judge=judge,
        values=scores(scored_round, 7, 10),
        submit=True,
    )
    # (60 × (7−1)/9 + 40 × (10−1)/9) / 100 × 100 = (40 + 40) = 80
    assert sheet.total == 80
    assert sheet.status == ScoreSheet.Status.SUBMITTED
    assert Event.objects.filter(action="sheet_submitted", object_id=sheet.pk).exists()


def test_scores_outside_the_range_are_refused_and_the_saved_draft_stays_whole(scored_round):
    judge, entry = assigned(scored_round)
    stage = scored_round["stage"]
    services.save_sheet(stage=stage, submission=entry, judge=judge, values=scores(scored_round, 7, 5))
    with pytest.raises(RuleViolation) as refused:
        # Kebaruan is valid and new (9), so it is written before Signifikansi (11) is found out of range;
        # only a save that is one transaction leaves the draft as it was.
        services.save_sheet(stage=stage, submission=entry, judge=judge, values=scores(scored_round, 9, 11))
    assert refused.value.messages == ["Nilai untuk “Signifikansi” harus antara 1 dan 10."]
    stored = ScoreSheet.objects.get().scores.values_list("criterion__name", "value")
    assert dict(stored) == {"Kebaruan": Decimal("7"), "Signifikansi": Decimal("5")}


def test_a_submitted_sheet_cannot_be_changed_by_the_judge(scored_round):
    judge, entry = assigned(scored_round)
    services.save_sheet(
        stage=scored_round["stage"],
        submission=entry,
        judge=judge,
        values=scores(scored_round, 5, 5),
        submit=True,
    )
    with pytest.raises(RuleViolation):
        services.save_sheet(
            stage=scored_round["stage"], submission=entry, judge=judge, values=scores(scored_round, 9, 9)
        )
    assert ScoreSheet.objects.get().scores.get(criterion=scored_round["criteria"][0]).value == 5


def test_an_unassigned_or_conflicted_judge_cannot_score(scored_round):
    judge, entry = scored_round["judges"][0], scored_round["entries"][0]
    with pytest.raises(RuleViolation):
        services.save_sheet(
            stage=scored_round["stage"], submission=entry, judge=judge, values=scores(scored_round, 5, 5)
        )
    Assignment.objects.create(stage=scored_round["stage"], submission=entry, judge=judge)
    services.declare_conflict(judge=judge, submission=entry, reason="Saya pembina inovasi ini")
    with pytest.raises(RuleViolation):
        services.save_sheet(
            stage=scored_round["stage"], submission=entry, judge=judge, values=scores(scored_round, 5, 5)
        )


def test_reopening_needs_a_reason_is_logged_and_emails_the_judge(
    scored_round, secretariat, django_capture_on_commit_callbacks
):
    judge, entry = assigned(scored_round)
    sheet = services.save_sheet(
        stage=scored_round["stage"],
        submission=entry,
        judge=judge,
        values=scores(scored_round, 5, 5),
        submit=True,
    )
    with pytest.raises(RuleViolation):
        services.reopen_sheet(sheet=sheet, by=secretariat, reason=" ")
    with django_capture_on_commit_callbacks(execute=True):
        services.reopen_sheet(sheet=sheet, by=secretariat, reason="Skor signifikansi tertukar")
    sheet.refresh_from_db()
    assert sheet.status == ScoreSheet.Status.DRAFT
    assert sheet.reopen_reason == "Skor signifikansi tertukar"
    event = Event.objects.get(action="sheet_reopened")
    assert (event.actor, event.note) == (secretariat, "Skor signifikansi tertukar")
    assert "Skor signifikansi tertukar" in mail.outbox[-1].body
    services.save_sheet(
        stage=scored_round["stage"],
        submission=entry,
        judge=judge,
        values=scores(scored_round, 6, 5),
        submit=True,
    )


def only_entry_in_the_stage(scored_round, entry, by):
    """The other entries withdraw, so the stage has this one entry to judge."""
    for other in scored_round["entries"]:
        if other != entry:
            submission_services.withdraw_submission(submission=other, by=by, reason="Tim berganti.")


def test_the_stage_cannot_close_while_sheets_are_missing(scored_round, secretariat):
    judge, entry = assigned(scored_round)
    stage = scored_round["stage"]
    unassigned = undecided_in_stage(stage)
    assert len(unassigned) == 6  # the judge's missing sheet, and five entries nobody is assigned to yet
    only_entry_in_the_stage(scored_round, entry, secretariat)
    undecided = undecided_in_stage(stage)
    assert len(undecided) == 1 and judge.username in undecided[0]
    with pytest.raises(RuleViolation):
        close_stage(stage=stage, by=secretariat, find_undecided=undecided_in_stage)
    services.save_sheet(
        stage=stage, submission=entry, judge=judge, values=scores(scored_round, 5, 5), submit=True
    )
    close_stage(stage=stage, by=secretariat, find_undecided=undecided_in_stage)
    stage.refresh_from_db()
    assert stage.status == Stage.Status.CLOSED
    with pytest.raises(RuleViolation):
        services.save_sheet(stage=stage, submission=entry, judge=judge, values=scores(scored_round, 5, 5))


def test_a_declared_conflict_does_not_count_as_a_missing_sheet(scored_round, secretariat):
    judge, entry = assigned(scored_round)
    only_entry_in_the_stage(scored_round, entry, secretariat)
    other = scored_round["judges"][1]
    services.assign_judge(stage=scored_round["stage"], submission=entry, judge=other, by=secretariat)
    services.save_sheet(
        stage=scored_round["stage"],
        submission=entry,
        judge=other,
        values=scores(scored_round, 5, 5),
        submit=True,
    )
    services.declare_conflict(judge=judge, submission=entry, reason="Kerabat kepala dinas")
    assert undecided_in_stage(scored_round["stage"]) == []
