"""The demo city: the roster, an account for every role, and seeding twice changes nothing."""

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from competitions import permissions
from competitions.models import Competition, Membership, Unit
from innovation_portal.demo.seed import DEMO_PASSWORD
from submissions.models import Submission

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
        "entries": list(Submission.objects.order_by("pk").values_list("pk", "status", "updated_at")),
        "competitions": list(Competition.objects.order_by("pk").values_list("pk", "slug", "updated_at")),
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


def test_demo_accounts_sign_in(client):
    call_command("seed_demo")
    for username in DEMO_USERNAMES:
        response = client.post(reverse("login"), {"username": username, "password": DEMO_PASSWORD})
        assert response.status_code == 302, username
        client.logout()


def test_demo_has_a_past_and_a_current_edition_in_progress(client):
    call_command("seed_demo")
    past = Competition.objects.get(year=2022)
    assert past.status == Competition.Status.ANNOUNCED
    titles = set(Submission.objects.filter(competition=past).values_list("innovation__title", flat=True))
    assert {"Si Demang", "SITA", "Siska"} <= titles

    current = Competition.objects.exclude(pk=past.pk).get()
    assert current.status == Competition.Status.OPEN
    per_category = dict(
        Submission.objects.filter(competition=current)
        .values_list("category__name")
        .annotate(n=Count("pk"))
        .values_list("category__name", "n")
    )
    assert per_category == {"Perangkat Daerah": 19, "Kecamatan": 17, "UMKM Start-up Digital": 8}
    statuses = set(Submission.objects.filter(competition=current).values_list("status", flat=True))
    assert {"draft", "submitted", "needs_revision", "resubmitted", "eligible"} <= statuses

    diskominfo = Submission.objects.get(competition=current, unit__short_name="Diskominfo")
    assert diskominfo.status == Submission.Status.NEEDS_REVISION
    assert diskominfo.revision_deadline > timezone.now()
    client.force_login(User.objects.get(username="operator-diskominfo"))
    dashboard = client.get(reverse("submissions:dashboard")).content.decode()
    assert diskominfo.innovation.title in dashboard
    assert "list-group-item-danger" in dashboard  # the revision is what needs attention first
