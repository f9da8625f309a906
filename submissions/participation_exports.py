"""The participation dashboard as spreadsheets: the same numbers as the page, sheet by sheet."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from competitions.spreadsheets import Column, Sheet
from submissions.participation import Participation


@dataclass(frozen=True)
class YearTotal:
    year: int
    taking_part: int
    units: int

    @property
    def percent(self) -> int:
        return round(100 * self.taking_part / self.units) if self.units else 0


def trend_totals(dashboard: Participation) -> list[YearTotal]:
    """Per year of the trend: how many active units took part."""
    units = len(dashboard.trend)
    return [
        YearTotal(year, sum(1 for row in dashboard.trend if row.years[index]), units)
        for index, year in enumerate(dashboard.trend_years)
    ]


def _unit_columns() -> list[Column]:
    return [
        Column(_("Unit"), 44),
        Column(_("Short name"), 14),
        Column(_("Kind of unit"), 26),
        Column(_("Parent unit"), 30),
    ]


def _unit_cells(unit) -> list:
    return [unit.name, unit.short_name, unit.get_kind_display(), unit.parent.name if unit.parent else ""]


def not_taking_part_sheet(dashboard: Participation) -> Sheet:
    return Sheet(
        _("Not taking part"),
        _unit_columns(),
        [_unit_cells(unit) for unit in dashboard.not_taking_part],
    )


def participation_sheets(dashboard: Participation) -> list[Sheet]:
    sheets = [
        Sheet(
            _("By kind of unit"),
            [
                Column(_("Kind of unit"), 30),
                Column(_("Could take part"), 14),
                Column(_("Taking part"), 14),
                Column(_("Not taking part"), 16),
                Column(_("Share taking part (%)"), 18),
            ],
            [
                [row.label, row.eligible, row.taking_part, row.not_taking_part, row.percent]
                for row in dashboard.kinds
            ],
        ),
        not_taking_part_sheet(dashboard),
    ]
    if dashboard.funnel:
        sheets.append(
            Sheet(
                _("Funnel"),
                [Column(_("Step"), 36), Column(_("Entries"), 12), Column(_("Of the entries (%)"), 18)],
                [[step.label, step.count, step.percent] for step in dashboard.funnel],
            )
        )
    sheets.append(
        Sheet(
            _("Three years"),
            [*_unit_columns(), *(Column(str(year), 8) for year in dashboard.trend_years)],
            [
                [*_unit_cells(row.unit), *(_("yes") if taken else "" for taken in row.years)]
                for row in dashboard.trend
            ],
        )
    )
    sheets.append(
        Sheet(
            _("No innovation this year"),
            _unit_columns(),
            [_unit_cells(unit) for unit in dashboard.without_innovation],
        )
    )
    return sheets
