"""Deciding the shortlist (with a tie at the cutoff), reverting it, the awards and their publication."""

from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse

from competitions.errors import RuleViolation
from competitions.models import Competition, Event, Prize, Stage
from competitions.services import change_competition_status
from judging import services
from judging.models import Assignment, Award, FieldVisit, StageResult, TieDecision
from judging.ranking import TieChoice, stage_pool, stage_ranking
from submissions import services as submission_services
from tests import factories
from tests.files import image_upload

pytestmark = pytest.mark.django_db


def publish(competition, by):
    """Registration closes (judging starts), then the winners are announced: the one door for both."""
    competition.refresh_from_db()
    if competition.status == Competition.Status.OPEN:
        change_competition_status(competition=competition, to=Competition.Status.JUDGING, by=by)
    return change_competition_status(competition=competition, to=Competition.Status.ANNOUNCED, by=by)


def score_all(round_, scores_by_entry):
    """Two judges give each entry the same (novelty, impact) pair, so its mean is that sheet's total."""
    stage = round_["stage"]
    first, second = round_["criteria"]
    for entry, (novelty, impact) in zip(round_["entries"], scores_by_entry, strict=True):
        for judge in round_["judges"][:2]:
            Assignment.objects.get_or_create(stage=stage, submission=entry, judge=judge)
            services.save_sheet(
                stage=stage,
                submission=entry,
                judge=judge,
                values={first.pk: (str(novelty), ""), second.pk: (str(impact), "")},
                submit=True,
            )


# Totals, (60·(n−1)/9 + 40·(i−1)/9): (10,10) = 100, (9,9) = 88.8889, (8,8) = 77.7778, (7,7) = 66.6667.
DISTINCT = [(10, 10), (9, 9), (8, 8), (7, 7), (6, 6), (5, 5)]


def test_deciding_the_shortlist_records_every_entry_and_emails_the_units(
    scored_round, secretariat, django_capture_on_commit_callbacks
):
    score_all(scored_round, DISTINCT)
    for entry in scored_round["entries"]:
        factories.make_operator(unit=entry.unit, email=f"op{entry.pk}@example.go.id")
    with django_capture_on_commit_callbacks(execute=True):
        services.advance_shortlist(
            stage=scored_round["stage"], category=scored_round["category"], by=secretariat
        )
    results = list(StageResult.objects.order_by("rank"))
    assert [result.rank for result in results] == [1, 2, 3, 4, 5, 6]
    assert [result.outcome for result in results] == ["advanced"] * 3 + ["eliminated"] * 3
    assert results[0].score == Decimal("100.0000")
    assert results[1].score == Decimal("88.8889")
    assert results[0].decided_by == secretariat
    assert len(mail.outbox) == 6
    assert Event.objects.filter(action="shortlist_decided").exists()
    next_stage = factories.StageFactory(
        competition=scored_round["competition"], order=3, kind=Stage.Kind.VERIFICATION
    )
    assert set(stage_pool(next_stage, scored_round["category"])) == set(scored_round["entries"][:3])


def test_the_shortlist_waits_for_every_sheet(scored_round, secretariat):
    Assignment.objects.create(
        stage=scored_round["stage"], submission=scored_round["entries"][0], judge=scored_round["judges"][0]
    )
    with pytest.raises(RuleViolation):
        services.advance_shortlist(
            stage=scored_round["stage"], category=scored_round["category"], by=secretariat
        )


def test_a_tie_at_the_cutoff_blocks_until_the_secretariat_places_it_with_a_reason(scored_round, secretariat):
    # Third and fourth place tie on the total and on the heaviest criterion (the only chain key here).
    score_all(scored_round, [(10, 10), (9, 9), (8, 8), (8, 8), (6, 6), (5, 5)])
    stage, category = scored_round["stage"], scored_round["category"]
    third, fourth = scored_round["entries"][2], scored_round["entries"][3]
    ranking = stage_ranking(stage, category)
    [tie] = ranking.ties
    assert {entry.submission for entry in tie.entries} == {third, fourth}
    assert (tie.first_place, tie.last_place) == (3, 4)
    with pytest.raises(RuleViolation):
        services.advance_shortlist(stage=stage, category=category, by=secretariat)
    with pytest.raises(RuleViolation):  # no reason
        services.advance_shortlist(
            stage=stage,
            category=category,
            by=secretariat,
            tie_choices={"3": TieChoice([fourth.pk, third.pk], "")},
        )
    with pytest.raises(RuleViolation):  # not exactly the tied entries
        services.advance_shortlist(
            stage=stage,
            category=category,
            by=secretariat,
            tie_choices={"3": TieChoice([fourth.pk], "Keduanya")},
        )
    services.advance_shortlist(
        stage=stage,
        category=category,
        by=secretariat,
        tie_choices={"3": TieChoice([fourth.pk, third.pk], "Bukti lapangan lebih kuat")},
    )
    results = {result.submission_id: result for result in StageResult.objects.all()}
    assert (results[third.pk].outcome, results[fourth.pk].outcome) == ("eliminated", "advanced")
    # Tied entries keep their shared rank in the record: 1, 2, 3, 3, 5, 6.
    assert sorted(result.rank for result in results.values()) == [1, 2, 3, 3, 5, 6]
    decision = TieDecision.objects.get()
    assert results[fourth.pk].tie_decision == decision == results[third.pk].tie_decision
    assert decision.reason == "Bukti lapangan lebih kuat"
    assert decision.order == [fourth.pk, third.pk]
    assert decision.decided_by == secretariat


