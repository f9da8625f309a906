"""The simulated index: Kemendagri's formula applied to the answers kept in the portal. Arithmetic only.

Per innovation, over the year's indicators (16–35 in 2023):

    score = Σ weight × level, over the indicators that have evidence (an indicator without evidence,
            or without a level, scores 0); at most 3 × Σ weights (111 in 2023).

Per city and year, where n is the number of innovations with answers for the year:

    SID   = Σ innovation scores / MAX(D, n) + number-of-innovations score
    number-of-innovations score = MIN(n, cap) × points per innovation (200 × 0.38 at most), counted only
            when the innovations together cover at least the required number of the basic-service urusan
            (5 of 6 in 2023, all 6 later); 0 otherwise
    total = SID + SPD (the regional score the city entered for the year; empty counts as 0)
    IID   = total / maximum × 100, rounded to two decimals, where the maximum is
            SPD maximum + 3 × Σ weights + cap × points (63 + 111 + 76 = 250 in 2023)

The predicate follows the year's thresholds: from "very innovative" (60.01 in 2023), from "innovative"
(35.00), above 0 "less innovative", 0 "cannot be assessed". The README works an example through.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from submissions.index.models import LEVELS, IndexIndicator, IndexYear
from submissions.models import GovernmentAffair, Innovation

HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True)
class Answer:
    """What the score needs to know of one innovation's answer to one indicator."""

    level: int | None
    has_evidence: bool


def indicator_score(indicator: IndexIndicator, answer: Answer | None) -> int:
    """weight × level, or 0 when the indicator has no evidence or no level."""
    if answer is None or not answer.has_evidence or answer.level is None:
        return 0
    return indicator.weight * answer.level


@dataclass
class InnovationScore:
    innovation: Innovation
    score: int
    maximum: int
    missing_mandatory: list[IndexIndicator]  # mandatory indicators that score 0


def score_innovation(
    innovation: Innovation, indicators: Sequence[IndexIndicator], answers: dict[int, Answer]
) -> InnovationScore:
    """`answers` maps indicator ids to the innovation's answers (indicators not answered are absent)."""
    scores = {indicator.pk: indicator_score(indicator, answers.get(indicator.pk)) for indicator in indicators}
    return InnovationScore(
        innovation=innovation,
        score=sum(scores.values()),
        maximum=innovation_maximum(indicators),
        missing_mandatory=[
            indicator for indicator in indicators if indicator.is_mandatory and not scores[indicator.pk]
        ],
    )


def innovation_maximum(indicators: Iterable[IndexIndicator]) -> int:
    return sum(indicator.maximum for indicator in indicators)


def maximum_total(config: IndexYear, indicators: Sequence[IndexIndicator]) -> Decimal:
    """The most a city can score: SPD maximum + one innovation's maximum + the full number-of-innovations
    score (63 + 111 + 76 = 250 in 2023)."""
    return (
        config.regional_max_score
        + innovation_maximum(indicators)
        + config.innovation_count_cap * config.points_per_innovation
    )


def predicate_for(config: IndexYear, iid: Decimal) -> str:
    Predicate = IndexYear.Predicate
    if iid >= config.very_innovative_from:
        return Predicate.VERY_INNOVATIVE
    if iid >= config.innovative_from:
        return Predicate.INNOVATIVE
    if iid > 0:
        return Predicate.LESS_INNOVATIVE
    return Predicate.NOT_ASSESSABLE


@dataclass
class AffairCoverage:
    affair: GovernmentAffair
    innovations: int  # how many of the counted innovations serve this urusan


@dataclass
class IndicatorWeakness:
    """Where the city loses points on one indicator, over the counted innovations."""

    indicator: IndexIndicator
    without_evidence: int  # innovations with no evidence for it (unanswered included)
    at_lowest_level: int  # with evidence, at level 1
    points_lost: int  # Σ (the indicator's maximum − its score)


