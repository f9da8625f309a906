"""Every state change of the judging rounds. Import from here: `from judging.services import …`."""

from judging.services.assignment import (
    AssignmentReport,
    assign_judge,
    assignment_problems,
    auto_assign,
    declare_conflict,
    panel_problems,
    remove_assignment,
    save_panel_member,
)
from judging.services.certificates import issue_certificate, issue_certificates
from judging.services.decisions import (
    advance_shortlist,
    decide_awards,
    keep_decision,
    revert_shortlist,
)
from judging.services.sheets import missing_criteria, reopen_sheet, save_sheet, submit_sheet
from judging.services.visits import record_field_visit

__all__ = [
    "AssignmentReport",
    "advance_shortlist",
    "assign_judge",
    "assignment_problems",
    "auto_assign",
    "decide_awards",
    "declare_conflict",
    "issue_certificate",
    "issue_certificates",
    "keep_decision",
    "missing_criteria",
    "panel_problems",
    "record_field_visit",
    "remove_assignment",
    "reopen_sheet",
    "revert_shortlist",
    "save_panel_member",
    "save_sheet",
    "submit_sheet",
]
