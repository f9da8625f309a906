"""The judge adjustment: correcting lenient and harsh judges from the entries they share (README, "How scores
are computed", step 3).

The model: a judge's sheet total = the entry's quality + the judge's offset (+ noise). Quality and offsets
are fitted by least squares over the counted sheets of one stage and category. An entry scored by one judge
only says nothing about that judge's leniency (its quality absorbs the whole total), so a judge's offset is
estimated only from the entries they share with other judges. The offsets are centred so that, weighted by
each judge's number of sheets, they add up to 0: adjusting moves judges against each other, not the panel's
overall level.

An adjusted total is the sheet total minus its judge's offset, kept on the 0–100 scale (below 0 counts as 0,
above 100 as 100). An entry's adjusted score is the mean of its adjusted totals.

The adjustment is refused, with the reason, when it cannot be estimated fairly: fewer than two judges, a
judge who shares fewer than `MIN_SHARED_SHEETS` entries with other judges, or judges falling into separate
groups that share no entry (their offsets could not be compared).

The database has already chosen the counted sheets; numpy solves the small system of one equation per judge.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

import numpy
from django.utils.translation import gettext as _

FOUR_PLACES = Decimal("0.0001")
# A judge's leniency is estimated from at least this many sheets on entries another judge also scored.
MIN_SHARED_SHEETS = 3
# The ranking page calls a judge more lenient or harsher only beyond this many points of offset.
NOTABLE_OFFSET = Decimal(5)


@dataclass(frozen=True)
class Sheet:
    judge_id: int
    entry_id: int
    total: Decimal


@dataclass
class Adjustment:
    """The fitted offsets, or why there are none (`problems`)."""

    offsets: dict[int, Decimal] = field(default_factory=dict)  # judge id → offset (+ lenient, − harsh)
    adjusted: dict[int, Decimal] = field(default_factory=dict)  # entry id → adjusted score
    shared_sheets: dict[int, int] = field(default_factory=dict)  # judge id → sheets on shared entries
    problems: list[str] = field(default_factory=list)

    @property
    def available(self) -> bool:
        return not self.problems


def _round(value: float) -> Decimal:
    return Decimal(repr(value)).quantize(FOUR_PLACES, rounding=ROUND_HALF_UP)


def _groups(by_judge: dict[int, list[Sheet]], by_entry: dict[int, list[Sheet]]) -> list[set[int]]:
    """Judges linked through shared entries, as separate groups (one group when the panel is connected)."""
    unseen, groups = set(by_judge), []
    while unseen:
        start = min(unseen)
        group, frontier = {start}, [start]
        while frontier:
            judge = frontier.pop()
            for sheet in by_judge[judge]:
                for other in by_entry[sheet.entry_id]:
                    if other.judge_id not in group:
                        group.add(other.judge_id)
                        frontier.append(other.judge_id)
        unseen -= group
        groups.append(group)
    return groups


def fit_adjustment(sheets: list[Sheet], *, judge_names: dict[int, str]) -> Adjustment:
    """Estimate each judge's offset and each entry's adjusted score from the counted sheets.

    Least squares for total = quality(entry) + offset(judge) with Σ sheets(judge) × offset(judge) = 0.
    Substituting the best quality for each entry (the mean of its totals minus its judges' offsets) leaves
    one equation per judge: sheets × offset − Σ over the judge's entries of (mean of that entry's judges'
    offsets) = Σ over the judge's entries of (total − the entry's mean total). One of these equations is
    implied by the others, so it is replaced by the centring condition.
    """
    by_judge: dict[int, list[Sheet]] = defaultdict(list)
    by_entry: dict[int, list[Sheet]] = defaultdict(list)
    for sheet in sheets:
        by_judge[sheet.judge_id].append(sheet)
        by_entry[sheet.entry_id].append(sheet)
    result = Adjustment()
    result.shared_sheets = {
        judge: sum(1 for sheet in own if len(by_entry[sheet.entry_id]) > 1) for judge, own in by_judge.items()
    }
    if len(by_judge) < 2:
        result.problems.append(_("Fewer than two judges scored this category: there is nothing to compare."))
        return result
    for judge, shared in sorted(result.shared_sheets.items(), key=lambda item: judge_names[item[0]]):
        if shared < MIN_SHARED_SHEETS:
            result.problems.append(
                _(
                    "%(judge)s shares only %(count)d entries with other judges; at least %(minimum)d are "
                    "needed to estimate how lenient they are."
                )
                % {"judge": judge_names[judge], "count": shared, "minimum": MIN_SHARED_SHEETS}
            )
    groups = _groups(by_judge, by_entry)
    if len(groups) > 1:
        result.problems.append(
            _("The judges form groups that share no entry, so their leniency cannot be compared: %(groups)s.")
            % {
                "groups": " | ".join(
                    ", ".join(sorted(judge_names[judge] for judge in group)) for group in groups
                )
            }
        )
    if result.problems:
        return result

    judges = sorted(by_judge)
    index = {judge: position for position, judge in enumerate(judges)}
    entry_mean = {
        entry: sum(float(sheet.total) for sheet in own) / len(own) for entry, own in by_entry.items()
    }
    matrix = numpy.zeros((len(judges), len(judges)))
    rhs = numpy.zeros(len(judges))
    for entry, own in by_entry.items():
        share = 1.0 / len(own)
        for sheet in own:
            row = index[sheet.judge_id]
            matrix[row, row] += 1.0
            for other in own:
                matrix[row, index[other.judge_id]] -= share
            rhs[row] += float(sheet.total) - entry_mean[entry]
    matrix[-1, :] = [float(len(by_judge[judge])) for judge in judges]
    rhs[-1] = 0.0
    offsets = dict(zip(judges, (float(value) for value in numpy.linalg.solve(matrix, rhs)), strict=True))

    # The adjusted totals use the offsets as shown (4 decimals), so a spreadsheet gets the same numbers.
    result.offsets = {judge: _round(offset) for judge, offset in offsets.items()}
    for entry, own in by_entry.items():
        adjusted = [adjusted_total(sheet.total, result.offsets[sheet.judge_id]) for sheet in own]
        result.adjusted[entry] = (sum(adjusted) / len(adjusted)).quantize(FOUR_PLACES, rounding=ROUND_HALF_UP)
    return result


def adjusted_total(total: Decimal, offset: Decimal) -> Decimal:
    """A sheet total with its judge's offset taken away, kept on 0–100."""
    return min(Decimal(100), max(Decimal(0), Decimal(total) - offset))
