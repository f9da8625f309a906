"""Ties that decide a prize or a place in the next stage: never settled by the order of ids.

Every expected order is worked out by hand in the comments.
"""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from competitions.errors import RuleViolation
from competitions.models import Prize, Stage
from judging import services
from judging.models import Award, FieldVisit, StageResult, TieDecision
from judging.ranking import TieChoice, final_ranking, stage_ranking
from submissions.models import Submission
from tests import factories
from tests.judging.conftest import decide_stage

pytestmark = pytest.mark.django_db
D = Decimal
Kind = Stage.Kind


def decide(stage, entry, by, *, score, outcome=StageResult.Outcome.ADVANCED) -> StageResult:
    return StageResult.objects.create(
        stage=stage, submission=entry, score=D(str(score)), rank=1, outcome=outcome, decided_by=by
    )


def entry_in(category, *, submitted_day: int) -> Submission:
    return factories.SubmissionFactory(
        category=category,
        status=Submission.Status.ELIGIBLE,
        submitted_at=datetime.datetime(2026, 3, submitted_day, 9, tzinfo=datetime.UTC),
    )


@pytest.fixture
def edition(db, secretariat):
    """Proposal (scored, weight 50) → fact finding (verification, weight 50) → final; chain: last scored
    stage, then earliest submission. Prizes: Juara 1 (Rp3.000.000), Juara 2 (Rp2.000.000), Harapan 1."""
    competition = factories.CompetitionFactory(tie_break_chain=["last_stage"])
    category = factories.CategoryFactory(competition=competition, shortlist_size=2, winners=2)
    proposal = factories.StageFactory(
        competition=competition, order=1, kind=Kind.SCORED, weight=50, shortlist_size=4
    )
    visits = factories.StageFactory(
        competition=competition, order=2, kind=Kind.VERIFICATION, weight=50, shortlist_size=3
    )
    factories.StageFactory(competition=competition, order=3, kind=Kind.FINAL)
    for place, label, amount, kind in [
        (1, "Juara 1", 3_000_000, "juara"),
        (2, "Juara 2", 2_000_000, "juara"),
        (3, "Harapan 1", 0, "harapan"),
    ]:
        Prize.objects.create(category=category, place=place, label=label, amount=amount, kind=kind)
    return competition, category, proposal, visits


def visit(stage, entry, by, *, score, verified=True):
    return FieldVisit.objects.create(
        stage=stage,
        submission=entry,
        visited_on=datetime.date(2026, 4, 1),
        team="Tim",
        findings="Berjalan.",
        verified=verified,
        score=None if score is None else D(str(score)),
        recorded_by=by,
    )


def test_a_verification_stage_breaks_a_tie_on_the_last_scored_stage_before_it(edition, secretariat):
    _competition, category, proposal, visits = edition
    early = entry_in(category, submitted_day=1)  # proposal 70
    late = entry_in(category, submitted_day=2)  # proposal 90
    for entry, score in [(early, 70), (late, 90)]:
        decide(proposal, entry, secretariat, score=score)
        visit(visits, entry, secretariat, score=80)

    ranking = stage_ranking(visits, category)

    # Both visits scored 80; the last scored stage before fact finding is the proposal: 90 beats 70,
    # although the 70 was submitted first.
    assert [entry.submission for entry in ranking.entries] == [late, early]
    assert [entry.rank for entry in ranking.entries] == [1, 2]
    assert ranking.entries[0].tie_values == (D("80.0000"), D("90.0000"))


def test_a_tie_for_juara_1_needs_the_secretariats_placing_and_reason(edition, secretariat):
    competition, category, proposal, visits = edition
    a, b, c = (entry_in(category, submitted_day=day) for day in (1, 2, 3))
    # Final = (50 × proposal + 50 × visit) / 100: A (85 + 85) / 2 = 85, B 85, C (70 + 70) / 2 = 70.
    # The chain's only key is the proposal score, 85 for both: it cannot split A and B.
    decide_stage(proposal, category, {a: 85, b: 85, c: 70}, by=secretariat)
    decide_stage(visits, category, {a: 85, b: 85, c: 70}, by=secretariat)

    ranking = final_ranking(competition, category)
    assert [(entry.rank, entry.final_score) for entry in ranking.entries] == [
        (1, D("85.0000")),
        (1, D("85.0000")),
        (3, D("70.0000")),
    ]
    [tie] = ranking.ties
    assert [label for _index, label, _count in tie.choices] == ["Juara 1", "Juara 2"]
    with pytest.raises(RuleViolation):  # worth Rp1.000.000: never settled by the order of ids
        services.decide_awards(competition=competition, category=category, by=secretariat)
    assert not Award.objects.exists()

    services.decide_awards(
        competition=competition,
        category=category,
        by=secretariat,
        tie_choices={"1": TieChoice([b.pk, a.pk], "Paparan B lebih meyakinkan juri.")},
    )
    awards = {award.prize.label: award for award in Award.objects.select_related("prize")}
    assert (awards["Juara 1"].submission, awards["Juara 2"].submission) == (b, a)
    assert awards["Harapan 1"].submission == c
    assert awards["Juara 1"].rank == awards["Juara 2"].rank == 1
    decision = TieDecision.objects.get()
    assert awards["Juara 1"].tie_decision == decision == awards["Juara 2"].tie_decision
    assert awards["Harapan 1"].tie_decision is None
    assert (decision.places, decision.reason) == ("Juara 1 / Juara 2", "Paparan B lebih meyakinkan juri.")


