"""What every ranking shares: the 0–100 sheet total, rounding, and which entries take part in a stage."""

import functools
import gc
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Exists, OuterRef, QuerySet

from competitions.models import Category, Criterion, Stage, Unit
from judging.models import StageResult
from submissions.models import Submission

FOUR_PLACES = Decimal("0.0001")
DECIDING_KINDS = (Stage.Kind.SCORED, Stage.Kind.VERIFICATION)
# What a ranking shows and decides with. The rest of an entry (its proposal texts above all) stays in the
# database: a national category holds thousands of entries, and loading them whole took most of a ranking.
RANKED_ENTRY_FIELDS = (
    "status",
    "submitted_at",
    "competition",
    "category",
    "unit",
    "innovation",
    "innovation__title",
)
RANKED_UNIT_FIELDS = ("name", "short_name")


def ranked_entries(entries: QuerySet[Submission]) -> list[Submission]:
    """`entries` with what a ranking shows and decides with. A unit has many entries in a category: each
    unit is read once and shared by its entries, rather than built again for every entry."""
    loaded = list(entries.select_related(None).select_related("innovation").only(*RANKED_ENTRY_FIELDS))
    units = Unit.objects.only(*RANKED_UNIT_FIELDS).in_bulk({entry.unit_id for entry in loaded})
    for entry in loaded:
        entry.unit = units[entry.unit_id]
    return loaded


def without_collector_pauses(ranking):
    """Run `ranking` with Python's cycle collector off. A national category's ranking makes some 100,000
    objects (entries, sheets, decimals) that all live until the page is drawn; while they are made, the
    collector would walk them, and every object of the process, again and again, for a third of the
    ranking's time, finding nothing to free. It runs again as soon as the ranking is made."""

    @functools.wraps(ranking)
    def ranked(*args, **kwargs):
        if not gc.isenabled():
            return ranking(*args, **kwargs)
        gc.disable()
        try:
            return ranking(*args, **kwargs)
        finally:
            gc.enable()

    return ranked


def rounded(value) -> Decimal | None:
    """A score as a Decimal with 4 decimals. SQLite returns floats and PostgreSQL Decimals: both pass."""
    if value is None:
        return None
    if not isinstance(value, Decimal):
        value = Decimal(str(value))
    return value.quantize(FOUR_PLACES, rounding=ROUND_HALF_UP)


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


def entries_after(category: Category, deciding: Stage | None) -> QuerySet[Submission]:
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


def deciding_stages_before(stage: Stage) -> list[Stage]:
    """The scored and verification stages of the edition that come before `stage`, in order."""
    return list(
        Stage.objects.filter(
            competition_id=stage.competition_id, order__lt=stage.order, kind__in=DECIDING_KINDS
        ).order_by("order")
    )


def stage_pool(stage: Stage, category: Category) -> QuerySet[Submission]:
    """The entries taking part in `stage`: those advanced by the previous scored or verification stage.

    Before the first scored or verification stage, every eligible entry (passed the administrative check)
    takes part. A reverted decision does not count, and a withdrawn entry never takes part.
    """
    earlier = deciding_stages_before(stage)
    return entries_after(category, earlier[-1] if earlier else None)
