"""Who may see and change a unit's innovations and entries."""

from django.contrib.auth.models import AnonymousUser, User

from competitions.permissions import can_operate_unit, is_secretariat
from competitions.rules import certificate_problems
from submissions.models import Attachment, Innovation, Submission
from submissions.services import withdrawal_problems


def can_manage_innovation(user: User | AnonymousUser, innovation: Innovation) -> bool:
    return can_operate_unit(user, innovation.unit_id)


def can_view_submission(user: User | AnonymousUser, submission: Submission) -> bool:
    """The unit's operators and the secretariat. Judges read entries through the judging app."""
    return can_operate_unit(user, submission.unit_id) or is_secretariat(user)


def can_edit_submission(user: User | AnonymousUser, submission: Submission) -> bool:
    return can_operate_unit(user, submission.unit_id) and submission.is_editable


def can_withdraw_submission(user: User | AnonymousUser, submission: Submission) -> bool:
    """The unit's operators, while the withdrawal rules allow it (the same rule the service enforces)."""
    return can_operate_unit(user, submission.unit_id) and not withdrawal_problems(submission)


def can_download_attachment(user: User | AnonymousUser, attachment: Attachment) -> bool:
    return can_view_submission(user, attachment.submission)


def can_download_certificate(user: User | AnonymousUser, submission: Submission) -> bool:
    """The entry's piagam, from its page: for the unit's operators (and the secretariat), once the edition
    issues certificates (`competitions.rules.certificate_problems`), for an entry that took part in the
    judging (a winner gets its prize's piagam, every other participant the participant's)."""
    return (
        can_view_submission(user, submission)
        and submission.took_part_in_judging
        and not certificate_problems(submission.competition)
    )
