"""Two-factor sign-in: required for the secretariat, offered to judges, nothing changes for others."""

from base64 import b32decode
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests import factories
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def sign_in(client, user, next_url=""):
    data = {"username": user.username, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post(reverse("login"), data)


def app_code(device: TOTPDevice) -> str:
    """The code an authenticator app holding the device's key shows now."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):0{device.digits}d}"


def verify_url(next_url: str) -> str:
    return f"{reverse('sign_in:verify')}?{urlencode({'next': next_url})}"


def set_up_authenticator(client) -> str:
    """Go through the set-up page as a person would: read the key it shows, type the app's code."""
    page = client.get(reverse("sign_in:setup"))
    assert page.status_code == 200
    key = client.session["django_two_factor-qr_secret_key"]
    assert key in page.content.decode()
    qr = client.get(reverse("sign_in:qr"))
    assert qr.status_code == 200 and qr["Content-Type"].startswith("image/svg+xml")
    code = f"{totp(b32decode(key)):06d}"
    return client.post(
        reverse("sign_in:setup"), {"setup_view-current_step": "generator", "generator-token": code}
    )


def test_a_secretariat_account_without_an_authenticator_is_sent_to_set_one_up(client):
    secretariat = factories.make_secretariat(username="rina", authenticator=False)
    assert sign_in(client, secretariat).status_code == 302
    admin = client.get(reverse("admin:index"))
    assert admin.status_code == 302
    assert admin["Location"] == f"{reverse('sign_in:setup')}?{urlencode({'next': reverse('admin:index')})}"
    for url in (reverse("home"), reverse("submissions:participation"), reverse("admin:auth_user_changelist")):
        assert client.get(url)["Location"].startswith(reverse("sign_in:setup")), url
    page = client.get(reverse("sign_in:setup")).content.decode()
    assert "Pasang verifikasi dua langkah" in page and "Akun sekretariat" in page


def test_setting_up_the_authenticator_gives_recovery_codes_and_opens_the_admin(client):
    secretariat = factories.make_secretariat(username="rina", authenticator=False)
    sign_in(client, secretariat)
    done = set_up_authenticator(client)
    assert done.status_code == 302
    assert done["Location"].startswith(reverse("sign_in:recovery_codes"))
    codes_page = client.get(done["Location"]).content.decode()
    codes = list(StaticToken.objects.filter(device__user=secretariat).values_list("token", flat=True))
    assert len(codes) == 10 and all(code in codes_page for code in codes)
    assert client.get(reverse("admin:index")).status_code == 200
    assert TOTPDevice.objects.get(user=secretariat).confirmed


def test_a_wrong_code_does_not_set_up_the_authenticator(client):
    secretariat = factories.make_secretariat(username="rina", authenticator=False)
    sign_in(client, secretariat)
    client.get(reverse("sign_in:setup"))
    response = client.post(
        reverse("sign_in:setup"), {"setup_view-current_step": "generator", "generator-token": "000000"}
    )
    assert response.status_code == 200
    assert "Kode itu salah" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=secretariat).exists()
    assert client.get(reverse("admin:index")).status_code == 302


def test_with_an_authenticator_the_password_alone_is_not_enough(client):
    secretariat = factories.make_secretariat(username="rina")
    response = sign_in(client, secretariat, next_url=reverse("admin:index"))
    assert response.status_code == 302
    admin = client.get(reverse("admin:index"))
    assert admin["Location"] == verify_url(reverse("admin:index"))
    for url in (reverse("home"), reverse("submissions:participation"), reverse("sign_in:recovery_codes")):
        assert client.get(url)["Location"].startswith(reverse("sign_in:verify")), url
    wrong = client.post(verify_url(reverse("admin:index")), {"code": "123456"})
    assert wrong.status_code == 200
    assert "Kode itu salah atau sudah pernah dipakai" in wrong.content.decode()
    assert "Admin sekretariat" not in wrong.content.decode()  # the menu offers nothing out of reach
    assert client.get(reverse("admin:index")).status_code == 302


def test_the_code_from_the_authenticator_app_gets_in(client):
    secretariat = factories.make_secretariat(username="rina")
    sign_in(client, secretariat, next_url=reverse("admin:index"))
    page = client.get(verify_url(reverse("admin:index")))
    assert "Langkah kedua masuk" in page.content.decode()
    device = TOTPDevice.objects.get(user=secretariat)
    response = client.post(verify_url(reverse("admin:index")), {"code": app_code(device)})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")
    assert client.get(reverse("admin:index")).status_code == 200


