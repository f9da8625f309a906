"""Who may see and fill an innovation's index answers."""

from django.contrib.auth.models import AnonymousUser, User

from competitions.permissions import can_operate_unit, is_secretariat
from submissions.models import Innovation


def can_fill_innovation_index(user: User | AnonymousUser, innovation: Innovation) -> bool:
    """The operators of the innovation's unit answer the indicators."""
    return can_operate_unit(user, innovation.unit_id)


def can_view_innovation_index(user: User | AnonymousUser, innovation: Innovation) -> bool:
    """The unit's operators, and the secretariat, which verifies the evidence."""
    return can_fill_innovation_index(user, innovation) or is_secretariat(user)
