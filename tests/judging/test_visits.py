"""Fact finding through the real stack: the list of entries to visit, the visit form with its photos, and
who may see those photos (the team and the secretariat; anyone else gets 404)."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from competitions.models import Event
from judging import services
from judging.models import FieldVisit
from tests import factories
from tests.files import image_upload
from tests.html_forms import form_fields

pytestmark = pytest.mark.django_db

JPEG_START = b"\xff\xd8\xff"


def visit_url(round_, entry):
    return reverse("judging:field_visit", args=[round_["stage"].pk, entry.pk])


def visit_form(**extra):
    return {
        "visited_on": "2026-11-20",
        "team": "Fitri Handayani, Rina Marlina",
        "findings": "Layanan berjalan di kantor kelurahan; warga memakai aplikasinya.",
        "verified": "yes",
        "score": "85",
        **extra,
    }


def outsider(who, round_):
    """Accounts outside the fact-finding team of the round's first entry."""
    return {
        "unrelated_operator": factories.make_operator,
        "unassigned_judge": factories.make_judge,
        "leader": factories.make_leader,
        "unit_operator": lambda: factories.make_operator(unit=round_["entries"][0].unit),
    }[who]()


# The list of entries to visit


def test_the_verifier_lists_every_entry_and_an_assigned_judge_only_theirs(
    client, verification_round, verifier
):
    client.force_login(verifier)
    page = client.get(reverse("judging:field_visits"))
    assert page.status_code == 200
    assert "Si Warga" in page.content.decode() and "Siska" in page.content.decode()
    client.force_login(verification_round["judge"])
    html = client.get(reverse("judging:field_visits")).content.decode()
    assert "Si Warga" in html and "Siska" not in html


@pytest.mark.parametrize("who", ["unrelated_operator", "leader", "secretariat"])
def test_the_list_of_visits_is_404_outside_the_fact_finding_team(
    client, verification_round, who, secretariat
):
    client.force_login(secretariat if who == "secretariat" else outsider(who, verification_round))
    assert client.get(reverse("judging:field_visits")).status_code == 404


def test_the_list_of_visits_sends_anonymous_visitors_to_sign_in(client, verification_round):
    response = client.get(reverse("judging:field_visits"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


# The visit form


def test_a_verifier_records_a_visit_with_a_photo(client, verification_round, verifier):
    entry = verification_round["entries"][0]
    client.force_login(verifier)
    page = client.get(visit_url(verification_round, entry))
    assert page.status_code == 200 and "Si Warga" in page.content.decode()
    response = client.post(
        visit_url(verification_round, entry), visit_form(photos=image_upload("lokasi.jpg"))
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("judging:field_visits")
    visit = FieldVisit.objects.get()
    assert (visit.stage, visit.submission, visit.recorded_by) == (
        verification_round["stage"],
        entry,
        verifier,
    )
    assert (visit.visited_on, visit.verified, visit.score) == (datetime.date(2026, 11, 20), True, Decimal(85))
    assert visit.team == "Fitri Handayani, Rina Marlina"
    assert visit.photos.count() == 1
    assert Event.objects.filter(action="field_visit_recorded", object_id=entry.pk).exists()


def test_an_assigned_judge_records_only_the_visit_of_their_entry(client, verification_round):
    mine, other = verification_round["entries"]
    client.force_login(verification_round["judge"])
    assert client.get(visit_url(verification_round, mine)).status_code == 200
    assert client.get(visit_url(verification_round, other)).status_code == 404
    assert client.post(visit_url(verification_round, other), visit_form()).status_code == 404
    assert client.post(visit_url(verification_round, mine), visit_form(verified="no")).status_code == 302
    assert list(FieldVisit.objects.values_list("submission", "verified")) == [(mine.pk, False)]


@pytest.mark.parametrize("who", ["unrelated_operator", "unassigned_judge", "leader", "unit_operator"])
def test_the_visit_form_is_404_for_anyone_outside_the_team(client, verification_round, who):
    entry = verification_round["entries"][0]
    client.force_login(outsider(who, verification_round))
    assert client.get(visit_url(verification_round, entry)).status_code == 404
    assert client.post(visit_url(verification_round, entry), visit_form()).status_code == 404
    assert not FieldVisit.objects.exists()


# The visit's photos


@pytest.fixture
def visit_photo(verification_round, verifier):
    visit = services.record_field_visit(
        stage=verification_round["stage"],
        submission=verification_round["entries"][0],
        by=verifier,
        visited_on=timezone.localdate(),
        team="Fitri Handayani",
        findings="Berjalan sesuai proposal.",
        verified=True,
        score=Decimal(80),
        photos=[image_upload("lokasi.jpg")],
    )
    return visit.photos.get()


@pytest.mark.parametrize("variant", ["image", "thumbnail"])
@pytest.mark.parametrize("who", ["verifier", "assigned_judge", "secretariat"])
def test_the_team_and_the_secretariat_see_a_visit_photo(
    client, verification_round, visit_photo, variant, who, verifier, secretariat
):
    users = {"verifier": verifier, "assigned_judge": verification_round["judge"], "secretariat": secretariat}
    client.force_login(users[who])
    response = client.get(reverse("judging:visit_photo", args=[visit_photo.pk, variant]))
    assert response.status_code == 200
    assert (response["Content-Type"], response["Content-Disposition"]) == ("image/jpeg", "inline")
    assert b"".join(response.streaming_content).startswith(JPEG_START)


@pytest.mark.parametrize("variant", ["image", "thumbnail"])
@pytest.mark.parametrize("who", ["unrelated_operator", "unassigned_judge", "leader"])
def test_a_visit_photo_is_404_for_anyone_else(client, verification_round, visit_photo, variant, who):
    client.force_login(outsider(who, verification_round))
    assert client.get(reverse("judging:visit_photo", args=[visit_photo.pk, variant])).status_code == 404


# A visit form that comes back refused, and a saved visit opened again


def test_a_refused_visit_keeps_what_was_typed_and_asks_for_the_photos_again(
    client, verification_round, verifier
):
    entry = verification_round["entries"][0]
    client.force_login(verifier)
    response = client.post(
        visit_url(verification_round, entry), visit_form(findings="", photos=image_upload("lokasi.jpg"))
    )
    assert response.status_code == 200
    assert not FieldVisit.objects.exists()
    html = response.content.decode()
    assert "Foto yang Anda pilih belum tersimpan" in html
    shown = form_fields(html, "visit-form")
    assert (shown["visited_on"], shown["team"], shown["verified"], shown["score"]) == (
        ["2026-11-20"],
        ["Fitri Handayani, Rina Marlina"],
        ["yes"],
        ["85"],
    )


def test_a_refused_visit_without_photos_does_not_mention_them(client, verification_round, verifier):
    client.force_login(verifier)
    response = client.post(
        visit_url(verification_round, verification_round["entries"][0]), visit_form(team="")
    )
    assert response.status_code == 200
    assert "Foto yang Anda pilih" not in response.content.decode()


def test_the_saved_visit_opens_with_its_date_and_its_photos(
    client, verification_round, visit_photo, verifier
):
    client.force_login(verifier)
    html = client.get(visit_url(verification_round, verification_round["entries"][0])).content.decode()
    assert form_fields(html, "visit-form")["visited_on"] == [timezone.localdate().isoformat()]
    assert "Foto yang sudah tersimpan" in html
    assert reverse("judging:visit_photo", args=[visit_photo.pk, "thumbnail"]) in html
    assert "Foto yang Anda pilih" not in html
