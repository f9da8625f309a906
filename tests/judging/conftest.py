import datetime
from datetime import timedelta

import pytest
from django.utils import timezone

from competitions.models import Criterion, Stage
from competitions.services import open_stage
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


@pytest.fixture
def verification_round(db, secretariat):
    """Fact finding in progress: two eligible entries of two units, a judge assigned to the first only.

    The stages are opened through the service (administrative check, then the field verification); with no
    scored stage before it, every eligible entry takes part in the verification.
    """
    today = timezone.localdate()

    def day(offset: int):
        return timezone.make_aware(
            datetime.datetime.combine(today + timedelta(days=offset), datetime.time(8))
        )

    competition = factories.CompetitionFactory(
        registration_opens_at=day(-40), registration_closes_at=day(-30)
    )
    category = factories.CategoryFactory(competition=competition, name="Perangkat Daerah")
    administrasi = factories.StageFactory(
        competition=competition, order=1, name="Administrasi", opens_at=day(-29), closes_at=day(-20)
    )
    stage = factories.StageFactory(
        competition=competition,
        order=2,
        kind=Stage.Kind.VERIFICATION,
        name="Verifikasi Lapangan",
        opens_at=day(-10),
        closes_at=day(10),
    )
    open_stage(stage=administrasi, by=secretariat)
    open_stage(stage=stage, by=secretariat)
    entries = [
        factories.SubmissionFactory(
            category=category,
            status=Submission.Status.ELIGIBLE,
            submitted_at=timezone.now(),
            innovation=factories.InnovationFactory(title=title),
        )
        for title in ("Si Warga", "Siska")
    ]
    judge = factories.make_judge(username="juri-lapangan")
    factories.AssignmentFactory(stage=stage, submission=entries[0], judge=judge)
    return {"competition": competition, "stage": stage, "entries": entries, "judge": judge}


def decide_stage(stage, category, scores: dict, *, by) -> None:
    """Decide `stage` for `category` through the services, from real sheets (or visits) giving each entry
    of `scores` exactly its score: a scored stage gets a one-criterion rubric on 0–100 (weight 100) and one
    judge; a verification stage gets a verified visit with the score."""
    from judging import services

    Stage.objects.filter(pk=stage.pk).update(status=Stage.Status.ACTIVE)  # the stage is running
    stage.refresh_from_db()
    if stage.kind == Stage.Kind.SCORED:
        criterion = stage.criteria.first() or Criterion.objects.create(
            stage=stage, name="Nilai", weight=100, min_score=0, max_score=100
        )
        judge = factories.make_judge()
        for entry, score in scores.items():
            services.assign_judge(stage=stage, submission=entry, judge=judge, by=by)
            services.save_sheet(
                stage=stage,
                submission=entry,
                judge=judge,
                values={criterion.pk: (str(score), "")},
                submit=True,
            )
    else:
        verifier = factories.make_verifier()
        for entry, score in scores.items():
            services.record_field_visit(
                stage=stage,
                submission=entry,
                by=verifier,
                visited_on=datetime.date(2026, 4, 1),
                team="Tim verifikasi",
                findings="Layanan berjalan di lokasi.",
                verified=True,
                score=score,
            )
    services.advance_shortlist(stage=stage, category=category, by=by)


from tests.judging.test_decisions import final_round  # noqa: E402, F401  (the final round, for every judging test)
