"""The ranking of one scored or verification stage in one category (README, "How scores are computed").

Only reads. The scores come from grouped queries over the counted sheets (see `judging.eligibility`), so a
ranking costs the same handful of queries for six entries or six thousand; Python merges the rows, fits the
judge adjustment and sorts.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from django.contrib.auth.models import User
from django.db.models import Avg, FilteredRelation, Q, QuerySet, Subquery
from django.utils.translation import gettext as _

from competitions.models import Category, Competition, Criterion, Stage
from judging.adjustment import NOTABLE_OFFSET, Adjustment, Sheet, fit_adjustment
from judging.eligibility import counted_sheets, expected_assignments
from judging.models import FieldVisit, Score, StageResult
from judging.ranking.common import (
    DECIDING_KINDS,
    deciding_stages_before,
    entries_after,
    ranked_entries,
    rounded,
    without_collector_pauses,
)
from judging.ranking.ties import Tie, chain_of, order_entries, tie_values, ties_across
from submissions.models import Submission

Aggregation = Competition.Aggregation


@dataclass
class JudgeStats:
    """How one judge scored this stage and category."""

    judge: User
    sheets: int
    shared: int  # sheets on entries another judge also scored
    mean: Decimal | None
    spread: Decimal | None  # population standard deviation (STDEV.P in a spreadsheet)
    offset: Decimal | None  # the fitted leniency: + more lenient, − harsher (None without an adjustment)

    @property
    def leaning(self) -> str:
        """'lenient', 'harsh' or '' when the offset is within the documented threshold."""
        if self.offset is None or abs(self.offset) < NOTABLE_OFFSET:
            return ""
        return "lenient" if self.offset > 0 else "harsh"


@dataclass
class RankedEntry:
    submission: Submission
    score: Decimal | None  # by the edition's method (mean, median or trimmed mean)
    adjusted: Decimal | None
    ranking_score: Decimal | None
    sheets_submitted: int
    sheets_expected: int
    missing_judges: list[User]
    verified: bool | None = None
    visit_score_missing: bool = False
    by_method: dict[str, Decimal | None] = field(default_factory=dict)  # every method, for comparison
    tie_values: tuple = ()
    position: int = 0
    rank: int = 0
    in_tie: bool = False


@dataclass
class StageRanking:
    stage: Stage
    category: Category
    entries: list[RankedEntry]
    cutoff: int
    ranks_by_adjusted: bool = False
    undecided_before: Stage | None = None  # the stage before it, still to be decided for this category
    ties: list[Tie] = field(default_factory=list)
    judge_stats: list[JudgeStats] = field(default_factory=list)
    adjustment_problems: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every expected sheet is in (in a verification stage: every entry visited, with a score if it
        carries weight)."""
        return all(
            not entry.missing_judges
            and entry.sheets_expected > 0
            and entry.sheets_submitted >= entry.sheets_expected
            and not entry.visit_score_missing
            for entry in self.entries
        )

    @property
    def problems(self) -> list[str]:
        """Why the stage cannot be decided yet (empty when it can)."""
        if self.undecided_before is not None:
            return [_("Decide “%(stage)s” for this category first.") % {"stage": self.undecided_before.name}]
        if not self.entries:
            return [_("No entry takes part in this stage in this category.")]
        problems = []
        if self.stage.kind == Stage.Kind.SCORED:
            if any(e.missing_judges for e in self.entries):
                problems.append(_("Some score sheets are still missing; see the ranking."))
            unjudged = [str(e.submission) for e in self.entries if e.sheets_expected == 0]
            if unjudged:
                problems.append(_("No judge is assigned to: %(entries)s.") % {"entries": "; ".join(unjudged)})
        if self.stage.kind == Stage.Kind.VERIFICATION:
            unvisited = [str(e.submission) for e in self.entries if e.verified is None]
            if unvisited:
                problems.append(_("Not visited yet: %(entries)s.") % {"entries": "; ".join(unvisited)})
            no_score = [str(e.submission) for e in self.entries if e.visit_score_missing]
            if no_score:
                problems.append(
                    _("This stage carries weight, but these visits have no score: %(entries)s.")
                    % {"entries": "; ".join(no_score)}
                )
        if self.ranks_by_adjusted and self.adjustment_problems:
            problems.append(
                _("The edition ranks by the adjusted score, which cannot be estimated here:")
                + " "
                + " ".join(self.adjustment_problems)
            )
        return problems

    def outcome_at(self, position: int) -> str:
        advances, eliminated = self._outcome_labels
        return advances if position <= self.cutoff else eliminated

    @cached_property
    def _outcome_labels(self) -> tuple[str, str]:
        # Asked for every tied place of thousands of entries: translate the two words once.
        return _("advances"), _("eliminated")


