"""Sign-in, sign-out, password change and reset, and sign-in throttling."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def sign_in(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_a_user_signs_in_and_out(client):
    UserFactory(username="dimas")
    response = sign_in(client, "dimas", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert "_auth_user_id" in client.session
    client.post(reverse("logout"))
    assert "_auth_user_id" not in client.session


def test_wrong_password_shows_an_indonesian_message(client):
    UserFactory(username="dimas")
    response = sign_in(client, "dimas", "salah")
    assert response.status_code == 200
    assert "Masukkan nama pengguna" in response.content.decode()


def test_sign_in_locks_after_repeated_failures_for_that_user_and_ip(client, settings):
    UserFactory(username="dimas")
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "dimas", "salah").status_code == 200
    assert sign_in(client, "dimas", "salah").status_code == 429
    # Even the right password is refused while the lock lasts.
    locked = sign_in(client, "dimas", PASSWORD)
    assert locked.status_code == 429
    assert "terkunci" in locked.content.decode()
    assert "15 menit" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_user_and_ip(client, settings):
    UserFactory(username="dimas")
    UserFactory(username="siti")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "dimas", "salah")
    assert sign_in(client, "siti", PASSWORD).status_code == 302


def test_the_admin_sign_in_page_signs_no_one_in_and_sends_to_the_throttled_sign_in(client):
    UserFactory(username="rina", is_staff=True)
    response = client.post(reverse("admin:login"), {"username": "rina", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert "_auth_user_id" not in client.session


def test_an_address_trying_many_usernames_is_locked_out(client, settings):
    UserFactory(username="dimas")
    address_limit = settings.SIGN_IN_FAILURE_LIMITS["ip_address"]
    assert address_limit > settings.AXES_FAILURE_LIMIT  # one office address, many people
    for attempt in range(address_limit - 1):
        assert sign_in(client, f"tebakan{attempt}", "salah").status_code == 200
    assert sign_in(client, "tebakan-terakhir", "salah").status_code == 429
    # Every account is refused from that address while the lock lasts, even with the right password,
    locked = sign_in(client, "dimas", PASSWORD)
    assert locked.status_code == 429
    assert "terkunci" in locked.content.decode()
    # but the same account signs in from another address.
    elsewhere = client.post(
        reverse("login"), {"username": "dimas", "password": PASSWORD}, REMOTE_ADDR="10.20.30.40"
    )
    assert elsewhere.status_code == 302


def test_a_username_tried_from_many_addresses_is_locked_out(client, settings):
    UserFactory(username="dimas")
    UserFactory(username="siti")
    username_limit = settings.SIGN_IN_FAILURE_LIMITS["username"]
    for attempt in range(username_limit):
        address = f"10.0.{attempt // 200}.{attempt % 200 + 1}"
        client.post(reverse("login"), {"username": "dimas", "password": "salah"}, REMOTE_ADDR=address)
    fresh_address = client.post(
        reverse("login"), {"username": "dimas", "password": PASSWORD}, REMOTE_ADDR="172.16.5.5"
    )
    assert fresh_address.status_code == 429
    # Another account from that address is not affected.
    other = client.post(
        reverse("login"), {"username": "siti", "password": PASSWORD}, REMOTE_ADDR="172.16.5.5"
    )
    assert other.status_code == 302


def test_signing_in_with_one_account_does_not_clear_the_address_failures(client, settings):
    UserFactory(username="penyerang")
    address_limit = settings.SIGN_IN_FAILURE_LIMITS["ip_address"]
    for attempt in range(address_limit - 1):
        sign_in(client, f"tebakan{attempt}", "salah")
    assert sign_in(client, "penyerang", PASSWORD).status_code == 302  # a valid account of one's own
    client.logout()
    assert sign_in(client, "tebakan-lagi", "salah").status_code == 429


def test_password_change(client):
    user = UserFactory(username="dimas")
    client.force_login(user)
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "Kopi-pempek-2026!",
            "new_password2": "Kopi-pempek-2026!",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Kopi-pempek-2026!")


def test_password_reset_by_email(client):
    user = UserFactory(username="dimas", email="dimas@palembang.go.id")
    response = client.post(reverse("password_reset"), {"email": "dimas@palembang.go.id"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "Atur ulang kata sandi" in message.subject
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", message.body).group(1)
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    confirm_url = form_page.redirect_chain[-1][0]
    done = client.post(
        confirm_url, {"new_password1": "Sungai-Musi-2026!", "new_password2": "Sungai-Musi-2026!"}
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Sungai-Musi-2026!")


@pytest.mark.parametrize(
    ("role", "landing"),
    [
        ("operator", "/unit/"),
        ("judge", "/penilaian/"),
        ("verifier", "/verifikasi/"),
        ("leader", "/unit/partisipasi/"),
        ("secretariat", "/admin/"),
    ],
)
def test_after_signing_in_each_person_lands_where_their_work_is(client, role_users, role, landing):
    response = sign_in(client, role_users[role].username, PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == landing
    page = client.get(response["Location"])
    if role == "secretariat":  # a staff account gives its authenticator's code first, then lands there
        assert page["Location"] == reverse("sign_in:verify") + "?next=%2Fadmin%2F"
    else:
        assert page.status_code == 200


def test_signing_in_follows_next_whatever_the_role(client, operator):
    response = client.post(
        reverse("login"), {"username": operator.username, "password": PASSWORD, "next": "/katalog/"}
    )
    assert response["Location"] == "/katalog/"


def test_signing_in_never_follows_next_to_another_site(client, judge):
    response = client.post(
        reverse("login"),
        {"username": judge.username, "password": PASSWORD, "next": "https://example.com/"},
    )
    assert response["Location"] == "/penilaian/"


def test_a_person_without_a_role_lands_on_the_home_page(client):
    UserFactory(username="warga")
    assert sign_in(client, "warga", PASSWORD)["Location"] == reverse("home")
