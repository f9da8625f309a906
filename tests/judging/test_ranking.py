"""Ranking (DESIGN §4): sheet totals, aggregation, normalisation, tie-breaks, pools and the final score.

Every expected number is worked out by hand in a comment, so a secretariat can check it with a spreadsheet.
"""

import datetime
import gc
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from competitions.models import Competition, Criterion, Membership, Stage
from judging import services
from judging.models import Assignment, Conflict, FieldVisit, Score, ScoreSheet, StageResult
from judging.ranking import final_ranking, sheet_total, stage_pool, stage_ranking
from submissions.models import Submission
from tests import factories

pytestmark = pytest.mark.django_db
D = Decimal
Kind = Stage.Kind
Agg = Competition.Aggregation
ADVANCED, ELIMINATED = StageResult.Outcome.ADVANCED, StageResult.Outcome.ELIMINATED
# Query counts measured with 6 entries; the budget tests show they stay the same for 300. A stage ranking
# reads the edition, the stages before, the entries, their units (each once), the counted sheets, the
# expected assignments, the judges.
STAGE_RANKING_QUERIES = 7
FINAL_RANKING_QUERIES = 7


def day(n: int) -> datetime.datetime:
    return datetime.datetime(2026, 3, n, 9, 0, tzinfo=datetime.UTC)


def make_stage(competition, order: int, kind=Kind.SCORED, **fields) -> Stage:
    return factories.StageFactory(competition=competition, order=order, kind=kind, **fields)


def make_entry(category, *, submitted: int = 1, status=Submission.Status.ELIGIBLE, unit=None) -> Submission:
    innovation = factories.InnovationFactory(unit=unit) if unit else factories.InnovationFactory()
    return factories.SubmissionFactory(
        category=category, innovation=innovation, status=status, submitted_at=day(submitted)
    )


def add_sheet(stage, entry, judge, total, *, status=ScoreSheet.Status.SUBMITTED, scores=()) -> ScoreSheet:
    """A judge's sheet for an entry assigned to them (only assigned judges' sheets count)."""
    Assignment.objects.get_or_create(stage=stage, submission=entry, judge=judge)
    sheet = ScoreSheet.objects.create(
        stage=stage, submission=entry, judge=judge, status=status, total=D(str(total))
    )
    Score.objects.bulk_create(
        Score(sheet=sheet, criterion=criterion, value=D(value)) for criterion, value in scores
    )
    return sheet


def decide(stage, entry, by, *, score=None, outcome=ADVANCED, reverted=False) -> StageResult:
    return StageResult.objects.create(
        stage=stage,
        submission=entry,
        score=None if score is None else D(str(score)),
        rank=1,
        outcome=outcome,
        decided_by=by,
        reverted_at=timezone.now() if reverted else None,
        reverted_by=by if reverted else None,
    )


def visit(stage, entry, by, *, verified: bool, score=None) -> FieldVisit:
    return FieldVisit.objects.create(
        stage=stage,
        submission=entry,
        visited_on=datetime.date(2026, 4, 1),
        team="Tim verifikasi",
        findings="Layanan berjalan.",
        verified=verified,
        score=None if score is None else D(str(score)),
        recorded_by=by,
    )


def judges(*names: str):
    return [factories.make_judge(username=name) for name in names]


@pytest.fixture
def edition(db):
    """An edition with an administrative check and one scored stage (proposal) in one category."""
    competition = factories.CompetitionFactory(tie_break_chain=["last_stage", "earliest_submission"])
    category = factories.CategoryFactory(competition=competition, shortlist_size=6)
    make_stage(competition, 1, Kind.ADMINISTRATIVE)
    proposal = make_stage(competition, 2, Kind.SCORED, weight=40)
    return competition, category, proposal


# Sheet totals ----------------------------------------------------------------------------------------------


def test_sheet_total_places_each_score_on_its_own_range_and_weights_it():
    light = Criterion(weight=30, min_score=1, max_score=10)
    heavy = Criterion(weight=70, min_score=0, max_score=5)
    # (30 × (7 − 1)/(10 − 1) + 70 × (5 − 0)/(5 − 0)) / (30 + 70) × 100 = (20 + 70) / 100 × 100 = 90
    assert sheet_total([(light, D("7")), (heavy, D("5"))]) == D("90.0000")
    # (30 × 3/9 + 70 × 2/5) / 100 × 100 = 10 + 28 = 38
    assert sheet_total([(light, D("4")), (heavy, D("2"))]) == D("38.0000")
    # One criterion, 1–10, score 8: 7/9 × 100 = 77.7777… → 77.7778 (half up)
    assert sheet_total([(light, D("8"))]) == D("77.7778")


