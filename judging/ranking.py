"""How the judges' score sheets become a stage ranking and the final ranking (DESIGN §4).

Everything here only reads. The numbers are computed in the database with aggregates, so a ranking costs
the same handful of queries for six entries or six hundred; Python only sorts the finished rows.

Which sheets count: a sheet counts when it is *submitted* and its judge is not conflicted on the entry.
A judge is conflicted when a conflict was declared (a `Conflict` row) or when the judge is a member of the
entry's unit. Drafts and conflicted sheets are left out of every number below.

Every score is shown and compared rounded to 4 decimals (half up), like a spreadsheet set to 4 decimals.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.contrib.auth import get_user_model
from django.db.models import (
    Avg,
    Case,
    Count,
    DecimalField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
    StdDev,
    Subquery,
    Sum,
    Value,
    When,
    Window,
)
from django.db.models.functions import RowNumber

from competitions.models import Category, Competition, Criterion, Membership, Stage
from judging.models import Assignment, Conflict, FieldVisit, Score, ScoreSheet, StageResult
from submissions.models import Submission

User = get_user_model()
FOUR_PLACES = Decimal("0.0001")
DECIDING_KINDS = (Stage.Kind.SCORED, Stage.Kind.VERIFICATION)
TieBreak = Competition.TieBreak
# For each tie-break key: True when the higher value wins, False when the lower one (an earlier time) wins.
HIGHER_WINS = {
    TieBreak.LAST_STAGE: True,
    TieBreak.HEAVIEST_CRITERION: True,
    TieBreak.EARLIEST_SUBMISSION: False,
}
NO_VALUE = Value(None, output_field=DecimalField())


@dataclass
class JudgeStats:
    """How one judge scored this stage and category: number of sheets, mean and spread of their totals."""

    judge: User
    sheets: int
    mean: Decimal | None
    spread: Decimal | None  # population standard deviation (STDEV.P in a spreadsheet)
    difference: Decimal | None  # the judge's mean − the panel's mean: positive = lenient, negative = harsh


@dataclass
class RankedEntry:
    submission: Submission
    score: Decimal | None
    normalised: Decimal | None
    ranking_score: Decimal | None
    sheets_submitted: int
    sheets_expected: int
    missing_judges: list[User]
    verified: bool | None
    rank: int = 0
    tie_values: tuple = ()
    cutoff_tie: bool = False


@dataclass
class StageRanking:
    stage: Stage
    category: Category
    entries: list[RankedEntry]
    cutoff: int
    unresolved_tie: list[RankedEntry] = field(default_factory=list)
    judge_stats: list[JudgeStats] = field(default_factory=list)
    panel_mean: Decimal | None = None
    panel_spread: Decimal | None = None

    @property
    def complete(self) -> bool:
        """Every expected sheet is submitted (in a verification stage: every entry has been visited)."""
        return all(not e.missing_judges and e.sheets_submitted >= e.sheets_expected for e in self.entries)


@dataclass
class FinalEntry:
    submission: Submission
    final_score: Decimal | None
    stage_scores: dict[int, Decimal]  # stage pk → the entry's score in its current stage result
    verified: bool | None
    eligible_to_win: bool
    rank: int = 0
    tie_values: tuple = ()
    cutoff_tie: bool = False


def rounded(value) -> Decimal | None:
    """A score as a Decimal with 4 decimals. SQLite returns floats and PostgreSQL Decimals: both pass."""
    if value is None:
        return None
    return Decimal(str(value)).quantize(FOUR_PLACES, rounding=ROUND_HALF_UP)


def sheet_total(values: list[tuple[Criterion, Decimal]]) -> Decimal:
    """A sheet's total on 0–100.

    Each score is first placed on its criterion's own range: (score − lowest) / (highest − lowest), so 0
    at the lowest and 1 at the highest score. These are weighted by the criteria's weights, divided by the
    sum of the weights and multiplied by 100. Example: weight 30, range 1–10, score 7 gives 6/9; weight 70,
    range 0–5, score 5 gives 1; total = (30 × 6/9 + 70 × 1) / 100 × 100 = 90.0000.
    """
    if not values:
        raise ValueError("A sheet total needs at least one criterion.")
    weights = sum(Decimal(criterion.weight) for criterion, _ in values)
    shares = sum(c.weight * (Decimal(str(s)) - c.min_score) / (c.max_score - c.min_score) for c, s in values)
    return rounded(shares * 100 / weights)


# Which entries take part ---------------------------------------------------------------------------------


def _entries_after(category: Category, deciding: Stage | None) -> QuerySet[Submission]:
    """Entries that passed `deciding` (a current "advanced" result), or the eligible ones when it is None."""
    entries = (
        Submission.objects.filter(category=category)
        .exclude(status=Submission.Status.WITHDRAWN)
        .select_related("innovation", "unit")
        .order_by("pk")
    )
    if deciding is None:
        return entries.filter(status=Submission.Status.ELIGIBLE)
    advanced = StageResult.objects.filter(
        stage=deciding, submission=OuterRef("pk"), outcome=StageResult.Outcome.ADVANCED, reverted_at=None
    )
    return entries.filter(Exists(advanced))


def stage_pool(stage: Stage, category: Category) -> QuerySet[Submission]:
    """The entries taking part in `stage`: those advanced by the previous scored or verification stage.

    Before the first scored or verification stage, every eligible entry (passed the administrative check)
    takes part. A reverted decision does not count, and a withdrawn entry never takes part.
    """
    earlier = Stage.objects.filter(competition_id=stage.competition_id, order__lt=stage.order)
    return _entries_after(category, earlier.filter(kind__in=DECIDING_KINDS).order_by("-order").first())


# Building blocks of the queries --------------------------------------------------------------------------


def _not_conflicted() -> Q:
    """The row's judge declared no conflict on the row's entry and is not a member of the entry's unit."""
    declared = Conflict.objects.filter(judge=OuterRef("judge"), submission=OuterRef("submission"))
    member = Membership.objects.filter(user=OuterRef("judge"), unit=OuterRef("submission__unit"))
    return ~Exists(declared) & ~Exists(member)


