"""What two requests at once could duplicate, the database refuses whatever code path writes it: each
pair of rows below is written straight through the ORM, past the services, and the second is refused."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from judging.models import Assignment, Award, Conflict, FieldVisit, Score, ScoreSheet, StageResult
from submissions.models import Submission, SubmissionVersion
from tests import factories

pytestmark = pytest.mark.django_db


def refused_twice(make) -> None:
    make()
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def test_one_sheet_per_judge_entry_and_stage(scored_round):
    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    refused_twice(lambda: ScoreSheet.objects.create(stage=stage, submission=entry, judge=judge))


def test_one_score_per_criterion_of_a_sheet(scored_round):
    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    sheet = ScoreSheet.objects.create(stage=stage, submission=entry, judge=judge)
    criterion = scored_round["criteria"][0]
    refused_twice(lambda: Score.objects.create(sheet=sheet, criterion=criterion, value=5))


def test_one_current_assignment_per_judge_and_entry(scored_round, secretariat):
    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    refused_twice(lambda: Assignment.objects.create(stage=stage, submission=entry, judge=judge))
    # A judge taken off the entry may be assigned again: only current assignments are unique.
    Assignment.objects.filter(stage=stage, submission=entry, judge=judge).update(
        removed_at=timezone.now(), removed_by=secretariat, removal_reason="Salah tugas."
    )
    Assignment.objects.create(stage=stage, submission=entry, judge=judge)


def test_one_declared_conflict_per_judge_and_entry(scored_round):
    entry, judge = scored_round["entries"][0], scored_round["judges"][0]
    refused_twice(lambda: Conflict.objects.create(judge=judge, submission=entry, reason="Saudara kandung."))


def test_one_field_visit_per_entry_and_stage(verification_round, secretariat):
    stage, entry = verification_round["stage"], verification_round["entries"][0]
    refused_twice(
        lambda: FieldVisit.objects.create(
            stage=stage,
            submission=entry,
            visited_on="2026-06-20",
            team="Tim",
            findings="-",
            verified=True,
            recorded_by=secretariat,
        )
    )


def test_one_current_stage_result_per_entry(scored_round, secretariat):
    stage, entry = scored_round["stage"], scored_round["entries"][0]
    refused_twice(
        lambda: StageResult.objects.create(
            stage=stage,
            submission=entry,
            rank=1,
            outcome=StageResult.Outcome.ADVANCED,
            decided_by=secretariat,
        )
    )


def test_one_entry_per_prize_and_one_prize_per_entry(final_round, secretariat):
    competition, category = final_round["competition"], final_round["category"]
    first, second = category.prizes.order_by("place")[:2]
    entries = final_round["entries"]

    def award(entry, prize):
        return lambda: Award.objects.create(
            competition=competition, submission=entry, prize=prize, decided_by=secretariat
        )

    award(entries[0], first)()
    for duplicate in (award(entries[1], first), award(entries[0], second)):
        with pytest.raises(IntegrityError), transaction.atomic():
            duplicate()


def test_one_entry_per_innovation_per_edition_and_one_number_per_version(scored_round):
    entry = scored_round["entries"][0]
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.SubmissionFactory(innovation=entry.innovation, category=entry.category)
    refused_twice(lambda: SubmissionVersion.objects.create(submission=entry, number=1))
    assert Submission.objects.filter(innovation=entry.innovation).count() == 1