def test_sheet_total_is_0_at_the_lowest_and_100_at_the_highest_scores():
    rubric = [Criterion(weight=15, min_score=1, max_score=10), Criterion(weight=85, min_score=0, max_score=4)]
    assert sheet_total([(rubric[0], D(1)), (rubric[1], D(0))]) == D("0.0000")
    assert sheet_total([(rubric[0], D(10)), (rubric[1], D(4))]) == D("100.0000")


# Combining judges' totals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("aggregation", "expected"),
    [
        # four totals 40, 70.5, 75.25, 95: mean 280.75 / 4 = 70.1875
        # three totals 50, 60, 91:          mean 201 / 3 = 67
        # five totals 10, 50, 55, 90, 100:  mean 305 / 5 = 61
        # two totals 60, 90:                mean 150 / 2 = 75
        (Agg.MEAN, ["70.1875", "67.0000", "61.0000", "75.0000"]),
        # median: the middle one (odd count) or the mean of the middle two (even count)
        # (70.5 + 75.25) / 2 = 72.875; 60; 55; (60 + 90) / 2 = 75
        (Agg.MEDIAN, ["72.8750", "60.0000", "55.0000", "75.0000"]),
        # trimmed: without the single lowest and highest total, when there are 3 or more
        # (70.5 + 75.25) / 2 = 72.875; 60 / 1 = 60; (50 + 55 + 90) / 3 = 65; fewer than 3 → plain mean 75
        (Agg.TRIMMED_MEAN, ["72.8750", "60.0000", "65.0000", "75.0000"]),
    ],
)
def test_entry_score_combines_the_judges_totals_as_the_edition_chose(edition, aggregation, expected):
    competition, category, proposal = edition
    Competition.objects.filter(pk=competition.pk).update(aggregation=aggregation)
    panel = judges("j1", "j2", "j3", "j4", "j5")
    totals = [[95, 40, 75.25, 70.5], [91, 50, 60], [55, 100, 10, 90, 50], [90, 60]]
    entries = []
    for number, entry_totals in enumerate(totals, start=1):
        entry = make_entry(category, submitted=number)
        for judge, total in zip(panel, entry_totals, strict=False):
            add_sheet(proposal, entry, judge, total)
        entries.append(entry)

    ranking = stage_ranking(Stage.objects.get(pk=proposal.pk), category)

    scores = {entry.submission.pk: entry.score for entry in ranking.entries}
    assert [scores[entry.pk] for entry in entries] == [D(value) for value in expected]
    assert [entry.sheets_submitted for entry in sorted(ranking.entries, key=lambda e: e.submission.pk)] == [
        4,
        3,
        5,
        2,
    ]


# The judge adjustment -----------------------------------------------------------------------------------
#
# The README's worked example. True qualities P 80, Q 70, R 60, S 50, T 62, U 64; judge A gives 6 points
# more than the others, C 6 points less, B is neutral. P, Q, R, S are each scored by two or three judges;
# T only by A, U only by C.
#   A: P 86, Q 76, R 66, T 68      B: Q 70, R 60, S 50      C: P 74, R 54, S 44, U 58
README_SHEETS = {
    "a": {"P": 86, "Q": 76, "R": 66, "T": 68},
    "b": {"Q": 70, "R": 60, "S": 50},
    "c": {"P": 74, "R": 54, "S": 44, "U": 58},
}


def score_panel(proposal, category, sheets: dict) -> dict:
    """Entries named by letter, each judge's totals as given; returns the entries by name."""
    panel = {name: factories.make_judge(username=name) for name in sheets}
    names = sorted({entry for totals in sheets.values() for entry in totals})
    entries = {name: make_entry(category, submitted=number) for number, name in enumerate(names, start=1)}
    for judge, totals in sheets.items():
        for entry, total in totals.items():
            add_sheet(proposal, entries[entry], panel[judge], total)
    return entries


