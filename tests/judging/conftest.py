import pytest
from django.utils import timezone

from competitions.models import Criterion, Stage
from judging.models import Panel
from submissions.models import Submission
from tests import factories


@pytest.fixture
def scored_round(db):
    """A competition in its proposal stage: 6 eligible entries, 3 judges, a 2-criterion rubric."""
    competition = factories.CompetitionFactory(judges_per_entry=2, tie_break_chain=["heaviest_criterion"])
    category = factories.CategoryFactory(competition=competition, name="Perangkat Daerah", shortlist_size=3)
    factories.StageFactory(
        competition=competition, order=1, kind=Stage.Kind.ADMINISTRATIVE, status=Stage.Status.CLOSED
    )
    stage = factories.StageFactory(
        competition=competition,
        order=2,
        kind=Stage.Kind.SCORED,
        status=Stage.Status.ACTIVE,
        name="Penilaian Proposal",
    )
    novelty = Criterion.objects.create(
        stage=stage, order=1, name="Kebaruan", weight=60, min_score=1, max_score=10
    )
    impact = Criterion.objects.create(
        stage=stage, order=2, name="Signifikansi", weight=40, min_score=1, max_score=10
    )
    entries = [
        factories.SubmissionFactory(
            category=category,
            status=Submission.Status.ELIGIBLE,
            submitted_at=timezone.now(),
            innovation=factories.InnovationFactory(title=f"Inovasi {index}"),
        )
        for index in range(6)
    ]
    judges = [
        factories.make_judge(username=f"juri{index}", email=f"juri{index}@example.go.id")
        for index in (1, 2, 3)
    ]
    for judge in judges:
        Panel.objects.create(stage=stage, category=category, judge=judge)
    return {
        "competition": competition,
        "category": category,
        "stage": stage,
        "criteria": (novelty, impact),
        "entries": entries,
        "judges": judges,
    }
