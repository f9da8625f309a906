"""Every state change of the judging rounds. Import from here: `from judging.services import …`."""

from judging.services.assignment import (
    AssignmentReport,
    assign_judge,
    auto_assign,
    declare_conflict,
)
from judging.services.decisions import (
    advance_shortlist,
    decide_awards,
    publish_results,
    revert_shortlist,
)
from judging.services.sheets import reopen_sheet, save_sheet
from judging.services.visits import record_field_visit

__all__ = [
    "AssignmentReport",
    "advance_shortlist",
    "assign_judge",
    "auto_assign",
    "decide_awards",
    "declare_conflict",
    "publish_results",
    "record_field_visit",
    "reopen_sheet",
    "revert_shortlist",
    "save_sheet",
]
