"""Which sheets count and who is conflicted: one rule, asked by every page and every number.

A judge taken off an entry, a judge who declared a conflict and a judge who works for the entry's unit
(even a unit made inactive since) are treated the same everywhere: rankings, tie-break keys, the
feedback units read, the judges' own pages and the check that a stage has nothing left undecided.
"""

import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from competitions.models import Competition, Criterion, Membership, Prize, Stage
from competitions.services import change_competition_status
from judging import eligibility, services
from judging.models import Assignment, ScoreSheet
from judging.ranking import stage_ranking
from judging.selectors import feedback_for_unit, other_judges_totals, undecided_in_stage
from submissions import services as submission_services
from tests import factories

pytestmark = pytest.mark.django_db
D = Decimal


def sheet(round_, entry, judge, light, heavy, *, by):
    """Assign (through the service) and submit a sheet; light weighs 40, heavy 60 (both 1–10)."""
    stage = round_["stage"]
    services.assign_judge(stage=stage, submission=entry, judge=judge, by=by)
    light_criterion, heavy_criterion = round_["criteria"]
    return services.save_sheet(
        stage=stage,
        submission=entry,
        judge=judge,
        values={light_criterion.pk: (str(light), ""), heavy_criterion.pk: (str(heavy), "")},
        submit=True,
    )


@pytest.fixture
def round_(scored_round):
    """The scored round with its rubric reordered: the heavier criterion (60) decides the tie-break key."""
    first, second = scored_round["criteria"]
    Criterion.objects.filter(pk=first.pk).update(weight=40)
    Criterion.objects.filter(pk=second.pk).update(weight=60)
    return {**scored_round, "criteria": (first, second)}


def remove(judge, entry, round_, by):
    assignment = Assignment.objects.get(stage=round_["stage"], submission=entry, judge=judge)
    services.remove_assignment(assignment=assignment, by=by, reason="Diganti juri cadangan.")


def test_a_removed_judges_sheet_does_not_split_a_tie_on_the_heaviest_criterion(round_, secretariat):
    """Two entries level on total and heaviest criterion among the current judges stay tied at the
    cutoff, even though a removed judge gave one of them a higher score on that criterion."""
    stage, category = round_["stage"], round_["category"]
    stage.shortlist_size = 1
    stage.save()
    for entry in round_["entries"][2:]:
        submission_services.withdraw_submission(submission=entry, by=secretariat, reason="Tim berganti.")
    first, second = round_["entries"][:2]
    judge_a, judge_b, removed = round_["judges"]
    # (40 × 7/9 + 60 × 4/9) = 31.1111 + 26.6667 = 57.7778 for both, heavy 5 for both.
    sheet(round_, first, judge_a, 8, 5, by=secretariat)
    sheet(round_, second, judge_a, 8, 5, by=secretariat)
    sheet(round_, first, judge_b, 8, 5, by=secretariat)
    sheet(round_, second, judge_b, 8, 5, by=secretariat)
    sheet(round_, second, removed, 1, 10, by=secretariat)
    remove(removed, second, round_, secretariat)

    ranking = stage_ranking(stage, category)

    assert [entry.rank for entry in ranking.entries] == [1, 1]
    [tie] = ranking.ties
    assert {entry.submission for entry in tie.entries} == {first, second}
    assert [entry.tie_values[-1] for entry in ranking.entries] == [D("5.0000"), D("5.0000")]


def test_units_read_only_the_counted_sheets_after_publication(round_, secretariat):
    competition, stage, category = round_["competition"], round_["stage"], round_["category"]
    competition.show_feedback_to_units = True
    competition.save()
    entry = round_["entries"][0]
    judge_a, judge_b, removed = round_["judges"]
    sheet(round_, entry, judge_a, 7, 7, by=secretariat)
    kept = sheet(round_, entry, judge_b, 6, 6, by=secretariat)
    dropped = sheet(round_, entry, removed, 1, 1, by=secretariat)
    remove(removed, entry, round_, secretariat)
    Competition.objects.filter(pk=competition.pk).update(status=Competition.Status.JUDGING)
    for score, other in enumerate(round_["entries"][1:], start=1):
        for judge in (judge_a, judge_b):
            sheet(round_, other, judge, score, score, by=secretariat)
    services.advance_shortlist(stage=stage, category=category, by=secretariat)
    publish_with_an_award(round_, secretariat)

    entry.refresh_from_db()
    entry.competition.refresh_from_db()
    (feedback,) = feedback_for_unit(entry)

    shown = {item.pk for item in feedback.sheets}
    assert kept.pk in shown and dropped.pk not in shown
    assert len(shown) == 2