def test_an_authenticator_code_is_accepted_once(client):
    secretariat = factories.make_secretariat(username="rina")
    device = TOTPDevice.objects.get(user=secretariat)
    code = app_code(device)
    sign_in(client, secretariat)
    assert client.post(reverse("sign_in:verify"), {"code": code}).status_code == 302
    client.logout()
    sign_in(client, secretariat)
    assert client.post(reverse("sign_in:verify"), {"code": code}).status_code == 200
    assert client.get(reverse("admin:index")).status_code == 302


def test_a_recovery_code_works_once(client):
    secretariat = factories.make_secretariat(username="rina")
    backup = StaticDevice.objects.create(user=secretariat, name="backup")
    backup.token_set.create(token="kodeuji1")
    backup.token_set.create(token="kodeuji2")
    sign_in(client, secretariat)
    used = client.post(reverse("sign_in:verify"), {"code": " KODEUJI1 "}, follow=True)
    assert used.redirect_chain[0][1] == 302
    assert "Tersisa 1 kode" in used.content.decode()
    assert client.get(reverse("admin:index")).status_code == 200
    client.logout()
    sign_in(client, secretariat)
    again = client.post(reverse("sign_in:verify"), {"code": "kodeuji1"})
    assert again.status_code == 200
    assert client.get(reverse("admin:index")).status_code == 302


def test_a_judge_is_offered_two_factor_sign_in_and_once_set_up_it_is_required(client):
    judge = factories.make_judge(username="juri-baru")
    sign_in(client, judge)
    assert client.get(reverse("judging:dashboard")).status_code == 200  # not forced
    page = client.get(reverse("sign_in:two_factor")).content.decode()
    assert "Verifikasi dua langkah tidak aktif" in page
    assert set_up_authenticator(client).status_code == 302
    client.logout()

    sign_in(client, judge)
    assert client.get(reverse("judging:dashboard"))["Location"].startswith(reverse("sign_in:verify"))
    device = TOTPDevice.objects.get(user=judge)
    device.last_t = -1  # the set-up used this time step's code; a phone shows the next one soon
    device.save()
    client.post(reverse("sign_in:verify"), {"code": app_code(device)})
    assert client.get(reverse("judging:dashboard")).status_code == 200


def test_a_judge_may_turn_it_off_the_secretariat_may_not(client):
    judge = factories.make_judge(username="juri-baru", authenticator=True)
    client.force_login(judge)
    response = client.post(reverse("sign_in:two_factor"), {"confirm": "on"})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=judge).exists()

    secretariat = factories.make_secretariat(username="rina")
    client.force_login(secretariat)
    page = client.get(reverse("sign_in:two_factor")).content.decode()
    assert "tidak dapat dimatikan" in page
    assert client.post(reverse("sign_in:two_factor"), {"confirm": "on"}).status_code == 404
    assert TOTPDevice.objects.filter(user=secretariat).exists()


def test_operators_and_leaders_sign_in_with_their_password_alone(client):
    for user in (factories.make_operator(username="op"), factories.make_leader(username="pimpinan-x")):
        sign_in(client, user)
        assert client.get(reverse("home")).status_code == 200
        assert client.get(reverse("submissions:participation")).status_code in (200, 404)
        assert client.get(reverse("sign_in:two_factor")).status_code == 404
        client.logout()


def test_the_admin_sign_in_page_sends_people_to_the_portal_sign_in(client):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_no_one_reads_an_authenticator_key_in_the_admin_not_even_a_superuser(client):
    judge = factories.make_judge(username="juri-baru", authenticator=True)
    device = TOTPDevice.objects.get(user=judge)
    client.force_login(factories.UserFactory(username="tim-ti", is_staff=True, is_superuser=True))
    page = client.get(reverse("admin:otp_totp_totpdevice_change", args=[device.pk]))
    assert page.status_code == 200
    assert device.key not in page.content.decode()
    assert client.get(reverse("admin:otp_totp_totpdevice_config", args=[device.pk])).status_code == 403
    assert client.get(reverse("admin:otp_totp_totpdevice_qrcode", args=[device.pk])).status_code == 403


def test_after_a_wrong_code_the_next_try_waits(client, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 60  # a minute after one wrong code, so the test does not race it
    secretariat = factories.make_secretariat(username="rina")
    sign_in(client, secretariat)
    client.post(reverse("sign_in:verify"), {"code": "000000"})
    device = TOTPDevice.objects.get(user=secretariat)
    waiting = client.post(reverse("sign_in:verify"), {"code": app_code(device)})
    assert waiting.status_code == 200
    assert "Terlalu banyak kode salah" in waiting.content.decode()
    assert client.get(reverse("admin:index")).status_code == 302
