"""The demo city: the roster, an account for every role, and seeding twice changes nothing."""

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse

from competitions import permissions
from competitions.models import Membership, Unit
from innovation_portal.demo.seed import DEMO_PASSWORD

pytestmark = pytest.mark.django_db

DEMO_USERNAMES = [
    "sekretariat",
    "pimpinan",
    "operator-diskominfo",
    "operator-dpmptsp",
    "operator-plaju",
    "juri1",
    "juri2",
    "juri3",
    "verifikator",
]


def snapshot() -> dict:
    return {
        "units": list(Unit.objects.order_by("pk").values_list("pk", "name", "parent_id", "updated_at")),
        "users": list(User.objects.order_by("pk").values_list("pk", "username", "password")),
        "memberships": list(Membership.objects.order_by("pk").values_list("pk", "user_id", "unit_id")),
        "groups": list(User.groups.through.objects.order_by("pk").values_list("user_id", "group_id")),
    }


def test_demo_city_has_the_roster_and_every_role(capsys):
    call_command("seed_demo")
    output = capsys.readouterr().out
    for username in DEMO_USERNAMES:
        assert username in output
    assert DEMO_PASSWORD in output

    opd_kinds = [Unit.Kind.DINAS, Unit.Kind.BADAN, Unit.Kind.BAGIAN]
    assert Unit.objects.filter(kind__in=opd_kinds).count() == 53
    assert Unit.objects.filter(kind=Unit.Kind.KECAMATAN).count() == 18
    assert Unit.objects.filter(kind=Unit.Kind.UMKM).count() == 8
    assert Unit.objects.filter(kind=Unit.Kind.PUSKESMAS).exists()
    assert Unit.objects.filter(kind=Unit.Kind.SEKOLAH).exists()

    users = {user.username: user for user in User.objects.filter(username__in=DEMO_USERNAMES)}
    assert set(users) == set(DEMO_USERNAMES)
    assert all(user.check_password(DEMO_PASSWORD) for user in users.values())
    assert permissions.is_secretariat(users["sekretariat"])
    assert not users["sekretariat"].is_superuser
    assert permissions.is_leader(users["pimpinan"])
    assert permissions.is_judge(users["juri2"])
    assert permissions.is_verifier(users["verifikator"])
    diskominfo = Membership.objects.get(user=users["operator-diskominfo"]).unit
    assert diskominfo.name == "Dinas Komunikasi dan Informatika"
    assert Membership.objects.get(user=users["operator-dpmptsp"]).unit.short_name == "DPM-PTSP"
    assert Membership.objects.get(user=users["operator-plaju"]).unit.name == "Kecamatan Plaju"


def test_seeding_twice_changes_nothing():
    call_command("seed_demo")
    before = snapshot()
    call_command("seed_demo")
    assert snapshot() == before


def test_seeding_again_keeps_a_changed_password():
    call_command("seed_demo")
    user = User.objects.get(username="juri1")
    user.set_password("Rahasia-juri-2026!")
    user.save()
    call_command("seed_demo")
    user.refresh_from_db()
    assert user.check_password("Rahasia-juri-2026!")


@pytest.mark.parametrize("username", DEMO_USERNAMES)
def test_demo_accounts_sign_in(client, username):
    call_command("seed_demo")
    response = client.post(reverse("login"), {"username": username, "password": DEMO_PASSWORD})
    assert response.status_code == 302
