"""Builds the demo city. Every step looks up before it creates, so seeding twice changes nothing."""

from base64 import b32decode
from dataclasses import dataclass

from django.contrib.auth.models import Group, User
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from competitions.models import Membership, Unit
from competitions.permissions import (
    JUDGE_GROUP,
    LEADER_GROUP,
    SECRETARIAT_GROUP,
    VERIFIER_GROUP,
)
from competitions.services import sync_role_groups
from demo.editions import seed_city_edition_in_judging, seed_koinyanlik, seed_past_edition
from demo.index import seed_innovation_index
from demo.roster import ROSTER
from submissions.government_affairs import ensure_government_affairs
from submissions.models import GovernmentAffair

DEMO_PASSWORD = "demo-inovasi"  # noqa: S105 - published demo password, only ever set by seed_demo
# Staff accounts sign in in two steps. The demo's staff account has an authenticator key and recovery
# codes that are published like its password (README, "Signing in"): add the key to any authenticator
# app, or use a recovery code; seeding again puts used recovery codes back.
DEMO_AUTHENTICATOR_KEY = "INOVASIPALEMBANGDEMOSEKRETARIAT2"  # base32, as authenticator apps take it
DEMO_RECOVERY_CODES = ("demo-1", "demo-2", "demo-3", "demo-4", "demo-5")


@dataclass(frozen=True)
class DemoAccount:
    username: str
    first_name: str
    last_name: str
    role: str
    groups: tuple[str, ...] = ()
    unit: str = ""
    is_staff: bool = False


DEMO_ACCOUNTS = [
    DemoAccount(
        "sekretariat",
        "Rina",
        "Marlina",
        _("Secretariat (Ortala bureau)"),
        (SECRETARIAT_GROUP,),
        is_staff=True,
    ),
    DemoAccount("pimpinan", "Hendra", "Saputra", _("Leader (city secretary)"), (LEADER_GROUP,)),
    DemoAccount(
        "operator-diskominfo",
        "Dimas",
        "Pratama",
        _("Unit operator"),
        unit="Dinas Komunikasi dan Informatika",
    ),
    DemoAccount(
        "operator-dpmptsp",
        "Siti",
        "Aisyah",
        _("Unit operator"),
        unit="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    ),
    DemoAccount(
        "operator-plaju",
        "Agus",
        "Setiawan",
        _("Sub-district operator"),
        unit="Kecamatan Plaju",
    ),
    DemoAccount("juri1", "Prof. Bambang", "Wijaya", _("Judge (academic)"), (JUDGE_GROUP,)),
    DemoAccount("juri2", "Maya", "Lestari", _("Judge (partner newspaper)"), (JUDGE_GROUP,)),
    DemoAccount("juri3", "Yusuf", "Hakim", _("Judge (practitioner)"), (JUDGE_GROUP,)),
    DemoAccount("verifikator", "Fitri", "Handayani", _("Field verifier"), (VERIFIER_GROUP,)),
]


def seed_units() -> dict[str, Unit]:
    units = {unit.name: unit for unit in Unit.objects.all()}
    for name, short_name, kind, _parent in ROSTER:
        if name not in units:
            units[name] = Unit.objects.create(name=name, short_name=short_name, kind=kind)
    for name, _short_name, _kind, parent in ROSTER:
        unit = units[name]
        if parent and unit.parent_id is None:
            unit.parent = units[parent]
            unit.save(update_fields=["parent", "updated_at"])
    return units


def seed_accounts(units: dict[str, Unit]) -> list[DemoAccount]:
    groups = {group.name: group for group in Group.objects.all()}
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=account.username,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "email": f"{account.username}@inovasi.example",
                "is_staff": account.is_staff,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        for group_name in account.groups:
            user.groups.add(groups[group_name])
        if account.unit:
            Membership.objects.get_or_create(user=user, unit=units[account.unit])
        if account.is_staff:
            seed_second_factor(user)
    return DEMO_ACCOUNTS


def seed_second_factor(user: User) -> None:
    """The published authenticator key and recovery codes of a demo staff account."""
    TOTPDevice.objects.get_or_create(
        user=user,
        name="default",
        defaults={"key": b32decode(DEMO_AUTHENTICATOR_KEY).hex(), "confirmed": True},
    )
    backup, _created = StaticDevice.objects.get_or_create(user=user, name="backup")
    for code in DEMO_RECOVERY_CODES:
        StaticToken.objects.get_or_create(device=backup, token=code)


@transaction.atomic
def seed_demo() -> list[DemoAccount]:
    sync_role_groups()
    units = seed_units()
    seed_accounts(units)
    seed_competitions(units)
    seed_innovation_index(secretariat=User.objects.get(username="sekretariat"))
    return DEMO_ACCOUNTS


def seed_competitions(units: dict[str, Unit]) -> None:
    ensure_government_affairs(GovernmentAffair)
    affairs = {affair.code: affair for affair in GovernmentAffair.objects.all()}
    secretariat = User.objects.get(username="sekretariat")
    operators = {
        account.unit: User.objects.get(username=account.username) for account in DEMO_ACCOUNTS if account.unit
    }
    judges = [User.objects.get(username=name) for name in ("juri1", "juri2", "juri3")]
    verifier = User.objects.get(username="verifikator")
    seed_past_edition(units=units, affairs=affairs, secretariat=secretariat, judges=judges, verifier=verifier)
    seed_city_edition_in_judging(
        units=units, affairs=affairs, secretariat=secretariat, judges=judges, verifier=verifier
    )
    seed_koinyanlik(units=units, affairs=affairs, secretariat=secretariat, operators=operators)
