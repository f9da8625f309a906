"""Who may judge what: a judge sees only entries assigned to them, never one they are conflicted on."""

from django.contrib.auth.models import AnonymousUser, User

from competitions.permissions import is_judge, is_secretariat, is_verifier
from judging.models import Conflict
from submissions.models import Submission


def is_conflicted(judge: User, submission: Submission) -> bool:
    """A judge is conflicted on an entry of a unit they work for, or one they declared a conflict on."""
    return (
        judge.memberships.filter(unit_id=submission.unit_id).exists()
        or Conflict.objects.filter(judge=judge, submission=submission).exists()
    )


def can_record_visits(user: User | AnonymousUser) -> bool:
    """The fact-finding team: verifiers, and judges assigned to a verification stage."""
    return is_verifier(user) or is_judge(user)


def can_view_visit(user: User | AnonymousUser, visit) -> bool:
    """The secretariat, and the fact-finding team of that visit: verifiers and judges assigned to it."""
    if is_secretariat(user):
        return True
    if not user.is_authenticated or is_conflicted(user, visit.submission):
        return False
    return (
        is_verifier(user) or visit.stage.assignments.filter(submission=visit.submission, judge=user).exists()
    )


def can_run_judging(user: User | AnonymousUser) -> bool:
    return is_secretariat(user)
