"""Editions from templates, next year's copy, stage control and the admin's validation."""

import dataclasses
import datetime
from datetime import timedelta
from itertools import pairwise

import pytest
from django.urls import reverse
from django.utils import timezone

from competitions.edition_templates import EDITION_TEMPLATES
from competitions.errors import RuleViolation
from competitions.models import Competition, Criterion, Event, Stage
from competitions.services import (
    change_competition_status,
    close_stage,
    create_edition_from_template,
    duplicate_edition,
    open_stage,
)
from judging.selectors import undecided_in_stage
from submissions.models import Submission
from tests import factories
from tests.html_forms import form_fields

pytestmark = pytest.mark.django_db


def test_kompetisi_inovasi_kota_template(secretariat):
    competition = create_edition_from_template(key="kompetisi-inovasi-kota", year=2027, by=secretariat)
    assert competition.name == "Kompetisi Inovasi Kota 2027"
    assert competition.status == Competition.Status.DRAFT
    categories = {category.name: category for category in competition.categories.all()}
    assert list(categories) == ["Perangkat Daerah", "Kecamatan", "UMKM Start-up Digital"]
    prizes = list(categories["Kecamatan"].prizes.values_list("label", "amount", "certificate"))
    assert prizes == [
        ("Juara 1", 3_000_000, True),
        ("Juara 2", 2_000_000, True),
        ("Juara 3", 1_000_000, True),
        ("Harapan 1", 0, True),
        ("Harapan 2", 0, True),
        ("Harapan 3", 0, True),
    ]
    stages = list(competition.stages.values_list("name", "kind", "weight"))
    assert stages == [
        ("Administrasi", "administrative", 0),
        ("Penilaian Proposal (6 besar)", "scored", 40),
        ("Fact Finding", "verification", 20),
        ("Wawancara/Paparan", "scored", 40),
        ("Pengumuman 3 Besar", "final", 0),
    ]
    proposal, paparan = competition.stages.filter(kind=Stage.Kind.SCORED).order_by("order")
    assert dict(proposal.criteria.values_list("name", "weight")) == {
        "Latar belakang dan tujuan": 10,
        "Kebaruan": 15,
        "Implementasi": 5,
        "Signifikansi": 30,
        "Adaptabilitas": 20,
        "Sumber daya": 5,
        "Strategi keberlanjutan": 15,
    }
    assert dict(paparan.criteria.values_list("name", "weight")) == {
        "Kebaharuan": 30,
        "Kemanfaatan": 25,
        "Kewenangan dan kolaborasi": 15,
        "Replikasi dan aplikatif": 20,
        "Penguasaan materi": 10,
    }
    assert competition.requirements.filter(is_required=True).count() == 4
    assert Event.objects.filter(action="created_from_template", object_id=competition.pk).exists()


def test_koinyanlik_template_ranks_ten_winners_from_every_kind_of_unit(secretariat):
    competition = create_edition_from_template(key="koinyanlik", year=2027, by=secretariat)
    category = competition.categories.get()
    assert category.winners == 10
    assert category.prizes.count() == 10
    assert "puskesmas" in category.eligible_kinds and "sekolah" in category.eligible_kinds
    assert competition.minimum_innovation_age_months == 12


def test_two_editions_of_the_same_year_get_distinct_slugs(secretariat):
    first = create_edition_from_template(key="koinyanlik", year=2027, by=secretariat)
    second = create_edition_from_template(key="koinyanlik", year=2027, by=secretariat)
    assert first.slug != second.slug


def test_duplicate_copies_everything_but_entries_and_moves_the_dates(secretariat):
    source = create_edition_from_template(key="kompetisi-inovasi-kota", year=2026, by=secretariat)
    Stage.objects.filter(competition=source, order=1).update(status=Stage.Status.CLOSED)
    factories.SubmissionFactory(category=source.categories.first())
    copy = duplicate_edition(competition=source, year=2027, by=secretariat)

    assert copy.name == "Kompetisi Inovasi Kota 2027"
    assert (copy.status, copy.year) == (Competition.Status.DRAFT, 2027)
    assert copy.registration_opens_at.year == 2027
    assert copy.categories.count() == 3
    assert sum(category.prizes.count() for category in copy.categories.all()) == 18
    assert set(copy.stages.values_list("status", flat=True)) == {Stage.Status.PENDING}
    assert Criterion.objects.filter(stage__competition=copy).count() == 12
    assert copy.requirements.count() == 5
    assert not Submission.objects.filter(competition=copy).exists()
    assert Criterion.objects.filter(stage__competition=source).count() == 12  # the source is untouched


