"""Who takes part: the leaders' participation dashboard (pimpinan and the secretariat).

"Taking part" in a year (or an edition) means sending at least one entry: an entry that is neither a draft
nor withdrawn. The numbers come from grouped queries, so the page costs the same handful of queries for
ten units or a thousand (the page, as rendered, is cached: `submissions.views.ParticipationView`).
Decisions and awards are read through their relation names (`stage_results`,
`award`), so this app does not import the judging app.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext as _

from competitions.models import PUBLISHED_STATUSES, Competition, Stage, Unit
from submissions.models import Innovation, Submission

Status = Submission.Status
TAKING_PART = ~Q(submissions__status__in=[Status.DRAFT, Status.WITHDRAWN])
TREND_YEARS = 3  # "who has never entered in three years"
SORTS = {"name": ("name",), "kind": ("kind", "name"), "parent": ("parent__name", "name")}


@dataclass
class KindRow:
    """One kind of unit: the units that could take part, and those that did."""

    kind: str
    label: str
    eligible: int = 0
    taking_part: int = 0

    @property
    def not_taking_part(self) -> int:
        return self.eligible - self.taking_part

    @property
    def percent(self) -> int:
        return round(100 * self.taking_part / self.eligible) if self.eligible else 0


@dataclass
class FunnelStep:
    label: str
    count: int
    percent: int = 0  # of the first step


@dataclass
class TrendRow:
    unit: Unit
    years: list[bool]  # took part in each year of the trend, oldest first

    @property
    def never(self) -> bool:
        return not any(self.years)


@dataclass
class Participation:
    """Everything the dashboard shows for a year, or for one edition of it."""

    year: int
    competition: Competition | None
    kinds: list[KindRow] = field(default_factory=list)
    not_taking_part: list[Unit] = field(default_factory=list)
    funnel: list[FunnelStep] = field(default_factory=list)
    trend_years: list[int] = field(default_factory=list)
    trend: list[TrendRow] = field(default_factory=list)
    without_innovation: list[Unit] = field(default_factory=list)
    active_units: int = 0

    @property
    def eligible(self) -> int:
        return sum(row.eligible for row in self.kinds)

    @property
    def taking_part(self) -> int:
        return sum(row.taking_part for row in self.kinds)

    @property
    def never_in_trend(self) -> list[TrendRow]:
        return [row for row in self.trend if row.never]

    @property
    def with_innovation(self) -> int:
        return self.active_units - len(self.without_innovation)


def _eligible_units(competition: Competition | None):
    """The active units that could take part: every active unit in a year, or those of a kind one of the
    edition's categories accepts."""
    units = Unit.objects.filter(is_active=True).select_related("parent")
    if competition is not None:
        kinds = {kind for category in competition.categories.all() for kind in category.eligible_kinds}
        units = units.filter(kind__in=kinds)
    return units


def participation(
    year: int,
    *,
    competition: Competition | None = None,
    sort: str = "name",
) -> Participation:
    """The dashboard for `year`, or for one `competition` (an edition of that year)."""
    in_scope = (
        Q(submissions__competition=competition) if competition else Q(submissions__competition__year=year)
    )
    units = list(
        _eligible_units(competition)
        .annotate(entries=Count("submissions", filter=in_scope & TAKING_PART))
        .order_by(*SORTS.get(sort, SORTS["name"]))
    )
    result = Participation(year=year, competition=competition)
    labels = dict(Unit.Kind.choices)
    rows: dict[str, KindRow] = {}
    for unit in units:
        row = rows.setdefault(unit.kind, KindRow(unit.kind, str(labels[unit.kind])))
        row.eligible += 1
        row.taking_part += 1 if unit.entries else 0
    order = list(Unit.Kind.values)
    result.kinds = sorted(rows.values(), key=lambda row: order.index(row.kind))
    result.not_taking_part = [unit for unit in units if not unit.entries]
    if competition is not None:
        result.funnel = funnel(competition)
    result.trend_years, result.trend = trend(year)
    result.active_units, result.without_innovation = one_agency_one_innovation(year, sort=sort)
    return result


