"""A judge submitting and the secretariat closing the stage, in each order and at the same moment.

Locking is tested on PostgreSQL (SQLite serialises writers and has no SELECT … FOR UPDATE); the fixed
orders run on both databases.
"""

import threading
import time
from decimal import Decimal

import pytest
from django.db import connection, transaction

from competitions.errors import RuleViolation
from competitions.models import Stage
from competitions.services import close_stage
from judging import services
from judging.models import Assignment, ScoreSheet
from judging.ranking import stage_ranking
from judging.selectors import undecided_in_stage
from submissions import services as submission_services

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")


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


@postgresql_only
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


def submit_sevens(round_, stage, entry, judge):
    return services.save_sheet(
        stage=stage, submission=entry, judge=judge, values=values(round_, 7, 7), submit=True
    )


def close(stage, by):
    return close_stage(stage=stage, by=by, find_undecided=undecided_in_stage)


def only_entry_in_the_stage(round_, entry, by):
    """The other entries withdraw, so the stage has this one entry to judge."""
    for other in round_["entries"]:
        if other != entry:
            submission_services.withdraw_submission(submission=other, by=by, reason="Tim berganti.")


def test_a_judge_who_submits_before_the_close_is_counted_in_the_closed_stage(scored_round, secretariat):
    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    only_entry_in_the_stage(scored_round, entry, secretariat)
    Assignment.objects.create(stage=stage, submission=entry, judge=judge)
    submit_sevens(scored_round, stage, entry, judge)
    close(stage, secretariat)
    stage.refresh_from_db()
    assert stage.status == Stage.Status.CLOSED
    assert ScoreSheet.objects.get(stage=stage, submission=entry, judge=judge).status == "submitted"
    ranked = {row.submission: row for row in stage_ranking(stage, scored_round["category"]).entries}
    # (60 × (7−1)/9 + 40 × (7−1)/9) / 100 × 100 = 66.6667, from the one sheet
    assert (ranked[entry].score, ranked[entry].sheets_submitted) == (Decimal("66.6667"), 1)


def test_closing_while_a_sheet_is_missing_is_refused_naming_the_judge_who_then_submits(
    scored_round, secretariat
):
    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    only_entry_in_the_stage(scored_round, entry, secretariat)
    Assignment.objects.create(stage=stage, submission=entry, judge=judge)
    with pytest.raises(RuleViolation) as refused:
        close(stage, secretariat)
    assert refused.value.messages == ["juri1 masih harus mengirim 1 lembar nilai."]
    stage.refresh_from_db()
    assert stage.status == Stage.Status.ACTIVE
    submit_sevens(scored_round, stage, entry, judge)
    assert ScoreSheet.objects.get(stage=stage, submission=entry, judge=judge).status == "submitted"


def lock_waiters() -> int:
    """How many other connections to this database are waiting for a row lock right now."""
    with connection.cursor() as cursor:
        # Inside a transaction the activity view is a snapshot taken at its first read: drop it first.
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
        )
        return cursor.fetchone()[0]


@postgresql_only
def test_a_close_that_arrives_while_the_judge_is_submitting_waits_for_the_sheet_and_closes(
    scored_round, secretariat
):
    """The judge's submission holds the stage row until it commits; the close waits, then sees the sheet."""
    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    only_entry_in_the_stage(scored_round, entry, secretariat)
    Assignment.objects.create(stage=stage, submission=entry, judge=judge)
    submitted_uncommitted = threading.Event()
    seen_waiting = []

    def judge_submits():
        with transaction.atomic():
            submit_sevens(scored_round, stage, entry, judge)
            submitted_uncommitted.set()
            deadline = time.monotonic() + 10
            while not lock_waiters() and time.monotonic() < deadline:
                time.sleep(0.02)
            seen_waiting.append(lock_waiters() > 0)

    def secretariat_closes():
        assert submitted_uncommitted.wait(10)
        return close(stage, secretariat)

    submitted, closed = run_together(judge_submits, secretariat_closes)
    assert seen_waiting == [True]  # the close had to wait for the judge's transaction
    assert not isinstance(submitted, Exception) and not isinstance(closed, Exception), (submitted, closed)
    stage.refresh_from_db()
    assert stage.status == Stage.Status.CLOSED
    assert ScoreSheet.objects.get(stage=stage, submission=entry, judge=judge).status == "submitted"


@postgresql_only
@pytest.mark.parametrize("attempt", range(3))
def test_closing_while_a_judge_submits_never_closes_over_a_missing_sheet(scored_round, secretariat, attempt):
    """A true race: either order may win. What holds in every interleaving is checked, nothing more."""
    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    only_entry_in_the_stage(scored_round, entry, secretariat)
    Assignment.objects.create(stage=stage, submission=entry, judge=judge)
    submitted, closed = run_together(
        lambda: submit_sevens(scored_round, stage, entry, judge), lambda: close(stage, secretariat)
    )
    assert all(
        not isinstance(outcome, Exception) or isinstance(outcome, RuleViolation)
        for outcome in (submitted, closed)
    )
    stage.refresh_from_db()
    sheet = ScoreSheet.objects.filter(stage=stage, submission=entry, judge=judge).first()
    if stage.status == Stage.Status.CLOSED:
        assert sheet is not None and sheet.status == ScoreSheet.Status.SUBMITTED
    if isinstance(closed, RuleViolation):
        assert stage.status == Stage.Status.ACTIVE
