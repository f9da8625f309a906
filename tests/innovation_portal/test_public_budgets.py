"""The public pages and the final ranking cost the same number of queries for one small announced edition
or for several editions with many winners and innovations (README, "Performance"). Each page is rendered
afresh (the cache is emptied before each request): the budget is that of the page itself."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from competitions.models import Unit
from tests import factories
from tests.conftest import PortalClient
from tests.submissions.catalogue_helpers import edition, innovation, judge_and_award, proposal, sent_entry

pytestmark = pytest.mark.django_db


def announced_edition(*, name: str, year: int, winners: int, secretariat):
    """An announced edition whose one category has `winners` prizes, each won by an entry of its own unit."""
    competition, category = edition(name=name, year=year, prizes=winners)
    scores = {}
    for place in range(winners):
        unit = factories.UnitFactory(kind=Unit.Kind.DINAS)
        operator = factories.make_operator(unit=unit)
        entry = sent_entry(
            innovation=innovation(unit=unit, title=f"{name} {place}", is_public=True, by=operator),
            category=category,
            texts=proposal(),
            operator=operator,
            secretariat=secretariat,
        )
        scores[entry] = 90 - place
    judge_and_award(competition, category, scores, secretariat=secretariat)
    return competition, category, next(iter(scores))


def fresh_queries(client: Client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200, url
    return len(queries)


def test_public_pages_and_the_final_ranking_cost_the_same_for_one_edition_or_many(client, secretariat):
    """Measured on a first edition with two winners and little else, then on an edition with six winners
    among three editions and a catalogue of more innovations."""
    staff = PortalClient()
    staff.force_login(secretariat)

    def measure(competition, category, winner) -> list[int]:
        public_urls = [
            reverse("home"),
            reverse("competitions:detail", args=[competition.slug]),
            reverse("judging:results", args=[competition.slug]),
            reverse("catalogue:list"),
            reverse("catalogue:list") + "?q=Kompetisi",
            reverse("catalogue:detail", args=[winner.innovation_id]),
        ]
        final = reverse("admin:judging_final_ranking", args=[competition.pk, category.pk])
        return [fresh_queries(client, url) for url in public_urls] + [fresh_queries(staff, final)]

    small = measure(
        *announced_edition(name="Kompetisi Inovasi 2024", year=2024, winners=2, secretariat=secretariat)
    )
    announced_edition(name="Kompetisi Inovasi 2025", year=2025, winners=6, secretariat=secretariat)
    for number in range(12):
        unit = factories.UnitFactory(kind=Unit.Kind.KECAMATAN)
        innovation(unit=unit, title=f"Kompetisi Inovasi lain {number}", is_public=True, by=secretariat)
    large = measure(
        *announced_edition(name="Kompetisi Inovasi 2026", year=2026, winners=6, secretariat=secretariat)
    )

    assert large == small