def test_entries_still_equal_after_the_chain_share_a_rank_on_the_ranking(scored_round):
    # 5th and 6th tie, below the cutoff of 3: they share rank 5 and nobody has to decide anything.
    score_all(scored_round, [(10, 10), (9, 9), (8, 8), (7, 7), (5, 5), (5, 5)])
    ranking = stage_ranking(scored_round["stage"], scored_round["category"])
    assert [entry.rank for entry in ranking.entries] == [1, 2, 3, 4, 5, 5]
    assert ranking.ties == []


def test_reverting_needs_a_reason_keeps_the_record_and_allows_a_new_decision(scored_round, secretariat):
    score_all(scored_round, DISTINCT)
    stage, category = scored_round["stage"], scored_round["category"]
    services.advance_shortlist(stage=stage, category=category, by=secretariat)
    with pytest.raises(RuleViolation):
        services.revert_shortlist(stage=stage, category=category, by=secretariat, reason="")
    services.revert_shortlist(stage=stage, category=category, by=secretariat, reason="Salah kategori")
    assert StageResult.objects.filter(reverted_at__isnull=False, revert_reason="Salah kategori").count() == 6
    assert Event.objects.get(action="shortlist_reverted").note == "Salah kategori"
    services.advance_shortlist(stage=stage, category=category, by=secretariat)
    assert StageResult.objects.filter(reverted_at__isnull=True).count() == 6


@pytest.fixture
def final_round(scored_round, secretariat):
    """The proposal stage decided (top 3), a field visit per finalist, the final stage running."""
    competition, category = scored_round["competition"], scored_round["category"]
    category.winners, category.honourable_mentions = 2, 1
    category.save()
    for place, label, amount in [(1, "Juara 1", 3_000_000), (2, "Juara 2", 2_000_000), (3, "Harapan 1", 0)]:
        Prize.objects.create(
            category=category,
            place=place,
            label=label,
            amount=amount,
            kind="juara" if place < 3 else "harapan",
        )
    score_all(scored_round, DISTINCT)
    stage = scored_round["stage"]
    stage.weight = 60
    stage.save()
    services.advance_shortlist(stage=stage, category=category, by=secretariat)
    stage.status = Stage.Status.CLOSED
    stage.save()
    visits = factories.StageFactory(
        competition=competition, order=3, kind=Stage.Kind.VERIFICATION, weight=40, status=Stage.Status.ACTIVE
    )
    finalists = scored_round["entries"][:3]
    for entry, (score, verified) in zip(finalists, [(50, False), (90, True), (60, True)], strict=True):
        FieldVisit.objects.create(
            stage=visits,
            submission=entry,
            visited_on="2026-06-20",
            team="Tim",
            findings="-",
            verified=verified,
            score=score,
            recorded_by=secretariat,
        )
    services.advance_shortlist(stage=visits, category=category, by=secretariat)
    visits.status = Stage.Status.CLOSED
    visits.save()
    factories.StageFactory(
        competition=competition, order=4, kind=Stage.Kind.FINAL, status=Stage.Status.ACTIVE
    )
    return {**scored_round, "finalists": finalists}


def test_awards_follow_the_final_composite_and_an_unverified_entry_cannot_win(final_round, secretariat):
    competition, category = final_round["competition"], final_round["category"]
    first, second, third = final_round["finalists"]
    awards = services.decide_awards(competition=competition, category=category, by=secretariat)
    # Finals: (60 × 88.8889 + 40 × 90) / 100 = 89.3333; (60 × 77.7778 + 40 × 60) / 100 = 70.6667;
    # the 100-point proposal failed verification, so it wins nothing.
    assert [(award.prize.label, award.submission) for award in awards] == [
        ("Juara 1", second),
        ("Juara 2", third),
    ]
    assert awards[0].final_score == Decimal("89.3333")
    assert not Award.objects.filter(submission=first).exists()