def publish_with_an_award(round_, secretariat):
    competition, category = round_["competition"], round_["category"]
    Prize.objects.create(category=category, place=1, label="Juara 1", amount=1_000_000)
    factories.StageFactory(competition=competition, order=3, kind=Stage.Kind.FINAL)
    services.decide_awards(competition=competition, category=category, by=secretariat)
    competition.refresh_from_db()
    change_competition_status(competition=competition, to=Competition.Status.ANNOUNCED, by=secretariat)


def test_a_judge_sees_only_the_other_judges_counted_totals(round_, secretariat):
    stage = round_["stage"]
    stage.judges_see_scores_after_close = True
    stage.save()
    entry = round_["entries"][0]
    judge_a, judge_b, removed = round_["judges"]
    sheet(round_, entry, judge_a, 7, 7, by=secretariat)
    sheet(round_, entry, judge_b, 10, 10, by=secretariat)
    sheet(round_, entry, removed, 1, 1, by=secretariat)
    remove(removed, entry, round_, secretariat)
    Stage.objects.filter(pk=stage.pk).update(status=Stage.Status.CLOSED)

    assignment = Assignment.objects.select_related("stage").get(judge=judge_a, submission=entry)

    # judge_b's 100 is shown; the removed judge's 0 is not, nor judge_a's own.
    assert other_judges_totals(assignment) == [D("100.0000")]


def test_working_for_an_inactive_unit_is_still_a_conflict_everywhere(client, round_, secretariat):
    entry = round_["entries"][0]
    judge = round_["judges"][0]
    Membership.objects.create(user=judge, unit=entry.unit)
    entry.unit.is_active = False
    entry.unit.save()
    Assignment.objects.create(stage=round_["stage"], submission=entry, judge=judge)  # made before the link

    assert eligibility.is_conflicted(judge, entry)
    client.force_login(judge)
    assert client.get(reverse("judging:score", args=[round_["stage"].pk, entry.pk])).status_code == 404
    dashboard = client.get(reverse("judging:dashboard")).content.decode()
    assert entry.innovation.title not in dashboard
    assert not eligibility.expected_assignments(round_["stage"]).filter(judge=judge).exists()
    assert all(judge.username not in problem for problem in undecided_in_stage(round_["stage"]))


def test_a_removed_judge_can_no_longer_open_or_save_the_entry(client, round_, secretariat):
    entry, judge = round_["entries"][0], round_["judges"][0]
    sheet_before = sheet(round_, entry, judge, 5, 5, by=secretariat)
    ScoreSheet.objects.filter(pk=sheet_before.pk).update(status=ScoreSheet.Status.DRAFT)
    remove(judge, entry, round_, secretariat)
    client.force_login(judge)
    assert client.get(reverse("judging:score", args=[round_["stage"].pk, entry.pk])).status_code == 404
    assert not eligibility.may_judge(judge, round_["stage"], entry)


def test_the_rule_is_spelled_out_in_one_module_only():
    """Conflicts, memberships and submitted sheets are read in `judging/eligibility.py` and nowhere else
    in the judging app (creating a declared conflict is the one write)."""
    rule_parts = re.compile(r"Conflict\.objects\.filter|Membership\.objects|memberships|Status\.SUBMITTED")
    offenders = []
    for path in Path(settings.BASE_DIR, "judging").rglob("*.py"):
        if path.name == "eligibility.py" or "migrations" in path.parts:
            continue
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if rule_parts.search(line) and "sheet.status" not in line:
                offenders.append(f"{path.relative_to(settings.BASE_DIR)}:{number}: {line.strip()}")
    assert offenders == []
