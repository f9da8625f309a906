"""The role groups and what the secretariat may do with accounts."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse

from competitions import permissions
from competitions.permissions import JUDGE_GROUP, LEADER_GROUP, SECRETARIAT_GROUP, VERIFIER_GROUP
from tests.factories import PASSWORD, UnitFactory, UserFactory, make_secretariat

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


# No account climbs above its role: the secretariat manages only accounts holding no right it lacks.


@pytest.fixture
def superuser():
    return UserFactory(username="tim-ti", is_staff=True, is_superuser=True)


@pytest.fixture
def stronger_secretariat():
    """A secretariat member who also holds a permission the secretariat group does not give."""
    account = make_secretariat(username="sekretariat-plus")
    account.user_permissions.add(Permission.objects.get(codename="delete_user"))
    return account


@pytest.fixture
def it_group():
    """A group whose permissions the secretariat does not hold."""
    group = Group.objects.create(name="Tim TI")
    group.permissions.add(Permission.objects.get(codename="change_group"))
    return group


def account_form(account, **changes):
    """What the account change form posts back for `account`, with `changes` applied."""
    data = {
        "username": account.username,
        "first_name": account.first_name,
        "last_name": account.last_name,
        "email": account.email,
        "is_active": "on" if account.is_active else "",
        "is_staff": "on" if account.is_staff else "",
        "groups": list(account.groups.values_list("pk", flat=True)),
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "08:00:00",
        "memberships-TOTAL_FORMS": "0",
        "memberships-INITIAL_FORMS": "0",
    }
    return {key: value for key, value in (data | changes).items() if value != ""}


NEW_PASSWORD = {
    "usable_password": "true",
    "password1": "Jembatan-Ampera-2026!",
    "password2": "Jembatan-Ampera-2026!",
}


def test_can_manage_account_follows_the_rights_each_account_holds(
    secretariat, superuser, stronger_secretariat, operator
):
    other_secretariat = make_secretariat(username="sekretariat-lain")
    assert permissions.can_manage_account(secretariat, operator)
    assert permissions.can_manage_account(secretariat, other_secretariat)
    assert not permissions.can_manage_account(secretariat, superuser)
    assert not permissions.can_manage_account(secretariat, stronger_secretariat)
    assert permissions.can_manage_account(superuser, stronger_secretariat)
    assert permissions.can_manage_account(superuser, UserFactory(is_superuser=True))


def test_an_inactive_account_keeps_its_rights_for_can_manage_account(secretariat, it_group):
    dormant = UserFactory(username="admin-lama", is_active=False, is_staff=True)
    dormant.groups.add(it_group)
    assert not permissions.can_manage_account(secretariat, dormant)


@pytest.mark.parametrize("target", ["superuser", "stronger_secretariat"])
def test_secretariat_sees_a_stronger_account_read_only(client, secretariat, target, request):
    account = request.getfixturevalue(target)
    client.force_login(secretariat)
    response = client.get(reverse("admin:auth_user_change", args=[account.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    for field in ("username", "email", "is_active", "is_staff", "groups"):
        assert f'name="{field}"' not in page


@pytest.mark.parametrize("target", ["superuser", "stronger_secretariat"])
def test_secretariat_cannot_change_a_stronger_account(client, secretariat, target, request):
    account = request.getfixturevalue(target)
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:auth_user_change", args=[account.pk]),
        account_form(account, is_active="", is_staff="", email="sekretariat@example.go.id"),
    )
    assert response.status_code == 404
    account.refresh_from_db()
    assert account.is_active and account.is_staff
    assert account.email == f"{account.username}@example.go.id"


@pytest.mark.parametrize("target", ["superuser", "stronger_secretariat"])
def test_secretariat_cannot_set_a_stronger_accounts_password(client, secretariat, target, request):
    account = request.getfixturevalue(target)
    client.force_login(secretariat)
    url = reverse("admin:auth_user_password_change", args=[account.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, NEW_PASSWORD).status_code == 404
    account.refresh_from_db()
    assert account.check_password(PASSWORD)


def test_secretariat_manages_an_operator_account(client, secretariat, operator):
    client.force_login(secretariat)
    change_url = reverse("admin:auth_user_change", args=[operator.pk])
    assert 'name="is_active"' in client.get(change_url).content.decode()
    judges = Group.objects.get(name=JUDGE_GROUP)
    response = client.post(change_url, account_form(operator, groups=[judges.pk]))
    assert response.status_code == 302
    assert list(operator.groups.all()) == [judges]

    password_url = reverse("admin:auth_user_password_change", args=[operator.pk])
    assert client.get(password_url).status_code == 200
    assert client.post(password_url, NEW_PASSWORD).status_code == 302
    operator.refresh_from_db()
    assert operator.check_password(NEW_PASSWORD["password1"])


def test_secretariat_cannot_give_a_group_with_rights_it_lacks(client, secretariat, operator, it_group):
    client.force_login(secretariat)
    change_url = reverse("admin:auth_user_change", args=[operator.pk])
    assert "Tim TI" not in client.get(change_url).content.decode()
    response = client.post(change_url, account_form(operator, groups=[it_group.pk]))
    assert response.status_code == 200
    assert not operator.groups.exists()


def test_secretariat_adds_an_account_without_groups_it_could_not_grant(client, secretariat, it_group):
    client.force_login(secretariat)
    response = client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "operator-baru",
            **NEW_PASSWORD,
            "groups": [it_group.pk],
            "is_superuser": "on",
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302
    account = User.objects.get(username="operator-baru")
    assert not account.groups.exists()
    assert not account.is_superuser


def test_superuser_manages_every_account(client, superuser, stronger_secretariat):
    other_superuser = UserFactory(username="tim-ti-2", is_staff=True, is_superuser=True)
    client.force_login(superuser)
    password_url = reverse("admin:auth_user_password_change", args=[other_superuser.pk])
    assert client.get(password_url).status_code == 200
    assert client.post(password_url, NEW_PASSWORD).status_code == 302
    other_superuser.refresh_from_db()
    assert other_superuser.check_password(NEW_PASSWORD["password1"])

    change_url = reverse("admin:auth_user_change", args=[stronger_secretariat.pk])
    assert 'name="is_active"' in client.get(change_url).content.decode()
    response = client.post(change_url, account_form(stronger_secretariat, is_active=""))
    assert response.status_code == 302
    stronger_secretariat.refresh_from_db()
    assert not stronger_secretariat.is_active


def test_secretariat_cannot_grant_itself_permissions(client, secretariat):
    client.force_login(secretariat)
    delete_user = Permission.objects.get(codename="delete_user")
    client.post(
        reverse("admin:auth_user_change", args=[secretariat.pk]),
        account_form(secretariat, user_permissions=[delete_user.pk]),
    )
    secretariat.refresh_from_db()
    assert not secretariat.user_permissions.exists()
    assert not secretariat.has_perm("auth.delete_user")


def test_a_bulk_action_refuses_accounts_the_actor_cannot_manage(client, superuser):
    """A staff account allowed to delete accounts still cannot delete one stronger than itself."""
    former_judge = UserFactory(username="juri-lama")
    helpdesk = UserFactory(username="helpdesk", is_staff=True)
    helpdesk.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_user", "change_user", "delete_user"])
    )
    client.force_login(helpdesk)
    url = reverse("admin:auth_user_changelist")
    response = client.post(
        url,
        {"action": "delete_selected", "_selected_action": [superuser.pk, former_judge.pk], "post": "yes"},
        follow=True,
    )
    assert "tim-ti" in response.content.decode()
    assert User.objects.filter(pk__in=[superuser.pk, former_judge.pk]).count() == 2

    client.post(url, {"action": "delete_selected", "_selected_action": [former_judge.pk], "post": "yes"})
    assert not User.objects.filter(pk=former_judge.pk).exists()


def test_secretariat_has_no_bulk_action_on_accounts(client, secretariat, superuser):
    client.force_login(secretariat)
    url = reverse("admin:auth_user_changelist")
    assert 'name="action"' not in client.get(url).content.decode()
    client.post(url, {"action": "delete_selected", "_selected_action": [superuser.pk], "post": "yes"})
    assert User.objects.filter(pk=superuser.pk).exists()


def test_secretariat_reads_groups_but_cannot_edit_their_permissions(client, secretariat):
    group = Group.objects.get(name=SECRETARIAT_GROUP)
    before = set(group.permissions.values_list("pk", flat=True))
    client.force_login(secretariat)
    url = reverse("admin:auth_group_change", args=[group.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert 'name="permissions"' not in response.content.decode()
    every_permission = list(Permission.objects.values_list("pk", flat=True))
    response = client.post(url, {"name": group.name, "permissions": every_permission})
    assert response.status_code == 403
    assert set(group.permissions.values_list("pk", flat=True)) == before
    assert client.post(reverse("admin:auth_group_add"), {"name": "Baru"}).status_code == 403
    assert not Group.objects.filter(name="Baru").exists()
