"""Public pages come from the cache for visitors who are not signed in, per language, and are fresh again
as soon as anything they show changes (README, "Performance")."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from competitions.models import Competition
from competitions.services import change_competition_status
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition(db):
    competition = factories.CompetitionFactory(name="Kompetisi Inovasi Kota 2026", slug="kik-2026")
    factories.CategoryFactory(competition=competition, name="Perangkat Daerah")
    return competition


def public_urls(edition):
    return [
        reverse("home"),
        reverse("competitions:detail", args=[edition.slug]),
        reverse("catalogue:list"),
        reverse("catalogue:list") + "?q=antrean",
    ]


def test_a_second_anonymous_visit_costs_no_query(client, edition, django_assert_num_queries):
    for url in public_urls(edition):
        assert client.get(url).status_code == 200
        with django_assert_num_queries(0):
            assert client.get(url).status_code == 200


def test_a_change_to_what_the_page_shows_is_seen_at_once(client, edition, secretariat):
    url = reverse("competitions:detail", args=[edition.slug])
    assert "Kompetisi Inovasi Kota 2026" in client.get(url).content.decode()
    edition.name = "Kompetisi Inovasi Kota Palembang 2026"
    edition.save()
    assert "Kompetisi Inovasi Kota Palembang 2026" in client.get(url).content.decode()

    innovation = factories.InnovationFactory(title="Sistem Antrean Puskesmas", is_public=True)
    assert "Sistem Antrean Puskesmas" in client.get(reverse("catalogue:list")).content.decode()
    innovation.title = "Antrean Daring Puskesmas"
    innovation.save()
    html = client.get(reverse("catalogue:list")).content.decode()
    assert "Antrean Daring Puskesmas" in html and "Sistem Antrean Puskesmas" not in html


def test_each_language_has_its_own_copy(client, edition, settings):
    assert '<html lang="id">' in client.get(reverse("home")).content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert '<html lang="en">' in client.get(reverse("home")).content.decode()
    del client.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert '<html lang="id">' in client.get(reverse("home")).content.decode()


def test_a_signed_in_user_never_gets_the_anonymous_copy(client, edition, operator):
    assert "operator-test" not in client.get(reverse("home")).content.decode()
    client.force_login(operator)
    assert "operator-test" in client.get(reverse("home")).content.decode()


def test_the_language_switcher_needs_no_csrf_token_and_stays_on_the_site(edition):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("set_language"), {"language": "en", "next": "/katalog/"})
    assert response.status_code == 302 and response.url == "/katalog/"
    assert '<html lang="en">' in strict.get(reverse("home")).content.decode()
    away = strict.post(reverse("set_language"), {"language": "id", "next": "https://example.com/"})
    assert away.url == "/"
    # No page a visitor reads sets a CSRF cookie, so the cached copy is the same for all.
    assert "csrftoken" not in Client().get(reverse("home")).cookies


def test_a_visitor_with_a_message_waiting_gets_a_page_of_their_own(client, edition):
    client.get(reverse("home"))  # cached
    client.cookies["messages"] = "a message for this visitor only"
    with CaptureQueriesContext(connection) as rendered:
        client.get(reverse("home"))
    assert len(rendered.captured_queries) > 0


def test_a_status_change_through_the_service_refreshes_the_edition_page(client, edition, secretariat):
    url = reverse("competitions:detail", args=[edition.slug])
    assert "status-badge--judging" not in client.get(url).content.decode()
    change_competition_status(competition=edition, to=Competition.Status.JUDGING, by=secretariat)
    assert "status-badge--judging" in client.get(url).content.decode()
