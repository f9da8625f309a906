"""Each role sees the navigation its role allows, and role pages answer 404 to everyone else."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

NAV_ITEMS = {"home", "catalogue", "operator", "judge", "verifier", "leader", "secretariat"}
EXPECTED_NAV = {
    "anonymous": {"home", "catalogue"},
    "operator": {"home", "catalogue", "operator"},
    "judge": {"home", "catalogue", "judge"},
    "verifier": {"home", "catalogue", "verifier"},
    "leader": {"home", "catalogue", "leader"},
    # The secretariat sees the leaders' dashboards too.
    "secretariat": {"home", "catalogue", "leader", "secretariat"},
}

ROLE_PAGES = {
    "submissions:dashboard": {"operator"},
    "judging:dashboard": {"judge"},
    "judging:field_visits": {"verifier", "judge"},  # judges may be assigned to a field-verification stage
    "submissions:participation": {"leader", "secretariat"},
    "submissions:index_simulation": {"leader", "secretariat"},
}


def nav_items_shown(html: str) -> set[str]:
    return {item for item in NAV_ITEMS if f'data-nav="{item}"' in html}


@pytest.mark.parametrize("role", EXPECTED_NAV)
def test_navigation_shows_what_the_role_allows(client, role_users, role):
    if role != "anonymous":
        client.force_login(role_users[role])
    html = client.get(reverse("home")).content.decode()
    assert nav_items_shown(html) == EXPECTED_NAV[role]
    assert ("Keluar" in html) is (role != "anonymous")


def test_a_user_with_several_roles_sees_all_of_them(client, secretariat, judge):
    from django.contrib.auth.models import Group

    from competitions.permissions import JUDGE_GROUP

    secretariat.groups.add(Group.objects.get(name=JUDGE_GROUP))
    client.force_login(secretariat)
    html = client.get(reverse("home")).content.decode()
    assert nav_items_shown(html) == {"home", "catalogue", "leader", "secretariat", "judge"}


@pytest.mark.parametrize("url_name", ROLE_PAGES)
@pytest.mark.parametrize("role", ["operator", "judge", "verifier", "leader", "secretariat"])
def test_role_pages_answer_404_outside_the_role(client, role_users, url_name, role):
    client.force_login(role_users[role])
    expected = 200 if role in ROLE_PAGES[url_name] else 404
    assert client.get(reverse(url_name)).status_code == expected


@pytest.mark.parametrize("url_name", ROLE_PAGES)
def test_role_pages_send_anonymous_users_to_sign_in(client, url_name):
    response = client.get(reverse(url_name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_secretariat_opens_the_admin_but_operators_cannot(client, secretariat, operator):
    client.force_login(secretariat)
    assert client.get(reverse("admin:competitions_unit_changelist")).status_code == 200
    client.force_login(operator)
    assert client.get(reverse("admin:competitions_unit_changelist")).status_code == 302


def test_operator_dashboard_lists_only_their_units(client, operator):
    from tests.factories import UnitFactory

    UnitFactory(name="Dinas Orang Lain")
    client.force_login(operator)
    html = client.get(reverse("submissions:dashboard")).content.decode()
    assert operator.memberships.get().unit.name in html
    assert "Dinas Orang Lain" not in html
