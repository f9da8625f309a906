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
from judging.services.decisions import current_results
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


def assign(round_, entry, *judges):
    for judge in judges:
        Assignment.objects.get_or_create(stage=round_["stage"], submission=entry, judge=judge)


@postgresql_only
@pytest.mark.parametrize("attempt", range(3))
def test_two_judges_submitting_for_the_same_entry_at_once_both_sheets_are_kept(scored_round, attempt):
    stage, entry = scored_round["stage"], scored_round["entries"][0]
    first_judge, second_judge = scored_round["judges"][:2]
    assign(scored_round, entry, first_judge, second_judge)

    def submit(judge, score):
        return lambda: services.save_sheet(
            stage=stage, submission=entry, judge=judge, values=values(scored_round, score, score), submit=True
        )

    outcomes = run_together(submit(first_judge, 4), submit(second_judge, 10))
    assert not [outcome for outcome in outcomes if isinstance(outcome, Exception)], outcomes
    sheets = {sheet.judge: sheet for sheet in ScoreSheet.objects.filter(stage=stage, submission=entry)}
    assert {judge: (sheet.status, sheet.total) for judge, sheet in sheets.items()} == {
        first_judge: ("submitted", Decimal("33.3333")),  # (4 − 1) / 9 × 100
        second_judge: ("submitted", Decimal("100.0000")),
    }
    ranked = {row.submission: row for row in stage_ranking(stage, scored_round["category"]).entries}
    assert (ranked[entry].sheets_submitted, ranked[entry].score) == (2, Decimal("66.6667"))


@postgresql_only
@pytest.mark.parametrize("attempt", range(3))
def test_a_judge_who_confirms_twice_at_once_locks_the_sheet_once(client, scored_round, attempt):
    """Two "Ya, kirim dan kunci" requests from one judge (a double click, two tabs) through the portal."""
    from django.test import Client
    from django.urls import reverse

    from competitions.models import Event

    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    assign(scored_round, entry, judge)
    sheet = services.save_sheet(stage=stage, submission=entry, judge=judge, values=values(scored_round, 7, 7))
    url = reverse("judging:score_submit", args=[stage.pk, entry.pk])
    tabs = [Client(), Client()]
    for tab in tabs:
        tab.force_login(judge)

    def confirm(tab):
        return lambda: tab.post(url, {"revision": str(sheet.revision), "confirm": ""})

    responses = run_together(confirm(tabs[0]), confirm(tabs[1]))
    assert sorted(response["Location"] for response in responses) == sorted(
        [reverse("judging:dashboard"), reverse("judging:score", args=[stage.pk, entry.pk])]
    ), responses
    sheet.refresh_from_db()
    assert (sheet.status, sheet.total) == ("submitted", Decimal("66.6667"))
    submitted_events = Event.objects.filter(action="sheet_submitted", object_id=sheet.pk)
    assert submitted_events.count() == 1


@postgresql_only
def test_saves_for_different_entries_do_not_wait_for_each_other(scored_round):
    """Judges' saves lock their own sheet, not the whole stage: one judge's open transaction does not hold
    up another judge saving another entry."""
    stage, (first_entry, second_entry) = scored_round["stage"], scored_round["entries"][:2]
    first_judge, second_judge = scored_round["judges"][:2]
    assign(scored_round, first_entry, first_judge)
    assign(scored_round, second_entry, second_judge)
    first_saved_uncommitted, second_saved = threading.Event(), threading.Event()
    second_done_while_first_open = []

    def first_judge_saves_slowly():
        with transaction.atomic():
            services.save_sheet(
                stage=stage, submission=first_entry, judge=first_judge, values=values(scored_round, 5, 5)
            )
            first_saved_uncommitted.set()
            second_done_while_first_open.append(second_saved.wait(5))

    def second_judge_saves():
        assert first_saved_uncommitted.wait(10)
        sheet = services.save_sheet(
            stage=stage, submission=second_entry, judge=second_judge, values=values(scored_round, 8, 8)
        )
        second_saved.set()
        return sheet

    first, second = run_together(first_judge_saves_slowly, second_judge_saves)
    assert not isinstance(first, Exception) and not isinstance(second, Exception), (first, second)
    assert second_done_while_first_open == [True]
    assert ScoreSheet.objects.filter(stage=stage).count() == 2


def score_every_entry(round_, judges):
    """Each judge submits (n, n) for the n-th entry (n = 10, 9, …), so the shortlist can be decided."""
    for score, entry in zip(range(10, 4, -1), round_["entries"], strict=True):
        for judge in judges:
            assign(round_, entry, judge)
            services.save_sheet(
                stage=round_["stage"],
                submission=entry,
                judge=judge,
                values=values(round_, score, score),
                submit=True,
            )


def hold_until_someone_waits(work):
    """Run `work` in a transaction and keep it open until another connection waits for one of its locks
    (at most 3 seconds); returns what `work` returned and whether anybody waited."""
    with transaction.atomic():
        outcome = work()
        deadline = time.monotonic() + 3
        while not lock_waiters() and time.monotonic() < deadline:
            time.sleep(0.02)
        return outcome, lock_waiters() > 0