def test_a_tie_after_the_last_prize_needs_a_placing_too(edition, secretariat):
    competition, category, proposal, visits = edition
    entries = [entry_in(category, submitted_day=day) for day in (1, 2, 3, 4)]
    # 90, 80, then two at 70 for Harapan 1 (the last prize) and nothing.
    for entry, score in zip(entries, [90, 80, 70, 70], strict=True):
        decide(proposal, entry, secretariat, score=score)
        decide(visits, entry, secretariat, score=score)

    [tie] = final_ranking(competition, category).ties

    assert [label for _index, label, _count in tie.choices] == ["Harapan 1", "tanpa penghargaan"]
    assert {entry.submission for entry in tie.entries} == set(entries[2:])


def test_a_visit_without_a_score_in_a_weighted_stage_is_refused(edition, secretariat, verifier):
    _competition, category, proposal, visits = edition
    entry = entry_in(category, submitted_day=1)
    decide(proposal, entry, secretariat, score=80)
    Stage.objects.filter(pk=visits.pk).update(status=Stage.Status.ACTIVE)
    visits.refresh_from_db()
    with pytest.raises(RuleViolation):
        services.record_field_visit(
            stage=visits,
            submission=entry,
            by=verifier,
            visited_on=datetime.date(2026, 4, 1),
            team="Tim",
            findings="Berjalan baik.",
            verified=True,
            score=None,
        )
    assert not FieldVisit.objects.exists()


def test_a_scoreless_visit_recorded_earlier_shows_as_a_gap_and_blocks_the_decision(
    client, edition, secretariat
):
    _competition, category, proposal, visits = edition
    best, other = entry_in(category, submitted_day=1), entry_in(category, submitted_day=2)
    for entry in (best, other):
        decide(proposal, entry, secretariat, score=80)
    visit(visits, best, secretariat, score=None)  # kept from before the rule
    visit(visits, other, secretariat, score=60)

    ranking = stage_ranking(visits, category)

    assert ranking.entries[-1].visit_score_missing  # a missing score sorts last, it never counts as 0
    assert not ranking.complete and ranking.problems
    with pytest.raises(RuleViolation):
        services.advance_shortlist(stage=visits, category=category, by=secretariat)
    client.force_login(secretariat)
    html = client.get(reverse("admin:judging_stage_ranking", args=[visits.pk, category.pk])).content.decode()
    assert "tanpa nilai" in html and best.innovation.title in html


def test_the_final_page_names_a_prize_tie_and_records_the_decision_it_shows(client, edition, secretariat):
    competition, category, proposal, visits = edition
    a, b = entry_in(category, submitted_day=1), entry_in(category, submitted_day=2)
    decide_stage(proposal, category, {a: 85, b: 85}, by=secretariat)
    decide_stage(visits, category, {a: 85, b: 85}, by=secretariat)
    client.force_login(secretariat)
    url = reverse("admin:judging_final_ranking", args=[competition.pk, category.pk])

    html = client.get(url).content.decode()

    assert "Seri untuk Juara 1 / Juara 2" in html
    assert "batas nominasi" not in html
    placing = {f"tie-1-{a.pk}": "1", f"tie-1-{b.pk}": "0", "reason-1": "Dampak lebih luas bagi warga."}
    assert client.post(url, {**placing, "confirm": "1"}).status_code == 302
    decided = client.get(url).content.decode()
    assert "Dampak lebih luas bagi warga." in decided
    assert secretariat.username in decided
    assert "Seri untuk Juara 1 / Juara 2" in decided
    juara_1 = Award.objects.get(prize__label="Juara 1")
    assert juara_1.submission == b
    record = client.get(reverse("admin:judging_award_change", args=[juara_1.pk])).content.decode()
    assert "Juara 1 / Juara 2" in record  # the award record names the tie decision behind it
    found = client.get(reverse("admin:judging_tiedecision_changelist"), {"q": "lebih luas bagi warga"})
    assert "Juara 1 / Juara 2" in found.content.decode()  # and the admin's search finds the reason
