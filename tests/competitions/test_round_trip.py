"""The secretariat's edition and stage pages in the admin, sent back unchanged (see tests/round_trip.py)."""

import pytest
from django.urls import reverse

from competitions.services import create_edition_from_template
from tests.competitions.test_editions import running_proposal_stage  # noqa: F401
from tests.round_trip import post_back, stored

pytestmark = pytest.mark.django_db


def stages_as_stored(competition) -> list[dict]:
    return [
        {**stored(stage), "criteria": [stored(criterion) for criterion in stage.criteria.order_by("order")]}
        for stage in competition.stages.order_by("order")
    ]


def edition_as_stored(competition) -> dict:
    return {
        **stored(competition),
        "stages": stages_as_stored(competition),
        "categories": [
            {**stored(category), "prizes": [stored(prize) for prize in category.prizes.order_by("place")]}
            for category in competition.categories.order_by("order")
        ],
        "requirements": [stored(requirement) for requirement in competition.requirements.order_by("order")],
    }


@pytest.mark.parametrize("template", ["kompetisi-inovasi-kota", "koinyanlik"])
def test_an_edition_sent_back_unchanged_keeps_its_dates_stages_and_prizes(client, secretariat, template):
    competition = create_edition_from_template(key=template, year=2027, by=secretariat)
    before = edition_as_stored(competition)
    client.force_login(secretariat)
    url = reverse("admin:competitions_competition_change", args=[competition.pk])
    post_back(client, url, "competition_form")
    assert edition_as_stored(competition) == before


@pytest.fixture
def pending_proposal_stage(secretariat):
    competition = create_edition_from_template(key="kompetisi-inovasi-kota", year=2027, by=secretariat)
    return competition.stages.get(order=2)


@pytest.mark.parametrize("stage", ["pending_proposal_stage", "running_proposal_stage"])
def test_a_stage_sent_back_unchanged_keeps_its_dates_and_rubric(client, request, secretariat, stage):
    stage = request.getfixturevalue(stage)
    before = stages_as_stored(stage.competition)
    client.force_login(secretariat)
    post_back(client, reverse("admin:competitions_stage_change", args=[stage.pk]), "stage_form")
    assert stages_as_stored(stage.competition) == before
