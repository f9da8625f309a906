"""The portal's roles, as small named predicates; every view and queryset asks these.

A user may hold several roles at once (a secretariat member may also judge). Group membership and
unit memberships are read once per request and kept on the user object.
"""

from django.contrib.auth.models import AnonymousUser, User
from django.utils.translation import gettext_lazy as _

SECRETARIAT_GROUP = "Sekretariat"
JUDGE_GROUP = "Juri"
VERIFIER_GROUP = "Verifikator"
LEADER_GROUP = "Pimpinan"

ROLE_GROUP_DESCRIPTIONS = {
    SECRETARIAT_GROUP: _("Secretariat: runs the competitions from the admin"),
    JUDGE_GROUP: _("Judge: scores the entries assigned to them"),
    VERIFIER_GROUP: _("Field verifier: records fact-finding visits"),
    LEADER_GROUP: _("Leader: read-only dashboards"),
}


def _group_names(user: User | AnonymousUser) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    if not hasattr(user, "_portal_group_names"):
        user._portal_group_names = frozenset(user.groups.values_list("name", flat=True))
    return user._portal_group_names


def operator_unit_ids(user: User | AnonymousUser) -> frozenset[int]:
    """Ids of the active units this user operates for (empty for everyone else)."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    if not hasattr(user, "_portal_unit_ids"):
        user._portal_unit_ids = frozenset(
            user.memberships.filter(unit__is_active=True).values_list("unit_id", flat=True)
        )
    return user._portal_unit_ids


def is_secretariat(user: User | AnonymousUser) -> bool:
    """Staff of the organising bureau (Ortala / Bappeda): runs the rounds from the admin."""
    return bool(
        user.is_authenticated
        and user.is_active
        and user.is_staff
        and (user.is_superuser or SECRETARIAT_GROUP in _group_names(user))
    )


def is_operator(user: User | AnonymousUser) -> bool:
    """Works for at least one active unit and may write that unit's entries."""
    return bool(operator_unit_ids(user))


def is_judge(user: User | AnonymousUser) -> bool:
    return bool(user.is_authenticated and user.is_active and JUDGE_GROUP in _group_names(user))


def is_verifier(user: User | AnonymousUser) -> bool:
    return bool(user.is_authenticated and user.is_active and VERIFIER_GROUP in _group_names(user))


def is_leader(user: User | AnonymousUser) -> bool:
    """A *pimpinan* (mayor, city secretary, head of bureau): read-only dashboards.

    The secretariat sees the same dashboards.
    """
    return bool(
        user.is_authenticated
        and user.is_active
        and (LEADER_GROUP in _group_names(user) or is_secretariat(user))
    )


def can_operate_unit(user: User | AnonymousUser, unit_id: int) -> bool:
    return unit_id in operator_unit_ids(user)