@without_collector_pauses
def stage_ranking(stage: Stage, category: Category) -> StageRanking:
    """The ranking of one scored or verification stage in one category.

    Scored stage: an entry's score combines its counted sheet totals by the edition's method; its adjusted
    score is the mean of its adjusted totals (`judging.adjustment`). The ranking uses the adjusted score
    when the edition says so, else the score. Verification stage: the score is the field visit's score.
    """
    if stage.kind not in DECIDING_KINDS:
        raise ValueError(f"Stage {stage} is not scored or verified; use final_ranking for the final stage.")
    competition = stage.competition
    chain = chain_of(competition)
    earlier = deciding_stages_before(stage)
    pool = entries_after(category, earlier[-1] if earlier else None)
    ranking = StageRanking(
        stage=stage,
        category=category,
        entries=[],
        cutoff=stage.shortlist_size or category.shortlist_size,
        ranks_by_adjusted=stage.kind == Stage.Kind.SCORED and competition.rank_by_adjusted,
    )
    previous = earlier[-1] if earlier else None
    if (
        previous is not None
        and not StageResult.objects.filter(
            stage=previous, submission__category=category, reverted_at=None
        ).exists()
    ):
        ranking.undecided_before = previous
    if stage.kind == Stage.Kind.SCORED:
        _score_entries(ranking, pool, competition, chain)
    else:
        last_scored = next((s for s in reversed(earlier) if s.kind == Stage.Kind.SCORED), None)
        _visit_entries(ranking, pool, chain, last_scored, competition)
    order_entries(ranking.entries, chain)
    ranking.ties = ties_across(ranking.entries, ranking.outcome_at)
    return ranking


def aggregate(totals: list[Decimal], method: str) -> Decimal | None:
    """An entry's score from its counted sheet totals.

    Mean: of all of them. Median: sorted, the middle one (odd count) or the mean of the middle two (even
    count). Trimmed mean: the mean of all but the single lowest and single highest total, when the entry has
    3 sheets or more (with fewer, the mean of all).
    """
    if not totals:
        return None
    ordered = sorted(totals)
    if method == Aggregation.MEDIAN:
        middle = (len(ordered) - 1) // 2
        ordered = ordered[middle : len(ordered) - middle]
    elif method == Aggregation.TRIMMED_MEAN and len(ordered) >= 3:
        ordered = ordered[1:-1]
    return rounded(sum(ordered) / len(ordered))


def heaviest_criterion(stage: Stage):
    """`stage`'s heaviest criterion (the highest weight, then the first listed), as a subquery of its pk."""
    return Criterion.objects.filter(stage=stage).order_by("-weight", "order", "pk").values("pk")[:1]


def heaviest_criterion_means(stage: Stage | None, entries) -> dict[int, Decimal]:
    """Per entry of `entries` (ids or a queryset of entries): the mean score its counted sheets in `stage`
    give the stage's heaviest criterion."""
    if stage is None:
        return {}
    scores = Score.objects.filter(
        sheet__in=counted_sheets(stage).filter(submission__in=entries), criterion=heaviest_criterion(stage)
    )
    return {
        row["sheet__submission"]: rounded(row["mean"])
        for row in scores.order_by().values("sheet__submission").annotate(mean=Avg("value"))
    }


@dataclass(frozen=True)
class CountedSheet:
    judge: int
    entry: int
    total: Decimal
    heaviest: Decimal | None  # the score it gives the stage's heaviest criterion


def _judge_stats(
    rows: list[CountedSheet], users: dict[int, User], adjustment: Adjustment
) -> list[JudgeStats]:
    """Per judge of the counted sheets: how many, their mean and population spread, the fitted offset."""
    totals: dict[int, list[Decimal]] = {}
    for row in rows:
        totals.setdefault(row.judge, []).append(row.total)
    stats = []
    for judge, values in totals.items():
        mean = sum(values) / len(values)
        spread = (sum((value - mean) ** 2 for value in values) / len(values)).sqrt()
        stats.append(
            JudgeStats(
                judge=users[judge],
                sheets=len(values),
                shared=adjustment.shared_sheets.get(judge, 0),
                mean=rounded(mean),
                spread=rounded(spread),
                offset=adjustment.offsets.get(judge),
            )
        )
    return sorted(stats, key=lambda stat: stat.judge.username)