def funnel(competition: Competition) -> list[FunnelStep]:
    """Entered → submitted → passed the administrative check → shortlisted (advanced by the first scored or
    field stage) → finalist (advanced by the last one) → winner (an award, once the results are published)."""
    stages = list(
        competition.stages.filter(kind__in=[Stage.Kind.SCORED, Stage.Kind.VERIFICATION]).order_by("order")
    )
    entries = Submission.objects.filter(competition=competition)

    def advanced_by(stage: Stage | None) -> Q:
        if stage is None:
            return Q(pk__in=[])
        return Q(
            stage_results__stage=stage,
            stage_results__outcome="advanced",
            stage_results__reverted_at__isnull=True,
        )

    decided = Q(stage_results__pk__isnull=False, stage_results__reverted_at__isnull=True)
    passed = Q(status=Status.ELIGIBLE) | decided
    published = competition.status in PUBLISHED_STATUSES
    counts = entries.aggregate(
        entered=Count("pk", distinct=True),
        submitted=Count("pk", filter=Q(submitted_at__isnull=False), distinct=True),
        passed=Count("pk", filter=passed & ~Q(status__in=[Status.INELIGIBLE]), distinct=True),
        shortlisted=Count("pk", filter=advanced_by(stages[0] if stages else None), distinct=True),
        finalist=Count("pk", filter=advanced_by(stages[-1] if stages else None), distinct=True),
        winner=Count("pk", filter=Q(award__isnull=False) if published else Q(pk__in=[]), distinct=True),
    )
    steps = [
        FunnelStep(_("Entered"), counts["entered"]),
        FunnelStep(_("Submitted"), counts["submitted"]),
        FunnelStep(_("Passed the administrative check"), counts["passed"]),
        FunnelStep(_("Shortlisted"), counts["shortlisted"]),
        FunnelStep(_("Finalist"), counts["finalist"]),
        FunnelStep(_("Winner"), counts["winner"]),
    ]
    first = steps[0].count
    for step in steps:
        step.percent = round(100 * step.count / first) if first else 0
    return steps


def trend(year: int) -> tuple[list[int], list[TrendRow]]:
    """For the active units, whether they took part in each of the last three years up to `year`."""
    years = list(range(year - TREND_YEARS + 1, year + 1))
    units = Unit.objects.filter(is_active=True).select_related("parent").order_by("kind", "name")
    taken = defaultdict(set)
    rows = (
        Submission.objects.filter(competition__year__in=years)
        .exclude(status__in=[Status.DRAFT, Status.WITHDRAWN])
        .values_list("unit_id", "competition__year")
        .order_by()  # DISTINCT over these two columns only, not over the entries' default ordering too
        .distinct()
    )
    for unit_id, entry_year in rows:
        taken[unit_id].add(entry_year)
    return years, [TrendRow(unit, [entry_year in taken[unit.pk] for entry_year in years]) for unit in units]


def innovation_is_in_use(year: int) -> Q:
    """ "One Agency One Innovation": an innovation counts for a year when it was launched that year, or
    when it is being implemented and was launched (or trialled) by the end of that year."""
    end = datetime.date(year, 12, 31)
    launched = Q(launch_date__year=year)
    active = Q(phase=Innovation.Phase.IMPLEMENTATION) & (Q(launch_date__lte=end) | Q(trial_date__lte=end))
    return launched | active


def one_agency_one_innovation(year: int, *, sort: str = "name") -> tuple[int, list[Unit]]:
    """How many active units there are, and those without an innovation in use in `year`."""
    in_use = Innovation.objects.filter(innovation_is_in_use(year), unit=OuterRef("pk"))
    units = list(
        Unit.objects.filter(is_active=True)
        .select_related("parent")
        .annotate(has_innovation=Exists(in_use))
        .order_by(*SORTS.get(sort, SORTS["name"]))
    )
    return len(units), [unit for unit in units if not unit.has_innovation]
