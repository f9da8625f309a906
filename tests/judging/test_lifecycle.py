"""An edition's status has one door, and whether its results are public is read from that status alone.

Publishing is announcing: it needs every category's awards; reopening takes the results off the public
pages; a duplicate starts unpublished; decisions lock the edition and read it afresh.
"""

import threading

import pytest
from django.db import connection
from django.urls import reverse

from competitions.errors import RuleViolation
from competitions.models import Competition, Prize, Stage
from competitions.services import change_competition_status, duplicate_edition
from judging import services
from judging.models import Award, FieldVisit, StageResult
from tests import factories
from tests.judging.conftest import decide_stage

Status = Competition.Status


@pytest.fixture
def decided_edition(db, secretariat):
    """An edition in judging whose only category has a decided proposal stage, ready for its awards."""
    competition = factories.CompetitionFactory(status=Status.JUDGING)
    category = factories.CategoryFactory(competition=competition)
    Prize.objects.create(category=category, place=1, label="Juara 1", amount=3_000_000)
    proposal = factories.StageFactory(competition=competition, order=1, kind=Stage.Kind.SCORED, weight=100)
    factories.StageFactory(competition=competition, order=2, kind=Stage.Kind.FINAL)
    winner = factories.SubmissionFactory(category=category, status="eligible")
    decide_stage(proposal, category, {winner: 90}, by=secretariat)
    return competition, category, winner


def results_html(client, competition) -> str:
    return client.get(reverse("judging:results", args=[competition.slug])).content.decode()


def test_the_admin_status_action_cannot_announce_without_the_awards(client, decided_edition, secretariat):
    competition, category, winner = decided_edition
    client.force_login(secretariat)
    changelist = reverse("admin:competitions_competition_changelist")
    client.post(changelist, {"action": "make_announced", "_selected_action": [competition.pk]})
    competition.refresh_from_db()
    assert competition.status == Status.JUDGING
    assert not competition.results_are_published and competition.results_published_at is None

    services.decide_awards(competition=competition, category=category, by=secretariat)
    client.post(changelist, {"action": "make_announced", "_selected_action": [competition.pk]})
    competition.refresh_from_db()
    # The status action *is* publishing: the time is stamped and the winner is public.
    assert competition.status == Status.ANNOUNCED and competition.results_published_at is not None
    assert winner.innovation.title in results_html(client, competition)


def test_a_category_nobody_entered_does_not_hold_back_the_announcement(decided_edition, secretariat):
    competition, category, _winner = decided_edition
    empty = factories.CategoryFactory(competition=competition, name="Kecamatan")
    Prize.objects.create(category=empty, place=1, label="Juara 1", amount=3_000_000)
    with pytest.raises(RuleViolation):  # the category with an entry is not decided yet
        change_competition_status(competition=competition, to=Status.ANNOUNCED, by=secretariat)

    services.decide_awards(competition=competition, category=category, by=secretariat)
    change_competition_status(competition=competition, to=Status.ANNOUNCED, by=secretariat)

    assert Competition.objects.get(pk=competition.pk).results_are_published


def test_publishing_goes_through_the_status_flow(decided_edition, secretariat):
    competition, category, _winner = decided_edition
    services.decide_awards(competition=competition, category=category, by=secretariat)
    Competition.objects.filter(pk=competition.pk).update(status=Status.OPEN)
    competition.refresh_from_db()
    with pytest.raises(RuleViolation):  # registration is still open: judging has not even started
        change_competition_status(competition=competition, to=Status.ANNOUNCED, by=secretariat)
    assert not Competition.objects.get(pk=competition.pk).results_are_published


def test_reopening_an_announced_edition_takes_its_results_off_the_public_pages(
    client, decided_edition, secretariat
):
    competition, category, winner = decided_edition
    services.decide_awards(competition=competition, category=category, by=secretariat)
    change_competition_status(competition=competition, to=Status.ANNOUNCED, by=secretariat)
    assert winner.innovation.title in results_html(client, competition)

    change_competition_status(competition=competition, to=Status.JUDGING, by=secretariat)

    competition.refresh_from_db()
    assert competition.results_published_at is None and not competition.results_are_published
    assert winner.innovation.title not in results_html(client, competition)
    # Now the awards can be decided again.
    services.decide_awards(competition=competition, category=category, by=secretariat)


def test_a_duplicate_of_an_announced_edition_starts_unpublished(decided_edition, secretariat):
    competition, category, _winner = decided_edition
    services.decide_awards(competition=competition, category=category, by=secretariat)
    change_competition_status(competition=competition, to=Status.ANNOUNCED, by=secretariat)

    copy = duplicate_edition(
        competition=Competition.objects.get(pk=competition.pk), year=competition.year + 1, by=secretariat
    )

    assert (copy.status, copy.results_published_at, copy.results_are_published) == (Status.DRAFT, None, False)


def test_deciding_awards_reads_the_edition_afresh_under_its_lock(decided_edition, secretariat):
    competition, category, _winner = decided_edition
    stale = Competition.objects.get(pk=competition.pk)
    services.decide_awards(competition=competition, category=category, by=secretariat)
    change_competition_status(competition=competition, to=Status.ANNOUNCED, by=secretariat)
    assert stale.status == Status.JUDGING  # the caller's copy still says judging
    with pytest.raises(RuleViolation):
        services.decide_awards(competition=stale, category=category, by=secretariat)
    assert Award.objects.count() == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("attempt", range(3))
def test_reverting_a_shortlist_and_deciding_the_next_stage_never_both_happen(attempt):
    """The revert of the proposal stage and the decision of fact finding (which rests on it) are serialised
    on the edition's row: one of them is refused, whatever the order."""
    secretariat = factories.make_secretariat()
    competition = factories.CompetitionFactory(status=Status.JUDGING)
    category = factories.CategoryFactory(competition=competition, shortlist_size=1)
    proposal = factories.StageFactory(
        competition=competition, order=1, kind=Stage.Kind.SCORED, status=Stage.Status.CLOSED
    )
    visits = factories.StageFactory(
        competition=competition, order=2, kind=Stage.Kind.VERIFICATION, status=Stage.Status.ACTIVE
    )
    entry = factories.SubmissionFactory(category=category, status="eligible")
    StageResult.objects.create(
        stage=proposal, submission=entry, score=80, rank=1, outcome="advanced", decided_by=secretariat
    )
    FieldVisit.objects.create(
        stage=visits,
        submission=entry,
        visited_on="2026-04-01",
        team="Tim",
        findings="Berjalan.",
        verified=True,
        recorded_by=secretariat,
    )
    barrier = threading.Barrier(2)
    outcomes = {}

    def run(name, action):
        barrier.wait()
        try:
            action()
            outcomes[name] = "done"
        except RuleViolation:
            outcomes[name] = "refused"
        finally:
            connection.close()

    threads = [
        threading.Thread(
            target=run,
            args=(
                "revert",
                lambda: services.revert_shortlist(
                    stage=proposal, category=category, by=secretariat, reason="Salah hitung."
                ),
            ),
        ),
        threading.Thread(
            target=run,
            args=(
                "advance",
                lambda: services.advance_shortlist(stage=visits, category=category, by=secretariat),
            ),
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert sorted(outcomes.values()) == ["done", "refused"]
    current_visit_results = StageResult.objects.filter(stage=visits, reverted_at__isnull=True).exists()
    proposal_reverted = not StageResult.objects.filter(stage=proposal, reverted_at__isnull=True).exists()
    assert current_visit_results != proposal_reverted