def test_stage_control_runs_in_order_and_one_of_a_kind_at_a_time(secretariat):
    competition = create_edition_from_template(key="kompetisi-inovasi-kota", year=2027, by=secretariat)
    administrasi, proposal, fact_finding, paparan, _final = competition.stages.order_by("order")
    with pytest.raises(RuleViolation):
        open_stage(stage=proposal, by=secretariat)  # the administrative stage has not started
    open_stage(stage=administrasi, by=secretariat)
    open_stage(stage=proposal, by=secretariat)
    open_stage(stage=fact_finding, by=secretariat)
    with pytest.raises(RuleViolation) as refused:
        open_stage(stage=paparan, by=secretariat)  # another scored stage is in progress
    assert len(refused.value.messages) == 1
    close_stage(stage=proposal, by=secretariat, find_undecided=lambda stage: [])
    open_stage(stage=paparan, by=secretariat)
    assert Event.objects.filter(action="stage_opened").count() == 4


def test_a_scored_stage_with_a_broken_rubric_cannot_open(secretariat):
    competition = create_edition_from_template(key="kompetisi-inovasi-kota", year=2027, by=secretariat)
    administrasi, proposal = competition.stages.order_by("order")[:2]
    open_stage(stage=administrasi, by=secretariat)
    proposal.criteria.filter(name="Kebaruan").update(weight=10)  # 10+10+5+30+20+5+15 = 95
    with pytest.raises(RuleViolation) as refused:
        open_stage(stage=proposal, by=secretariat)
    assert refused.value.messages == ["Total bobot kriteria 95%; jumlahnya harus tepat 100%."]
    proposal.refresh_from_db()
    assert proposal.status == Stage.Status.PENDING


def test_the_administrative_stage_cannot_close_while_entries_wait_for_their_check(secretariat):
    stage = factories.StageFactory(kind=Stage.Kind.ADMINISTRATIVE, status=Stage.Status.ACTIVE)
    waiting = factories.SubmissionFactory(
        category=factories.CategoryFactory(competition=stage.competition), status=Submission.Status.SUBMITTED
    )
    undecided = undecided_in_stage(stage)
    assert len(undecided) == 1 and waiting.innovation.title in undecided[0]
    with pytest.raises(RuleViolation):
        close_stage(stage=stage, by=secretariat, find_undecided=undecided_in_stage)
    Submission.objects.filter(pk=waiting.pk).update(status=Submission.Status.ELIGIBLE)
    close_stage(stage=stage, by=secretariat, find_undecided=undecided_in_stage)
    stage.refresh_from_db()
    assert stage.status == Stage.Status.CLOSED


def test_competition_status_follows_its_flow(secretariat):
    competition = factories.CompetitionFactory(status=Competition.Status.DRAFT)
    with pytest.raises(RuleViolation):
        change_competition_status(
            competition=competition, to=Competition.Status.OPEN, by=secretariat
        )  # no category
    factories.CategoryFactory(competition=competition)
    change_competition_status(competition=competition, to=Competition.Status.OPEN, by=secretariat)
    with pytest.raises(RuleViolation):
        change_competition_status(competition=competition, to=Competition.Status.ARCHIVED, by=secretariat)


# The admin


def test_secretariat_creates_an_edition_from_a_template_in_the_admin(client, secretariat):
    client.force_login(secretariat)
    url = reverse("admin:competitions_competition_from_template")
    assert client.get(url).status_code == 200
    response = client.post(url, {"template": "koinyanlik", "year": "2027"})
    competition = Competition.objects.get(year=2027)
    assert response["Location"] == reverse("admin:competitions_competition_change", args=[competition.pk])


