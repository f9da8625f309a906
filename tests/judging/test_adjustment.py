"""The judge adjustment gives the numbers the README's spreadsheet procedure gives."""

import random
from decimal import Decimal

import pytest

from judging.adjustment import Sheet, fit_adjustment


def spreadsheet_offsets(sheets: list[Sheet], rounds: int = 2000) -> dict[int, float]:
    """README, "How scores are computed", step 3: (a) qualities, (b) offsets from shared entries,
    (c) centre, repeated until the offsets settle."""
    by_entry: dict[int, list[Sheet]] = {}
    for sheet in sheets:
        by_entry.setdefault(sheet.entry_id, []).append(sheet)
    judges = sorted({sheet.judge_id for sheet in sheets})
    count = {judge: sum(1 for s in sheets if s.judge_id == judge) for judge in judges}
    offset = dict.fromkeys(judges, 0.0)
    for _round in range(rounds):
        quality = {
            entry: sum(float(s.total) - offset[s.judge_id] for s in own) / len(own)
            for entry, own in by_entry.items()
        }
        for judge in judges:
            shared = [s for s in sheets if s.judge_id == judge and len(by_entry[s.entry_id]) > 1]
            offset[judge] = sum(float(s.total) - quality[s.entry_id] for s in shared) / len(shared)
        centre = sum(count[j] * offset[j] for j in judges) / sum(count.values())
        offset = {judge: value - centre for judge, value in offset.items()}
    return offset


@pytest.mark.parametrize("seed", range(5))
def test_the_portal_and_the_spreadsheet_procedure_agree(seed):
    rng = random.Random(seed)
    judges, entries = range(1, 6), range(100, 130)
    leniency = {judge: rng.uniform(-8, 8) for judge in judges}
    sheets = []
    for entry in entries:
        quality = rng.uniform(40, 90)
        for judge in rng.sample(list(judges), 3):
            noise = rng.uniform(-4, 4)
            total = Decimal(str(round(min(100, max(0, quality + leniency[judge] + noise)), 4)))
            sheets.append(Sheet(judge, entry, total))
    fitted = fit_adjustment(sheets, judge_names={judge: f"juri{judge}" for judge in judges})
    assert fitted.available
    expected = spreadsheet_offsets(sheets)
    for judge in judges:
        assert abs(float(fitted.offsets[judge]) - expected[judge]) < 0.0002
    assert all(Decimal(0) <= score <= Decimal(100) for score in fitted.adjusted.values())