def test_the_adjustment_estimates_each_judges_offset_from_shared_entries(edition):
    competition, category, proposal = edition
    entries = score_panel(proposal, category, README_SHEETS)

    ranking = stage_ranking(proposal, category)

    # Offsets: A +6, B 0, C −6 fit every shared total exactly (P: 86 − 6 = 74 + 6 = 80, …), and
    # 4 × 6 + 3 × 0 + 4 × (−6) = 0, so the panel's overall level is unchanged.
    assert [(s.judge.username, s.sheets, s.shared, s.offset) for s in ranking.judge_stats] == [
        ("a", 4, 3, D("6.0000")),
        ("b", 3, 3, D("0.0000")),
        ("c", 4, 3, D("-6.0000")),
    ]
    assert ranking.adjustment_problems == []
    raw_and_adjusted = {entry.submission: (entry.score, entry.adjusted) for entry in ranking.entries}
    # Raw means: P (86 + 74) / 2 = 80; Q (76 + 70) / 2 = 73; R (66 + 60 + 54) / 3 = 60; S (50 + 44) / 2 = 47;
    # T 68 (A only); U 58 (C only). Adjusted: each total minus its judge's offset, then the mean.
    assert raw_and_adjusted == {
        entries["P"]: (D("80.0000"), D("80.0000")),
        entries["Q"]: (D("73.0000"), D("70.0000")),
        entries["R"]: (D("60.0000"), D("60.0000")),
        entries["S"]: (D("47.0000"), D("50.0000")),
        entries["T"]: (D("68.0000"), D("62.0000")),
        entries["U"]: (D("58.0000"), D("64.0000")),
    }
    # By the raw score T (seen only by the lenient judge) is ahead of U (seen only by the strict one).
    assert [entry.submission for entry in ranking.entries] == [entries[n] for n in "PQTRUS"]

    Competition.objects.filter(pk=competition.pk).update(rank_by_adjusted=True)
    ranking = stage_ranking(Stage.objects.get(pk=proposal.pk), category)
    assert [entry.submission for entry in ranking.entries] == [entries[n] for n in "PQUTRS"]
    assert ranking.problems == []


def test_an_adjusted_total_stays_on_the_0_to_100_scale(edition):
    _, category, proposal = edition
    # C is 6 points stricter than A and B on the shared entries P, Q, R; C's 97 for V would become 103.
    sheets = {
        "a": {"P": 86, "Q": 76, "R": 66},
        "b": {"P": 86, "Q": 76, "R": 66},
        "c": {"P": 77, "Q": 67, "R": 57, "V": 97},
    }
    entries = score_panel(proposal, category, sheets)

    ranking = stage_ranking(proposal, category)

    # Offsets with 3 × a + 3 × b + 4 × c = 0 and a − c = 9, a = b: 6a + 4(a − 9) = 0 → a = b = 3.6, c = −5.4.
    assert [stats.offset for stats in ranking.judge_stats] == [D("3.6000"), D("3.6000"), D("-5.4000")]
    adjusted = {entry.submission: entry.adjusted for entry in ranking.entries}
    # V: 97 + 5.4 = 102.4 → kept at 100. P: (86 − 3.6 + 86 − 3.6 + 77 + 5.4) / 3 = 82.4
    assert adjusted[entries["V"]] == D("100.0000")
    assert adjusted[entries["P"]] == D("82.4000")


def test_panels_that_share_no_entry_are_not_adjusted_and_cannot_rank_by_adjusted(edition):
    competition, category, proposal = edition
    # X saw only strong entries, Y only weak ones: their leniency cannot be compared.
    sheets = {"x": {"A": 80, "B": 75, "C": 78}, "y": {"D": 33, "E": 40, "F": 30}}
    score_panel(proposal, category, sheets)
    Competition.objects.filter(pk=competition.pk).update(rank_by_adjusted=True)

    ranking = stage_ranking(Stage.objects.get(pk=proposal.pk), category)

    assert all(entry.adjusted is None for entry in ranking.entries)
    assert all(stats.offset is None for stats in ranking.judge_stats)
    assert len(ranking.adjustment_problems) == 3  # x and y share nothing, and they are two groups
    assert "x" in ranking.adjustment_problems[-1] and "y" in ranking.adjustment_problems[-1]
    assert ranking.problems  # the edition ranks by the adjusted score: deciding is refused