def test_secretariat_duplicates_an_edition_in_the_admin(client, secretariat):
    source = create_edition_from_template(key="koinyanlik", year=2026, by=secretariat)
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:competitions_competition_duplicate", args=[source.pk]), {"year": "2027"}
    )
    assert response.status_code == 302
    assert Competition.objects.filter(year=2027, name="KOINYANLIK 2027").exists()


def stage_admin_post(stage, weights):
    data = {
        "competition": stage.competition_id,
        "order": stage.order,
        "kind": stage.kind,
        "name": stage.name,
        "opens_at_0": "2027-05-16",
        "opens_at_1": "00:00:00",
        "closes_at_0": "2027-06-15",
        "closes_at_1": "23:59:59",
        "weight": 40,
        "criteria-TOTAL_FORMS": str(len(weights)),
        "criteria-INITIAL_FORMS": "0",
    }
    for index, weight in enumerate(weights):
        data |= {
            f"criteria-{index}-order": index,
            f"criteria-{index}-name": f"Kriteria {index}",
            f"criteria-{index}-weight": weight,
            f"criteria-{index}-min_score": 1,
            f"criteria-{index}-max_score": 10,
        }
    return data


def test_admin_refuses_criteria_that_do_not_weigh_100(client, secretariat):
    stage = factories.StageFactory(kind=Stage.Kind.SCORED)
    client.force_login(secretariat)
    url = reverse("admin:competitions_stage_change", args=[stage.pk])
    response = client.post(url, stage_admin_post(stage, [60, 30]))
    assert response.status_code == 200
    assert "Total bobot kriteria 90%; jumlahnya harus tepat 100%." in response.content.decode()
    assert not stage.criteria.exists()
    response = client.post(url, stage_admin_post(stage, [60, 40]))
    assert response.status_code == 302
    assert stage.criteria.count() == 2


def test_admin_refuses_stage_dates_out_of_order(client, secretariat):
    competition = factories.CompetitionFactory()
    client.force_login(secretariat)
    opens = competition.registration_opens_at
    data = {
        "name": competition.name,
        "slug": competition.slug,
        "year": competition.year,
        "organiser": competition.organiser,
        "registration_opens_at_0": opens.strftime("%Y-%m-%d"),
        "registration_opens_at_1": "08:00:00",
        "registration_closes_at_0": competition.registration_closes_at.strftime("%Y-%m-%d"),
        "registration_closes_at_1": "08:00:00",
        "limit_summary": 200,
        "limit_background": 300,
        "limit_novelty": 200,
        "limit_implementation": 200,
        "limit_significance": 600,
        "limit_adaptability": 300,
        "limit_resources": 200,
        "limit_sustainability": 500,
        "max_upload_mb": 10,
        "minimum_innovation_age_months": 0,
        "categories-TOTAL_FORMS": "0",
        "categories-INITIAL_FORMS": "0",
        "requirements-TOTAL_FORMS": "0",
        "requirements-INITIAL_FORMS": "0",
        "stages-TOTAL_FORMS": "2",
        "stages-INITIAL_FORMS": "0",
    }
    for index, (order, start, end) in enumerate(
        [(1, "2099-05-10", "2099-05-20"), (2, "2099-05-01", "2099-04-01")]
    ):
        data |= {
            f"stages-{index}-order": order,
            f"stages-{index}-name": f"Tahap {order}",
            f"stages-{index}-kind": "scored",
            f"stages-{index}-opens_at_0": start,
            f"stages-{index}-opens_at_1": "00:00:00",
            f"stages-{index}-closes_at_0": end,
            f"stages-{index}-closes_at_1": "00:00:00",
            f"stages-{index}-weight": 0,
        }
    response = client.post(reverse("admin:competitions_competition_change", args=[competition.pk]), data)
    assert response.status_code == 200
    errors = response.context["inline_admin_formsets"][1].formset.errors
    assert errors[1]["opens_at"] == [
        "Tahap “Tahap 2” dimulai lebih awal daripada tahap sebelumnya, “Tahap 1”."
    ]
    assert errors[1]["closes_at"] == ["Tanggal penutupan tahap “Tahap 2” harus setelah tanggal pembukaannya."]
    assert not competition.stages.exists()