@postgresql_only
def test_a_sheet_reopened_while_the_shortlist_is_being_decided_waits_and_is_refused(
    scored_round, secretariat
):
    """The decision rests on the submitted sheets: a reopen arriving mid-decision must not leave a decided
    stage with a sheet back in draft."""
    stage, category = scored_round["stage"], scored_round["category"]
    score_every_entry(scored_round, scored_round["judges"][:2])
    sheet = ScoreSheet.objects.filter(stage=stage).first()
    deciding = threading.Event()

    def decide():
        def work():
            results = services.advance_shortlist(stage=stage, category=category, by=secretariat)
            deciding.set()
            return results

        return hold_until_someone_waits(work)

    def reopen():
        assert deciding.wait(10)
        return services.reopen_sheet(sheet=sheet, by=secretariat, reason="Nilai tertukar.")

    decided, reopened = run_together(decide, reopen)
    assert not isinstance(decided, Exception), decided
    assert decided[1] is True  # the reopen had to wait for the decision
    assert isinstance(reopened, RuleViolation), reopened
    assert "sudah ditetapkan" in str(reopened.messages)
    sheet.refresh_from_db()
    assert sheet.status == ScoreSheet.Status.SUBMITTED
    assert current_results(stage, category).count() == 6


@postgresql_only
def test_a_judge_assigned_while_the_shortlist_is_being_decided_waits_and_is_refused(
    scored_round, secretariat
):
    stage, category = scored_round["stage"], scored_round["category"]
    score_every_entry(scored_round, scored_round["judges"][:2])
    deciding = threading.Event()

    def decide():
        def work():
            services.advance_shortlist(stage=stage, category=category, by=secretariat)
            deciding.set()

        return hold_until_someone_waits(work)

    def assign_third_judge():
        assert deciding.wait(10)
        return services.assign_judge(
            stage=stage,
            submission=scored_round["entries"][0],
            judge=scored_round["judges"][2],
            by=secretariat,
        )

    decided, assigned = run_together(decide, assign_third_judge)
    assert decided == (None, True), decided
    assert isinstance(assigned, RuleViolation), assigned
    assert not Assignment.objects.filter(judge=scored_round["judges"][2]).exists()


@postgresql_only
@pytest.mark.parametrize("attempt", range(3))
def test_deciding_while_the_last_sheet_is_submitted_sees_it_or_refuses(scored_round, secretariat, attempt):
    """A true race between the last "Kirim dan kunci" and "Ya, tetapkan": the sheet is always kept, and a
    decision, when there is one, rests on it."""
    stage, category = scored_round["stage"], scored_round["category"]
    first_judge, second_judge = scored_round["judges"][:2]
    score_every_entry(scored_round, [first_judge])
    entries = scored_round["entries"]
    for entry in entries[1:-1]:
        assign(scored_round, entry, second_judge)
        services.save_sheet(
            stage=stage,
            submission=entry,
            judge=second_judge,
            values=values(scored_round, 10, 10),
            submit=True,
        )
    last = entries[-1]  # its first sheet is (5, 5): 44.4444
    assign(scored_round, last, second_judge)
    draft = services.save_sheet(
        stage=stage, submission=last, judge=second_judge, values=values(scored_round, 10, 10)
    )

    submitted, decided = run_together(
        lambda: services.submit_sheet(
            stage=stage, submission=last, judge=second_judge, expected_revision=draft.revision
        ),
        lambda: services.advance_shortlist(stage=stage, category=category, by=secretariat),
    )
    assert not isinstance(submitted, Exception), submitted
    draft.refresh_from_db()
    assert draft.status == ScoreSheet.Status.SUBMITTED
    results = {result.submission: result for result in current_results(stage, category)}
    if isinstance(decided, RuleViolation):
        assert results == {}
    else:
        assert not isinstance(decided, Exception), decided
        assert results[last].score == Decimal("72.2222")  # (44.4444 + 100) / 2: both sheets counted


def to_judging(competition, by):
    from competitions.models import Competition
    from competitions.services import change_competition_status

    return change_competition_status(competition=competition, to=Competition.Status.JUDGING, by=by)


def publish(competition, by):
    from competitions.models import Competition
    from competitions.services import change_competition_status

    return change_competition_status(competition=competition, to=Competition.Status.ANNOUNCED, by=by)


@postgresql_only
def test_publishing_while_the_awards_are_decided_waits_and_publishes_them(final_round, secretariat):
    competition, category = final_round["competition"], final_round["category"]
    to_judging(competition, secretariat)
    deciding = threading.Event()

    def decide():
        def work():
            awards = services.decide_awards(competition=competition, category=category, by=secretariat)
            deciding.set()
            return awards

        return hold_until_someone_waits(work)

    def announce():
        assert deciding.wait(10)
        return publish(competition, secretariat)

    decided, published = run_together(decide, announce)
    assert not isinstance(decided, Exception) and decided[1] is True, decided  # publishing had to wait
    assert not isinstance(published, Exception), published
    competition.refresh_from_db()
    assert competition.results_are_published
    second, third = final_round["finalists"][1:]
    assert [(award.prize.label, award.submission) for award in competition.awards.all()] == [
        ("Juara 1", second),
        ("Juara 2", third),
    ]


