"""Read queries of the judging app."""

from competitions.models import Stage
from submissions.selectors import undecided_administrative_checks


def undecided_in_stage(stage: Stage) -> list[str]:
    """What still has to be decided before `stage` can close, one message per item."""
    if stage.kind == Stage.Kind.ADMINISTRATIVE:
        return undecided_administrative_checks(stage.competition)
    return []