@pytest.fixture
def running_proposal_stage(secretariat):
    """A scored stage with a 60/40 rubric, opened (after the administrative stage) through the service."""
    today = timezone.localdate()

    def day(offset: int) -> datetime.datetime:
        return timezone.make_aware(
            datetime.datetime.combine(today + timedelta(days=offset), datetime.time(8))
        )

    competition = factories.CompetitionFactory(
        registration_opens_at=day(-30), registration_closes_at=day(-20)
    )
    administrasi = factories.StageFactory(
        competition=competition,
        order=1,
        kind=Stage.Kind.ADMINISTRATIVE,
        name="Administrasi",
        opens_at=day(-19),
        closes_at=day(-10),
    )
    proposal = factories.StageFactory(
        competition=competition,
        order=2,
        kind=Stage.Kind.SCORED,
        name="Penilaian Proposal",
        weight=40,
        opens_at=day(-9),
        closes_at=day(10),
    )
    factories.CriterionFactory(stage=proposal, order=1, name="Kebaruan", weight=60)
    factories.CriterionFactory(stage=proposal, order=2, name="Signifikansi", weight=40)
    open_stage(stage=administrasi, by=secretariat)
    open_stage(stage=proposal, by=secretariat)
    return proposal


def test_the_secretariat_moves_the_deadline_of_a_running_stage_in_the_admin(
    client, secretariat, running_proposal_stage
):
    stage = running_proposal_stage
    client.force_login(secretariat)
    url = reverse("admin:competitions_stage_change", args=[stage.pk])
    data = form_fields(client.get(url).content.decode(), "stage_form")
    assert "criteria-0-weight" not in data  # the rubric's weights are fixed once the stage started
    later = timezone.localtime(stage.closes_at).date() + timedelta(days=7)
    data["closes_at_0"], data["closes_at_1"] = [later.strftime("%d-%m-%Y")], ["16.00.00"]
    response = client.post(url, data)
    assert response.status_code == 302
    stage.refresh_from_db()
    assert timezone.localtime(stage.closes_at).replace(tzinfo=None) == datetime.datetime.combine(
        later, datetime.time(16, 0)
    )
    assert stage.status == Stage.Status.ACTIVE
    assert sorted(stage.criteria.values_list("weight", flat=True)) == [40, 60]


# The stage schedule: one rule for the admin's forms, the edition services and opening a stage


def aware(day: str) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.fromisoformat(day))


def test_the_stage_page_refuses_a_stage_that_starts_before_the_stage_before_it(client, secretariat):
    competition = factories.CompetitionFactory(registration_opens_at=aware("2026-01-01"))
    factories.StageFactory(
        competition=competition,
        order=1,
        name="Administrasi",
        opens_at=aware("2027-06-01"),
        closes_at=aware("2027-06-10"),
    )
    proposal = factories.StageFactory(
        competition=competition,
        order=2,
        kind=Stage.Kind.SCORED,
        name="Penilaian Proposal",
        opens_at=aware("2027-06-11"),
        closes_at=aware("2027-06-30"),
    )
    client.force_login(secretariat)
    url = reverse("admin:competitions_stage_change", args=[proposal.pk])
    response = client.post(url, stage_admin_post(proposal, [60, 40]))  # opens 16 May 2027
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "opens_at": [
            "Tahap “Penilaian Proposal” dimulai lebih awal daripada tahap sebelumnya, “Administrasi”."
        ]
    }
    proposal.refresh_from_db()
    assert proposal.opens_at == aware("2027-06-11")


