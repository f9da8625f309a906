"""Every state change of the competitions app. Import from here: `from competitions.services import …`."""

from competitions.services.editions import (
    COMPETITION_STATUS_FLOW,
    change_competition_status,
    create_edition_from_template,
    duplicate_edition,
    publication_problems,
)
from competitions.services.events import record_download, record_event
from competitions.services.roster import (
    UnitImportReport,
    import_units,
    read_unit_csv,
    secretariat_permissions,
    sync_role_groups,
)
from competitions.services.sign_ins import (
    finish_second_factor_set_up,
    record_failed_sign_in,
    record_second_factor_given,
    record_second_factor_refused,
    record_sign_in,
    record_sign_out,
    renew_recovery_codes,
    turn_off_second_factor,
)
from competitions.services.stages import close_stage, edition_for_work, open_stage, stage_for_work

__all__ = [
    "COMPETITION_STATUS_FLOW",
    "UnitImportReport",
    "change_competition_status",
    "close_stage",
    "create_edition_from_template",
    "duplicate_edition",
    "edition_for_work",
    "finish_second_factor_set_up",
    "import_units",
    "open_stage",
    "publication_problems",
    "read_unit_csv",
    "record_download",
    "record_event",
    "record_failed_sign_in",
    "record_second_factor_given",
    "record_second_factor_refused",
    "record_sign_in",
    "record_sign_out",
    "renew_recovery_codes",
    "secretariat_permissions",
    "stage_for_work",
    "sync_role_groups",
    "turn_off_second_factor",
]
