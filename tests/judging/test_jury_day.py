"""The jury's day around the judging core: decisions that show and stay true to what they rest on,
confirmations before irreversible steps, feedback units can find, the judges' list, and conflicts that
reach the secretariat with a replacement to assign."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse

from competitions.errors import RuleViolation
from competitions.models import Competition, Prize, Stage
from competitions.selectors import StepState, competition_timeline, public_competitions
from competitions.services import change_competition_status
from judging import services
from judging.models import Assignment, DecisionReview, FieldVisit, ScoreSheet
from judging.selectors import decision_changes
from tests import factories
from tests.judging.conftest import decide_stage

pytestmark = pytest.mark.django_db
D = Decimal


@pytest.fixture
def fact_finding(db, secretariat):
    """Proposal (decided, weight 50) → fact finding (running, weight 50) → final, two finalists."""
    competition = factories.CompetitionFactory(status=Competition.Status.JUDGING, show_feedback_to_units=True)
    category = factories.CategoryFactory(competition=competition, shortlist_size=2, winners=1)
    Prize.objects.create(category=category, place=1, label="Juara 1", amount=3_000_000)
    Prize.objects.create(category=category, place=2, label="Harapan 1", amount=0, kind="harapan")
    proposal = factories.StageFactory(competition=competition, order=1, kind=Stage.Kind.SCORED, weight=50)
    visits = factories.StageFactory(competition=competition, order=2, kind=Stage.Kind.VERIFICATION, weight=50)
    factories.StageFactory(competition=competition, order=3, kind=Stage.Kind.FINAL)
    first = factories.SubmissionFactory(category=category, status="eligible")
    second = factories.SubmissionFactory(category=category, status="eligible")
    decide_stage(proposal, category, {first: 90, second: 80}, by=secretariat)
    return {
        "competition": competition,
        "category": category,
        "proposal": proposal,
        "visits": visits,
        "entries": (first, second),
    }


def test_a_visit_score_cannot_change_after_fact_finding_is_decided(fact_finding, secretariat, verifier):
    first, second = fact_finding["entries"]
    decide_stage(fact_finding["visits"], fact_finding["category"], {first: 95, second: 70}, by=secretariat)
    with pytest.raises(RuleViolation) as refused:
        services.record_field_visit(
            stage=fact_finding["visits"],
            submission=first,
            by=verifier,
            visited_on=datetime.date(2026, 4, 2),
            team="Tim",
            findings="Dikunjungi ulang.",
            verified=True,
            score=D("88"),
        )
    assert "sudah ditetapkan" in refused.value.messages[0] and "membatalkan" in refused.value.messages[0]
    assert FieldVisit.objects.get(submission=first).score == D("95")
    competition, category = fact_finding["competition"], fact_finding["category"]
    (award, _harapan) = services.decide_awards(competition=competition, category=category, by=secretariat)
    # (50 × 90 + 50 × 95) / 100 = 92.5: the decided visit score, not the 88 that was refused.
    assert award.final_score == D("92.5000")


def test_a_score_sheet_cannot_be_reopened_after_its_stage_is_decided(fact_finding, secretariat):
    sheet = ScoreSheet.objects.filter(stage=fact_finding["proposal"]).first()
    with pytest.raises(RuleViolation):
        services.reopen_sheet(sheet=sheet, by=secretariat, reason="Salah ketik.")
    sheet.refresh_from_db()
    assert sheet.status == ScoreSheet.Status.SUBMITTED


def test_a_later_conflict_is_flagged_on_the_decided_stage_until_the_secretariat_keeps_the_decision(
    client, fact_finding, secretariat
):
    first, second = fact_finding["entries"]
    proposal, category = fact_finding["proposal"], fact_finding["category"]
    judge = ScoreSheet.objects.filter(stage=proposal).first().judge
    # The judge turns out to work for the first entry's unit: their proposal sheet no longer counts.
    factories.MembershipFactory(user=judge, unit=first.unit)

    [change] = decision_changes(proposal, category)
    assert (change.submission, change.decided, change.now) == (first, (D("90.0000"), None), (None, None))
    client.force_login(secretariat)
    ranking_url = reverse("admin:judging_stage_ranking", args=[proposal.pk, category.pk])
    assert "Berubah sejak keputusan" in client.get(ranking_url).content.decode()
    final_url = reverse("admin:judging_final_ranking", args=[fact_finding["competition"].pk, category.pk])
    assert "Berubah sejak keputusan" in client.get(final_url).content.decode()
    decide_stage(fact_finding["visits"], category, {first: 95, second: 70}, by=secretariat)
    with pytest.raises(RuleViolation):
        services.decide_awards(competition=fact_finding["competition"], category=category, by=secretariat)

    assert client.post(ranking_url, {"keep": "", "note": ""}).status_code == 200  # a reason is needed
    client.post(ranking_url, {"keep": "", "note": "Nilai juri lain sudah cukup untuk keputusan ini."})
    review = DecisionReview.objects.get()
    assert review.reviewed_by == secretariat and review.snapshot == {str(first.pk): " | "}
    assert decision_changes(proposal, category) == []
    page = client.get(ranking_url).content.decode()
    assert "Berubah sejak keputusan" not in page and "Nilai juri lain sudah cukup" in page
    services.decide_awards(competition=fact_finding["competition"], category=category, by=secretariat)


def test_publishing_asks_first_and_names_the_units_to_be_emailed(client, fact_finding, secretariat):
    first, second = fact_finding["entries"]
    competition, category = fact_finding["competition"], fact_finding["category"]
    decide_stage(fact_finding["visits"], category, {first: 95, second: 70}, by=secretariat)
    services.decide_awards(competition=competition, category=category, by=secretariat)
    client.force_login(secretariat)
    url = reverse("admin:judging_final_ranking", args=[competition.pk, category.pk])
    page = client.post(url, {"publish": ""}).content.decode()
    assert first.unit.name in page and second.unit.name in page and "Ya, umumkan hasil" in page
    competition.refresh_from_db()
    assert not competition.results_are_published  # nothing happened yet
    client.post(url, {"confirm-publish": ""})
    competition.refresh_from_db()
    assert competition.results_are_published


def test_after_the_announcement_every_stage_reads_as_finished_on_the_public_page(
    client, fact_finding, secretariat
):
    first, second = fact_finding["entries"]
    competition, category = fact_finding["competition"], fact_finding["category"]
    timeline = competition_timeline(public_competitions().get(pk=competition.pk))
    # The proposal stage is decided for its only category: finished, although nobody closed it.
    assert [step.state for step in timeline.steps] == [
        StepState.DONE,
        StepState.DONE,
        StepState.UPCOMING,
        StepState.UPCOMING,
    ]
    decide_stage(fact_finding["visits"], category, {first: 95, second: 70}, by=secretariat)
    services.decide_awards(competition=competition, category=category, by=secretariat)
    change_competition_status(competition=competition, to=Competition.Status.ANNOUNCED, by=secretariat)
    timeline = competition_timeline(public_competitions().get(pk=competition.pk))
    assert all(step.state == StepState.DONE for step in timeline.steps)
    page = client.get(reverse("competitions:detail", args=[competition.slug])).content.decode()
    assert page.count("stepper-step--done") == 4
    assert "stepper-step--current" not in page and "stepper-step--upcoming" not in page


def test_units_find_their_feedback_from_the_dashboard_the_entry_and_the_email(
    client, fact_finding, secretariat, django_capture_on_commit_callbacks
):
    first, second = fact_finding["entries"]
    competition, category = fact_finding["competition"], fact_finding["category"]
    sheet = ScoreSheet.objects.get(stage=fact_finding["proposal"], submission=first)
    sheet.scores.update(note="Data dampak perlu diperjelas.")
    ScoreSheet.objects.filter(pk=sheet.pk).update(note="Inovasi yang matang.")
    decide_stage(fact_finding["visits"], category, {first: 95, second: 70}, by=secretariat)
    services.decide_awards(competition=competition, category=category, by=secretariat)
    operator = factories.make_operator(unit=first.unit, email="operator@unit.go.id")
    with django_capture_on_commit_callbacks(execute=True):
        change_competition_status(competition=competition, to=Competition.Status.ANNOUNCED, by=secretariat)

    feedback_url = reverse("judging:feedback", args=[first.pk])
    email = next(message for message in mail.outbox if "operator@unit.go.id" in message.to)
    assert feedback_url in email.body and "Juara 1" in email.body
    client.force_login(operator)
    assert feedback_url in client.get(reverse("submissions:dashboard")).content.decode()
    assert feedback_url in client.get(reverse("submissions:entry", args=[first.pk])).content.decode()
    page = client.get(feedback_url).content.decode()
    assert "Data dampak perlu diperjelas." in page and "Inovasi yang matang." in page
    assert "Layanan berjalan di lokasi." in page  # the field visit's findings
    assert "Tim verifikasi" not in page  # the team stays anonymous, like the judges


def test_a_reopened_sheet_is_marked_on_the_judges_list_with_its_reason(client, scored_round, secretariat):
    entry, judge = scored_round["entries"][0], scored_round["judges"][0]
    services.assign_judge(stage=scored_round["stage"], submission=entry, judge=judge, by=secretariat)
    first, second = scored_round["criteria"]
    sheet = services.save_sheet(
        stage=scored_round["stage"],
        submission=entry,
        judge=judge,
        values={first.pk: ("7", ""), second.pk: ("8", "")},
        submit=True,
    )
    services.reopen_sheet(sheet=sheet, by=secretariat, reason="Skor kebaruan tertukar dengan signifikansi.")
    client.force_login(judge)
    page = client.get(reverse("judging:dashboard")).content.decode()
    assert "Dibuka kembali" in page and "Skor kebaruan tertukar dengan signifikansi." in page


def test_a_declared_conflict_reaches_the_secretariat_and_a_replacement_can_be_assigned(
    client, scored_round, secretariat, django_capture_on_commit_callbacks
):
    stage, category = scored_round["stage"], scored_round["category"]
    services.auto_assign(stage=stage, category=category, by=secretariat)  # 2 judges per entry
    entry = scored_round["entries"][0]
    leaving = (
        Assignment.objects.filter(stage=stage, submission=entry).order_by("judge__username").first().judge
    )
    with django_capture_on_commit_callbacks(execute=True):
        conflict = services.declare_conflict(judge=leaving, submission=entry, reason="Mantan atasan tim ini.")
    notice = mail.outbox[-1]
    assert secretariat.email in notice.to and "Mantan atasan tim ini." in notice.body
    replace_url = reverse("admin:judging_conflict_replace", args=[conflict.pk])
    assert replace_url in notice.body

    client.force_login(secretariat)
    page = client.get(replace_url).content.decode()
    assigned = set(Assignment.objects.filter(stage=stage, submission=entry).values_list("judge", flat=True))
    (free,) = [judge for judge in scored_round["judges"] if judge.pk not in assigned]
    assert f'value="{free.pk}"' in page
    client.post(replace_url, {"stage": stage.pk, "judge": free.pk})
    assert Assignment.objects.filter(stage=stage, submission=entry, judge=free, removed_at=None).exists()
    # Running the automatic assignment again also fills the gap the conflict left, and nothing more.
    assert services.auto_assign(stage=stage, category=category, by=secretariat).created == 0


def test_the_ranking_page_explains_its_numbers_and_shows_every_method(client, scored_round, secretariat):
    client.force_login(secretariat)
    url = reverse("admin:judging_stage_ranking", args=[scored_round["stage"].pk, scored_round["category"].pk])
    page = client.get(url).content.decode()
    assert "Apa arti angka-angka ini?" in page
    for heading in ("Rata-rata", "Median", "Rata-rata terpangkas", "Terkoreksi", "Selisih juri"):
        assert heading in page
    assert "mulai selisih 5 poin" in page  # the documented threshold for "lebih longgar / lebih ketat"
