"""Every state change of the competitions app. Import from here: `from competitions.services import …`."""

from competitions.services.editions import (
    COMPETITION_STATUS_FLOW,
    change_competition_status,
    create_edition_from_template,
    duplicate_edition,
    publication_problems,
)
from competitions.services.events import record_event
from competitions.services.roster import (
    UnitImportReport,
    import_units,
    read_unit_csv,
    secretariat_permissions,
    sync_role_groups,
)
from competitions.services.sign_ins import (
    record_failed_sign_in,
    record_recovery_codes_renewed,
    record_second_factor_given,
    record_second_factor_refused,
    record_second_factor_removed,
    record_second_factor_set_up,
    record_sign_in,
    record_sign_out,
)
from competitions.services.stages import close_stage, open_stage

__all__ = [
    "COMPETITION_STATUS_FLOW",
    "UnitImportReport",
    "change_competition_status",
    "close_stage",
    "create_edition_from_template",
    "duplicate_edition",
    "import_units",
    "open_stage",
    "publication_problems",
    "read_unit_csv",
    "record_event",
    "record_failed_sign_in",
    "record_recovery_codes_renewed",
    "record_second_factor_given",
    "record_second_factor_refused",
    "record_second_factor_removed",
    "record_second_factor_set_up",
    "record_sign_in",
    "record_sign_out",
    "secretariat_permissions",
    "sync_role_groups",
]