def test_a_judge_with_too_few_shared_entries_is_named(edition):
    _, category, proposal = edition
    sheets = {"a": {"P": 70, "Q": 60, "R": 50}, "b": {"P": 72, "Q": 61, "R": 49}, "c": {"R": 40, "S": 90}}
    score_panel(proposal, category, sheets)

    ranking = stage_ranking(proposal, category)

    # c shares only R with the others (1 entry; at least 3 are needed).
    assert len(ranking.adjustment_problems) == 1
    assert "c" in ranking.adjustment_problems[0] and "1" in ranking.adjustment_problems[0]
    assert ranking.problems == []  # ranked by the raw score, the stage can still be decided


def test_a_panel_of_one_judge_has_no_adjustment(edition):
    _, category, proposal = edition
    (judge,) = judges("solo")
    entries = [make_entry(category, submitted=n) for n in (1, 2, 3)]
    for entry, total in zip(entries, ["55.5", "72.25", "90"], strict=True):
        add_sheet(proposal, entry, judge, D(total))

    ranking = stage_ranking(proposal, category)

    assert [entry.score for entry in ranking.entries] == [D("90.0000"), D("72.2500"), D("55.5000")]
    assert [entry.adjusted for entry in ranking.entries] == [None, None, None]
    assert len(ranking.adjustment_problems) == 1


# Which sheets count --------------------------------------------------------------------------------------


def test_sheets_of_conflicted_judges_do_not_count(edition):
    _, category, proposal = edition
    clean, declared, member = judges("a-clean", "b-declared", "c-member")
    unit = factories.UnitFactory()
    Membership.objects.create(user=member, unit=unit)
    entry = make_entry(category, unit=unit)
    other = make_entry(category, submitted=2)
    Conflict.objects.create(judge=declared, submission=entry, reason="Mantan kepala dinas ini.")
    for judge in (clean, declared, member):
        Assignment.objects.create(stage=proposal, submission=entry, judge=judge)
    add_sheet(proposal, entry, clean, 70)
    add_sheet(proposal, entry, declared, 100)
    add_sheet(proposal, entry, member, 10)
    add_sheet(proposal, other, declared, 20)

    ranking = stage_ranking(proposal, category)

    ranked = {row.submission: row for row in ranking.entries}
    # Only the clean judge's 70 counts; the conflicted judges are not expected to score this entry.
    assert (ranked[entry].score, ranked[entry].sheets_submitted, ranked[entry].sheets_expected) == (
        D("70.0000"),
        1,
        1,
    )
    assert ranked[entry].missing_judges == []
    # The declared judge's statistics hold only the sheet they may give (20 for the other entry).
    assert [(s.judge, s.sheets, s.mean) for s in ranking.judge_stats] == [
        (clean, 1, D("70.0000")),
        (declared, 1, D("20.0000")),
    ]
    assert ranking.complete


def test_draft_sheets_do_not_count_and_missing_judges_are_listed(edition):
    _, category, proposal = edition
    done, drafting, silent = judges("a-done", "b-drafting", "c-silent")
    entry = make_entry(category)
    for judge in (done, drafting, silent):
        Assignment.objects.create(stage=proposal, submission=entry, judge=judge)
    add_sheet(proposal, entry, done, 70)
    add_sheet(proposal, entry, drafting, 10, status=ScoreSheet.Status.DRAFT)

    ranking = stage_ranking(proposal, category)

    (row,) = ranking.entries
    assert (row.score, row.sheets_submitted, row.sheets_expected) == (D("70.0000"), 1, 3)
    assert row.missing_judges == [drafting, silent]
    assert [stats.judge for stats in ranking.judge_stats] == [done]
    assert not ranking.complete


# Ties ----------------------------------------------------------------------------------------------------


@pytest.fixture
def rubric(edition):
    """Two criteria on 0–10: light (weight 30) and heavy (weight 70). Total = 3 × light + 7 × heavy."""
    _, _, proposal = edition
    light = Criterion.objects.create(stage=proposal, order=1, name="Kebaruan", weight=30, min_score=0)
    heavy = Criterion.objects.create(stage=proposal, order=2, name="Signifikansi", weight=70, min_score=0)
    return light, heavy


def scored_entry(category, stage, judge, rubric, light_value, heavy_value, *, submitted):
    light, heavy = rubric
    entry = make_entry(category, submitted=submitted)
    values = [(light, D(light_value)), (heavy, D(heavy_value))]
    add_sheet(stage, entry, judge, sheet_total(values), scores=values)
    return entry


