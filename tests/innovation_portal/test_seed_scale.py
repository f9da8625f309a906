"""`manage.py seed_scale`: the national data set for load tests, here at 1% of its size."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice

from competitions.models import Competition, Stage, Unit
from judging.models import Award, Score, ScoreSheet, StageResult
from judging.ranking import stage_ranking
from submissions.models import Innovation, Submission
from tests import factories

pytestmark = pytest.mark.django_db

JUDGING = "skala-nasional-berjalan"
ANNOUNCED = "skala-nasional-tahun-lalu"


def seed(**options):
    call_command("seed_scale", scale=0.01, **options)


def biggest_category(competition):
    return competition.categories.annotate(entries=Count("submissions")).order_by("-entries").first()


def test_small_scale_has_the_promised_shape():
    seed()

    judging = Competition.objects.get(slug=JUDGING)
    assert judging.status == Competition.Status.JUDGING
    assert Unit.objects.count() == 8
    assert Innovation.objects.count() == 300
    assert judging.submissions.filter(status=Submission.Status.ELIGIBLE).count() == 100
    assert biggest_category(judging).entries == 50
    running = judging.stages.get(status=Stage.Status.ACTIVE)
    assert running.kind == Stage.Kind.SCORED
    assert ScoreSheet.objects.filter(stage=running, status=ScoreSheet.Status.SUBMITTED).count() == 300
    assert Score.objects.filter(sheet__stage=running).count() == 2100
    assert User.objects.filter(groups__name="Juri").count() == 12
    # 50 entries × 3 sheets shared by the biggest category's panel of 3 (the least a panel has).
    busiest = User.objects.annotate(n=Count("assignments", filter=Q(assignments__stage=running)))
    assert busiest.order_by("-n").first().n == 50
    # The unit with ~1,000 innovations at full scale, and its operator.
    assert Innovation.objects.filter(unit__memberships__user__username="skala-operator-besar").count() == 10
    announced = Competition.objects.get(slug=ANNOUNCED)
    assert announced.status == Competition.Status.ANNOUNCED
    assert Award.objects.filter(competition=announced).count() == 4 * 6
    assert StageResult.objects.filter(stage__competition=announced, outcome="advanced").count() == 4 * 6
    assert Submission.objects.filter(status=Submission.Status.DRAFT).count() == 3


def test_every_generated_row_is_marked_as_generated():
    seed()

    assert not Unit.objects.exclude(name__startswith="Skala ").exists()
    assert not User.objects.exclude(username__startswith="skala-").exists()
    assert not Competition.objects.exclude(slug__startswith="skala-").exists()


def test_refuses_a_database_holding_data_it_did_not_write():
    factories.UnitFactory(name="Dinas Kesehatan")

    with translation.override("en"), pytest.raises(CommandError, match="did not write"):
        seed()
    assert not Competition.objects.exists()


def test_force_adds_to_a_database_holding_other_data():
    factories.UnitFactory(name="Dinas Kesehatan")

    seed(force=True)

    assert Competition.objects.filter(slug=JUDGING).exists()
    assert Unit.objects.filter(name="Dinas Kesehatan").exists()


def test_running_again_at_the_same_scale_changes_nothing():
    seed()

    seed()

    assert Innovation.objects.count() == 300


def test_another_scale_is_refused_on_a_seeded_database():
    seed()

    with translation.override("en"), pytest.raises(CommandError, match=r"scale 0\.01"):
        call_command("seed_scale", scale=0.02)


def test_the_running_stage_ranks_every_entry_of_the_biggest_category():
    seed()
    judging = Competition.objects.get(slug=JUDGING)
    category = biggest_category(judging)

    ranking = stage_ranking(judging.stages.get(status=Stage.Status.ACTIVE), category)

    assert len(ranking.entries) == 50
    assert ranking.problems == []
    assert ranking.ties == []
    assert all(entry.sheets_submitted == 3 for entry in ranking.entries)
    # The best entry's judges gave 9.75, 9.80 and 9.85 on every criterion (range 1–10):
    # totals 97.2222, 97.7778 and 98.3333, mean 97.7778.
    assert ranking.entries[0].score == Decimal("97.7778")


def test_the_secretariat_sees_the_ranking_and_the_final_ranking_pages(client):
    seed()
    secretariat = User.objects.get(username="skala-sekretariat")
    # A staff account reaches the admin only once it has set up its authenticator app and given a code.
    TOTPDevice.objects.create(user=secretariat, name="default", confirmed=True)
    client.force_login(secretariat)
    judging = Competition.objects.get(slug=JUDGING)
    announced = Competition.objects.get(slug=ANNOUNCED)
    running = judging.stages.get(status=Stage.Status.ACTIVE)

    ranking = client.get(
        reverse("admin:judging_stage_ranking", args=[running.pk, biggest_category(judging).pk])
    )
    final = client.get(
        reverse("admin:judging_final_ranking", args=[announced.pk, biggest_category(announced).pk])
    )

    assert ranking.status_code == 200
    assert final.status_code == 200
    assert "Juara 1" in final.content.decode()


def test_the_public_sees_last_years_winners(client):
    seed()

    response = client.get(reverse("judging:results", args=[ANNOUNCED]))

    assert response.status_code == 200
    assert "Juara 1" in response.content.decode()
