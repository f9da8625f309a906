"""Anonymous visitors cannot grow the session table: reading public pages, switching the language,
failing to sign in or posting a form creates no session row."""

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from submissions.models import Innovation
from tests import factories
from tests.factories import PASSWORD
from tests.sessions import signed_in_then_session_expired

pytestmark = pytest.mark.django_db

VISITS = 20


def test_anonymous_reads_and_posts_create_no_session(edition_with_results):
    competition, innovation = edition_with_results
    factories.UserFactory(username="dimas")
    public_pages = [
        reverse("home"),
        reverse("competitions:detail", args=[competition.slug]),
        reverse("catalogue:list"),
        reverse("catalogue:detail", args=[innovation.pk]),
        reverse("login"),
        reverse("password_reset"),
        "/tidak-ada/",
    ]
    for visit in range(VISITS):
        visitor = Client()  # a bot keeps no cookies: each request is a new visitor
        for url in public_pages:
            assert visitor.get(url).status_code in (200, 404), url
        visitor.post(reverse("set_language"), {"language": "en", "next": "/"})
        # Wrong passwords, soon answered by the lockout page: neither keeps anything.
        for username in ("dimas", f"bot{visit}"):
            failed = visitor.post(reverse("login"), {"username": username, "password": f"salah{visit}"})
            assert failed.status_code in (200, 429)
        typed = visitor.post(reverse("submissions:innovation_create"), {"title": "x" * 1000})
        assert typed.status_code == 302
    assert Session.objects.count() == 0


def test_a_post_after_the_session_expired_is_kept_only_up_to_a_size(client, settings):
    operator = factories.make_operator(username="op")
    url = reverse("submissions:innovation_create")
    signed_in_then_session_expired(client, operator, url)
    Session.objects.all().delete()
    client.post(url, {"title": "Si Cepat Tanggap", "summary": "x" * settings.PENDING_FORM_MAX_BYTES})
    assert Session.objects.count() == 0  # too big to keep: nothing stored
    client.post(url, {"title": "Si Cepat Tanggap", "summary": "Ringkasan"})
    assert Session.objects.count() == 1


def test_typed_data_goes_back_only_to_the_account_that_typed_it(client):
    operator = factories.make_operator(username="op")
    colleague = factories.make_operator(username="rekan", unit=operator.memberships.get().unit)
    url = reverse("submissions:innovation_create")
    signed_in_then_session_expired(client, operator, url)
    client.post(url, {"title": "Rahasia operator pertama", "summary": "Ringkasan"})
    client.post(reverse("login"), {"username": colleague.username, "password": PASSWORD})
    assert "Rahasia operator pertama" not in client.get(url).content.decode()


@pytest.fixture
def edition_with_results(db):
    competition = factories.CompetitionFactory(status="open")
    innovation = factories.InnovationFactory(is_public=True)
    assert Innovation.objects.filter(pk=innovation.pk).exists()
    return competition, innovation