def test_tie_break_chain_uses_heaviest_criterion_then_earliest_submission(edition, rubric):
    competition, category, proposal = edition
    Competition.objects.filter(pk=competition.pk).update(
        tie_break_chain=["last_stage", "heaviest_criterion", "earliest_submission"]
    )
    proposal.shortlist_size = 2
    proposal.save()
    (judge,) = judges("juri")
    # All three total 62: R = 3 × 9 + 7 × 5 = 62, Q = 3 × 9 + 7 × 5 = 62, P = 3 × 2 + 7 × 8 = 62
    r = scored_entry(category, proposal, judge, rubric, 9, 5, submitted=2)
    q = scored_entry(category, proposal, judge, rubric, 9, 5, submitted=1)
    p = scored_entry(category, proposal, judge, rubric, 2, 8, submitted=3)

    ranking = stage_ranking(Stage.objects.get(pk=proposal.pk), category)

    # P has 8 on the heaviest criterion; Q and R have 5 each, and Q was submitted a day earlier.
    assert [(e.submission, e.rank) for e in ranking.entries] == [(p, 1), (q, 2), (r, 3)]
    assert ranking.entries[1].tie_values == (D("62.0000"), D("62.0000"), D("5.0000"), day(1))
    assert ranking.cutoff == 2
    assert ranking.ties == []
    assert not any(entry.in_tie for entry in ranking.entries)


def test_tie_that_survives_the_chain_at_the_cutoff_is_reported(edition, rubric):
    competition, category, proposal = edition
    Competition.objects.filter(pk=competition.pk).update(tie_break_chain=["heaviest_criterion"])
    proposal.shortlist_size = 3
    proposal.save()
    (judge,) = judges("juri")
    s = scored_entry(category, proposal, judge, rubric, 8, 8, submitted=5)  # 24 + 56 = 80
    t = scored_entry(category, proposal, judge, rubric, 2, 8, submitted=4)  # 6 + 56 = 62, heavy 8
    q = scored_entry(category, proposal, judge, rubric, 9, 5, submitted=1)  # 27 + 35 = 62, heavy 5
    r = scored_entry(category, proposal, judge, rubric, 9, 5, submitted=2)  # 27 + 35 = 62, heavy 5
    u = scored_entry(category, proposal, judge, rubric, 10, 0, submitted=3)  # 30 + 0 = 30

    ranking = stage_ranking(Stage.objects.get(pk=proposal.pk), category)

    # Places 3 and 4 (Q and R) are equal on the score and on the heaviest criterion; the chain has no
    # further key, so they share rank 3 and the secretariat must decide who takes the 3rd shortlist place.
    assert [entry.submission for entry in ranking.entries] == [s, t, q, r, u]
    assert [entry.rank for entry in ranking.entries] == [1, 2, 3, 3, 5]
    [tie] = ranking.ties
    assert [entry.submission for entry in tie.entries] == [q, r]
    assert [label for _index, label, _count in tie.choices] == ["lolos", "tidak lolos"]
    assert [entry.in_tie for entry in ranking.entries] == [False, False, True, True, False]
    assert tie.entries[0].tie_values == (D("62.0000"), D("5.0000"))


# Who takes part ------------------------------------------------------------------------------------------


def test_stage_pool_after_a_decided_stage_holds_only_the_advanced_entries(edition, secretariat):
    competition, category, proposal = edition
    paparan = make_stage(competition, 3, Kind.SCORED)
    advanced = make_entry(category)
    eliminated = make_entry(category)
    reverted = make_entry(category)
    withdrawn = make_entry(category)
    undecided = make_entry(category)
    ineligible = make_entry(category, status=Submission.Status.INELIGIBLE)
    decide(proposal, advanced, secretariat)
    decide(proposal, eliminated, secretariat, outcome=ELIMINATED)
    decide(proposal, reverted, secretariat, reverted=True)
    decide(proposal, reverted, secretariat, outcome=ELIMINATED)
    decide(proposal, withdrawn, secretariat)
    Submission.objects.filter(pk=withdrawn.pk).update(status=Submission.Status.WITHDRAWN)

    # Before the first scored stage: every eligible entry, never a withdrawn or ineligible one.
    assert set(stage_pool(proposal, category)) == {advanced, eliminated, reverted, undecided}
    assert ineligible not in stage_pool(proposal, category)
    # After the proposal stage: only the current "advanced" decisions.
    assert list(stage_pool(paparan, category)) == [advanced]


