"""The machinery of the access matrix (`test_access_matrix.py`): the outcomes a role can get, a row of the
matrix, the admin pages of a registered model, the URLconf's patterns, and one cell's request."""

import copy
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urlsplit

from django.db import transaction
from django.db.models import Model
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from tests.innovation_portal.access_world import ROLES, World


class Outcome(Enum):
    OK = "200"
    LOGIN = "sign-in"
    NOT_FOUND = "404"
    FORBIDDEN = "403"
    REDIRECT = "redirect"


OK, LOGIN, NOT_FOUND, FORBIDDEN, REDIRECT = Outcome


def cells(default: Outcome, **by_role: Outcome) -> dict[str, Outcome]:
    unknown = set(by_role) - set(ROLES)
    assert not unknown, f"not a role: {unknown}"
    return {role: by_role.get(role, default) for role in ROLES}


EVERYONE = cells(OK)
NOBODY = cells(NOT_FOUND)


def signed_in(**allowed: Outcome) -> dict[str, Outcome]:
    """Anonymous visitors are sent to sign in; the roles named get their outcome; everyone else 404."""
    return cells(NOT_FOUND, anonymous=LOGIN, **allowed)


def secretariat_admin(outcome: Outcome = OK) -> dict[str, Outcome]:
    """An admin page: no role but the secretariat is staff, so the admin sends them to its sign-in."""
    return cells(LOGIN, secretariat=outcome)


@dataclass(frozen=True)
class Row:
    """One URL pattern (its name, or its route when it has none) requested with real objects."""

    pattern: str
    label: str
    url: Callable[[World], str]
    expect: dict[str, Outcome]
    method: str = "GET"
    data: Callable[[World], dict] | None = None
    # What a POST may change, read fresh from the database: it changes exactly for the roles expected to
    # be redirected on (the action was done) and stays as it was for everyone else.
    state: Callable[[World], object] | None = None
    why_403: str = ""

    @property
    def id(self) -> str:
        return f"{self.pattern} [{self.method}] {self.label}"


def url(name: str, *args: Callable[[World], object], query: str = "") -> Callable[[World], str]:
    return lambda world: reverse(name, args=[arg(world) for arg in args]) + query


def pk(attribute: str) -> Callable[[World], int]:
    return lambda world: getattr(world, attribute).pk


def slug(attribute: str) -> Callable[[World], str]:
    return lambda world: getattr(world, attribute).slug


def const(value) -> Callable[[World], object]:
    return lambda world: value


def category_of(edition: str) -> Callable[[World], int]:
    return lambda world: getattr(world, edition).categories.get().pk


def status_of(attribute: str) -> Callable[[World], str]:
    return lambda world: type(getattr(world, attribute)).objects.get(pk=getattr(world, attribute).pk).status


def exists(model: type[Model], attribute: str) -> Callable[[World], bool]:
    return lambda world: model.objects.filter(pk=getattr(world, attribute).pk).exists()


ADMIN_403 = (
    "Django's admin answers 403 to a staff account for a page of a model it may not change that way; the "
    "page's address is the admin's own pattern, so a 404 would hide nothing"
)

# The secretariat's answer on each admin page of a registered model: changelist, add, change (a view-only
# page for records), delete (its confirmation), history, and the old change address that redirects.
ADMIN_PAGES = ("changelist", "add", "change", "delete", "history")


@dataclass(frozen=True)
class AdminModel:
    model: type[Model]
    changelist: Outcome = OK
    add: Outcome = OK
    change: Outcome = OK
    delete: Outcome = OK
    history: Outcome = OK
    why: str = ""


def admin_model_rows(entry: AdminModel) -> list[Row]:
    meta = entry.model._meta
    prefix = f"admin:{meta.app_label}_{meta.model_name}"
    model = entry.model

    def obj_pk(world: World) -> int:
        return world.admin_objects[model].pk

    rows = []
    for page in ADMIN_PAGES:
        outcome = getattr(entry, page)
        args = () if page in ("changelist", "add") else (obj_pk,)
        rows.append(
            Row(
                f"{prefix}_{page}",
                meta.verbose_name,
                url(f"{prefix}_{page}", *args),
                secretariat_admin(outcome),
                why_403=f"{ADMIN_403}; {entry.why}" if outcome is FORBIDDEN else "",
            )
        )
    rows.append(
        Row(
            f"admin/{meta.app_label}/{meta.model_name}/<path:object_id>/",
            f"{meta.verbose_name}, the old change address",
            lambda world: reverse("admin:index") + f"{meta.app_label}/{meta.model_name}/{obj_pk(world)}/",
            secretariat_admin(REDIRECT),
        )
    )
    return rows


def url_patterns(resolver: URLResolver | None = None, prefix: str = "", namespace: str = ""):
    """Every pattern of the URLconf as (key, route): the key is its namespaced name, or its route."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern).removeprefix("^")
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace and (
                f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            )
            yield from url_patterns(pattern, route, inner or namespace)
        else:
            assert isinstance(pattern, URLPattern)
            key = (f"{namespace}:{pattern.name}" if namespace else pattern.name) if pattern.name else route
            yield key, route


def pattern_key(path: str) -> str:
    match = resolve(urlsplit(path).path)
    return match.view_name if match.url_name else match.route


def outcome_of(response) -> Outcome:
    status = response.status_code
    if status in (301, 302):
        target = urlsplit(response["Location"]).path
        return LOGIN if target in (reverse("login"), reverse("admin:login")) else REDIRECT
    return {200: OK, 404: NOT_FOUND, 403: FORBIDDEN}.get(status, status)


def request_as(client: Client, row: Row, world: World):
    """One cell: the request, inside a savepoint rolled back afterwards, with the client's cookies kept
    (signing out or choosing a language must not change the next cell's client)."""
    cookies = copy.deepcopy(client.cookies)
    try:
        with transaction.atomic():
            before = row.state(world) if row.state else None
            path = row.url(world)
            data = row.data(world) if row.data else {}
            response = client.post(path, data) if row.method == "POST" else client.get(path, data)
            if response.streaming:
                # Read to the end, as a browser would: the test client then closes the file and the
                # connection stays (a bare close() would close it mid-transaction on PostgreSQL).
                b"".join(response.streaming_content)
            after = row.state(world) if row.state else None
            transaction.set_rollback(True)
    finally:
        client.cookies = cookies
    return response, before, after