@postgresql_only
def test_awards_decided_while_the_results_are_being_published_wait_and_are_refused(final_round, secretariat):
    competition, category = final_round["competition"], final_round["category"]
    to_judging(competition, secretariat)
    first_awards = services.decide_awards(competition=competition, category=category, by=secretariat)
    publishing = threading.Event()

    def announce():
        def work():
            publish(competition, secretariat)
            publishing.set()

        return hold_until_someone_waits(work)

    def decide_again():
        assert publishing.wait(10)
        return services.decide_awards(competition=competition, category=category, by=secretariat)

    published, decided_again = run_together(announce, decide_again)
    assert published == (None, True), published  # the second decision had to wait
    assert isinstance(decided_again, RuleViolation), decided_again
    assert [award.pk for award in competition.awards.order_by("prize__place")] == [
        award.pk for award in first_awards
    ]


@postgresql_only
@pytest.mark.parametrize("attempt", range(3))
def test_publishing_and_deciding_the_awards_at_once_publish_only_decided_awards(
    final_round, secretariat, attempt
):
    """A true race, either order may win: the published results are awards decided before publication."""
    competition, category = final_round["competition"], final_round["category"]
    to_judging(competition, secretariat)
    decided, published = run_together(
        lambda: services.decide_awards(competition=competition, category=category, by=secretariat),
        lambda: publish(competition, secretariat),
    )
    assert all(
        not isinstance(outcome, Exception) or isinstance(outcome, RuleViolation)
        for outcome in (decided, published)
    ), (decided, published)
    assert not isinstance(decided, Exception)  # the results were not public yet, or became so with them
    competition.refresh_from_db()
    awards = list(competition.awards.all())
    assert len(awards) == 2
    if isinstance(published, RuleViolation):  # it came first, before any award
        assert not competition.results_are_published
    else:
        assert competition.results_are_published
        assert all(award.decided_at <= competition.results_published_at for award in awards)


@postgresql_only
def test_a_judge_saving_while_the_stage_is_closed_waits_and_is_refused(scored_round, secretariat):
    """A save from a page opened before the close arrives while the close is being written: it waits for
    the close and then finds the stage closed; it never lands in a closed stage."""
    stage, entry, judge = scored_round["stage"], scored_round["entries"][0], scored_round["judges"][0]
    only_entry_in_the_stage(scored_round, entry, secretariat)
    Assignment.objects.create(stage=stage, submission=entry, judge=judge)
    submit_sevens(scored_round, stage, entry, judge)
    closing = threading.Event()

    def secretariat_closes():
        def work():
            close(stage, secretariat)
            closing.set()

        return hold_until_someone_waits(work)

    def judge_saves_again():
        assert closing.wait(10)
        return services.save_sheet(
            stage=stage, submission=entry, judge=judge, values=values(scored_round, 2, 2), expected_revision=1
        )

    closed, saved = run_together(secretariat_closes, judge_saves_again)
    assert closed == (None, True), closed  # the save had to wait for the close
    assert isinstance(saved, RuleViolation), saved
    assert saved.messages == ["“Penilaian Proposal” tidak sedang dibuka untuk penilaian."]
    sheet = ScoreSheet.objects.get(stage=stage, submission=entry, judge=judge)
    assert (sheet.status, sheet.total) == ("submitted", Decimal("66.6667"))


@postgresql_only
@pytest.mark.parametrize("attempt", range(3))
def test_two_first_visits_recorded_for_one_entry_at_once_leave_one_whole_visit(verification_round, attempt):
    """Two members of the field team record the same visit at the same moment: one visit remains, whole,
    and neither of them gets an error page."""
    import datetime

    from judging.models import FieldVisit
    from tests import factories

    stage, entry = verification_round["stage"], verification_round["entries"][0]
    first, second = factories.make_verifier(username="verif-1"), factories.make_verifier(username="verif-2")

    def record(by, findings, score):
        return lambda: services.record_field_visit(
            stage=stage,
            submission=entry,
            by=by,
            visited_on=datetime.date(2026, 6, 20),
            team="Tim verifikasi",
            findings=findings,
            verified=True,
            score=Decimal(score),
        )

    outcomes = run_together(record(first, "Berjalan di kelurahan.", 70), record(second, "Berjalan baik.", 90))
    assert not [outcome for outcome in outcomes if isinstance(outcome, Exception)], outcomes
    visit = FieldVisit.objects.get(stage=stage, submission=entry)
    assert (visit.recorded_by, visit.findings, visit.score) in [
        (first, "Berjalan di kelurahan.", Decimal("70.00")),
        (second, "Berjalan baik.", Decimal("90.00")),
    ]
