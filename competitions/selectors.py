"""Read queries of the competitions app."""

from django.contrib.auth.models import User
from django.db.models import Count, Q, QuerySet

from competitions.models import Unit
from competitions.permissions import operator_unit_ids


def units_for_operator(user: User) -> QuerySet[Unit]:
    return Unit.objects.filter(pk__in=operator_unit_ids(user)).select_related("parent")


def unit_counts_by_kind() -> list[dict]:
    """Per unit kind: how many units the roster has, and how many of them are active."""
    labels = dict(Unit.Kind.choices)
    rows = (
        Unit.objects.values("kind")
        .annotate(total=Count("pk"), active=Count("pk", filter=Q(is_active=True)))
        .order_by("kind")
    )
    return [{**row, "label": labels.get(row["kind"], row["kind"])} for row in rows]
