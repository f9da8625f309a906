"""The role groups and what the secretariat may do with accounts."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from competitions import permissions
from competitions.permissions import JUDGE_GROUP, LEADER_GROUP, SECRETARIAT_GROUP, VERIFIER_GROUP
from tests.factories import UnitFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_migrate_creates_the_role_groups():
    names = set(Group.objects.values_list("name", flat=True))
    assert {SECRETARIAT_GROUP, JUDGE_GROUP, VERIFIER_GROUP, LEADER_GROUP} <= names


def test_secretariat_group_manages_units_and_accounts_but_is_not_all_powerful(secretariat):
    assert secretariat.has_perm("competitions.add_unit")
    assert secretariat.has_perm("competitions.change_membership")
    assert secretariat.has_perm("auth.add_user")
    assert secretariat.has_perm("axes.delete_accessattempt")
    assert not secretariat.has_perm("auth.delete_user")
    assert not secretariat.has_perm("auth.change_group")
    assert not secretariat.has_perm("auth.change_permission")


def test_secretariat_cannot_make_itself_superuser(client, secretariat):
    client.force_login(secretariat)
    url = reverse("admin:auth_user_change", args=[secretariat.pk])
    page = client.get(url).content.decode()
    assert 'name="is_superuser"' not in page
    assert 'name="user_permissions"' not in page
    client.post(
        url,
        {
            "username": secretariat.username,
            "is_active": "on",
            "is_staff": "on",
            "is_superuser": "on",
            "groups": [Group.objects.get(name=SECRETARIAT_GROUP).pk],
            "last_login_0": "",
            "last_login_1": "",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "08:00:00",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
    )
    secretariat.refresh_from_db()
    assert not secretariat.is_superuser


def test_secretariat_provisions_an_operator_account_for_a_unit(client, secretariat):
    unit = UnitFactory(name="Dinas Sosial")
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "operator-dinsos",
            "usable_password": "true",
            "password1": "Pempek-Kapal-Selam-2026!",
            "password2": "Pempek-Kapal-Selam-2026!",
            "memberships-TOTAL_FORMS": "1",
            "memberships-INITIAL_FORMS": "0",
            "memberships-0-unit": str(unit.pk),
        },
    )
    assert response.status_code == 302
    operator = User.objects.get(username="operator-dinsos")
    assert permissions.operator_unit_ids(operator) == {unit.pk}


def test_inactive_user_holds_no_role():
    user = UserFactory(is_active=False, is_staff=True, roles=[SECRETARIAT_GROUP, JUDGE_GROUP])
    assert not permissions.is_secretariat(user)
    assert not permissions.is_judge(user)