def test_the_stage_page_refuses_a_stage_that_starts_before_registration_opens(client, secretariat):
    competition = factories.CompetitionFactory(
        registration_opens_at=aware("2027-06-01"), registration_closes_at=aware("2027-06-30")
    )
    stage = factories.StageFactory(
        competition=competition,
        kind=Stage.Kind.SCORED,
        name="Penilaian Proposal",
        opens_at=aware("2027-07-01"),
        closes_at=aware("2027-07-31"),
    )
    client.force_login(secretariat)
    url = reverse("admin:competitions_stage_change", args=[stage.pk])
    response = client.post(url, stage_admin_post(stage, [60, 40]))  # opens 16 May 2027
    assert response.status_code == 200
    assert "Tahap “Penilaian Proposal” tidak boleh dimulai sebelum pendaftaran dibuka." in (
        response.content.decode()
    )
    assert not stage.criteria.exists()


def test_every_edition_template_gives_a_schedule_in_order(secretariat):
    for key in EDITION_TEMPLATES:
        for year in (2027, 2028):  # 2028 is a leap year
            competition = create_edition_from_template(key=key, year=year, by=secretariat)
            stages = list(competition.stages.order_by("order"))
            assert all(stage.opens_at >= competition.registration_opens_at for stage in stages)
            assert all(stage.closes_at > stage.opens_at for stage in stages)
            assert all(a.opens_at <= b.opens_at for a, b in pairwise(stages))


def test_a_template_with_its_stages_out_of_order_creates_nothing(secretariat, monkeypatch):
    template = EDITION_TEMPLATES["koinyanlik"]
    administrasi, proposal, *rest = template.stages
    late_check = dataclasses.replace(administrasi, starts=(6, 1), ends=(6, 15))  # after the proposal stage
    broken = dataclasses.replace(template, stages=[late_check, proposal, *rest])
    monkeypatch.setitem(EDITION_TEMPLATES, "koinyanlik", broken)
    with pytest.raises(RuleViolation) as refused:
        create_edition_from_template(key="koinyanlik", year=2027, by=secretariat)
    assert refused.value.messages == [
        "Tahap “Penilaian Proposal” dimulai lebih awal daripada tahap sebelumnya, “Administrasi”."
    ]
    assert not Competition.objects.exists()


def edition_with_the_proposal_stage_before_the_check(secretariat) -> Competition:
    """An edition saved before the schedule rule applied to the stage page: stage 2 starts before stage 1."""
    competition = factories.CompetitionFactory(
        name="KOINYANLIK 2026", year=2026, registration_opens_at=aware("2026-02-01")
    )
    factories.StageFactory(
        competition=competition,
        order=1,
        name="Administrasi",
        opens_at=aware("2026-04-20"),
        closes_at=aware("2026-04-30"),
    )
    factories.StageFactory(
        competition=competition,
        order=2,
        kind=Stage.Kind.SCORED,
        name="Penilaian Proposal",
        opens_at=aware("2026-04-16"),
        closes_at=aware("2026-05-31"),
    )
    return competition


OUT_OF_ORDER = "Tahap “Penilaian Proposal” dimulai lebih awal daripada tahap sebelumnya, “Administrasi”."


def test_duplicating_an_edition_whose_stages_are_out_of_order_is_refused(client, secretariat):
    source = edition_with_the_proposal_stage_before_the_check(secretariat)
    with pytest.raises(RuleViolation) as refused:
        duplicate_edition(competition=source, year=2027, by=secretariat)
    assert refused.value.messages == [OUT_OF_ORDER]
    assert list(Competition.objects.all()) == [source]
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:competitions_competition_duplicate", args=[source.pk]), {"year": "2027"}
    )
    assert response.status_code == 200
    assert OUT_OF_ORDER in response.content.decode()
    assert list(Competition.objects.all()) == [source]


def test_a_stage_cannot_open_while_the_schedule_is_out_of_order(secretariat):
    competition = edition_with_the_proposal_stage_before_the_check(secretariat)
    administrasi = competition.stages.get(order=1)
    with pytest.raises(RuleViolation) as refused:
        open_stage(stage=administrasi, by=secretariat)
    assert refused.value.messages == [OUT_OF_ORDER]
    administrasi.refresh_from_db()
    assert administrasi.status == Stage.Status.PENDING