def _counted_sheets(stage: Stage) -> QuerySet[ScoreSheet]:
    """Submitted sheets of judges who are (still) assigned to the entry and have no conflict with it."""
    assigned = Assignment.objects.filter(
        stage=stage, judge=OuterRef("judge"), submission=OuterRef("submission")
    )
    return ScoreSheet.objects.filter(
        _not_conflicted(), Exists(assigned), stage=stage, status=ScoreSheet.Status.SUBMITTED
    )


def _aggregated_sheets(counted: QuerySet[ScoreSheet], method: str) -> QuerySet[ScoreSheet]:
    """The sheets whose totals are averaged into the entry's score.

    Mean: all of them. Median: sorted by total, the middle one (odd count) or the middle two (even count).
    Trimmed mean: all but the single lowest and single highest total, when the entry has 3 sheets or more.
    """
    if method == Competition.Aggregation.MEAN:
        return counted
    ranked = counted.annotate(
        rn=Window(RowNumber(), partition_by=[F("submission_id")], order_by=[F("total").asc(), F("pk").asc()]),
        cnt=Window(Count("pk"), partition_by=[F("submission_id")]),
    )
    if method == Competition.Aggregation.MEDIAN:
        return ranked.filter(rn__gte=(F("cnt") + 1) / 2, rn__lte=(F("cnt") + 2) / 2)
    return ranked.filter(Q(cnt__lt=3) | (Q(rn__gt=1) & Q(rn__lt=F("cnt"))))


def _heaviest_criterion_mean(stage: Stage | None):
    """Per entry: the mean score given on `stage`'s heaviest criterion (highest weight, then first listed)."""
    if stage is None:
        return NO_VALUE
    heaviest = Criterion.objects.filter(stage=stage).order_by("-weight", "order", "pk").values("pk")[:1]
    # The conditions of a counted sheet, written against the score's own sheet so the database looks up
    # one entry's few sheets instead of the whole stage's for every entry.
    declared = Conflict.objects.filter(
        judge=OuterRef("sheet__judge"), submission=OuterRef("sheet__submission")
    )
    member = Membership.objects.filter(
        user=OuterRef("sheet__judge"), unit=OuterRef("sheet__submission__unit")
    )
    scores = Score.objects.filter(
        ~Exists(declared),
        ~Exists(member),
        criterion=Subquery(heaviest),
        sheet__stage=stage,
        sheet__status=ScoreSheet.Status.SUBMITTED,
        sheet__submission=OuterRef("pk"),
    )
    means = scores.order_by().values("sheet__submission").annotate(mean=Avg("value")).values("mean")
    return Subquery(means, output_field=DecimalField())


