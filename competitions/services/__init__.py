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
from competitions.services.stages import close_stage, edition_for_work, open_stage, stage_for_work

__all__ = [
    "COMPETITION_STATUS_FLOW",
    "UnitImportReport",
    "change_competition_status",
    "close_stage",
    "create_edition_from_template",
    "duplicate_edition",
    "edition_for_work",
    "import_units",
    "open_stage",
    "publication_problems",
    "read_unit_csv",
    "record_download",
    "record_event",
    "secretariat_permissions",
    "stage_for_work",
    "sync_role_groups",
]