def counted_sheet_rows(stage: Stage, entries: QuerySet[Submission]) -> list[CountedSheet]:
    """Every counted sheet of `stage` on `entries`, with its total and its heaviest criterion's score, in one
    query: the sheets are few columns each, and Python merges them faster than per-entry aggregates."""
    counted = counted_sheets(stage).filter(submission__in=entries.order_by().values("pk"))
    heaviest = Q(scores__criterion=Subquery(heaviest_criterion(stage)))
    counted = counted.annotate(heaviest_score=FilteredRelation("scores", condition=heaviest))
    return [
        CountedSheet(judge, entry, rounded(total), None if heaviest is None else Decimal(str(heaviest)))
        for judge, entry, total, heaviest in counted.values_list(
            "judge_id", "submission_id", "total", "heaviest_score__value"
        )
    ]


def _score_entries(ranking: StageRanking, pool, competition: Competition, chain: list[str]) -> None:
    stage = ranking.stage
    entries = ranked_entries(pool)
    rows = counted_sheet_rows(stage, pool)
    expected_rows = list(
        expected_assignments(stage)
        .filter(submission__in=pool.order_by().values("pk"))
        .order_by()
        .values_list("judge_id", "submission_id")
    )
    users = User.objects.in_bulk({judge for judge, _entry in expected_rows} | {row.judge for row in rows})
    adjustment = fit_adjustment(
        [Sheet(row.judge, row.entry, row.total) for row in rows],
        judge_names={judge: user.username for judge, user in users.items()},
    )
    ranking.adjustment_problems = adjustment.problems

    totals: dict[int, list[Decimal]] = {}
    heaviest_scores: dict[int, list[Decimal]] = {}
    for row in rows:
        totals.setdefault(row.entry, []).append(row.total)
        if row.heaviest is not None:
            heaviest_scores.setdefault(row.entry, []).append(row.heaviest)
    expected: dict[int, int] = {}
    missing: dict[int, list] = {}
    submitted = {(row.judge, row.entry) for row in rows}
    for judge, entry in expected_rows:
        expected[entry] = expected.get(entry, 0) + 1
        if (judge, entry) not in submitted:
            missing.setdefault(entry, []).append(users[judge])
    ranking.judge_stats = _judge_stats(rows, users, adjustment)

    methods = Aggregation.values
    for entry in entries:
        entry_totals = totals.get(entry.pk, [])
        by_method = {method: aggregate(entry_totals, method) for method in methods}
        score = by_method[competition.aggregation]
        adjusted = adjustment.adjusted.get(entry.pk)
        ranking_score = adjusted if ranking.ranks_by_adjusted else score
        heaviest = heaviest_scores.get(entry.pk)
        ranking.entries.append(
            RankedEntry(
                submission=entry,
                score=score,
                adjusted=adjusted,
                ranking_score=ranking_score,
                sheets_submitted=len(entry_totals),
                sheets_expected=expected.get(entry.pk, 0),
                missing_judges=sorted(missing.get(entry.pk, []), key=lambda judge: judge.username),
                by_method=by_method,
                # Within one scored stage, "the last scored stage" is this stage: its key repeats the score.
                tie_values=tie_values(
                    ranking_score,
                    chain,
                    last_stage=ranking_score,
                    heaviest=rounded(sum(heaviest) / len(heaviest)) if heaviest else None,
                    submitted_at=entry.submitted_at,
                ),
            )
        )


def _visit_entries(
    ranking: StageRanking, pool, chain: list[str], last_scored: Stage | None, competition: Competition
) -> None:
    """A verification stage: the visit's score and verdict. Its tie-break keys look at the last scored stage
    before it: the entry's decided score there, and its heaviest criterion there."""
    entries = ranked_entries(pool)
    ids = [entry.pk for entry in entries]
    visits = {
        visit["submission_id"]: visit
        for visit in FieldVisit.objects.filter(stage=ranking.stage, submission_id__in=ids).values(
            "submission_id", "score", "verified"
        )
    }
    score_field = "adjusted_score" if competition.rank_by_adjusted else "score"
    earlier_scores = dict(
        StageResult.objects.filter(stage=last_scored, submission_id__in=ids, reverted_at=None).values_list(
            "submission_id", score_field
        )
    )
    heaviest = heaviest_criterion_means(last_scored, pool)
    weighted = ranking.stage.weight > 0
    for entry in entries:
        visit = visits.get(entry.pk)
        score = rounded(visit["score"]) if visit else None
        ranking.entries.append(
            RankedEntry(
                submission=entry,
                score=score,
                adjusted=score,
                ranking_score=score,
                sheets_submitted=1 if visit else 0,
                sheets_expected=1,
                missing_judges=[],
                verified=visit["verified"] if visit else None,
                visit_score_missing=bool(visit) and weighted and score is None,
                tie_values=tie_values(
                    score,
                    chain,
                    last_stage=rounded(earlier_scores.get(entry.pk)),
                    heaviest=heaviest.get(entry.pk),
                    submitted_at=entry.submitted_at,
                ),
            )
        )