def test_verification_stage_ranks_by_the_visit_score(edition, secretariat):
    competition, category, proposal = edition
    fact_finding = make_stage(competition, 3, Kind.VERIFICATION, shortlist_size=2)
    a, b, c = make_entry(category), make_entry(category), make_entry(category)
    for entry in (a, b, c):
        decide(proposal, entry, secretariat, score=70)
    visit(fact_finding, a, secretariat, verified=True, score=85)
    visit(fact_finding, b, secretariat, verified=False, score=90)

    ranking = stage_ranking(fact_finding, category)

    rows = [
        (e.submission, e.score, e.verified, e.sheets_submitted, e.sheets_expected) for e in ranking.entries
    ]
    assert rows == [
        (b, D("90.0000"), False, 1, 1),
        (a, D("85.0000"), True, 1, 1),
        (c, None, None, 0, 1),
    ]
    assert not ranking.complete


def test_stage_without_sheets_lists_every_entry_without_a_score(edition):
    _, category, proposal = edition
    entries = [make_entry(category, submitted=n) for n in (2, 1)]

    ranking = stage_ranking(proposal, category)

    # Nothing to rank on yet: both unscored, the earlier submission first, no judge statistics.
    assert [(e.submission, e.score, e.adjusted) for e in ranking.entries] == [
        (entries[1], None, None),
        (entries[0], None, None),
    ]
    assert ranking.judge_stats == []
    assert not ranking.complete  # no judge is assigned yet


# Final ranking -------------------------------------------------------------------------------------------


@pytest.fixture
def final_edition(edition, secretariat):
    """Proposal (weight 40), fact finding (20), paparan (40), then the final stage; 3 winners, 1 harapan."""
    competition, category, proposal = edition
    category.winners, category.honourable_mentions = 3, 1
    category.save()
    stages = [
        proposal,
        make_stage(competition, 3, Kind.VERIFICATION, weight=20),
        make_stage(competition, 4, Kind.SCORED, weight=40),
    ]
    make_stage(competition, 5, Kind.FINAL)

    def finalist(scores, *, submitted=1, verified=None):
        entry = make_entry(category, submitted=submitted)
        for stage, score in zip(stages, scores, strict=True):
            decide(stage, entry, secretariat, score=score)
        if verified is not None:
            visit(stages[1], entry, secretariat, verified=verified, score=scores[1])
        return entry

    return competition, category, stages, finalist


def test_final_score_is_the_weighted_mean_of_the_stage_scores(final_edition, secretariat):
    competition, category, (proposal, fact_finding, paparan), finalist = final_edition
    a = finalist([80, 90, 70])
    b = finalist([75, 80, 85])
    # A's paparan was first decided at 100, then reverted and decided again at 70: only 70 counts.
    StageResult.objects.filter(submission=a, stage=paparan).update(reverted_at=timezone.now(), score=100)
    decide(paparan, a, secretariat, score=70)
    out = make_entry(category)
    decide(proposal, out, secretariat, score=95)
    decide(fact_finding, out, secretariat, score=95)
    decide(paparan, out, secretariat, score=95, outcome=ELIMINATED)

    ranking = final_ranking(competition, category)

    # A: (40 × 80 + 20 × 90 + 40 × 70) / 100 = (3200 + 1800 + 2800) / 100 = 78
    # B: (40 × 75 + 20 × 80 + 40 × 85) / 100 = (3000 + 1600 + 3400) / 100 = 80
    assert [(e.submission, e.final_score, e.rank) for e in ranking.entries] == [
        (b, D("80.0000"), 1),
        (a, D("78.0000"), 2),
    ]
    assert ranking.entries[1].stage_scores == {proposal.pk: D(80), fact_finding.pk: D(90), paparan.pk: D(70)}


def test_final_ranking_breaks_equal_final_scores_on_the_last_scored_stage(final_edition):
    competition, category, _, finalist = final_edition
    a = finalist([80, 90, 70], submitted=1)  # (3200 + 1800 + 2800) / 100 = 78
    b = finalist([70, 90, 80], submitted=2)  # (2800 + 1800 + 3200) / 100 = 78

    ranking = final_ranking(competition, category)

    # Equal at 78; B scored 80 in the paparan (the last scored stage), A 70.
    assert [entry.submission for entry in ranking.entries] == [b, a]
    assert ranking.entries[0].tie_values == (D("78.0000"), D("80.0000"), day(2))


