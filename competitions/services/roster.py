"""The role groups and the unit roster."""

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission, User
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from competitions.errors import RuleViolation
from competitions.models import Unit
from competitions.permissions import (
    JUDGE_GROUP,
    LEADER_GROUP,
    SECRETARIAT_GROUP,
    VERIFIER_GROUP,
)
from competitions.services.events import record_event

# The secretariat manages everything in the portal's own apps and provisions accounts, but is not a
# superuser: it cannot grant itself permissions (see the user admin) nor delete accounts.
SECRETARIAT_APPS = ("competitions", "submissions", "judging")
SECRETARIAT_EXTRA_PERMISSIONS = (
    ("auth", "view_user"),
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "view_group"),
    # Unlocking an account locked by sign-in throttling means deleting its failed attempts.
    ("axes", "view_accessattempt"),
    ("axes", "delete_accessattempt"),
)
# Entries are never hard-deleted once submitted; the admin withdraws them through the service instead.
SECRETARIAT_DENIED_PERMISSIONS = (
    ("submissions", "delete_submission"),
    # The event log is written by the services only, and read.
    ("competitions", "add_event"),
    ("competitions", "change_event"),
    ("competitions", "delete_event"),
)


def secretariat_permissions(*, using: str = "default"):
    app_perms = Q(content_type__app_label__in=SECRETARIAT_APPS)
    extra = Q()
    for app_label, codename in SECRETARIAT_EXTRA_PERMISSIONS:
        extra |= Q(content_type__app_label=app_label, codename=codename)
    denied = Q()
    for app_label, codename in SECRETARIAT_DENIED_PERMISSIONS:
        denied |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.using(using).filter(app_perms | extra).exclude(denied)


@transaction.atomic
def sync_role_groups(*, using: str = "default") -> None:
    """Create the role groups and give the secretariat the model permissions it needs.

    Runs after every migrate, so new models reach the secretariat without a manual step.
    """
    for name in (JUDGE_GROUP, VERIFIER_GROUP, LEADER_GROUP):
        Group.objects.using(using).get_or_create(name=name)
    secretariat, _created = Group.objects.using(using).get_or_create(name=SECRETARIAT_GROUP)
    secretariat.permissions.set(secretariat_permissions(using=using))


@dataclass
class UnitImportReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)


UNIT_CSV_COLUMNS = ("name", "short_name", "kind", "parent", "active")
TRUE_WORDS = {"1", "true", "yes", "ya", "y", "aktif"}
FALSE_WORDS = {"0", "false", "no", "tidak", "t", "n", "nonaktif"}


def _unit_kind_lookup() -> dict[str, str]:
    """Kinds are written as their Indonesian word, in any case ("Dinas", "UMKM")."""
    return {value: value for value in Unit.Kind.values} | {"sekretariat": Unit.Kind.BAGIAN}


def _parse_active(raw: str) -> bool | None:
    word = raw.strip().lower()
    if word == "":
        return True
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def read_unit_csv(text: str) -> list[dict[str, str]]:
    """Parse CSV text into rows; the header must name at least `name` and `kind`."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [column.strip().lower() for column in (reader.fieldnames or [])]
    missing = [column for column in ("name", "kind") if column not in header]
    if missing:
        raise RuleViolation(
            [
                _("The header row must contain the columns %(columns)s (found: %(found)s).")
                % {
                    "columns": ", ".join(UNIT_CSV_COLUMNS),
                    "found": ", ".join(header) or "-",
                }
            ]
        )
    reader.fieldnames = header
    return [{key: (value or "").strip() for key, value in row.items() if key} for row in reader]


@transaction.atomic
def import_units(*, rows: Iterable[dict[str, str]], by: User | None = None) -> UnitImportReport:
    """Create or update units from CSV rows, matching existing units by name (case-insensitive).

    Every row is checked before anything is written; one bad row means nothing is imported.
    A parent may be named by its name or short name, in the file or already in the roster.
    """
    kinds = _unit_kind_lookup()
    existing = {unit.name.lower(): unit for unit in Unit.objects.all()}
    existing_short = {unit.short_name.lower(): unit for unit in existing.values() if unit.short_name}
    rows = list(rows)
    errors: list[str] = []
    seen: dict[str, int] = {}
    file_names = {row.get("name", "").lower() for row in rows}
    file_short_names = {row.get("short_name", "").lower() for row in rows if row.get("short_name")}

    for line, row in enumerate(rows, start=2):  # line 1 is the header
        name = row.get("name", "")
        if not name:
            errors.append(_("Line %(line)d: the name is empty.") % {"line": line})
            continue
        if len(name) > Unit._meta.get_field("name").max_length:
            errors.append(_("Line %(line)d: the name is longer than 200 characters.") % {"line": line})
        if name.lower() in seen:
            errors.append(
                _("Line %(line)d: “%(name)s” already appears on line %(first)d.")
                % {"line": line, "name": name, "first": seen[name.lower()]}
            )
        seen.setdefault(name.lower(), line)
        if len(row.get("short_name", "")) > Unit._meta.get_field("short_name").max_length:
            errors.append(_("Line %(line)d: the short name is longer than 60 characters.") % {"line": line})
        kind = row.get("kind", "").lower()
        if kind not in kinds:
            errors.append(
                _("Line %(line)d: unknown kind “%(kind)s”; use one of: %(kinds)s.")
                % {
                    "line": line,
                    "kind": row.get("kind", ""),
                    "kinds": ", ".join(Unit.Kind.values),
                }
            )
        if _parse_active(row.get("active", "")) is None:
            errors.append(
                _("Line %(line)d: “%(value)s” is not a yes/no value for active.")
                % {"line": line, "value": row.get("active", "")}
            )
        parent = row.get("parent", "").lower()
        if parent:
            if parent in (name.lower(), row.get("short_name", "").lower()):
                errors.append(_("Line %(line)d: a unit cannot be its own parent.") % {"line": line})
            elif not (
                parent in file_names
                or parent in file_short_names
                or parent in existing
                or parent in existing_short
            ):
                errors.append(
                    _("Line %(line)d: the parent unit “%(parent)s” is neither in the file nor in the roster.")
                    % {"line": line, "parent": row.get("parent", "")}
                )
    if errors:
        raise RuleViolation(errors)

    report = UnitImportReport()
    by_name = dict(existing)
    for row in rows:
        unit = by_name.get(row["name"].lower())
        values = {
            "name": row["name"],
            "short_name": row.get("short_name", ""),
            "kind": kinds[row["kind"].lower()],
            "is_active": _parse_active(row.get("active", "")),
        }
        if unit is None:
            unit = Unit.objects.create(**values)
            report.created.append(unit.name)
            record_event(unit, by=by, action="unit_imported")
        else:
            for attribute, value in values.items():
                setattr(unit, attribute, value)
            unit.save()
            report.updated.append(unit.name)
            record_event(unit, by=by, action="unit_updated_by_import")
        by_name[unit.name.lower()] = unit

    by_short_name = {unit.short_name.lower(): unit for unit in by_name.values() if unit.short_name}
    for row in rows:
        parent_key = row.get("parent", "").lower()
        unit = by_name[row["name"].lower()]
        parent = (by_name.get(parent_key) or by_short_name.get(parent_key)) if parent_key else None
        if unit.parent_id != (parent.pk if parent else None):
            unit.parent = parent
            unit.save(update_fields=["parent", "updated_at"])
    return report