def _normalised_total(judges: list, panel_mean: Decimal, panel_spread: Decimal) -> Case:
    """A sheet's total corrected for its judge's harshness or leniency (z-score, mapped back to the panel).

    For a judge with mean m and spread s (population standard deviation of their totals in this stage and
    category), a total t becomes: panel mean + panel spread × (t − m) / s. A judge whose totals are all the
    same (s = 0) gives no ranking information, so each of their totals becomes the panel mean.
    """
    whens = []
    for judge in judges:
        corrected = Value(panel_mean)
        if judge.spread:
            mean, spread = Decimal(str(judge.mean)), Decimal(str(judge.spread))
            corrected += Value(panel_spread) * (F("sheets__total") - Value(mean)) / Value(spread)
        whens.append(When(sheets__judge=judge.pk, then=corrected))
    return Case(*whens, output_field=DecimalField())


def _tie_values(score, chain: list[str], *, last_stage, heaviest, submitted_at) -> tuple:
    """The ranking score, then the entry's value for each key of the edition's tie-break chain, in order."""
    keys = {
        TieBreak.LAST_STAGE: last_stage,
        TieBreak.HEAVIEST_CRITERION: heaviest,
        TieBreak.EARLIEST_SUBMISSION: submitted_at,
    }
    return (score, *(keys[key] for key in chain))


def _rank(entries: list, chain: list[str], cutoff: int) -> list:
    """Sorts `entries` in place, numbers them from 1 and returns the tie left unresolved at the cutoff.

    Order: entries that cannot win last; then the ranking score, higher first; then each tie-break key in
    turn (higher score, earlier submission); a missing value always comes last. Entries equal on all of
    these are a tie: their order by id is only there to display them the same way every time. When the
    last place above the cutoff and the first place below are such a tie, every entry sharing those values
    is flagged `cutoff_tie` and returned, for the secretariat to decide.
    """
    higher_wins = (True, *(HIGHER_WINS[key] for key in chain))

    def group(entry) -> tuple:
        return (getattr(entry, "eligible_to_win", True), entry.tie_values)

    def sort_key(entry) -> tuple:
        values = tuple(
            (1, 0) if value is None else (0, -value if higher else value)
            for value, higher in zip(entry.tie_values, higher_wins, strict=True)
        )
        return (not group(entry)[0], values, entry.submission.pk)

    entries.sort(key=sort_key)
    for position, entry in enumerate(entries, start=1):
        entry.rank = position
    if cutoff < 1 or len(entries) <= cutoff or group(entries[cutoff - 1]) != group(entries[cutoff]):
        return []
    tied = [entry for entry in entries if group(entry) == group(entries[cutoff - 1])]
    for entry in tied:
        entry.cutoff_tie = True
    return tied


def _chain(competition: Competition) -> list[str]:
    return [key for key in competition.tie_break_chain or [] if key in HIGHER_WINS]


# Stage ranking -------------------------------------------------------------------------------------------


def stage_ranking(stage: Stage, category: Category) -> StageRanking:
    """The ranking of one scored or verification stage in one category.

    Scored stage: an entry's score combines its counted sheet totals by the edition's method (mean, median
    or trimmed mean); its normalised score is the mean of its sheets' normalised totals (see
    `_normalised_total`). The ranking uses the normalised score when the edition says so, else the score.
    Verification stage: the score is the field visit's score, and `verified` its verdict.
    Equal scores go through the edition's tie-break chain; a tie that survives it across the cutoff is
    listed in `unresolved_tie` for the secretariat to decide.
    """
    if stage.kind not in DECIDING_KINDS:
        raise ValueError(f"Stage {stage} is not scored or verified; use final_ranking for the final stage.")
    competition = stage.competition
    chain = _chain(competition)
    pool = stage_pool(stage, category)
    cutoff = stage.shortlist_size or category.shortlist_size
    ranking = StageRanking(stage=stage, category=category, entries=[], cutoff=cutoff)
    if stage.kind == Stage.Kind.SCORED:
        _score_entries(ranking, pool, competition, chain)
    else:
        _visit_entries(ranking, pool, chain)
    ranking.unresolved_tie = _rank(ranking.entries, chain, cutoff)
    return ranking


