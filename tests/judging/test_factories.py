"""The judging factories build rows that hang together: one edition per row, the roles they need."""

from decimal import Decimal

import pytest

from competitions.models import Stage
from competitions.permissions import is_judge, is_secretariat, is_verifier
from judging.models import ScoreSheet
from submissions.models import Submission
from tests import factories

pytestmark = pytest.mark.django_db


def test_a_panel_member_judges_a_category_of_the_stages_edition():
    panel = factories.PanelFactory()
    assert panel.category.competition == panel.stage.competition
    assert panel.stage.kind == Stage.Kind.SCORED
    assert is_judge(panel.judge)


def test_an_assignment_is_an_eligible_entry_of_the_stages_edition():
    assignment = factories.AssignmentFactory()
    assert assignment.submission.competition == assignment.stage.competition
    assert assignment.submission.status == Submission.Status.ELIGIBLE
    assert is_judge(assignment.judge)


def test_a_score_sheet_carries_the_scores_it_is_given():
    stage = factories.StageFactory(kind=Stage.Kind.SCORED)
    novelty = factories.CriterionFactory(stage=stage, name="Kebaruan", weight=60)
    impact = factories.CriterionFactory(stage=stage, name="Signifikansi", weight=40)
    sheet = factories.ScoreSheetFactory(stage=stage, scores={novelty: 7, impact: 10})
    assert sheet.status == ScoreSheet.Status.DRAFT
    assert dict(sheet.scores.values_list("criterion__name", "value")) == {
        "Kebaruan": Decimal("7.00"),
        "Signifikansi": Decimal("10.00"),
    }
    assert sheet.submission.competition == stage.competition


def test_a_submitted_sheet_has_a_total():
    sheet = factories.ScoreSheetFactory(submitted=True)
    sheet.refresh_from_db()
    assert sheet.status == ScoreSheet.Status.SUBMITTED
    assert sheet.total == Decimal("50")
    assert sheet.submitted_at is not None


def test_a_score_belongs_to_a_criterion_of_its_sheets_stage():
    score = factories.ScoreFactory()
    assert score.criterion.stage == score.sheet.stage


def test_a_field_visit_is_recorded_by_a_verifier_in_a_verification_stage():
    visit = factories.FieldVisitFactory()
    assert visit.stage.kind == Stage.Kind.VERIFICATION
    assert visit.submission.competition == visit.stage.competition
    assert is_verifier(visit.recorded_by)


def test_a_stage_result_is_decided_by_the_secretariat():
    result = factories.StageResultFactory()
    assert result.submission.competition == result.stage.competition
    assert is_secretariat(result.decided_by)


def test_an_award_is_a_prize_of_the_entrys_category():
    award = factories.AwardFactory()
    assert award.prize.category == award.submission.category
    assert award.competition == award.submission.competition


def test_a_conflict_names_a_judge_and_an_entry():
    conflict = factories.ConflictFactory()
    assert is_judge(conflict.judge)
    assert conflict.reason