@pytest.mark.parametrize("unverified_cannot_win", [True, False])
def test_entry_that_failed_verification_cannot_win_when_the_edition_says_so(
    final_edition, unverified_cannot_win
):
    competition, category, _, finalist = final_edition
    competition.unverified_cannot_win = unverified_cannot_win
    competition.save()
    a = finalist([80, 90, 70], verified=True)  # 78
    b = finalist([75, 80, 85])  # 80, not visited
    c = finalist([90, 95, 90], verified=False)  # (3600 + 1900 + 3600) / 100 = 91

    ranking = final_ranking(competition, category)

    rows = [(e.submission, e.final_score, e.verified, e.eligible_to_win) for e in ranking.entries]
    if unverified_cannot_win:
        assert rows == [
            (b, D("80.0000"), None, True),
            (a, D("78.0000"), True, True),
            (c, D("91.0000"), False, False),
        ]
    else:
        assert rows == [
            (c, D("91.0000"), False, True),
            (b, D("80.0000"), None, True),
            (a, D("78.0000"), True, True),
        ]


def test_final_ranking_takes_the_entries_advanced_by_the_last_deciding_stage(edition, secretariat):
    competition, category, proposal = edition
    entry = make_entry(category)
    # The proposal stage is not decided yet: nobody is in the final, and it says what is missing.
    undecided = final_ranking(competition, category)
    assert undecided.entries == []
    assert undecided.undecided_stages == [proposal]

    decide(proposal, entry, secretariat, score=64)
    (row,) = final_ranking(competition, category).entries

    # Only the proposal stage has a weight (40): 40 × 64 / 40 = 64
    assert (row.submission, row.final_score, row.stage_scores, row.verified, row.eligible_to_win) == (
        entry,
        D("64.0000"),
        {proposal.pk: D("64.0000")},
        None,
        True,
    )


def test_final_ranking_without_deciding_stages_lists_the_eligible_entries_unscored():
    competition = factories.CompetitionFactory()
    category = factories.CategoryFactory(competition=competition)
    make_stage(competition, 1, Kind.ADMINISTRATIVE)
    make_stage(competition, 2, Kind.FINAL)
    entry = make_entry(category)
    make_entry(category, status=Submission.Status.INELIGIBLE)

    assert [
        (row.submission, row.final_score, row.rank) for row in final_ranking(competition, category).entries
    ] == [(entry, None, 1)]


# Query budget --------------------------------------------------------------------------------------------


def add_scored_entries(category, stage, panel, heavy, count: int) -> list[Submission]:
    """`count` eligible entries, each assigned to and scored by every judge of the panel."""
    entries = factories.SubmissionFactory.create_batch(
        count, category=category, status=Submission.Status.ELIGIBLE, submitted_at=day(1)
    )
    sheets = ScoreSheet.objects.bulk_create(
        ScoreSheet(
            stage=stage,
            submission=entry,
            judge=judge,
            status=ScoreSheet.Status.SUBMITTED,
            total=D((entry.pk * 7 + number * 13) % 60 + 40),
        )
        for entry in entries
        for number, judge in enumerate(panel)
    )
    Score.objects.bulk_create(Score(sheet=sheet, criterion=heavy, value=D(sheet.pk % 10)) for sheet in sheets)
    Assignment.objects.bulk_create(
        Assignment(stage=stage, submission=entry, judge=judge) for entry in entries for judge in panel
    )
    Conflict.objects.create(judge=panel[0], submission=entries[0], reason="Keluarga.")
    return entries


@pytest.mark.parametrize("aggregation", Agg.values)
def test_stage_ranking_query_count_does_not_grow_with_the_entries(
    edition, aggregation, django_assert_num_queries
):
    competition, category, proposal = edition
    Competition.objects.filter(pk=competition.pk).update(aggregation=aggregation, rank_by_adjusted=True)
    heavy = Criterion.objects.create(stage=proposal, name="Signifikansi", weight=70)
    panel = judges("j1", "j2", "j3")
    add_scored_entries(category, proposal, panel, heavy, 6)

    stage = Stage.objects.get(pk=proposal.pk)  # fresh: reading its competition is part of the budget
    with CaptureQueriesContext(connection) as small:
        assert len(stage_ranking(stage, category).entries) == 6
    assert len(small.captured_queries) == STAGE_RANKING_QUERIES

    add_scored_entries(category, proposal, panel, heavy, 294)
    stage = Stage.objects.get(pk=proposal.pk)
    with django_assert_num_queries(STAGE_RANKING_QUERIES):
        assert len(stage_ranking(stage, category).entries) == 300