def _score_entries(ranking: StageRanking, pool, competition: Competition, chain: list[str]) -> None:
    stage = ranking.stage
    counted = _counted_sheets(stage).filter(submission__in=pool)
    judges = list(
        User.objects.filter(sheets__in=counted)
        .annotate(n=Count("sheets"), mean=Avg("sheets__total"), spread=StdDev("sheets__total", sample=False))
        .order_by("username")
    )
    panel = counted.aggregate(mean=Avg("total"), spread=StdDev("total", sample=False))
    ranking.panel_mean, ranking.panel_spread = rounded(panel["mean"]), rounded(panel["spread"])
    normalised = NO_VALUE
    if judges:
        panel_mean, panel_spread = Decimal(str(panel["mean"])), Decimal(str(panel["spread"]))
        normalised = Avg(_normalised_total(judges, panel_mean, panel_spread), filter=Q(sheets__in=counted))
        ranking.judge_stats = [
            JudgeStats(
                judge=judge,
                sheets=judge.n,
                mean=rounded(judge.mean),
                spread=rounded(judge.spread),
                difference=rounded(Decimal(str(judge.mean)) - panel_mean),
            )
            for judge in judges
        ]

    # Expected sheets: the assignments of judges who are not conflicted, each with or without a sheet.
    own_sheet = ScoreSheet.objects.filter(submission=OuterRef("submission"), judge=OuterRef("judge"))
    assignments = (
        Assignment.objects.filter(_not_conflicted(), stage=stage, submission__in=pool)
        .annotate(has_sheet=Exists(own_sheet.filter(stage=stage, status=ScoreSheet.Status.SUBMITTED)))
        .select_related("judge")
        .order_by("judge__username", "pk")
    )
    expected: dict[int, int] = {}
    missing: dict[int, list] = {}
    for assignment in assignments:
        expected[assignment.submission_id] = expected.get(assignment.submission_id, 0) + 1
        if not assignment.has_sheet:
            missing.setdefault(assignment.submission_id, []).append(assignment.judge)

    entries = pool.annotate(
        score=Avg("sheets__total", filter=Q(sheets__in=_aggregated_sheets(counted, competition.aggregation))),
        normalised=normalised,
        sheets_counted=Count("sheets", filter=Q(sheets__in=counted)),
        heaviest=_heaviest_criterion_mean(stage),
    )
    for entry in entries:
        score, normalised_score = rounded(entry.score), rounded(entry.normalised)
        ranking_score = normalised_score if competition.rank_by_normalised else score
        ranking.entries.append(
            RankedEntry(
                submission=entry,
                score=score,
                normalised=normalised_score,
                ranking_score=ranking_score,
                sheets_submitted=entry.sheets_counted,
                sheets_expected=expected.get(entry.pk, 0),
                missing_judges=missing.get(entry.pk, []),
                verified=None,
                # Within one stage, "the last stage" is this stage: its key repeats the ranking score.
                tie_values=_tie_values(
                    ranking_score,
                    chain,
                    last_stage=ranking_score,
                    heaviest=rounded(entry.heaviest),
                    submitted_at=entry.submitted_at,
                ),
            )
        )