@dataclass
class CityIndex:
    config: IndexYear
    innovations: list[InnovationScore]  # highest score first
    innovation_max: int  # one innovation's maximum (111 in 2023)
    score_sum: int
    divisor_used: int  # MAX(D, n)
    innovation_part: Decimal  # Σ scores / MAX(D, n)
    coverage: list[AffairCoverage]
    coverage_met: bool
    count_score: Decimal  # MIN(n, cap) × points, or 0 when the coverage is not met
    count_max: Decimal  # cap × points (76 in 2023)
    sid: Decimal
    spd: Decimal
    maximum: Decimal
    total: Decimal
    iid: Decimal
    predicate: str
    weakest: list[IndicatorWeakness] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.innovations)

    @property
    def covered(self) -> int:
        return sum(1 for item in self.coverage if item.innovations)

    @property
    def sid_max(self) -> Decimal:
        return self.innovation_max + self.count_max

    @property
    def predicate_label(self) -> str:
        return str(IndexYear.Predicate(self.predicate).label)

    @property
    def spd_entered(self) -> bool:
        return self.config.regional_score is not None

    def highest(self, size: int = 5) -> list[InnovationScore]:
        return self.innovations[:size]

    def lowest(self, size: int = 5) -> list[InnovationScore]:
        """The lowest scores, lowest first, leaving out those already among the highest."""
        shown = {id(item) for item in self.highest(size)}
        return [item for item in reversed(self.innovations) if id(item) not in shown][:size]


def city_index(
    config: IndexYear,
    indicators: Sequence[IndexIndicator],
    basic_affairs: Sequence[GovernmentAffair],
    innovations: Iterable[tuple[Innovation, dict[int, Answer], set[int]]],
) -> CityIndex:
    """The city's simulated index for `config`'s year.

    `innovations` holds, for each innovation with answers for the year: the innovation, its answers by
    indicator id, and the ids of its urusan.
    """
    scored, affair_counts = [], dict.fromkeys((affair.pk for affair in basic_affairs), 0)
    answers_by_innovation = {}
    for innovation, answers, affair_ids in innovations:
        scored.append(score_innovation(innovation, indicators, answers))
        answers_by_innovation[innovation.pk] = answers
        for affair_id in affair_ids & affair_counts.keys():
            affair_counts[affair_id] += 1
    scored.sort(key=lambda item: (-item.score, item.innovation.title, item.innovation.pk))

    n = len(scored)
    score_sum = sum(item.score for item in scored)
    divisor_used = max(config.divisor, n)
    innovation_part = Decimal(score_sum) / Decimal(divisor_used)
    coverage = [AffairCoverage(affair, affair_counts[affair.pk]) for affair in basic_affairs]
    coverage_met = sum(1 for item in coverage if item.innovations) >= config.basic_affairs_required
    count_score = (
        min(n, config.innovation_count_cap) * config.points_per_innovation if coverage_met else Decimal(0)
    )
    sid = innovation_part + count_score
    spd = config.regional_score or Decimal(0)
    total = sid + spd
    maximum = maximum_total(config, indicators)
    iid = (total / maximum * 100).quantize(HUNDREDTH, rounding=ROUND_HALF_UP) if maximum else Decimal("0.00")
    return CityIndex(
        config=config,
        innovations=scored,
        innovation_max=innovation_maximum(indicators),
        score_sum=score_sum,
        divisor_used=divisor_used,
        innovation_part=innovation_part,
        coverage=coverage,
        coverage_met=coverage_met,
        count_score=count_score,
        count_max=config.innovation_count_cap * config.points_per_innovation,
        sid=sid,
        spd=spd,
        maximum=maximum,
        total=total,
        iid=iid,
        predicate=predicate_for(config, iid),
        weakest=weakest_indicators(indicators, answers_by_innovation.values()),
    )


def weakest_indicators(
    indicators: Sequence[IndexIndicator], answers_by_innovation: Iterable[dict[int, Answer]]
) -> list[IndicatorWeakness]:
    """Every indicator with what it costs the city, the costliest first."""
    answer_sets = list(answers_by_innovation)
    rows = []
    for indicator in indicators:
        answers = [answers.get(indicator.pk) for answers in answer_sets]
        rows.append(
            IndicatorWeakness(
                indicator=indicator,
                without_evidence=sum(1 for answer in answers if answer is None or not answer.has_evidence),
                at_lowest_level=sum(
                    1 for answer in answers if answer and answer.has_evidence and answer.level == min(LEVELS)
                ),
                points_lost=sum(indicator.maximum - indicator_score(indicator, answer) for answer in answers),
            )
        )
    rows.sort(key=lambda row: (-row.points_lost, -row.without_evidence, row.indicator.number))
    return rows
