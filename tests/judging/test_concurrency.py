"""Locking, on PostgreSQL (SQLite serialises writers and has no SELECT … FOR UPDATE)."""

import threading
from decimal import Decimal

import pytest
from django.db import connection

from competitions.errors import RuleViolation
from competitions.models import Stage
from competitions.services import close_stage
from judging import services
from judging.models import Assignment, ScoreSheet
from judging.selectors import undecided_in_stage

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]


def run_together(*functions):
    """Start the functions at the same moment in their own threads; return what each returned or raised."""
    barrier = threading.Barrier(len(functions))
    outcomes = [None] * len(functions)

    def runner(index, function):
        from django.db import connections

        try:
            barrier.wait()
            outcomes[index] = function()
        except Exception as error:
            outcomes[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=runner, args=(index, fn)) for index, fn in enumerate(functions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return outcomes


def values(round_, novelty, impact):
    first, second = round_["criteria"]
    return {first.pk: (str(novelty), ""), second.pk: (str(impact), "")}


@pytest.mark.parametrize("attempt", range(3))
def test_two_saves_of_the_same_sheet_leave_one_whole_sheet(scored_round, attempt):
    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    Assignment.objects.create(stage=stage, submission=entry, judge=judge)

    def save(novelty, impact):
        return lambda: services.save_sheet(
            stage=stage, submission=entry, judge=judge, values=values(scored_round, novelty, impact)
        )

    outcomes = run_together(save(3, 3), save(9, 9))
    assert not [outcome for outcome in outcomes if isinstance(outcome, Exception)]
    sheet = ScoreSheet.objects.get()
    stored = sorted(sheet.scores.values_list("value", flat=True))
    assert stored in ([3, 3], [9, 9])  # one save wins whole; never a mix
    # (60·(3−1)/9 + 40·(3−1)/9) / 100 × 100 = 22.2222; with nines, 8/9 × 100 = 88.8889
    assert sheet.total == (Decimal("88.8889") if stored == [9, 9] else Decimal("22.2222"))


@pytest.mark.parametrize("attempt", range(3))
def test_closing_the_stage_while_a_judge_submits_stays_consistent(scored_round, secretariat, attempt):
    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    Assignment.objects.create(stage=stage, submission=entry, judge=judge)

    outcomes = run_together(
        lambda: services.save_sheet(
            stage=stage, submission=entry, judge=judge, values=values(scored_round, 7, 7), submit=True
        ),
        lambda: close_stage(stage=stage, by=secretariat, find_undecided=undecided_in_stage),
    )
    submitted, closed = outcomes
    assert not isinstance(submitted, Exception) or isinstance(submitted, RuleViolation)
    assert not isinstance(closed, Exception) or isinstance(closed, RuleViolation)
    stage.refresh_from_db()
    sheet = ScoreSheet.objects.filter(stage=stage, submission=entry, judge=judge).first()
    if stage.status == Stage.Status.CLOSED:
        assert sheet is not None and sheet.status == ScoreSheet.Status.SUBMITTED  # nothing left undecided
    else:
        assert isinstance(closed, RuleViolation)
        assert sheet is not None and sheet.status == ScoreSheet.Status.SUBMITTED