def _visit_entries(ranking: StageRanking, pool, chain: list[str]) -> None:
    visits = FieldVisit.objects.filter(stage=ranking.stage, submission=OuterRef("pk"))
    entries = pool.annotate(
        visited=Exists(visits),
        visit_score=Subquery(visits.values("score")[:1]),
        visit_verified=Subquery(visits.values("verified")[:1]),
    )
    for entry in entries:
        score = rounded(entry.visit_score)
        ranking.entries.append(
            RankedEntry(
                submission=entry,
                score=score,
                normalised=score,
                ranking_score=score,
                sheets_submitted=1 if entry.visited else 0,
                sheets_expected=1,
                missing_judges=[],
                verified=entry.visit_verified if entry.visited else None,
                # A visit has no criteria, so the heaviest criterion cannot separate two entries.
                tie_values=_tie_values(
                    score, chain, last_stage=score, heaviest=None, submitted_at=entry.submitted_at
                ),
            )
        )


# Final ranking -------------------------------------------------------------------------------------------


def final_ranking(competition: Competition, category: Category) -> list[FinalEntry]:
    """The final ranking of one category: the weighted mean of the entry's decided stage scores.

    final score = Σ(stage weight × stage score) / Σ(stage weight), over the scored and verification stages
    with a weight, using the score in the entry's current (not reverted) stage result — the normalised
    score when the edition ranks by it. Example: weights 40/20/40 and scores 80/90/70 give
    (3200 + 1800 + 2800) / 100 = 78.0000. The divisor is always the sum of all those weights, so a stage
    where the entry has no score counts as 0 rather than quietly re-weighting the others. When the edition
    says an entry that failed field verification cannot win, such an entry is ranked after every other one.
    The cutoff is winners + honourable mentions.
    Tie-break keys: "last_stage" is the score in the last scored stage, "heaviest_criterion" the mean
    score on that stage's heaviest criterion.
    """
    stages = list(competition.stages.all())
    final = next((stage for stage in stages if stage.kind == Stage.Kind.FINAL), None)
    deciding = [s for s in stages if s.kind in DECIDING_KINDS and (final is None or s.order < final.order)]
    last_scored = next((s for s in reversed(deciding) if s.kind == Stage.Kind.SCORED), None)
    weighted = [stage.pk for stage in deciding if stage.weight > 0]
    verifications = [stage.pk for stage in deciding if stage.kind == Stage.Kind.VERIFICATION]
    chain = _chain(competition)
    pool = _entries_after(category, deciding[-1] if deciding else None)

    score_field = "normalised_score" if competition.rank_by_normalised else "score"
    points = NO_VALUE
    total_weight = sum(stage.weight for stage in deciding if stage.weight > 0)
    if weighted:
        counts = Q(stage_results__stage__in=weighted, stage_results__reverted_at=None)
        counts &= Q(**{f"stage_results__{score_field}__isnull": False})
        weighted_score = F(f"stage_results__{score_field}") * F("stage_results__stage__weight")
        points = Sum(ExpressionWrapper(weighted_score, output_field=DecimalField()), filter=counts)
    visits = FieldVisit.objects.filter(stage__in=verifications, submission=OuterRef("pk"))
    entries = pool.annotate(
        points=points,
        visited=Exists(visits),
        failed_visit=Exists(visits.filter(verified=False)),
        heaviest=_heaviest_criterion_mean(last_scored),
    )

    stage_scores: dict[int, dict[int, Decimal]] = {}
    results = StageResult.objects.filter(
        submission__in=pool, stage__in=deciding, reverted_at=None, **{f"{score_field}__isnull": False}
    ).values_list("submission_id", "stage_id", score_field)
    for submission_id, stage_id, score in results:
        stage_scores.setdefault(submission_id, {})[stage_id] = rounded(score)

    ranked = []
    for entry in entries:
        scores = stage_scores.get(entry.pk, {})
        final_score = (
            rounded(Decimal(str(entry.points)) / total_weight)
            if total_weight and entry.points is not None
            else None
        )
        ranked.append(
            FinalEntry(
                submission=entry,
                final_score=final_score,
                stage_scores=scores,
                verified=(not entry.failed_visit) if entry.visited else None,
                eligible_to_win=not (competition.unverified_cannot_win and entry.failed_visit),
                tie_values=_tie_values(
                    final_score,
                    chain,
                    last_stage=scores.get(last_scored.pk) if last_scored else None,
                    heaviest=rounded(entry.heaviest),
                    submitted_at=entry.submitted_at,
                ),
            )
        )
    _rank(ranked, chain, category.winners + category.honourable_mentions)
    return ranked
