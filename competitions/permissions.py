"""The portal's roles, as small named predicates; every view and queryset asks these.

A user may hold several roles at once (a secretariat member may also judge). Group membership and
unit memberships are read in one query per request and kept on the user object.
"""

from django.contrib.auth.models import AnonymousUser, Group, Permission, User
from django.db.models import BigIntegerField, CharField, Q, QuerySet, Value
from django.utils.translation import gettext_lazy as _

from competitions.models import Membership

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
    return _roles_of(user)[0]


def operator_unit_ids(user: User | AnonymousUser) -> frozenset[int]:
    """Ids of the active units this user operates for (empty for everyone else)."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    return _roles_of(user)[1]


def _roles_of(user: User) -> tuple[frozenset[str], frozenset[int]]:
    """The account's group names and active units, read in one query: every page asks (the layout's menu)."""
    if not hasattr(user, "_portal_roles"):
        groups = Group.objects.filter(user=user).values_list(
            "name", Value(None, output_field=BigIntegerField())
        )
        units = Membership.objects.filter(user=user, unit__is_active=True).values_list(
            Value("", output_field=CharField()), "unit_id"
        )
        rows = list(groups.order_by().union(units.order_by(), all=True))
        user._portal_roles = (
            frozenset(name for name, unit_id in rows if unit_id is None),
            frozenset(unit_id for _name, unit_id in rows if unit_id is not None),
        )
    return user._portal_roles


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


def must_use_second_factor(user: User | AnonymousUser) -> bool:
    """Staff accounts (the secretariat, the IT team's superusers) reach nothing until they have signed
    in with a second factor (OWASP ASVS 2.2.3: administrative interfaces need multi-factor sign-in)."""
    return bool(user.is_authenticated and (user.is_staff or user.is_superuser))


def may_use_second_factor(user: User | AnonymousUser) -> bool:
    """Judges may turn two-factor sign-in on for themselves; staff accounts must."""
    return must_use_second_factor(user) or is_judge(user)


def can_operate_unit(user: User | AnonymousUser, unit_id: int) -> bool:
    return unit_id in operator_unit_ids(user)


# Accounts: nobody climbs above their own rights (OWASP ASVS 4.1.3, least privilege).


def held_permission_ids(user: User) -> frozenset[int]:
    """The permissions an account holds, its own and through its groups, whether or not it is active
    (an inactive account keeps its rights for the day it is made active again)."""
    return frozenset(
        Permission.objects.filter(Q(user=user) | Q(group__user=user)).values_list("pk", flat=True)
    )


def _actor_permission_ids(actor: User) -> frozenset[int]:
    if not hasattr(actor, "_portal_permission_ids"):
        actor._portal_permission_ids = held_permission_ids(actor)
    return actor._portal_permission_ids


def _permissions_beyond(actor: User) -> QuerySet[Permission]:
    return Permission.objects.exclude(pk__in=_actor_permission_ids(actor))


def can_manage_account(actor: User, account: User) -> bool:
    """May `actor` change `account`'s password, groups, permissions, staff or active flag?

    A superuser manages everyone. Anyone else manages only accounts that hold no right the actor does
    not hold itself: never a superuser, never an account with a permission (its own or a group's) the
    actor lacks. Otherwise setting that account's password would let the actor sign in as it.
    """
    if actor.is_superuser:
        return True
    if account.is_superuser:
        return False
    return held_permission_ids(account) <= _actor_permission_ids(actor)


def manageable_accounts(actor: User, accounts: QuerySet[User]) -> QuerySet[User]:
    """`can_manage_account` for a whole queryset (the user list's bulk actions)."""
    if actor.is_superuser:
        return accounts
    beyond = _permissions_beyond(actor)
    return (
        accounts.filter(is_superuser=False)
        .exclude(user_permissions__in=beyond)
        .exclude(groups__permissions__in=beyond)
    )


def grantable_groups(actor: User) -> QuerySet[Group]:
    """The groups `actor` may give an account: those granting nothing the actor does not hold itself."""
    if actor.is_superuser:
        return Group.objects.all()
    return Group.objects.exclude(permissions__in=_permissions_beyond(actor))
