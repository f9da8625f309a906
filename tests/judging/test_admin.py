"""The secretariat's judging admin: panels and assignments through the services, nothing that carries
sheets or decisions deleted or moved, and stage pickers that name their edition."""

import pytest
from django.urls import reverse

from competitions.models import Event, Stage
from judging import services
from judging.models import Assignment, Panel
from tests import factories

pytestmark = pytest.mark.django_db


def test_every_stage_picker_names_its_edition(client, scored_round, secretariat):
    other = factories.CompetitionFactory(name="KOINYANLIK 2026")
    factories.StageFactory(competition=other, order=2, kind=Stage.Kind.SCORED, name="Penilaian Proposal")
    client.force_login(secretariat)
    pickers_and_filters = [
        reverse("admin:judging_panel_add"),
        reverse("admin:judging_assignment_add"),
        reverse("admin:judging_scoresheet_changelist"),
        reverse("admin:judging_stageresult_changelist"),
    ]
    for url in pickers_and_filters:
        html = client.get(url).content.decode()
        assert f"{scored_round['competition'].name} – 2. Penilaian Proposal" in html
        assert "KOINYANLIK 2026 – 2. Penilaian Proposal" in html


def test_a_panel_member_added_in_the_admin_goes_through_the_service(client, scored_round, secretariat):
    judge = factories.make_judge(username="juri-baru")
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:judging_panel_add"),
        {
            "stage": scored_round["stage"].pk,
            "category": scored_round["category"].pk,
            "judge": judge.pk,
            "entries": [scored_round["entries"][0].pk],
        },
    )
    assert response.status_code == 302
    panel = Panel.objects.get(judge=judge)
    assert list(panel.entries.all()) == [scored_round["entries"][0]]
    assert not Event.objects.filter(action="panel_member_changed").exists()
    event = Event.objects.get(action="panel_member_added")
    assert (event.actor, event.new_value) == (secretariat, "juri-baru")


def test_a_panel_for_another_editions_category_is_refused_with_a_message(client, scored_round, secretariat):
    foreign = factories.CategoryFactory()
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:judging_panel_add"),
        {"stage": scored_round["stage"].pk, "category": foreign.pk, "judge": scored_round["judges"][0].pk},
    )
    assert response.status_code == 200
    assert "edisi yang berbeda" in response.content.decode()
    assert not Panel.objects.filter(category=foreign).exists()


def test_an_assignment_is_never_deleted_only_removed_with_a_reason(client, scored_round, secretariat):
    entry, judge = scored_round["entries"][0], scored_round["judges"][0]
    assignment = services.assign_judge(
        stage=scored_round["stage"], submission=entry, judge=judge, by=secretariat
    )
    client.force_login(secretariat)
    assert client.get(reverse("admin:judging_assignment_delete", args=[assignment.pk])).status_code == 403
    remove_url = reverse("admin:judging_assignment_remove", args=[assignment.pk])
    refused = client.post(remove_url, {"reason": ""})
    assert refused.status_code == 200
    assert Assignment.objects.get(pk=assignment.pk).removed_at is None
    assert client.post(remove_url, {"reason": "Juri berhalangan."}).status_code == 302
    assignment.refresh_from_db()
    assert (assignment.removed_by, assignment.removal_reason) == (secretariat, "Juri berhalangan.")
    event = Event.objects.get(action="judge_removed")
    assert event.old_value == judge.username and "Juri berhalangan." in event.note
    # The row stays, listed as removed; the judge can be assigned again later.
    services.assign_judge(stage=scored_round["stage"], submission=entry, judge=judge, by=secretariat)
    assert Assignment.objects.filter(submission=entry, judge=judge).count() == 2


def test_an_assignment_for_a_conflicted_judge_is_refused_on_the_form(client, scored_round, secretariat):
    entry, judge = scored_round["entries"][0], scored_round["judges"][0]
    factories.MembershipFactory(user=judge, unit=entry.unit)
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:judging_assignment_add"),
        {"stage": scored_round["stage"].pk, "submission": entry.pk, "judge": judge.pk},
    )
    assert response.status_code == 200
    assert "konflik kepentingan" in response.content.decode()
    assert not Assignment.objects.exists()


def test_a_stage_never_moves_to_another_edition_nor_is_deleted_once_it_has_history(
    client, scored_round, secretariat
):
    stage = scored_round["stage"]
    services.assign_judge(
        stage=stage, submission=scored_round["entries"][0], judge=scored_round["judges"][0], by=secretariat
    )
    client.force_login(secretariat)
    page = client.get(reverse("admin:competitions_stage_change", args=[stage.pk])).content.decode()
    assert 'name="competition"' not in page
    assert client.get(reverse("admin:competitions_stage_delete", args=[stage.pk])).status_code == 403
    pending = factories.StageFactory(competition=scored_round["competition"], order=9, kind="final")
    assert client.get(reverse("admin:competitions_stage_delete", args=[pending.pk])).status_code == 200


def test_the_secretariat_opens_a_panel_member_and_an_assignment(client, scored_round, secretariat):
    judge, entry = scored_round["judges"][0], scored_round["entries"][0]
    panel = Panel.objects.get(judge=judge)
    assignment = services.assign_judge(
        stage=scored_round["stage"], submission=entry, judge=judge, by=secretariat
    )
    client.force_login(secretariat)
    for page in (
        reverse("admin:judging_panel_change", args=[panel.pk]),
        reverse("admin:judging_assignment_change", args=[assignment.pk]),
    ):
        response = client.get(page)
        assert response.status_code == 200
        assert judge.username in response.content.decode()