def test_final_ranking_query_count_does_not_grow_with_the_entries(final_edition, django_assert_num_queries):
    competition, category, stages, finalist = final_edition
    Competition.objects.filter(pk=competition.pk).update(
        tie_break_chain=["last_stage", "heaviest_criterion", "earliest_submission"]
    )
    Criterion.objects.create(stage=stages[2], name="Kebaharuan", weight=30)

    def add_finalists(count: int) -> None:
        for number in range(count):
            finalist([60 + number % 30, 70 + number % 20, 50 + number % 40], verified=number % 5 != 0)

    add_finalists(6)
    competition.refresh_from_db()
    with CaptureQueriesContext(connection) as small:
        assert len(final_ranking(competition, category).entries) == 6
    assert len(small.captured_queries) == FINAL_RANKING_QUERIES

    add_finalists(294)
    with django_assert_num_queries(FINAL_RANKING_QUERIES):
        assert len(final_ranking(competition, category).entries) == 300


def test_a_missing_stage_score_counts_as_zero_instead_of_reweighting(db):
    """Weights 40/20/40. A: 80, no field-visit score, 70 → (3200 + 0 + 2800) / 100 = 60.
    B: 80/60/70 → (3200 + 1200 + 2800) / 100 = 72. B ranks first."""
    competition = factories.CompetitionFactory()
    category = factories.CategoryFactory(competition=competition)
    secretariat = factories.make_secretariat()
    stages = [
        factories.StageFactory(competition=competition, order=order, kind=kind, weight=weight)
        for order, kind, weight in [
            (1, "scored", 40),
            (2, "verification", 20),
            (3, "scored", 40),
            (4, "final", 0),
        ]
    ]
    a, b = make_entry(category), make_entry(category)
    for stage, score_a, score_b in zip(stages[:3], [80, None, 70], [80, 60, 70], strict=True):
        decide(stage, a, secretariat, score=score_a)
        decide(stage, b, secretariat, score=score_b)
    ranking = final_ranking(competition, category)
    assert [(entry.submission, entry.final_score) for entry in ranking.entries] == [
        (b, D("72.0000")),
        (a, D("60.0000")),
    ]


def test_an_unassigned_judges_sheet_does_not_count(db):
    stage = factories.StageFactory(kind="scored", status="active")
    category = factories.CategoryFactory(competition=stage.competition)
    entry = make_entry(category)
    kept, dropped = factories.make_judge(), factories.make_judge()
    add_sheet(stage, entry, kept, 60)
    add_sheet(stage, entry, dropped, 100)
    services.remove_assignment(
        assignment=Assignment.objects.get(judge=dropped),
        by=factories.make_secretariat(),
        reason="Ternyata pernah membina tim inovasi ini.",
    )
    ranked = stage_ranking(stage, category).entries[0]
    assert (ranked.score, ranked.sheets_submitted, ranked.sheets_expected) == (D("60.0000"), 1, 1)


def test_a_ranking_reads_each_unit_once_and_leaves_the_collector_on_even_when_refused(edition):
    competition, category, proposal = edition
    heavy = Criterion.objects.create(stage=proposal, name="Signifikansi", weight=70)
    entries = add_scored_entries(category, proposal, judges("j1", "j2", "j3"), heavy, 6)
    Submission.objects.filter(pk__in=[entry.pk for entry in entries]).update(unit=entries[0].unit)
    final = factories.StageFactory(competition=competition, name="Paparan", order=9, kind=Stage.Kind.FINAL)

    with pytest.raises(ValueError):
        stage_ranking(final, category)
    assert gc.isenabled()
    ranked = stage_ranking(Stage.objects.get(pk=proposal.pk), category).entries

    assert len(ranked) == 6
    assert len({id(entry.submission.unit) for entry in ranked}) == 1  # one unit, read once, shared
    assert gc.isenabled()
