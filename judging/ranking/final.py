"""The final ranking of one category: the weighted mean of each finalist's decided stage scores, and the
prizes it decides (README, "How scores are computed", steps 4 and 5)."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from competitions.models import Category, Competition, Prize, Stage
from judging.models import FieldVisit, StageResult
from judging.ranking.common import (
    DECIDING_KINDS,
    FOUR_PLACES,
    entries_after,
    ranked_entries,
    without_collector_pauses,
)
from judging.ranking.stage import heaviest_criterion_means
from judging.ranking.ties import Tie, chain_of, order_entries, tie_values, ties_across
from submissions.models import Submission


@dataclass
class FinalEntry:
    submission: Submission
    final_score: Decimal | None
    stage_scores: dict[int, Decimal]  # stage pk → the entry's score in its current stage result
    verified: bool | None
    eligible_to_win: bool
    tie_values: tuple = ()
    position: int = 0
    rank: int = 0
    in_tie: bool = False
    prize: Prize | None = None  # the prize its place carries when no tie is in the way


@dataclass
class FinalRanking:
    competition: Competition
    category: Category
    entries: list[FinalEntry]
    prizes: list[Prize]
    stages: list[Stage]  # the weighted stages the final score adds up
    undecided_stages: list[Stage] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        if self.undecided_stages:
            return [
                _("Decide %(stages)s for this category first.")
                % {"stages": ", ".join(stage.name for stage in self.undecided_stages)}
            ]
        return []

    def outcome_at(self, position: int) -> str:
        """What the place wins among the entries that may win: its prize, or nothing after the last one."""
        if position <= len(self.prizes):
            return self.prizes[position - 1].label
        return _("no prize")


@without_collector_pauses
def final_ranking(competition: Competition, category: Category) -> FinalRanking:
    """final score = Σ(stage weight × stage score) / Σ(stage weight), over the scored and verification
    stages with a weight, using the score in the entry's current (not reverted) stage result — the adjusted
    score when the edition ranks by it. Example: weights 40/20/40 and scores 80/90/70 give
    (3200 + 1800 + 2800) / 100 = 78.0000. The divisor is always the sum of all those weights, so a stage
    where the entry has no score counts as 0 rather than quietly re-weighting the others. When the edition
    says an entry that failed field verification cannot win, it is ranked after every other one.
    Tie-break keys: "last_stage" is the score in the last scored stage, "heaviest_criterion" the mean score
    on that stage's heaviest criterion.
    """
    stages = list(competition.stages.all())
    final = next((stage for stage in stages if stage.kind == Stage.Kind.FINAL), None)
    deciding = [s for s in stages if s.kind in DECIDING_KINDS and (final is None or s.order < final.order)]
    last_scored = next((s for s in reversed(deciding) if s.kind == Stage.Kind.SCORED), None)
    weighted = [stage for stage in deciding if stage.weight > 0]
    total_weight = sum(stage.weight for stage in weighted)
    chain = chain_of(competition)
    decided = set(
        StageResult.objects.filter(
            stage__in=deciding, submission__category=category, reverted_at=None
        ).values_list("stage_id", flat=True)
    )
    ranking = FinalRanking(
        competition=competition,
        category=category,
        entries=[],
        prizes=list(category.prizes.order_by("place")),
        stages=weighted,
        undecided_stages=[stage for stage in deciding if stage.pk not in decided],
    )
    verifications = [stage.pk for stage in deciding if stage.kind == Stage.Kind.VERIFICATION]
    visits = FieldVisit.objects.filter(stage__in=verifications, submission=OuterRef("pk"))
    entries = ranked_entries(
        entries_after(category, deciding[-1] if deciding else None).annotate(
            visited=Exists(visits), failed_visit=Exists(visits.filter(verified=False))
        )
    )
    ids = [entry.pk for entry in entries]
    score_field = "adjusted_score" if competition.rank_by_adjusted else "score"
    stage_scores: dict[int, dict[int, Decimal]] = {}
    results = StageResult.objects.filter(
        submission_id__in=ids, stage__in=deciding, reverted_at=None, **{f"{score_field}__isnull": False}
    ).values_list("submission_id", "stage_id", score_field)
    for submission_id, stage_id, score in results:
        stage_scores.setdefault(submission_id, {})[stage_id] = Decimal(str(score))
    heaviest = heaviest_criterion_means(last_scored, ids)

    for entry in entries:
        scores = stage_scores.get(entry.pk, {})
        final_score = None
        if total_weight and scores:
            points = sum(stage.weight * scores.get(stage.pk, Decimal(0)) for stage in weighted)
            final_score = (points / total_weight).quantize(FOUR_PLACES, rounding=ROUND_HALF_UP)
        ranking.entries.append(
            FinalEntry(
                submission=entry,
                final_score=final_score,
                stage_scores=scores,
                verified=(not entry.failed_visit) if entry.visited else None,
                eligible_to_win=not (competition.unverified_cannot_win and entry.failed_visit),
                tie_values=tie_values(
                    final_score,
                    chain,
                    last_stage=scores.get(last_scored.pk) if last_scored else None,
                    heaviest=heaviest.get(entry.pk),
                    submitted_at=entry.submitted_at,
                ),
            )
        )
    order_entries(ranking.entries, chain)
    winners = [entry for entry in ranking.entries if entry.eligible_to_win]
    ranking.ties = ties_across(winners, ranking.outcome_at)
    for entry, prize in zip(winners, ranking.prizes, strict=False):
        entry.prize = None if entry.in_tie else prize
    return ranking
