"""Every role predicate for every kind of account: each role, several at once, staff without a group,
superusers, inactive accounts and anonymous visitors. The expected answers are written out by hand."""

import pytest

from competitions import permissions
from tests import factories

pytestmark = pytest.mark.django_db

ROLE_PREDICATES = [
    permissions.is_secretariat,
    permissions.is_operator,
    permissions.is_judge,
    permissions.is_verifier,
    permissions.is_leader,
]

T, F = True, False

# who: (is_secretariat, is_operator, is_judge, is_verifier, is_leader)
ROLES = {
    "anonymous": (F, F, F, F, F),
    "secretariat": (T, F, F, F, T),  # the secretariat sees the leaders' dashboards too
    "sekretariat_group_without_staff": (F, F, F, F, F),
    "staff_without_group": (F, F, F, F, F),
    "superuser": (T, F, F, F, T),
    "superuser_without_staff": (F, F, F, F, F),
    "judge": (F, F, T, F, F),
    "verifier": (F, F, F, T, F),
    "leader": (F, F, F, F, T),
    "operator": (F, T, F, F, F),
    "operator_of_an_inactive_unit": (F, F, F, F, F),
    "secretariat_who_also_judges": (T, F, T, F, T),
    "judge_who_works_for_a_unit": (F, T, T, F, F),
    "inactive_secretariat": (F, F, F, F, F),
    "inactive_superuser": (F, F, F, F, F),
    "inactive_judge": (F, F, F, F, F),
    "inactive_verifier": (F, F, F, F, F),
    "inactive_leader": (F, F, F, F, F),
    "inactive_operator": (F, F, F, F, F),
}


@pytest.mark.parametrize(("who", "expected"), list(ROLES.items()), ids=list(ROLES))
def test_each_account_holds_exactly_its_roles(who, expected):
    user = factories.make_account(who)
    assert tuple(predicate(user) for predicate in ROLE_PREDICATES) == expected


def test_an_operator_operates_only_their_active_units():
    kominfo = factories.UnitFactory(name="Dinas Komunikasi dan Informatika")
    plaju = factories.UnitFactory(name="Kecamatan Plaju")
    merged = factories.UnitFactory(name="Dinas Lama", is_active=False)
    elsewhere = factories.UnitFactory(name="Dinas Sosial")
    operator = factories.make_operator(unit=kominfo)
    factories.MembershipFactory(user=operator, unit=plaju)
    factories.MembershipFactory(user=operator, unit=merged)
    assert permissions.operator_unit_ids(operator) == {kominfo.pk, plaju.pk}
    assert permissions.can_operate_unit(operator, kominfo.pk)
    assert permissions.can_operate_unit(operator, plaju.pk)
    assert not permissions.can_operate_unit(operator, merged.pk)
    assert not permissions.can_operate_unit(operator, elsewhere.pk)


@pytest.mark.parametrize(
    "who",
    ["anonymous", "secretariat", "superuser", "judge", "verifier", "leader", "inactive_operator"],
)
def test_no_one_but_an_active_member_operates_a_unit(who):
    unit = factories.UnitFactory()
    user = factories.make_account(who)
    if who == "inactive_operator":
        factories.MembershipFactory(user=user, unit=unit)
    assert permissions.operator_unit_ids(user) == frozenset()
    assert not permissions.can_operate_unit(user, unit.pk)