def test_publishing_shows_the_winners_on_the_public_results_page(
    client, final_round, secretariat, django_capture_on_commit_callbacks
):
    competition, category = final_round["competition"], final_round["category"]
    assert (
        client.get(reverse("judging:results", args=[competition.slug])).content.decode().count("award-card")
        == 0
    )
    with pytest.raises(RuleViolation):
        publish(competition, secretariat)  # no awards yet
    services.decide_awards(competition=competition, category=category, by=secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        publish(competition, secretariat)
    competition.refresh_from_db()
    assert competition.status == Competition.Status.ANNOUNCED
    assert competition.results_published_at is not None
    html = client.get(reverse("judging:results", args=[competition.slug])).content.decode()
    second = final_round["finalists"][1]
    assert second.innovation.title in html and second.unit.name in html
    assert "Juara 1" in html and "Rp3.000.000" in html
    with pytest.raises(RuleViolation):
        services.decide_awards(competition=competition, category=category, by=secretariat)


def test_the_secretariat_ranking_page_asks_to_place_a_cutoff_tie_then_confirms(
    client, scored_round, secretariat
):
    score_all(scored_round, [(10, 10), (9, 9), (8, 8), (8, 8), (6, 6), (5, 5)])
    third, fourth = scored_round["entries"][2], scored_round["entries"][3]
    client.force_login(secretariat)
    url = reverse("admin:judging_stage_ranking", args=[scored_round["stage"].pk, scored_round["category"].pk])
    html = client.get(url).content.decode()
    assert f'name="tie-3-{third.pk}"' in html and f'name="tie-3-{fourth.pk}"' in html
    choice = {f"tie-3-{fourth.pk}": "0", f"tie-3-{third.pk}": "1", "reason-3": "Dampak lebih luas"}
    # The first press asks for confirmation and changes nothing.
    preview = client.post(url, {**choice, "preview": "1"})
    assert preview.status_code == 200
    assert "Dampak lebih luas" in preview.content.decode()
    assert not StageResult.objects.exists()
    # Without a reason the page comes back with the choice as it was sent and nothing is decided.
    refused = client.post(url, {**choice, "reason-3": "", "preview": "1"}).content.decode()
    assert '<option value="0" selected>' in refused
    assert not StageResult.objects.exists()
    response = client.post(url, {**choice, "confirm": "1"})
    assert response.status_code == 302
    assert StageResult.objects.get(submission=fourth).outcome == "advanced"
    decided = client.get(url).content.decode()
    assert "Dampak lebih luas" in decided and secretariat.username in decided


def test_after_publication_a_unit_reads_its_scores_and_the_judges_notes(client, final_round, secretariat):
    competition, category = final_round["competition"], final_round["category"]
    competition.show_feedback_to_units = True
    competition.save()
    entry = final_round["finalists"][1]
    operator = factories.make_operator(unit=entry.unit)
    url = reverse("judging:feedback", args=[entry.pk])
    client.force_login(operator)
    assert client.get(url).status_code == 404  # not before publication
    services.decide_awards(competition=competition, category=category, by=secretariat)
    publish(competition, secretariat)
    html = client.get(url).content.decode()
    assert "88,89" in html and "88.89" not in html  # two decimals, decimal comma
    assert final_round["judges"][0].username not in html  # judges stay anonymous
    client.force_login(factories.make_operator())
    assert client.get(url).status_code == 404  # another unit's entry


def test_units_see_how_far_their_entry_went(client, scored_round, secretariat):
    score_all(scored_round, DISTINCT)
    services.advance_shortlist(stage=scored_round["stage"], category=scored_round["category"], by=secretariat)
    first, last = scored_round["entries"][0], scored_round["entries"][-1]
    client.force_login(factories.make_operator(unit=last.unit))
    html = client.get(reverse("submissions:entry", args=[last.pk])).content.decode()
    assert "Tidak lolos setelah “Penilaian Proposal”" in html
    client.force_login(factories.make_operator(unit=first.unit))
    dashboard = client.get(reverse("submissions:dashboard")).content.decode()
    assert "Lolos setelah “Penilaian Proposal”" in dashboard


def photo_of(entry, *, public: bool):
    innovation = entry.innovation
    innovation.is_public = public
    innovation.save()
    operator = factories.make_operator(unit=entry.unit)
    return submission_services.add_innovation_photo(
        innovation=innovation, upload=image_upload(), caption="Loket", by=operator
    )


def test_anyone_sees_the_photo_of_a_public_innovation(client):
    photo = photo_of(factories.SubmissionFactory(), public=True)
    response = client.get(reverse("judging:public_photo", args=[photo.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"


def test_a_private_innovations_photo_is_public_only_once_it_wins_a_published_award(
    client, final_round, secretariat
):
    competition, category = final_round["competition"], final_round["category"]
    winner, runner_up, loser = (
        final_round["finalists"][1],
        final_round["finalists"][2],
        final_round["entries"][5],
    )
    photos = {entry: photo_of(entry, public=False) for entry in (winner, runner_up, loser)}

    def status(entry):
        return client.get(reverse("judging:public_photo", args=[photos[entry].pk])).status_code

    assert [status(entry) for entry in (winner, runner_up, loser)] == [404, 404, 404]
    services.decide_awards(competition=competition, category=category, by=secretariat)
    assert status(winner) == 404  # decided, not yet published
    publish(competition, secretariat)
    assert [status(entry) for entry in (winner, runner_up, loser)] == [200, 200, 404]
