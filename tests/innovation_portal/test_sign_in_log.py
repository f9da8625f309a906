"""Sign-ins, failed sign-ins and sign-outs of staff accounts are in the event log, with the address."""

import pytest
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from competitions import event_log
from competitions.models import Event
from tests import factories
from tests.factories import PASSWORD
from tests.innovation_portal.test_two_factor import app_code

pytestmark = pytest.mark.django_db


def account_events(account: User) -> list[tuple[str, str, str, int | None]]:
    events = Event.objects.filter(
        content_type=ContentType.objects.get_for_model(User), object_id=account.pk
    ).order_by("pk")
    return [(event.action, event.old_value, event.new_value, event.actor_id) for event in events]


def test_a_staff_sign_in_its_second_step_and_sign_out_are_logged_with_the_address(client):
    secretariat = factories.make_secretariat(username="rina")
    client.post(reverse("login"), {"username": "rina", "password": PASSWORD}, REMOTE_ADDR="203.0.113.7")
    device = TOTPDevice.objects.get(user=secretariat)
    client.post(reverse("sign_in:verify"), {"code": app_code(device)}, REMOTE_ADDR="203.0.113.7")
    client.post(reverse("logout"), REMOTE_ADDR="203.0.113.7")
    assert account_events(secretariat) == [
        ("signed_in", "password", "203.0.113.7", secretariat.pk),
        ("second_factor_verified", "authenticator", "203.0.113.7", secretariat.pk),
        ("signed_out", "", "203.0.113.7", secretariat.pk),
    ]
    sentences = [event_log.describe(event) for event in Event.objects.order_by("pk")]
    assert sentences == [
        "Masuk (kata sandi) dari 203.0.113.7.",
        "Langkah kedua masuk berhasil dengan aplikasi autentikator dari 203.0.113.7.",
        "Keluar dari 203.0.113.7.",
    ]


def test_failed_sign_ins_and_wrong_codes_of_a_staff_account_are_logged_without_an_actor(client):
    secretariat = factories.make_secretariat(username="rina")
    client.post(reverse("login"), {"username": "rina", "password": "salah"}, REMOTE_ADDR="198.51.100.9")
    client.post(reverse("login"), {"username": "rina", "password": PASSWORD}, REMOTE_ADDR="198.51.100.9")
    client.post(reverse("sign_in:verify"), {"code": "000000"}, REMOTE_ADDR="198.51.100.9")
    assert account_events(secretariat) == [
        ("sign_in_failed", "rina", "198.51.100.9", None),
        ("signed_in", "password", "198.51.100.9", secretariat.pk),
        ("second_factor_failed", "rina", "198.51.100.9", None),
    ]
    assert event_log.describe(Event.objects.get(action="sign_in_failed")) == (
        "Gagal masuk sebagai “rina” dari 198.51.100.9."
    )


def test_sign_ins_of_accounts_that_are_not_staff_are_left_to_the_access_log(client):
    operator = factories.make_operator(username="op")
    client.post(reverse("login"), {"username": "op", "password": "salah"})
    client.post(reverse("login"), {"username": "op", "password": PASSWORD})
    client.post(reverse("login"), {"username": "tidak-ada", "password": "salah"})
    client.post(reverse("logout"))
    assert account_events(operator) == []
    assert not Event.objects.exists()
