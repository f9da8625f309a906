"""The benchmark's baseline page exists only in the benchmark's settings (README, "Benchmarks")."""

import pytest
from django.test import override_settings

from benchmarks import settings as bench_settings

pytestmark = pytest.mark.django_db


def test_the_portal_has_no_baseline_page(client):
    assert client.get("/bench/baseline/").status_code == 404


@override_settings(ROOT_URLCONF=bench_settings.ROOT_URLCONF, TEMPLATES=bench_settings.TEMPLATES)
def test_the_benchmark_serves_a_baseline_page_without_a_query(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/bench/baseline/")

    assert response.status_code == 200
    assert len(response.content) < 200


@override_settings(ROOT_URLCONF=bench_settings.ROOT_URLCONF, TEMPLATES=bench_settings.TEMPLATES)
def test_the_benchmark_keeps_every_page_of_the_portal(client):
    assert client.get("/").status_code == 200
