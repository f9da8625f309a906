"""How the portal writes numbers for people: in the active language's format ("76,11" in Indonesian)."""

from decimal import Decimal

from django.utils import formats


def score_text(value: Decimal | float | None) -> str:
    """A score with two decimals, as people read it in the active language; "–" when there is none."""
    if value is None:
        return "–"
    return formats.number_format(Decimal(str(value)), 2, use_l10n=True)
