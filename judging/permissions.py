"""Who may judge, visit and run what. Conflicts and assignments come from `judging.eligibility`."""

from django.contrib.auth.models import AnonymousUser, User

from competitions.models import Stage
from competitions.permissions import is_judge, is_secretariat, is_verifier
from judging.eligibility import current_assignments, is_conflicted
from submissions.models import Submission


def can_record_visits(user: User | AnonymousUser) -> bool:
    """The fact-finding team: verifiers, and judges (who reach only the entries assigned to them)."""
    return is_verifier(user) or is_judge(user)


def can_record_visit(user: User | AnonymousUser, stage: Stage, submission: Submission) -> bool:
    """A verifier for any entry of the stage, or a judge assigned to the entry; never a conflicted one."""
    if not user.is_authenticated or is_conflicted(user, submission):
        return False
    assigned = current_assignments().filter(stage=stage, submission=submission, judge=user).exists()
    return is_verifier(user) or assigned


def can_view_visit(user: User | AnonymousUser, visit) -> bool:
    """The secretariat, and the fact-finding team of that visit: verifiers and judges assigned to it."""
    return is_secretariat(user) or can_record_visit(user, visit.stage, visit.submission)


def can_run_judging(user: User | AnonymousUser) -> bool:
    return is_secretariat(user)
